import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { buildFixtureWheels, defaultFixtureWheelsDir, SYSTEM_WHEELS_DIR } from '../support/fixture-wheels.js';
import { startPackageIndex, type PackageIndex } from '../support/package-index.js';
import {
  installCommandsRun,
  preparationEnv,
  PROJECT_KINDS,
  REPO_ROOT,
  SETUP_DEPS_ACTION,
  startJob,
  type JobOptions,
  type ProjectKind,
} from '../support/setup-deps-jobs.js';
import type { ActionRun, RunnerJob } from '../support/runner.js';

// The committed dist/ bundles, run under Node 24 as a runner runs them, against the local stand-in for the
// Actions cache service, real package managers, and the local Python package index.

let service: CacheService;
let index: PackageIndex;
let scratch: string;

beforeAll(async () => {
  const wheels = defaultFixtureWheelsDir();
  await buildFixtureWheels(wheels);
  [service, index] = await Promise.all([startCacheService(), startPackageIndex({ wheelDirs: [wheels, SYSTEM_WHEELS_DIR] })]);
  scratch = await mkdtemp(join(tmpdir(), 'setup-deps-e2e-'));
});

afterAll(async () => {
  await Promise.all([service?.close(), index?.close()]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

interface JobResult {
  job: RunnerJob;
  main: ActionRun;
  post: ActionRun;
  project: string;
}

/** One workflow job: checkout (the fixture copied fresh), setup-deps, then its post step. */
async function runJob(kind: ProjectKind, workspace: string, options: JobOptions & { keepProject?: boolean } = {}): Promise<JobResult> {
  const project = join(workspace, 'service');
  if (!options.keepProject) await kind.prepare(project, index);
  const job = await startJob(workspace, service, index, options);
  const main = await job.runMain(SETUP_DEPS_ACTION, { 'working-directory': 'service', ...options.inputs });
  const post = await job.runPost(SETUP_DEPS_ACTION, main);
  return { job, main, post, project };
}

function errors(step: ActionRun): string[] {
  return step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message);
}

function warnings(step: ActionRun): string[] {
  return step.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
}

const entryKeys = (): string[] => service.entries().map((entry) => entry.key);

/** Gives the npm example a key no other test has: the manifest is part of the key, and this keeps it in sync with the lockfile. */
async function makeKeyUnique(project: string, label: string): Promise<void> {
  const file = join(project, 'package.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  manifest.description = `variant ${label}`;
  await writeFile(file, JSON.stringify(manifest, null, 2));
}

describe.each(PROJECT_KINDS)('setup-deps with $name', (kind) => {
  let workspace: string;
  const jobs: RunnerJob[] = [];

  beforeAll(async () => {
    workspace = join(scratch, `${kind.name}-workspace`);
  });
  afterAll(async () => {
    await Promise.all(jobs.map((job) => job.dispose()));
  });

  it('cold: installs, exports what later steps need, and saves the tree and the download store', async () => {
    const { job, main, post, project } = await runJob(kind, workspace);
    jobs.push(job);
    expect(errors(main)).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-result': 'miss', 'package-manager': kind.name });
    expect(installCommandsRun(main).length).toBeGreaterThan(0);
    expect(main.summary).toContain('**miss**');
    expect(post.exitCode).toBe(0);
    expect(entryKeys()).toEqual(expect.arrayContaining([main.outputs['cache-key'], expect.stringMatching(new RegExp(`^build-actions-store-v1-.*-${kind.name}-`))]));
    expect(post.summary).toMatch(/installed tree \| saved/);
    if (kind.tree === '.venv') {
      expect(main.addedPaths).toEqual([join(project, '.venv', 'bin')]);
      expect(main.exportedEnv.VIRTUAL_ENV).toBe(join(project, '.venv'));
    }
    const proof = await job.runStep(kind.prove.command, kind.prove.args, { cwd: project });
    expect([proof.exitCode, proof.stderr]).toEqual([0, expect.any(String)]);
  });

  it('warm, on a fresh runner: restores the exact tree, runs no install, saves nothing, and the project works', async () => {
    const before = service.requests().length;
    const { job, main, post, project } = await runJob(kind, workspace);
    jobs.push(job);
    expect(errors(main)).toEqual([]);
    expect(main.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-result': 'exact' });
    expect(installCommandsRun(main)).toEqual([]);
    expect(main.summary).toContain('**exact**');
    expect(main.summary).toContain('Install | skipped');
    const saveRequests = service.requests().slice(before).filter((request) => request.path.includes('CreateCacheEntry'));
    expect(saveRequests).toEqual([]);
    expect(post.summary).toContain('Nothing saved');
    const proof = await job.runStep(kind.prove.command, kind.prove.args, { cwd: project });
    expect([proof.exitCode, proof.stdout + proof.stderr]).toEqual([0, expect.any(String)]);
  });

  it('a lockfile change misses the tree, restores the download store, installs and saves the new tree', async () => {
    const project = join(workspace, 'service');
    await kind.prepare(project, index);
    const home = await mkdtemp(join(scratch, 'prep-home-'));
    await kind.changeLockfile(project, preparationEnv(index, home));
    const { job, main, post } = await runJob(kind, workspace, { keepProject: true });
    jobs.push(job);
    expect(errors(main)).toEqual([]);
    expect(main.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-result': 'partial' });
    expect(main.summary).toContain('Download store | restored from');
    expect(installCommandsRun(main).length).toBeGreaterThan(0);
    expect(entryKeys()).toContain(main.outputs['cache-key']);
    expect(post.summary).toMatch(/installed tree \| saved/);
    const proof = await job.runStep(kind.prove.command, kind.prove.args, { cwd: project });
    expect(proof.exitCode).toBe(0);
  });
});

describe('cache faults degrade to a correct install with a warning', () => {
  const npm = PROJECT_KINDS.find((kind) => kind.name === 'npm')!;
  let workspace: string;
  const jobs: RunnerJob[] = [];

  beforeAll(async () => {
    workspace = join(scratch, 'faults-workspace');
    // An entry to restore: the npm tree and store of the example, saved by a cold job.
    const cold = await runJob(npm, workspace);
    jobs.push(cold.job);
    expect(cold.post.summary).toMatch(/installed tree \| saved/);
  });
  afterEach(() => service.setFault(undefined));
  afterAll(async () => {
    service.setFault(undefined);
    await Promise.all(jobs.map((job) => job.dispose()));
  });

  it.each([
    ['down', 'the cache service is down'],
    ['rate-limit', 'the cache service answers 429'],
    ['corrupt-archive', 'the archive is corrupt'],
    ['truncated-archive', 'the archive is truncated, so the restore stops half way'],
  ] as const)('%s: %s', async (fault, _what) => {
    service.setFault(fault);
    const before = service.requests().length;
    const { job, main, post, project } = await runJob(npm, workspace);
    const requests = service.requests().slice(before).map((request) => request.path);
    if (fault === 'down' || fault === 'rate-limit') {
      // the service is failing: nothing more is asked of it in this job, and the summary says why
      expect(requests.filter((path) => path.includes('CreateCacheEntry'))).toEqual([]);
      expect(post.summary).toMatch(/Nothing saved: the cache service failed during the restore/);
    } else {
      // a bad archive is not a failing service: the download store is still tried (and is bad too here, since every
      // download is corrupted), and the tree key, which the bad entry holds, is reported as taken rather than saved
      expect(requests.filter((path) => path.includes('GetCacheEntryDownloadURL'))).toHaveLength(2);
      expect(main.summary).toContain('Restoring the npm download store failed');
      expect(post.summary).toMatch(/installed tree \| exists/);
    }
    jobs.push(job);
    expect(main.exitCode).toBe(0);
    expect(post.exitCode).toBe(0);
    expect(errors(main)).toEqual([]);
    expect(errors(post)).toEqual([]);
    expect(main.outputs['cache-result']).toBe('error');
    expect(main.outputs['cache-hit']).toBe('false');
    expect(warnings(main).join('\n')).toMatch(/Restoring the installed dependencies from the cache failed|incomplete/);
    expect(installCommandsRun(main)).toEqual([expect.stringContaining('npm ci')]);
    const proof = await job.runStep('npm', ['test'], { cwd: project });
    expect(proof.exitCode).toBe(0);
  });

  it('server-error: 5xx answers are retried by the client, then the install runs; no error annotation', async () => {
    service.setFault('server-error');
    const { job, main, post } = await runJob(npm, workspace, { inputs: {} });
    jobs.push(job);
    expect([main.exitCode, post.exitCode]).toEqual([0, 0]);
    expect(errors(main)).toEqual([]);
    expect(errors(post)).toEqual([]);
    expect(main.outputs['cache-result']).toBe('error');
    expect(installCommandsRun(main)).toEqual([expect.stringContaining('npm ci')]);
    // one call's retries (about 30 s) are paid once: the store restore and the saves are not attempted
    expect(post.summary).toMatch(/Nothing saved: the cache service failed during the restore/);
    expect(main.durationMs + post.durationMs).toBeLessThan(90_000);
  }, 300_000);

  it('a save that fails leaves the job green with a warning', async () => {
    const project = join(workspace, 'service');
    await npm.prepare(project, index);
    await makeKeyUnique(project, 'save-fails');
    const job = await startJob(workspace, service, index);
    jobs.push(job);
    const main = await job.runMain(SETUP_DEPS_ACTION, { 'working-directory': 'service' });
    expect(main.exitCode).toBe(0);
    service.setFault('rate-limit');
    const post = await job.runPost(SETUP_DEPS_ACTION, main);
    expect(post.exitCode).toBe(0);
    expect(errors(post)).toEqual([]);
    expect(warnings(post).join('\n')).toContain('Saving the installed tree to the cache failed');
    expect(post.summary).toMatch(/installed tree \| failed/);
  });
});

describe('when the cache is saved', () => {
  const npm = PROJECT_KINDS.find((kind) => kind.name === 'npm')!;
  const jobs: RunnerJob[] = [];
  afterAll(async () => {
    await Promise.all(jobs.map((job) => job.dispose()));
  });

  it('saves after a later step of the job failed, as long as the install succeeded', async () => {
    const workspace = join(scratch, 'later-step-fails');
    const project = join(workspace, 'service');
    await npm.prepare(project, index);
    await makeKeyUnique(project, 'later-step-fails');
    const job = await startJob(workspace, service, index);
    jobs.push(job);
    const main = await job.runMain(SETUP_DEPS_ACTION, { 'working-directory': 'service', 'package-manager': 'npm' });
    expect(main.exitCode).toBe(0);
    const failing = await job.runStep('node', ['-e', 'process.exit(3)'], { cwd: project });
    expect(failing.exitCode).toBe(3);
    const post = await job.runPost(SETUP_DEPS_ACTION, main);
    expect(post.exitCode).toBe(0);
    expect(post.summary).toMatch(/installed tree \| saved/);
    expect(entryKeys()).toContain(main.outputs['cache-key']);
  });

  it.each([
    ['pull_request_target', {}],
    ['workflow_run', {}],
    ['pull_request', { pull_request: { number: 7, head: { ref: 'x', repo: { full_name: 'fork/octo-repo', fork: true } }, base: { ref: 'main', repo: { full_name: 'octo-org/octo-repo' } } } }],
  ] as const)('never on %s: restore only, and the summary says why', async (eventName, payload) => {
    const workspace = join(scratch, `untrusted-${eventName}`);
    const yarn = PROJECT_KINDS.find((kind) => kind.name === 'yarn')!;
    const project = join(workspace, 'service');
    await yarn.prepare(project, index);
    await yarn.changeLockfile(project, preparationEnv(index, await mkdtemp(join(scratch, 'prep-home-'))));
    const before = service.requests().length;
    const { job, main, post } = await runJob(yarn, workspace, { keepProject: true, event: { name: eventName, payload: payload as Record<string, unknown> } });
    jobs.push(job);
    expect(main.exitCode).toBe(0);
    expect(service.requests().slice(before).filter((request) => request.path.includes('CreateCacheEntry'))).toEqual([]);
    expect(service.requests().slice(before).some((request) => request.path.includes('GetCacheEntryDownloadURL'))).toBe(true);
    expect(main.summary).toMatch(/untrusted code: restore only/);
    expect(post.summary).toMatch(/Nothing saved: .*untrusted code: restore only/);
  });

  it('keys a pip venv on the files its requirements include (-r, -c)', async () => {
    const pip = PROJECT_KINDS.find((kind) => kind.name === 'pip')!;
    const workspace = join(scratch, 'pip-includes');
    const withConstraints = (constraint: string): ProjectKind => ({
      ...pip,
      prepare: async (dest) => {
        await pip.prepare(dest, index);
        await mkdir(join(dest, 'constraints'), { recursive: true });
        await writeFile(join(dest, 'constraints', 'pins.txt'), constraint);
        const file = join(dest, 'requirements.txt');
        await writeFile(file, `${await readFile(file, 'utf8')}\n-c constraints/pins.txt\n`);
      },
    });
    const first = await runJob(withConstraints('acme-greeting==1.0.0\n'), workspace);
    const second = await runJob(withConstraints('acme-greeting==1.0.0\nacme-units==1.0.0\n'), workspace);
    jobs.push(first.job, second.job);
    expect([first.main.exitCode, second.main.exitCode]).toEqual([0, 0]);
    expect(second.main.outputs['cache-key']).not.toBe(first.main.outputs['cache-key']);
    expect(second.main.outputs['cache-result']).toBe('partial');
  });

  it("never with cache: false, and reports 'disabled'", async () => {
    const workspace = join(scratch, 'cache-false');
    const before = service.requests().length;
    const { job, main, post } = await runJob(npm, workspace, { inputs: { cache: 'false' } });
    jobs.push(job);
    expect(main.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-result': 'disabled' });
    expect(service.requests().length).toBe(before);
    expect(post.summary).toContain("Nothing saved: input 'cache' is false");
  });
});

describe('bad input fails with a clear error and leaves nothing half-written', () => {
  const jobs: RunnerJob[] = [];
  afterAll(async () => {
    await Promise.all(jobs.map((job) => job.dispose()));
  });

  const fixtureKind = (relative: string): ProjectKind => ({
    ...PROJECT_KINDS[0],
    prepare: async (dest) => {
      await rm(dest, { recursive: true, force: true });
      await mkdir(dest, { recursive: true });
      if (relative !== '') await cp(join(REPO_ROOT, relative), dest, { recursive: true });
    },
  });

  it.each([
    ['an unknown package-manager', '', { 'package-manager': 'pipenv' }, /Input 'package-manager' must be one of auto, npm, yarn, pnpm, pip, poetry \(got 'pipenv'\)/],
    ['a boolean that is not true/false', 'examples/node-service', { cache: 'yes' }, /Input 'cache' must be true or false \(got 'yes'\)/],
    ['a working-directory that does not exist', '', { 'working-directory': 'no/such/folder' }, /Input 'working-directory' is 'no\/such\/folder', but .*no\/such\/folder is not a directory/],
    ['no manifest at all', '', {}, /No project to install in .*: looked for package\.json, requirements\*\.txt, pyproject\.toml with \[tool\.poetry\], poetry\.lock/],
    ['npm without a lockfile', 'test/fixtures/projects/npm-no-lockfile', {}, /npm needs a lockfile .* has none \(looked for package-lock\.json, npm-shrinkwrap\.json\)\. Run 'npm install' locally and commit package-lock\.json/],
    ['npm with a lockfile out of sync', 'test/fixtures/projects/npm-out-of-sync', {}, /package-lock\.json in .* is out of sync with package\.json: 'ms' .* is in package\.json but not in package-lock\.json\. Run 'npm install' locally/],
    ['two lockfiles that disagree with packageManager', 'test/fixtures/projects/conflicting-lockfiles', {}, /package\.json says packageManager 'pnpm@.*', but the lockfiles in .* are package-lock\.json, yarn\.lock \(no pnpm-lock\.yaml\)/],
  ])('%s', async (_what, relative, inputs, message) => {
    const workspace = join(scratch, `bad-${Math.random().toString(36).slice(2)}`);
    const before = service.requests().length;
    const { job, main, post, project } = await runJob(fixtureKind(relative), workspace, { inputs });
    jobs.push(job);
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([expect.stringMatching(message)]);
    expect(main.stdout).not.toMatch(/\n\s+at /); // a message for the user, not a stack
    expect(existsSync(join(project, 'node_modules'))).toBe(false);
    expect(post.exitCode).toBe(0);
    expect(service.requests().slice(before).filter((request) => request.path.includes('CreateCacheEntry'))).toEqual([]);
  });

  it('a runtime that does not satisfy engines.node names what was found, what is required, and the fix', async () => {
    const workspace = join(scratch, 'engines');
    const kind: ProjectKind = {
      ...PROJECT_KINDS[0],
      prepare: async (dest) => {
        await PROJECT_KINDS[0].prepare(dest, index);
        const manifest = JSON.parse(await readFile(join(dest, 'package.json'), 'utf8')) as Record<string, unknown>;
        manifest.engines = { node: '>=99' };
        await writeFile(join(dest, 'package.json'), JSON.stringify(manifest, null, 2));
      },
    };
    const { job, main } = await runJob(kind, workspace);
    jobs.push(job);
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([
      expect.stringMatching(/^Node\.js \d+\.\d+\.\d+ is on PATH, but package\.json engines\.node requires '>=99'\. Add actions\/setup-node before this step with 'node-version-file: package\.json'/),
    ]);
  });

  it('a Python that does not satisfy requires-python says how to fix the workflow', async () => {
    const workspace = join(scratch, 'python-version');
    const pip = PROJECT_KINDS.find((kind) => kind.name === 'pip')!;
    const kind: ProjectKind = {
      ...pip,
      prepare: async (dest) => {
        await pip.prepare(dest, index);
        // (.python-version is removed: pyenv's shim on this machine would switch interpreters on it)
        await rm(join(dest, '.python-version'));
        const file = join(dest, 'pyproject.toml');
        await writeFile(file, (await readFile(file, 'utf8')).replace(/requires-python = ".*"/, 'requires-python = ">=3.99"'));
      },
    };
    const { job, main, project } = await runJob(kind, workspace);
    jobs.push(job);
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([
      expect.stringMatching(/^Python 3\.\d+\.\d+ is on PATH, but pyproject\.toml requires-python requires '>=3\.99'\. Add actions\/setup-python before this step with 'python-version-file: pyproject\.toml'/),
    ]);
    expect(existsSync(join(project, '.venv'))).toBe(false);
  });

  it('an install that fails reports the command and its last lines, removes the half-made tree, and saves nothing', async () => {
    const workspace = join(scratch, 'install-fails');
    const yarn = PROJECT_KINDS.find((kind) => kind.name === 'yarn')!;
    const kind: ProjectKind = {
      ...yarn,
      prepare: async (dest) => {
        await yarn.prepare(dest, index);
        const manifest = JSON.parse(await readFile(join(dest, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
        manifest.dependencies['is-number'] = '7.0.0';
        await writeFile(join(dest, 'package.json'), JSON.stringify(manifest, null, 2));
      },
    };
    const before = service.requests().length;
    const { job, main, post, project } = await runJob(kind, workspace);
    jobs.push(job);
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([expect.stringMatching(/^'yarn install --frozen-lockfile --non-interactive' failed with exit code 1 in .*\. Its last lines:\n[\s\S]*lockfile/)]);
    expect(existsSync(join(project, 'node_modules'))).toBe(false);
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('Nothing to save: the install did not succeed');
    expect(service.requests().slice(before).filter((request) => request.path.includes('CreateCacheEntry'))).toEqual([]);
  });
});
