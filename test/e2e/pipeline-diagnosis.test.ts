import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_ACTION, commitAll, writeTree } from '../support/build-projects.js';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { copyFixture } from '../support/fixture-copy.js';
import { createRunnerJob, type ActionRun } from '../support/runner.js';

// The committed root action (dist/pipeline) run as a runner runs it, on projects that fail: the failure's kind and
// what to do, read from the tools' own output, in the one failure message and in the summary after the stage table
// (issue 11, "Failure diagnosis"). Real npm ci from the registry, real tsc, node's own test runner.

const FIXTURES = join(import.meta.dirname, '../fixtures/projects');
let service: CacheService;
let scratch: string;
let npmrc: string;

beforeAll(async () => {
  service = await startCacheService();
  scratch = await mkdtemp(join(tmpdir(), 'pipeline-diagnosis-e2e-'));
  npmrc = join(scratch, 'empty-npmrc');
  await writeFile(npmrc, '');
});
afterAll(async () => {
  await service?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function runPipeline(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const job = await createRunnerJob({ workspace });
  Object.assign(job.env, service.env(), { NPM_CONFIG_USERCONFIG: npmrc, NPM_CONFIG_UPDATE_NOTIFIER: 'false' });
  try {
    return await job.runMain(ROOT_ACTION, { 'working-directory': 'project', ...inputs });
  } finally {
    await job.dispose();
  }
}

const errors = (step: ActionRun): string[] => step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message);
const failureMessage = (step: ActionRun): string => errors(step).find((message) => message.includes('Diagnosis: ')) ?? '';

/** Alive: in the process table and not a zombie waiting to be reaped. */
async function isRunning(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Whether `pid` is gone within `ms` (a SIGKILL is delivered asynchronously after the step's end). */
async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (await isRunning(pid)) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

describe('the pipeline diagnoses the failures it meets', () => {
  it('a lint failure does not stop the tests; a compile error stops the build and the image, diagnosed at its lines', async () => {
    const workspace = join(scratch, 'compile-error');
    await copyFixture(join(FIXTURES, 'pipeline-compile-error'), join(workspace, 'project'));
    await commitAll(workspace);

    const run = await runPipeline(workspace, { checks: 'lint', publish: 'true' });
    expect(run.exitCode).not.toBe(0);
    // Both verdicts: the lint finding failed quality-checks, and the tests still ran and passed.
    expect(run.summary).toMatch(/\| quality-checks \| ❌ failed \| \d+\.\d s \| — \|/);
    expect(run.summary).toMatch(/\| test \| ✅ passed \| \d+\.\d s \| — \|/);
    expect(run.outputs).toMatchObject({ passed: '1', failed: '0' });
    expect(run.summary).toMatch(/\| build \| ❌ failed \| \d+\.\d s \| — \|/);
    expect(run.summary).toContain('| publish-image | ⏭️ skipped: quality-checks and build failed | — | — |');

    const message = failureMessage(run);
    expect(message).toMatch(/Diagnosis: compile error\. /);
    expect(message).toContain('src/index.ts');
    expect(message).toMatch(/Skipped: publish-image \(quality-checks and build failed\)\./);
    // The summary's diagnosis follows the stage table, before the stages' own sections.
    const diagnosisAt = run.summary.indexOf('### Diagnosis: build — compile error');
    expect(diagnosisAt).toBeGreaterThan(run.summary.indexOf('| publish-image |'));
    expect(diagnosisAt).toBeLessThan(run.summary.indexOf('### Build: project'));
    expect(run.summary).toContain("src/index.ts(5,14): error TS2322: Type 'number' is not assignable to type 'string'.");
    // The type errors are annotated on their lines.
    const located = run.annotations.filter((annotation) => annotation.level === 'error' && annotation.file === 'project/src/index.ts').map((annotation) => annotation.line);
    expect(located).toEqual(expect.arrayContaining([5, 7]));
    // One budget for the step: at most 10 error annotations, the failure message among them.
    expect(errors(run).length).toBeLessThanOrEqual(10);
  });

  it('a lockfile that lost an entry is a dependency conflict read from npm ci\'s own output, and nothing runs after it', async () => {
    // package.json and the lockfile's root agree (setup-deps' own check passes); npm ci finds debug's ms missing,
    // and prints it above some 90 lines of usage text: the diagnosis reads the whole output.
    const workspace = join(scratch, 'out-of-sync');
    await copyFixture(join(FIXTURES, 'npm-lock-missing-transitive'), join(workspace, 'project'));
    await commitAll(workspace);

    const run = await runPipeline(workspace, { checks: 'config' });
    expect(run.exitCode).not.toBe(0);
    const message = failureMessage(run);
    expect(message).toMatch(/Diagnosis: dependency conflict\. /);
    expect(message).toContain('Missing: ms@2.1.3 from lock file');
    expect(message).toMatch(/'npm install'/);
    expect(run.summary).toContain('### Diagnosis: setup-deps — dependency conflict');
    expect(run.summary).toContain('| test | ⏭️ skipped: setup-deps failed | — | — |');
    expect(run.summary).toContain('| build | ⏭️ skipped: setup-deps failed | — | — |');
  });

  it('a test that hangs is stopped at timeout-minutes with every process it started, and reported as a timeout', async () => {
    const workspace = join(scratch, 'hanging-test');
    const pidFile = join(scratch, 'hanging-test.pid');
    const manifest = { name: 'hanging-svc', version: '1.0.0', type: 'module', scripts: { test: 'node --test' } };
    await writeTree(join(workspace, 'project'), {
      'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
      'package-lock.json': `${JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages: { '': { name: manifest.name, version: manifest.version } } }, null, 2)}\n`,
      'test/quick.test.js': "import { test } from 'node:test';\ntest('quick', () => {});\n",
      'test/wait.test.js': `import { test } from 'node:test';\nimport { writeFileSync } from 'node:fs';\ntest('waits for a server that never answers', async () => {\n  writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));\n  console.log('waiting for the server…');\n  await new Promise((resolve) => setTimeout(resolve, 600_000));\n});\n`,
      '.gitignore': 'node_modules/\n',
    });
    await commitAll(workspace);

    const run = await runPipeline(workspace, { checks: 'config', 'timeout-minutes': '0.15' });
    expect(run.exitCode).not.toBe(0);
    const message = failureMessage(run);
    expect(message).toMatch(/Diagnosis: timeout\. test did not finish within 0\.15 min \(timeout-minutes\) while running 'npm run test[^']*' and was stopped with every process it started/);
    expect(message).not.toMatch(/crash/i);
    expect(run.summary).toContain('### Diagnosis: test — timeout');
    expect(run.summary).toContain('| build | ⏭️ skipped: test failed | — | — |');
    // The test's own process was stopped with the rest of the tree.
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(await goneWithin(pid, 10_000)).toBe(true);
  });
});
