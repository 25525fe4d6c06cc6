import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { createRunnerJob, type ActionRun, type RunnerJob } from '../support/runner.js';
import { commandsRun, installCommandsRun, REPO_ROOT, SETUP_DEPS_ACTION } from '../support/setup-deps-jobs.js';

// Project shapes from issue 7, run as a runner runs the committed setup-deps bundle: real npm and pnpm against
// the registry, the real @actions/cache client against the local cache service. Each job is a fresh runner
// (its own HOME, temp and tool cache) over the same workspace path.

let service: CacheService;
let scratch: string;
const jobs: RunnerJob[] = [];

beforeAll(async () => {
  service = await startCacheService();
  scratch = await mkdtemp(join(tmpdir(), 'setup-deps-shapes-'));
});

afterAll(async () => {
  await Promise.all(jobs.map((job) => job.dispose()));
  await service?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function checkout(fixture: string, workspace: string): Promise<string> {
  const project = join(workspace, 'service');
  await rm(project, { recursive: true, force: true });
  await mkdir(workspace, { recursive: true });
  await cp(join(REPO_ROOT, 'test/fixtures/projects', fixture), project, { recursive: true });
  return project;
}

/** One job: setup-deps and its post step, on a fresh runner over `workspace`. */
async function runJob(workspace: string): Promise<{ job: RunnerJob; main: ActionRun; post: ActionRun }> {
  const job = await createRunnerJob({ workspace });
  jobs.push(job);
  Object.assign(job.env, service.env());
  const main = await job.runMain(SETUP_DEPS_ACTION, { 'working-directory': 'service' });
  const post = await job.runPost(SETUP_DEPS_ACTION, main);
  return { job, main, post };
}

const levelled = (step: ActionRun, level: 'error' | 'warning'): string[] =>
  step.annotations.filter((annotation) => annotation.level === level).map((annotation) => annotation.message);

describe('setup-deps on the shapes of issue 7', () => {
  it('npm: package.json pins a version the lockfile locks, while its root entry records the old range: installs, as npm ci does (item 12)', async () => {
    const workspace = join(scratch, 'npm-range-recorded');
    const project = await checkout('npm-range-recorded', workspace);
    const { job, main } = await runJob(workspace);
    expect(levelled(main, 'error')).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(installCommandsRun(main)).toEqual([expect.stringMatching(/npm ci --no-audit --no-fund$/)]);
    const proof = await job.runStep('npm', ['test'], { cwd: project });
    expect(proof.exitCode).toBe(0);
  });

  it('pnpm pinned to another version than PATH\'s: installs with the pinned pnpm, says so, keys the cache by it, and later steps get it first on PATH (item 14)', async () => {
    const workspace = join(scratch, 'pnpm-pinned');
    const project = await checkout('pnpm-pinned', workspace);
    const { job, main, post } = await runJob(workspace);
    expect(levelled(main, 'error')).toEqual([]);
    expect(main.exitCode).toBe(0);
    const [install, ...rest] = installCommandsRun(main).filter((line) => line.includes('install --frozen-lockfile'));
    expect(rest).toEqual([]);
    expect(install).toMatch(/\/pnpm-10\.28\.0\/bin\/pnpm install --frozen-lockfile$/);
    expect(main.summary).toMatch(/package\.json pins pnpm@10\.28\.0 and PATH has pnpm 10\.34\.9: pnpm@10\.28\.0 was installed from the npm registry/);
    expect(main.stdout).toMatch(/pnpm 10\.28\.0 \(pinned; PATH has 10\.34\.9\)/);
    expect(main.outputs['cache-key']).toContain('-pnpm10.28.0-');
    expect(main.addedPaths).toEqual([expect.stringMatching(/pnpm-10\.28\.0\/bin$/)]);
    // pnpm records the version that installed the tree.
    expect(await readFile(join(project, 'node_modules/.modules.yaml'), 'utf8')).toMatch(/packageManager: pnpm@10\.28\.0/);
    expect(post.exitCode).toBe(0);
    // A later step runs the project's own command with the pinned pnpm, which pnpm 10.34.9 refuses to switch to here.
    const later = await job.runStep('pnpm', ['--version'], { cwd: project });
    expect(later.stdout.trim()).toBe('10.28.0');

    const warm = await runJob(workspace);
    expect(warm.main.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-result': 'exact', 'cache-key': main.outputs['cache-key'] });
    expect(commandsRun(warm.main).filter((line) => line.includes('install --frozen-lockfile'))).toEqual([]);
  });

  it('tools that write under node_modules after an exact hit do not make the next run reinstall (item 13)', async () => {
    const workspace = join(scratch, 'npm-tool-caches');
    const project = await checkout('npm-range-recorded', workspace);
    const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(project, 'package.json'), JSON.stringify({ ...manifest, description: 'tool caches' }, null, 2));
    const cold = await runJob(workspace);
    expect(cold.post.summary).toMatch(/installed tree \| saved/);
    // The same checkout, kept (a self-hosted runner, or the local command): ESLint and vitest write their caches.
    const warm = await runJob(workspace);
    expect(warm.main.outputs['cache-result']).toBe('exact');
    await mkdir(join(project, 'node_modules/.cache/eslint'), { recursive: true });
    await writeFile(join(project, 'node_modules/.cache/eslint/.eslintcache'), '{}');
    await mkdir(join(project, 'node_modules/.vite/vitest'), { recursive: true });
    await writeFile(join(project, 'node_modules/.vite/vitest/results.json'), '{}');

    const next = await runJob(workspace);
    expect(levelled(next.main, 'warning')).toEqual([]);
    expect(next.main.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-result': 'exact' });
    expect(installCommandsRun(next.main)).toEqual([]);
    expect(next.main.summary).toContain('the installed tree is already in place');
    expect(existsSync(join(project, 'node_modules/.cache/eslint/.eslintcache'))).toBe(true);
  });
});
