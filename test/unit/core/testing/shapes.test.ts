import { parseJestJson } from '../../../../src/core/testing/jest-json.js';
import { nodeOption, nodeOptionsWithReporters, nodeTestInvocation } from '../../../../src/core/testing/node-script.js';
import { configuredCoverageSource, pytestCoverageArgs } from '../../../../src/core/testing/python-coverage.js';
import { placeOnExistingFiles, testFindings, totals, totalsLine, type TestResults } from '../../../../src/core/testing/results.js';

// Issue 7: the shapes of real projects that got a wrong verdict or a wrong annotation.

describe('jest suites that fail to load: one set of totals, as jest counts them', () => {
  // jest's own --json for 5 suites that threw at import (a missing env var) and 4 suites with 13 passing tests.
  const suite = (name: string, passing: number) => ({
    name: `/work/repo/service/tests/${name}.test.js`,
    status: 'passed',
    message: '',
    assertionResults: Array.from({ length: passing }, (_, index) => ({ title: `t${index}`, fullName: `${name} t${index}`, status: 'passed', duration: 1, failureMessages: [] })),
  });
  const broken = (name: string) => ({
    name: `/work/repo/service/tests/${name}.test.js`,
    status: 'failed',
    message: "  ● Test suite failed to run\n\n    DATABASE_URL is not set\n\n      1 | const url = process.env.DATABASE_URL;\n    > 2 | if (!url) throw new Error('DATABASE_URL is not set');\n        |                 ^\n\n      at Object.<anonymous> (src/config.js:2:17)\n      at Object.require (tests/" + name + '.test.js:1:1)\n',
    assertionResults: [],
  });
  const report = {
    numFailedTestSuites: 5,
    numPassedTestSuites: 4,
    numTotalTestSuites: 9,
    numPassedTests: 13,
    numFailedTests: 0,
    numTotalTests: 13,
    testResults: [suite('a', 4), suite('b', 3), suite('c', 3), suite('d', 3), ...['e', 'f', 'g', 'h', 'i'].map(broken)],
  };
  const parsed = parseJestJson(JSON.stringify(report), { projectDirectory: '/work/repo/service', repositoryRoot: '/work/repo' });

  it('counts the suites that failed to run as failures, in the totals the table, the outputs and the closing line share', () => {
    const counted = totals(parsed);
    expect(counted).toMatchObject({ passed: report.numPassedTests, failed: report.numFailedTests + report.numFailedTestSuites, skipped: 0, total: 18, fileErrors: 5 });
    expect(totalsLine(counted)).toBe('13 passed, 5 failed (5 of them test files that failed to run), 0 skipped, 18 in all');
  });

  it('says why each suite did not load in one line of error, at the line of the test file that loaded the module', () => {
    expect(testFindings(parsed)[0]).toEqual({ level: 'error', file: 'service/tests/e.test.js', line: 1, source: 'jest', message: 'service/tests/e.test.js failed to run: DATABASE_URL is not set' });
  });
});

describe("node --test invocations in a script's text", () => {
  it.each([
    ['node --test', { positional: [], last: true, ownReporter: false, coverage: false }],
    ['node --test test/', { positional: ['test/'], last: true }],
    ["node --import tsx --test 'src/**/*.test.ts'", { positional: ['src/**/*.test.ts'], last: true }],
    ['node --test --test-reporter=dot', { positional: [], ownReporter: true }],
    ['node --test --test-reporter dot test', { positional: ['test'], ownReporter: true }],
    ['tsc -p . && node --test --experimental-test-coverage dist/', { positional: ['dist/'], last: true, coverage: true }],
    ['node --test && node scripts/after.js', { positional: [], last: false }],
    ['vitest run', undefined],
  ])('%s', (script, expected) => {
    const found = nodeTestInvocation(script);
    if (expected === undefined) expect(found).toBeUndefined();
    else expect(found).toMatchObject(expected);
  });

  it('quotes NODE_OPTIONS words as node reads them, and keeps the options already there', () => {
    expect(nodeOption('/tmp/a b/"r".mjs')).toBe('"/tmp/a b/\\"r\\".mjs"');
    expect(nodeOptionsWithReporters('  --enable-source-maps ', [{ reporter: 'spec', destination: 'stdout' }])).toBe('--enable-source-maps --test-reporter=spec --test-reporter-destination=stdout');
  });
});

describe("pytest coverage: the project's code, never its tests", () => {
  const none = { configs: {}, packages: [], srcPackages: [], modules: [] };
  it.each([
    ['pyproject.toml [tool.coverage.run]', { ...none, configs: { 'pyproject.toml': '[tool.coverage.run]\nsource = ["inventory"]\n' } }, ['--cov'], 'the source in pyproject.toml [tool.coverage.run]'],
    ['.coveragerc', { ...none, configs: { '.coveragerc': '[run]\nbranch = True\nsource =\n    app\n' } }, ['--cov'], 'the source in .coveragerc [run]'],
    ['setup.cfg', { ...none, configs: { 'setup.cfg': '[metadata]\nname = x\n[coverage:run]\nsource = app\n' } }, ['--cov'], 'the source in setup.cfg [coverage:run]'],
    ['tox.ini', { ...none, configs: { 'tox.ini': '[coverage:run]\nsource_pkgs = app\n' } }, ['--cov'], 'the source in tox.ini [coverage:run]'],
    ['top-level packages', { ...none, packages: ['tests', 'inventory', 'docs'], modules: ['setup.py', 'conftest.py'] }, ['--cov=inventory'], "the project's packages: inventory"],
    ['the src layout', { ...none, packages: ['tests'], srcPackages: ['prices', 'prices_cli'] }, ['--cov=src/prices', '--cov=src/prices_cli'], "the project's packages: src/prices, src/prices_cli"],
    ['top-level modules', { ...none, modules: ['setup.py', 'conftest.py', 'test_app.py', 'app.py', 'noxfile.py'] }, ['--cov=app'], "the project's modules: app"],
  ])('%s', (_name, facts, args, source) => {
    expect(pytestCoverageArgs(facts)).toEqual({ args, source });
  });

  it('reads a coverage section without a source as no configuration', () => {
    expect(configuredCoverageSource({ 'pyproject.toml': '[tool.coverage.run]\nbranch = true\n', 'setup.cfg': '[coverage:report]\nsource = x\n' })).toBeUndefined();
  });

  it('has no coverage to offer when there is only tests and setup.py, and says how to name the source', () => {
    expect(pytestCoverageArgs({ ...none, packages: ['tests'], modules: ['setup.py'] })).toEqual({ unavailable: expect.stringContaining('[tool.coverage.run] source') });
  });
});

describe('annotation paths: relative to the repository root, on files that exist', () => {
  const files = ['web/packages/treeshake/bundle-size.test.ts', 'web/packages/core/src/merge.test.ts', 'web/packages/a/index.test.ts', 'web/packages/b/index.test.ts'];
  const results = (cases: TestResults['cases'], fileErrors: TestResults['fileErrors'] = []): TestResults => ({ runner: 'vitest', cases, fileErrors });

  it("places a path a vitest workspace wrote from its package's root on the one file that ends with it", () => {
    const placed = placeOnExistingFiles(
      results([{ name: 'bundle size', status: 'failed', durationMs: 1, file: 'web/bundle-size.test.ts', failureFile: 'web/bundle-size.test.ts', failureLine: 11, failureColumn: 54 }]),
      files,
      'web',
    );
    expect(placed.cases[0]).toMatchObject({ file: 'web/packages/treeshake/bundle-size.test.ts', failureFile: 'web/packages/treeshake/bundle-size.test.ts', failureLine: 11 });
  });

  it("takes the test's own file for a frame whose name several packages share, and drops a path that names no file", () => {
    const placed = placeOnExistingFiles(
      results(
        [
          { name: 'a', status: 'failed', durationMs: 1, file: 'web/packages/b/index.test.ts', failureFile: 'web/index.test.ts', failureLine: 3 },
          { name: 'b', status: 'failed', durationMs: 1, file: 'web/index.test.ts', line: 4, failureFile: 'web/gone.ts', failureLine: 9 },
        ],
        [{ file: 'web/nowhere.test.ts', message: 'failed to run', line: 2 }],
      ),
      files,
      'web',
    );
    expect(placed.cases[0]).toMatchObject({ file: 'web/packages/b/index.test.ts', failureFile: 'web/packages/b/index.test.ts', failureLine: 3 });
    expect(placed.cases[1]).toEqual({ name: 'b', status: 'failed', durationMs: 1, file: undefined });
    expect(placed.fileErrors).toEqual([{ message: 'failed to run' }]);
  });
});
