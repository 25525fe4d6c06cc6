import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { cleanProcessEnv, createRunnerJob, run, type ActionRun, type Annotation } from '../support/runner.js';
import { REPO_ROOT } from '../support/setup-deps-jobs.js';

// Issue 7: project shapes on which the test action gave a wrong verdict or a wrong annotation, each a fixture of
// that shape run through the committed dist/test bundle under Node 24, as a runner runs it. The real runners run:
// node's own (PATH's Node 20 runs the scripts), jest 30 and vitest 3 installed from the registry, pytest with
// pytest-cov in a venv made from Debian's interpreter.

const TEST_ACTION = join(REPO_ROOT, 'actions/test/action.yml');
const FIXTURES = join(REPO_ROOT, 'test/fixtures/projects');
const EMPTY_NPMRC = join(tmpdir(), 'build-actions-test-shapes-empty-npmrc');
const SKIPPED = /(^|\/)(node_modules|\.venv|__pycache__|\.pytest_cache|test-results)(\/|$)/;

let service: CacheService;
let scratch: string;

beforeAll(async () => {
  service = await startCacheService();
  scratch = await mkdtemp(join(tmpdir(), 'test-action-shapes-'));
  await writeFile(EMPTY_NPMRC, '');
});

afterAll(async () => {
  await service?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** `fixture` copied to `<scratch>/<name>/service`; returns the workspace. */
async function workspaceWith(fixture: string, name: string): Promise<string> {
  const workspace = join(scratch, name);
  const source = join(FIXTURES, fixture);
  await mkdir(workspace, { recursive: true });
  await cp(source, join(workspace, 'service'), { recursive: true, filter: (from) => !SKIPPED.test(from.slice(source.length)) });
  return workspace;
}

async function mustRun(command: string, args: string[], cwd: string): Promise<void> {
  const result = await run(command, args, { cwd, env: { ...cleanProcessEnv(), NPM_CONFIG_USERCONFIG: EMPTY_NPMRC }, timeoutMs: 240_000 });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

async function runTestAction(workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const job = await createRunnerJob({ workspace });
  Object.assign(job.env, service.env(), { NPM_CONFIG_USERCONFIG: EMPTY_NPMRC, NPM_CONFIG_UPDATE_NOTIFIER: 'false' });
  try {
    return await job.runMain(TEST_ACTION, { 'working-directory': 'service', ...inputs });
  } finally {
    await job.dispose();
  }
}

const errors = (step: ActionRun): Annotation[] => step.annotations.filter((annotation) => annotation.level === 'error');
const failure = (step: ActionRun): string | undefined => errors(step).filter((annotation) => annotation.file === undefined).at(-1)?.message;
/** Every annotation with a file names one that exists, relative to the repository root. */
function expectFilesExist(step: ActionRun, workspace: string): void {
  for (const annotation of step.annotations) if (annotation.file !== undefined) expect([annotation.file, existsSync(join(workspace, annotation.file))]).toEqual([annotation.file, true]);
}
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe("node's test runner given a folder ('node --test test/')", () => {
  it('runs it as the script says, with our reporters through NODE_OPTIONS: right totals, the failure at its line', async () => {
    const workspace = await workspaceWith('tests-node-folder', 'node-folder');
    const step = await runTestAction(workspace);
    expect(step.exitCode).toBe(1);
    expect(step.outputs).toMatchObject({ passed: '2', failed: '1', skipped: '0', total: '3', runner: 'node', 'results-file': 'test-results/junit.xml' });
    expect(errors(step)).toEqual([
      { level: 'error', file: 'service/test/prices.test.js', line: 15, col: 12, title: 'node', message: 'prices › rounds to cents failed: Expected values to be strictly equal:\n\n10.75 !== 10.76' },
      { level: 'error', message: '1 of 3 tests failed.' },
    ]);
    // The script names a folder, so coverage cannot be appended: said once, with the fix.
    expect(occurrences(step.summary, 'add --experimental-test-coverage to the script after --test')).toBe(1);
    expect(step.stdout).toContain('Tests: 2 passed, 1 failed, 0 skipped, 3 in all (node)');
    expectFilesExist(step, workspace);
  });
});

describe('a script whose runner is not recognised (a wrapper, a home-made script)', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = await workspaceWith('tests-script-wrapper', 'wrapper');
  });

  it("is run as the project defines it, and node's runner under it is read", async () => {
    const step = await runTestAction(workspace);
    expect(errors(step)).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ passed: '3', failed: '0', total: '3', runner: 'script' });
    expect(step.summary).toContain("Runner: script, from package.json script 'test': npm run --silent unit (no runner recognised in it");
  });

  it("'test-script' picks the script; without results to read, the exit code decides and the counts are unknown", async () => {
    const passed = await runTestAction(workspace, { 'test-script': 'checks', coverage: 'false' });
    expect(errors(passed)).toEqual([]);
    expect(passed.exitCode).toBe(0);
    expect(passed.outputs).toMatchObject({ passed: '', failed: '', total: '', runner: 'script' });
    expect(passed.summary).toContain('The counts are unknown:');
    expect(passed.summary).not.toMatch(/\| passed \| failed/);
    expect(passed.stdout).toContain('Tests: passed by the exit code; the counts are unknown (script)');

    const broken = await runTestAction(workspace, { 'test-script': 'checks:broken', coverage: 'false' });
    expect(broken.exitCode).toBe(1);
    expect(failure(broken)).toMatch(/^'npm run checks:broken --' exited with code 1; how many tests failed is unknown \(.*\)\. Its last lines:\n[\s\S]*FAILED timeouts are positive/);
    expect(broken.outputs).toMatchObject({ passed: '', failed: '', total: '' });
  });

  it("refuses a 'test-script' the project does not have, naming the scripts it has", async () => {
    const step = await runTestAction(workspace, { 'test-script': 'tests' });
    expect(step.exitCode).toBe(1);
    expect(failure(step)).toBe(
      `Input 'test-script' is 'tests', but package.json in ${join(workspace, 'service')} has no such script (it has 'test', 'unit', 'checks', 'checks:broken'). Name one of them, or leave the input empty.`,
    );
  });
});

describe('jest suites that fail to load (a missing env var at import)', () => {
  it("counts them as jest does, with the same totals in the outputs, the summary's table and the closing line", async () => {
    const workspace = await workspaceWith('tests-jest-env', 'jest-env');
    await mustRun('npm', ['ci', '--no-audit', '--no-fund', '--silent'], join(workspace, 'service'));
    const step = await runTestAction(workspace, { coverage: 'false' });
    expect(step.exitCode).toBe(1);
    // jest itself: "Test Suites: 2 failed, 1 passed, 3 total / Tests: 3 passed, 3 total".
    const jest = JSON.parse(await readFile(join(workspace, 'test-results/jest-results.json'), 'utf8')) as { numFailedTestSuites: number; numPassedTests: number; numFailedTests: number };
    expect([jest.numFailedTestSuites, jest.numPassedTests, jest.numFailedTests]).toEqual([2, 3, 0]);
    expect(step.outputs).toMatchObject({ passed: '3', failed: '2', skipped: '0', total: '5' });
    expect(step.summary).toMatch(/\| 3 \| 2 \| 0 \| 5 \| \d/);
    expect(step.stdout).toContain('Tests: 3 passed, 2 failed (2 of them test files that failed to run), 0 skipped, 5 in all (jest)');
    expect(errors(step)).toEqual([
      { level: 'error', file: 'service/test/orders.test.js', line: 1, title: 'jest', message: 'service/test/orders.test.js failed to run: ORDERS_DATABASE_URL is not set' },
      { level: 'error', file: 'service/test/refunds.test.js', line: 1, title: 'jest', message: 'service/test/refunds.test.js failed to run: ORDERS_DATABASE_URL is not set' },
      { level: 'error', message: '2 errors outside any test (a file that failed to load, or the runner itself).\n  service/test/orders.test.js failed to run: ORDERS_DATABASE_URL is not set\n  service/test/refunds.test.js failed to run: ORDERS_DATABASE_URL is not set' },
    ]);
    expectFilesExist(step, workspace);
  }, 300_000);
});

describe('a vitest workspace without a coverage provider', () => {
  it('runs the tests without coverage, with the install hint once, and annotates at the repository path of the file', async () => {
    const workspace = await workspaceWith('tests-vitest-workspace', 'vitest-workspace');
    await mustRun('npm', ['ci', '--no-audit', '--no-fund', '--silent'], join(workspace, 'service'));
    const step = await runTestAction(workspace);
    expect(step.exitCode).toBe(1);
    expect(step.outputs).toMatchObject({ passed: '3', failed: '1', total: '4', runner: 'vitest', 'coverage-percent': '', 'coverage-file': '' });
    expect(errors(step)).toEqual([
      { level: 'error', file: 'service/packages/treeshake/bundle-size.test.ts', line: 11, col: 54, title: 'vitest', message: 'bundle size > stays under the budget for all modules failed: expected 2000 to be less than 1500' },
      { level: 'error', message: '1 of 4 tests failed.' },
    ]);
    expect(step.summary).not.toContain('--coverage.enabled');
    expect(occurrences(step.summary, 'npm install --save-dev @vitest/coverage-v8')).toBe(1);
    expectFilesExist(step, workspace);
  }, 300_000);
});

describe('pytest coverage in a src layout with setup.py and conftest.py at the top', () => {
  it("measures the project's package, not its tests, setup.py or conftest.py", async () => {
    const workspace = await workspaceWith('tests-pytest-src-layout', 'pytest-src');
    await mustRun('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '.venv'], join(workspace, 'service'));
    const step = await runTestAction(workspace);
    expect(errors(step)).toEqual([]);
    expect(step.outputs).toMatchObject({ passed: '2', failed: '0', total: '2', runner: 'pytest', 'coverage-file': 'test-results/coverage.xml' });
    expect(step.summary).toMatch(/Command: `\S+ -m pytest .* --cov=src\/prices --cov-branch /);
    expect(step.summary).toContain("Coverage measures the project's packages: src/prices.");
    const cobertura = await readFile(join(workspace, 'test-results/coverage.xml'), 'utf8');
    const measured = [...cobertura.matchAll(/filename="([^"]+)"/g)].map((match) => match[1]).sort();
    expect(measured).toEqual(['__init__.py', 'calc.py']);
    // 9 statements in calc.py, 3 of them in the helper no test calls; 2 in __init__.py.
    expect(Number(step.outputs['coverage-percent'])).toBeCloseTo(72.7, 0);
  });
});

describe('test modules pytest could not collect (an ImportError, a SyntaxError)', () => {
  it('says which modules and why, annotated at their line, each one error and not a failed test', async () => {
    const workspace = await workspaceWith('tests-pytest-fail', 'pytest-collection');
    await mustRun('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '.venv'], join(workspace, 'service'));
    await writeFile(join(workspace, 'service/tests/test_restock.py'), 'import inventory_db\n\n\ndef test_restock():\n    assert inventory_db.restock(1) == 1\n');
    await writeFile(join(workspace, 'service/tests/test_stock.py'), 'def test_low_stock():\n    items = [1, 2\n    assert items\n');
    const step = await runTestAction(workspace, { coverage: 'false' });
    expect(step.exitCode).toBe(1);
    const restock = "ERROR collecting service/tests/test_restock.py (pytest could not import the test module): ModuleNotFoundError: No module named 'inventory_db'";
    const stock = "ERROR collecting service/tests/test_stock.py (pytest could not import the test module): SyntaxError: '[' was never closed";
    expect(errors(step)).toEqual(expect.arrayContaining([
      { level: 'error', file: 'service/tests/test_restock.py', line: 1, title: 'pytest', message: restock },
      { level: 'error', file: 'service/tests/test_stock.py', line: 2, title: 'pytest', message: stock },
    ]));
    // The project's own module still ran (two of its three tests fail): each uncollected module is one error, not a test.
    expect(failure(step)).toBe(`2 of 3 tests failed, 2 errors outside any test (a file that failed to load, or the runner itself).\n  ${restock}\n  ${stock}`);
    expect(step.outputs).toMatchObject({ passed: '1', failed: '4', total: '5' });
  }, 300_000);
});
