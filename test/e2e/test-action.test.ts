import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { copyFixture } from '../support/fixture-copy.js';
import { createRunnerJob, run, cleanProcessEnv, type ActionRun, type Annotation } from '../support/runner.js';
import { REPO_ROOT } from '../support/setup-deps-jobs.js';

// The committed dist/test bundle, run under Node 24 as a runner runs it, on real fixture projects: node's own test
// runner, jest (examples/node-service) and pytest in a venv made from Debian's interpreter, with the local stand-in
// for the Actions cache service keeping the shards' timings.

const TEST_ACTION = join(REPO_ROOT, 'actions/test/action.yml');
const FIXTURES = join(REPO_ROOT, 'test/fixtures/projects');
const EMPTY_NPMRC = join(tmpdir(), 'build-actions-test-action-empty-npmrc');

let service: CacheService;
let scratch: string;

beforeAll(async () => {
  service = await startCacheService();
  scratch = await mkdtemp(join(tmpdir(), 'test-action-e2e-'));
  await writeFile(EMPTY_NPMRC, '');
});

afterAll(async () => {
  await service?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function copyProject(source: string, workspace: string): Promise<string> {
  const project = join(workspace, 'service');
  return copyFixture(source, project);
}

/** One job: the test action on `workspace/service`. */
async function runTestAction(workspace: string, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const job = await createRunnerJob({ workspace });
  Object.assign(job.env, service.env(), { NPM_CONFIG_USERCONFIG: EMPTY_NPMRC, NPM_CONFIG_UPDATE_NOTIFIER: 'false' });
  try {
    return await job.runMain(TEST_ACTION, { 'working-directory': 'service', ...inputs }, extraEnv);
  } finally {
    await job.dispose();
  }
}

const errors = (step: ActionRun): Annotation[] => step.annotations.filter((annotation) => annotation.level === 'error');
/** The step's failure (setFailed) is the last error annotation without a file. */
const failure = (step: ActionRun): string | undefined => errors(step).filter((annotation) => annotation.file === undefined).at(-1)?.message;

async function mustRun(command: string, args: string[], cwd: string): Promise<void> {
  const result = await run(command, args, { cwd, env: { ...cleanProcessEnv(), NPM_CONFIG_USERCONFIG: EMPTY_NPMRC }, timeoutMs: 180_000 });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

describe('node --test', () => {
  it.concurrent('passes with totals, coverage and result files', async () => {
    const workspace = join(scratch, 'node-pass');
    await copyProject(join(FIXTURES, 'tests-node-pass'), workspace);
    const step = await runTestAction(workspace);
    expect(errors(step)).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ passed: '3', failed: '0', skipped: '1', total: '4', runner: 'node', 'results-file': 'test-results/junit.xml', 'coverage-file': 'test-results/lcov.info' });
    expect(Number(step.outputs['coverage-percent'])).toBeGreaterThan(50);
    expect(existsSync(join(workspace, 'test-results/junit.xml'))).toBe(true);
    const junit = await readFile(join(workspace, 'test-results/junit.xml'), 'utf8');
    expect(junit).toContain('name="total › sums the lines"');
    expect(step.summary).toContain('### Tests: node in service');
    expect(step.summary).toContain('**Passed**');
    expect(step.summary).toMatch(/\| lines \| \d+\.\d\d % \(\d+\/\d+\) \|/);
  });

  it.concurrent('annotates each failed test at its failing line', async () => {
    const workspace = join(scratch, 'node-fail');
    await copyProject(join(FIXTURES, 'tests-node-fail'), workspace);
    const step = await runTestAction(workspace, { coverage: 'false' });
    expect(step.exitCode).toBe(1);
    expect(errors(step)).toEqual([
      { level: 'error', file: 'service/test/strings.test.js', line: 9, col: 12, title: 'node', message: "slug › replaces spaces failed: Expected values to be strictly equal:\n\n'a-b' !== 'a_b'" },
      { level: 'error', file: 'service/test/strings.test.js', line: 15, col: 10, title: 'node', message: "trims both ends failed: Expected values to be strictly equal:\n\n'x  ' !== 'x'" },
      { level: 'error', message: '2 of 4 tests failed.' },
    ]);
    // The test's own '::error' line was printed, not obeyed.
    expect(step.stdout).toContain('::error file=evil.js,line=1::injected by a test');
    expect(step.outputs).toMatchObject({ passed: '2', failed: '2', total: '4', 'coverage-percent': '' });
    expect(step.summary).toContain('Failures (2)');
    expect(step.summary).toContain("Coverage is off (input 'coverage' is false).");
  });

  it.concurrent('reports a runner that crashed without results as a crash, with its output', async () => {
    const workspace = join(scratch, 'node-crash');
    await copyProject(join(FIXTURES, 'tests-node-crash'), workspace);
    const step = await runTestAction(workspace);
    expect(step.exitCode).toBe(1);
    expect(failure(step)).toMatch(/^node crashed: 'npm run test -- .*' exited with code 9 and it wrote no results file\. Its last lines:\n[\s\S]*bad option: --no-such-flag-for-build-actions/);
    expect(step.outputs).toMatchObject({ passed: '', failed: '', total: '' });
    expect(step.summary).not.toMatch(/\| passed \| failed/);
  });

  it.concurrent('fails a run that executed no test, unless allowed', async () => {
    const workspace = join(scratch, 'node-empty');
    await copyProject(join(FIXTURES, 'tests-node-empty'), workspace);
    const step = await runTestAction(workspace);
    expect(step.exitCode).toBe(1);
    expect(failure(step)).toBe("No test was executed. A step that tests nothing fails unless 'allow-no-tests' is true.");
    const allowed = await runTestAction(workspace, { 'allow-no-tests': 'true' });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.outputs).toMatchObject({ total: '0' });
  });

  it.concurrent.each([
    [{ shard: '5/4' }, "Input 'shard' must be i/n with 1 <= i <= n, e.g. 2/4 for the second of four shards (got '5/4')."],
    [{ shard: 'a/b' }, "Input 'shard' must be i/n with 1 <= i <= n, e.g. 2/4 for the second of four shards (got 'a/b')."],
    [{ 'coverage-threshold': '101' }, "Input 'coverage-threshold' must be a percent from 0 to 100, e.g. 80 (got '101')."],
  ])('rejects bad input %j', async (inputs, message) => {
    const workspace = join(scratch, `node-bad-input-${Object.entries(inputs)[0]!.join('-').replace(/\W/g, '_')}`);
    await copyProject(join(FIXTURES, 'tests-node-pass'), workspace);
    const step = await runTestAction(workspace, inputs);
    expect(step.exitCode).toBe(1);
    expect(failure(step)).toBe(message);
  });

  it.concurrent('says what it looked for in a project without a test command', async () => {
    const workspace = join(scratch, 'node-no-command');
    const project = await copyProject(join(FIXTURES, 'tests-node-empty'), workspace);
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'x', scripts: { build: 'tsc' } }));
    const step = await runTestAction(workspace);
    expect(step.exitCode).toBe(1);
    expect(failure(step)).toBe(
      `No test command in ${project}: package.json has no 'test' script, and no Python project to run pytest in. Looked for the package.json scripts ` +
        `'test' (and 'test:coverage' when coverage is on) and for pyproject.toml, setup.py, setup.cfg, pytest.ini, tox.ini, requirements*.txt. ` +
        `Add a 'test' script, or set 'working-directory' to the project folder.`,
    );
  });
});

describe('jest (examples/node-service)', () => {
  let workspace: string;
  let project: string;

  beforeAll(async () => {
    workspace = join(scratch, 'jest');
    project = await copyProject(join(REPO_ROOT, 'examples/node-service'), workspace);
    await mustRun('npm', ['ci', '--no-audit', '--no-fund', '--silent'], project);
  });

  it('passes with coverage from lcov, and fails under a coverage threshold with the number', async () => {
    const step = await runTestAction(workspace, { 'coverage-threshold': '99.5' });
    expect(step.outputs).toMatchObject({ passed: '10', failed: '0', total: '10', runner: 'jest', 'results-file': 'test-results/junit.xml', 'coverage-file': 'test-results/coverage/lcov.info' });
    const percent = step.outputs['coverage-percent'];
    expect(Number(percent)).toBeGreaterThan(90);
    expect(step.exitCode).toBe(1);
    expect(failure(step)).toMatch(new RegExp(`^Line coverage is ${percent.replace('.', '\\.')} % \\(\\d+/\\d+ lines\\), below the threshold of 99\\.5 %\\.$`));
    expect(await readFile(join(workspace, 'test-results/junit.xml'), 'utf8')).toContain('file="service/tests/orders.test.ts"');
    expect(step.summary).toContain('Least covered files:');
  });

  it('runs only its shard of the files jest lists', async () => {
    const step = await runTestAction(workspace, { shard: '2/2', coverage: 'false' });
    expect([step.exitCode, errors(step)]).toEqual([0, []]);
    const junit = await readFile(join(workspace, 'test-results/junit.xml'), 'utf8');
    expect(junit).toContain('file="service/tests/orders.test.ts"');
    expect(junit).not.toContain('file="service/tests/app.test.ts"');
    expect(step.summary).toContain('1 of 2 test files, split by count (no timing history)');
    expect(step.summary).toMatch(/Command: `npm run test -- --json .* --runTestsByPath tests\/orders\.test\.ts`/);
  });

  it('reports jest stopping on a broken configuration as a crash with its output', async () => {
    const config = join(project, 'jest.config.js');
    const original = await readFile(config, 'utf8');
    await writeFile(config, original.replace("testEnvironment: 'node',", "testEnvironment: 'no-such-environment',"));
    try {
      const step = await runTestAction(workspace, { coverage: 'false' });
      expect(step.exitCode).toBe(1);
      expect(failure(step)).toMatch(/^jest crashed: 'npm run test -- --json .*' exited with code 1 and it wrote no results file\. Its last lines:\n[\s\S]*no-such-environment/);
      expect(step.outputs).toMatchObject({ passed: '', failed: '', total: '' });
    } finally {
      await writeFile(config, original);
    }
  });

  it('annotates a failed assertion at its line in the test file', async () => {
    const file = join(project, 'tests/orders.test.ts');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace("discountCode: 'NOPE' }).discountCents).toBe(0)", "discountCode: 'NOPE' }).discountCents).toBe(7)"));
    try {
      const step = await runTestAction(workspace, { coverage: 'false' });
      expect(step.exitCode).toBe(1);
      expect(errors(step)).toEqual([
        {
          level: 'error',
          file: 'service/tests/orders.test.ts',
          line: 26,
          col: 106,
          title: 'jest',
          message: 'priceOrder ignores an unknown discount code failed: expect(received).toBe(expected) // Object.is equality\n\nExpected: 7\nReceived: 0',
        },
        { level: 'error', message: '1 of 10 tests failed.' },
      ]);
    } finally {
      await writeFile(file, original);
    }
  });
});

describe('pytest in a venv', () => {
  async function withVenv(fixture: string, name: string): Promise<string> {
    const workspace = join(scratch, name);
    const project = await copyProject(join(FIXTURES, fixture), workspace);
    await mustRun('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '.venv'], project);
    return workspace;
  }

  it.concurrent('passes with coverage from pytest-cov (Cobertura) and xdist workers', async () => {
    const workspace = await withVenv('tests-pytest-pass', 'pytest-pass');
    const step = await runTestAction(workspace);
    expect(errors(step)).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ passed: '4', failed: '0', skipped: '1', total: '5', runner: 'pytest', 'coverage-file': 'test-results/coverage.xml' });
    expect(Number(step.outputs['coverage-percent'])).toBeGreaterThan(60);
    expect(step.summary).toMatch(/Command: `\S+\/\.venv\/bin\/python -m pytest --junitxml=\S+ -o junit_family=xunit1 --cov=inventory --cov-branch .* -n auto`/);
    expect(step.summary).toContain('service/inventory/__init__.py');
  });

  it.concurrent('passes extra args through as they are, and counts a run that selected nothing as no tests', async () => {
    const workspace = await withVenv('tests-pytest-pass', 'pytest-none');
    const step = await runTestAction(workspace, { args: '-k\nnot restock and not low_stock', coverage: 'false' });
    expect(step.exitCode).toBe(1);
    expect(step.summary).toMatch(/Command: `\S+ -m pytest .* -k not restock and not low_stock`/);
    expect(failure(step)).toBe("No test was executed (1 skipped). A step that tests nothing fails unless 'allow-no-tests' is true.");
    const broken = await runTestAction(workspace, { args: '-k\nnot a valid expression(', coverage: 'false' });
    expect(broken.exitCode).toBe(1);
    expect(broken.outputs.passed).toBe('0');
    expect(failure(broken)).toMatch(/^1 error outside any test \(a file that failed to load, or the runner itself\)\.\n {2}pytest stopped with an internal error: /);
    expect(broken.summary).toContain('pytest stopped with an internal error');
  });

  it.concurrent('annotates failures at the failing line of the test', async () => {
    const workspace = await withVenv('tests-pytest-fail', 'pytest-fail');
    const step = await runTestAction(workspace, { coverage: 'false' });
    expect(step.exitCode).toBe(1);
    expect(errors(step)).toEqual([
      { level: 'error', file: 'service/tests/test_inventory.py', line: 10, title: 'pytest', message: "test_low_stock_includes_threshold failed: AssertionError: assert [] == ['pen']\n  Right contains one more item: 'pen'\n  Full diff:\n  - ['pen']\n  + []" },
      { level: 'error', file: 'service/tests/test_inventory.py', line: 15, title: 'pytest', message: 'TestRestock::test_negative failed: ValueError: quantity must be positive' },
      { level: 'error', message: '2 of 3 tests failed.' },
    ]);
  });
});

describe('shards balanced by earlier durations', () => {
  const durations = async (): Promise<Record<string, number>> =>
    JSON.parse(await readFile(join(FIXTURES, 'tests-node-shards/durations.json'), 'utf8')) as Record<string, number>;

  /** Runs all shards of one workflow run one after another (a late shard sees its siblings' saved timings). */
  async function runShards(workspace: string, runId: string, total: number): Promise<{ files: string[][]; steps: ActionRun[] }> {
    const files: string[][] = [];
    const steps: ActionRun[] = [];
    for (let index = 1; index <= total; index += 1) {
      const step = await runTestAction(workspace, { shard: `${index}/${total}`, coverage: 'false', 'results-directory': `results/shard-${index}` }, { GITHUB_RUN_ID: runId });
      expect([index, step.exitCode, errors(step)]).toEqual([index, 0, []]);
      const report = JSON.parse(await readFile(join(workspace, `results/shard-${index}/test-report.json`), 'utf8')) as { results: { cases: Array<{ file: string }> } };
      files.push(report.results.cases.map((test) => test.file.replace('service/', '')).sort());
      steps.push(step);
    }
    return { files, steps };
  }

  it('splits by count first, then by the timings the shards and the merge job saved; every file runs exactly once', async () => {
    const workspace = join(scratch, 'shards');
    await copyProject(join(FIXTURES, 'tests-node-shards'), workspace);
    const known = await durations();
    const all = Object.keys(known).sort();
    const load = (files: string[]): number => files.reduce((sum, file) => sum + known[file], 0);
    const ideal = load(all) / 4;

    const first = await runShards(workspace, '2001', 4);
    expect(first.files.flat().sort()).toEqual(all);
    expect(first.files.map((files) => files.length)).toEqual([3, 3, 3, 3]);
    expect(first.steps[0].summary).toContain('split by count (no timing history)');
    // Shard 2 restored what shard 1 of the same run saved, and planned from the same history as shard 1.
    expect(first.steps[1].summary).toContain('saved by a shard of this run');

    const merge = await runTestAction(workspace, { 'merge-shards': 'true', 'results-directory': 'results', coverage: 'false' }, { GITHUB_RUN_ID: '2001' });
    expect(merge.exitCode).toBe(0);
    expect(merge.outputs).toMatchObject({ passed: '12', failed: '0', total: '12', 'results-file': 'results/merged/junit.xml' });
    expect(merge.summary).toContain('Merged 4 shard reports (1/4, 2/4, 3/4, 4/4)');

    // "Re-run failed jobs": attempt 2 of shard 3 runs the very files attempt 1 ran, though timings were saved since.
    const rerun = await runTestAction(workspace, { shard: '3/4', coverage: 'false', 'results-directory': 'results/rerun' }, { GITHUB_RUN_ID: '2001', GITHUB_RUN_ATTEMPT: '2' });
    expect(rerun.exitCode).toBe(0);
    const rerunReport = JSON.parse(await readFile(join(workspace, 'results/rerun/test-report.json'), 'utf8')) as { plan: { files: string[] } };
    expect(rerunReport.plan.files.map((file) => file.replace('service/', ''))).toEqual(first.files[2]);

    await rm(join(workspace, 'results'), { recursive: true, force: true });
    const second = await runShards(workspace, '2002', 4);
    expect(second.files.flat().sort()).toEqual(all);
    // Judged by the sleeps the fixture asks for; the plan saw measured timings, which add each file's start-up and
    // some noise. The fixture's best split has three files per shard, so a per-file cost does not move it, and its
    // gaps (150 ms) keep the longest-first order under the noise of a loaded machine.
    const countLongest = Math.max(...first.files.map(load));
    const timedLongest = Math.max(...second.files.map(load));
    expect(countLongest / ideal).toBeGreaterThan(1.3);
    expect(timedLongest / ideal).toBeLessThanOrEqual(1.1);
    expect(second.steps[0].summary).toContain('split by earlier durations');
    // Planned from the newest entry: the re-run's, which carries what the merge job saved (every shard of run 2001) on.
    expect(second.steps[0].summary).toMatch(/history: test-timings-v1-linux-x64-node-[0-9a-f]{12}-2001-2-shard-3of4\./);
  });

  it('merges nothing and says where it looked when no shard results were downloaded', async () => {
    const workspace = join(scratch, 'shards-empty');
    await copyProject(join(FIXTURES, 'tests-node-shards'), workspace);
    await mkdir(join(workspace, 'results'), { recursive: true });
    const step = await runTestAction(workspace, { 'merge-shards': 'true', 'results-directory': 'results' });
    expect(step.exitCode).toBe(1);
    expect(failure(step)).toBe(
      `No shard results in ${join(workspace, 'results')}: looked for test-report.json files at any depth. Upload each shard's 'results-directory' as an artifact and download them all into 'results' before this step.`,
    );
  });
});
