import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_ACTION, commitAll, mustRun, writeTree } from '../support/build-projects.js';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { createRunnerJob, type ActionRun } from '../support/runner.js';

// The committed root action (dist/pipeline, then dist/pipeline-post), run under Node 24 as a runner runs it, on a
// small Node project in a git checkout: setup-deps (real npm ci), quality-checks, the tests (node's own runner),
// then the build (its build script and npm pack), against the local stand-in for the Actions cache service.

let service: CacheService;
let scratch: string;
let npmrc: string;

beforeAll(async () => {
  service = await startCacheService();
  scratch = await mkdtemp(join(tmpdir(), 'root-action-e2e-'));
  npmrc = join(scratch, 'empty-npmrc');
  await writeFile(npmrc, '');
});
afterAll(async () => {
  await service?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const manifest = { name: 'root-svc', version: '1.0.0', type: 'module', main: 'dist/greet.js', files: ['dist'], scripts: { build: 'node build.js', test: 'node --test' } };
const PROJECT: Record<string, string> = {
  'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
  'package-lock.json': `${JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages: { '': { name: manifest.name, version: manifest.version } } }, null, 2)}\n`,
  'src/greet.js': 'export const greet = (name) => `hello ${name}`;\n',
  'build.js': "import { cpSync } from 'node:fs';\ncpSync('src', 'dist', { recursive: true });\n",
  'test/greet.test.js': "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { greet } from '../src/greet.js';\ntest('greets', () => assert.equal(greet('octo'), 'hello octo'));\n",
  '.gitignore': 'node_modules/\ndist/\ndist-artifacts/\n',
};

/** One workflow job on `workspace`: the root action's main step, then its post step. */
async function runJob(workspace: string, inputs: Record<string, string> = {}): Promise<{ main: ActionRun; post: ActionRun }> {
  const job = await createRunnerJob({ workspace });
  Object.assign(job.env, service.env(), { NPM_CONFIG_USERCONFIG: npmrc, NPM_CONFIG_UPDATE_NOTIFIER: 'false' });
  try {
    const main = await job.runMain(ROOT_ACTION, { 'working-directory': 'project', checks: 'config', ...inputs });
    return { main, post: await job.runPost(ROOT_ACTION, main) };
  } finally {
    await job.dispose();
  }
}

const errors = (step: ActionRun): string[] => step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message);

describe('the root action', () => {
  it('installs, checks, tests and builds in one step: setup-deps\' cache-hit and the build\'s build-cache-hit side by side', async () => {
    const workspace = join(scratch, 'checkout');
    await writeTree(join(workspace, 'project'), PROJECT);
    await commitAll(workspace);

    const cold = await runJob(workspace);
    expect(errors(cold.main)).toEqual([]);
    expect(cold.main.exitCode).toBe(0);
    expect(cold.main.outputs).toMatchObject({
      'cache-hit': 'false',
      'cache-result': 'miss',
      'package-manager': 'npm',
      passed: '1',
      failed: '0',
      'build-cache-hit': 'false',
      artifacts: 'project/dist-artifacts/root-svc-1.0.0.tgz',
      version: '1.0.0',
      built: 'root-svc',
    });
    // The summary opens with the table of stages; publish-image was not asked for (publish is false by default).
    expect(cold.main.summary).toMatch(/^### Pipeline: passed\n\n\| stage \| result \| seconds \| cache \|\n/);
    expect(cold.main.summary).toMatch(/\| setup-deps \| ✅ passed \| \d+\.\d s \| miss \|/);
    expect(cold.main.summary).toMatch(/\| quality-checks \| ✅ passed \| \d+\.\d s \| — \|/);
    expect(cold.main.summary).toMatch(/\| test \| ✅ passed \| \d+\.\d s \| — \|/);
    expect(cold.main.summary).toMatch(/\| build \| ✅ passed \| \d+\.\d s \| miss \|/);
    expect(cold.main.summary).toContain('| publish-image | not selected (publish is not true) | — | — |');
    expect(cold.main.summary.indexOf('| publish-image |')).toBeLessThan(cold.main.summary.indexOf('### Build: project'));
    expect(cold.main.summary).toContain('### Build: project');
    expect(cold.main.summary).toMatch(/\| root-svc \| `npm run build` \| \d+\.\d s \| ✅ \|/);
    expect(cold.main.summary).toContain('| root-svc-1.0.0.tgz |');
    const listed = await mustRun('tar', ['-tzf', join(workspace, 'project/dist-artifacts/root-svc-1.0.0.tgz')], workspace);
    expect(listed.split('\n').filter(Boolean).sort()).toEqual(['package/dist/greet.js', 'package/package.json']);
    expect(cold.post.exitCode).toBe(0);

    // The next run of the same commit: the build's outputs come from the cache, while setup-deps misses again (a
    // project without dependencies leaves no installed tree to save): each stage's output keeps its own value.
    await rm(join(workspace, 'project/dist'), { recursive: true });
    const warm = await runJob(workspace);
    expect(errors(warm.main)).toEqual([]);
    expect(warm.main.outputs['build-cache-hit']).toBe('true');
    expect(warm.main.outputs.built).toBe('');
    expect(warm.main.outputs['cache-hit']).toBe('false');
    expect(warm.main.summary).toMatch(/Exact hit build-outputs-v1-linux-x64-[0-9a-f]{40} \(\d+ ms\): the build was skipped/);
    expect(warm.main.summary).toMatch(/\| build \| ✅ passed \| \d+\.\d s \| hit \(build skipped\) \|/);
  });

  it('stops the build when a test fails, and says so in the table and the one failure message', async () => {
    const workspace = join(scratch, 'failing-test');
    await writeTree(join(workspace, 'project'), {
      ...PROJECT,
      'test/greet.test.js': "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { greet } from '../src/greet.js';\ntest('greets', () => assert.equal(greet('octo'), 'hi octo'));\n",
    });
    await commitAll(workspace);

    const run = await runJob(workspace);
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.outputs).toMatchObject({ passed: '0', failed: '1' });
    expect(run.main.outputs.built).toBeUndefined();
    expect(run.main.summary).toMatch(/^### Pipeline: failed: test\n/);
    expect(run.main.summary).toMatch(/\| test \| ❌ failed \| \d+\.\d s \| — \|/);
    expect(run.main.summary).toContain('| build | ⏭️ skipped: test failed | — | — |');
    expect(run.main.summary).not.toContain('### Build: project');
    const failure = errors(run.main).find((message) => message.includes('tests failed'));
    expect(failure).toMatch(/1 of 1 tests failed\.(.|\n)*Skipped: build \(test failed\)\./);
    expect(run.post.exitCode).toBe(0);
  });
});
