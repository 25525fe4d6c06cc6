import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { leastCovered, mergeCoverage, parseCobertura, parseJsonSummary, parseLcov, summarizeCoverage, writeLcov } from '../../../../src/core/testing/coverage.js';
import { parseJestJson } from '../../../../src/core/testing/jest-json.js';
import { parseJunit, writeJunit } from '../../../../src/core/testing/junit.js';
import { failureHeadline, fileDurations, stackLocation, testFindings, totals } from '../../../../src/core/testing/results.js';
import { parseXml } from '../../../../src/core/testing/xml.js';

// Real outputs captured from jest 30, vitest 3, mocha 12, node 20's test runner (its junit reporter and ours), pytest 7.2 with
// pytest-cov 4 / coverage 6.5: the project was at /work/repo/service, the repository at /work/repo.
const captured = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/projects/tests-captured-outputs');
const read = (name: string): string => readFileSync(path.join(captured, name), 'utf8');
const base = { projectDirectory: '/work/repo/service', repositoryRoot: '/work/repo' };

describe('parseXml', () => {
  it('reads elements, attributes, entities, CDATA and skips comments and declarations', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'&lt;b&gt;\'><b/><c>t&#10;<![CDATA[<raw>]]></c></a>');
    expect(root).toEqual({
      name: 'a',
      attributes: { x: '1 & 2', y: '<b>' },
      text: '',
      children: [
        { name: 'b', attributes: {}, children: [], text: '' },
        { name: 'c', attributes: {}, children: [], text: 't\n<raw>' },
      ],
    });
  });

  it.each([
    ['<testsuites><testsuite>', 'the document ends inside <testsuite>'],
    ['<a></b>', 'closing tag </b> does not match <a>'],
    ['', 'no root element'],
    ['<a x="1', 'unterminated tag'],
  ])('throws on a cut-off or malformed document %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe('parseJunit', () => {
  it('reads pytest xunit1 output: 0-based lines, classes as Class::test, the failing line from the traceback', () => {
    const results = parseJunit(read('pytest-junit.xml'), { ...base, runner: 'pytest', zeroBasedLines: true });
    expect(results.cases.map((test) => [test.name, test.status, test.file, test.line, test.failureFile, test.failureLine, test.message])).toEqual([
      ['test_add', 'passed', 'service/tests/test_calc.py', 5, undefined, undefined, undefined],
      ['test_skipped', 'skipped', 'service/tests/test_calc.py', 13, undefined, undefined, undefined],
      ['test_add_wrong', 'failed', 'service/tests/test_calc.py', 9, 'service/tests/test_calc.py', 10, 'assert 4 == 5\n +  where 4 = add(2, 2)'],
      ['TestDiv::test_div', 'passed', 'service/tests/test_calc.py', 19, undefined, undefined, undefined],
      ['TestDiv::test_error', 'failed', 'service/tests/test_calc.py', 22, 'service/tests/test_calc.py', 23, 'RuntimeError: boom'],
    ]);
  });

  it('reads our node:test reporter: suites in the name, file and line, the assertion at its stack frame', () => {
    const results = parseJunit(read('node-junit-own.xml'), { ...base, runner: 'node' });
    expect(results.cases.map((test) => [test.name, test.status, test.file, test.line, test.failureLine, test.failureColumn])).toEqual([
      ['math › adds', 'passed', 'service/test/math.test.js', 6, undefined, undefined],
      ['math › subtracts wrongly', 'failed', 'service/test/math.test.js', 9, 10, 12],
      ['math › skipped one', 'skipped', 'service/test/math.test.js', 12, undefined, undefined],
      ['top level passes', 'passed', 'service/test/math.test.js', 14, undefined, undefined],
    ]);
    expect(results.cases[1].message).toBe('Expected values to be strictly equal:\n\n3 !== 4');
  });

  it("reads node's built-in junit reporter, which has no file: the failure is placed by its stack", () => {
    const results = parseJunit(read('node-junit-builtin.xml'), { ...base, runner: 'node' });
    expect(totals(results)).toMatchObject({ passed: 2, failed: 1, skipped: 1, total: 4 });
    expect(results.cases[1]).toMatchObject({ file: undefined, failureFile: 'service/test/math.test.js', failureLine: 10 });
  });

  // pytest 7.2.1 (Debian's) with -o junit_family=xunit1, run at /tmp/pytest-collect/service: one module importing a
  // package that is not installed, one with an unclosed bracket, one passing test that was never run.
  it('takes the modules pytest could not collect as collection errors at their file and line, not as failed tests', () => {
    const results = parseJunit(read('pytest-collection-errors-junit.xml'), { projectDirectory: '/tmp/pytest-collect/service', repositoryRoot: '/tmp/pytest-collect', runner: 'pytest', zeroBasedLines: true });
    expect(results.cases).toEqual([]);
    expect(results.fileErrors).toEqual([
      { file: 'service/tests/test_restock.py', line: 1, message: "ERROR collecting service/tests/test_restock.py (pytest could not import the test module): ModuleNotFoundError: No module named 'inventory_db'" },
      { file: 'service/tests/test_stock.py', line: 2, message: "ERROR collecting service/tests/test_stock.py (pytest could not import the test module): SyntaxError: '[' was never closed" },
    ]);
    expect(totals(results)).toMatchObject({ passed: 0, failed: 2, fileErrors: 2, total: 2 });
  });

  // vitest 3.2.7 (its junit reporter), run at /tmp/d2/vt: one test file importing a package that is not installed.
  it('takes a vitest suite that failed to run as a file that failed to run, not as a failed test', () => {
    const results = parseJunit(read('vitest-load-error-junit.xml'), { projectDirectory: '/tmp/d2/vt', repositoryRoot: '/tmp/d2/vt', runner: 'vitest' });
    expect(results.cases.map((test) => [test.name, test.status])).toEqual([['ok', 'passed']]);
    expect(results.fileErrors).toEqual([{ file: 'test/broken.test.js', line: 2, message: "test/broken.test.js failed to run: Cannot find package 'missing-lib' imported from '/tmp/d2/vt/test/broken.test.js'" }]);
  });

  it("takes pytest's own internal error as an error outside any test, not as a failed test", () => {
    const xml = '<testsuites><testsuite tests="1"><testcase classname="pytest" name="internal" time="0.000"><error message="internal error">Traceback (most recent call last):\n  File "x.py", line 1\nINTERNALERROR&gt; boom</error></testcase></testsuite></testsuites>';
    const results = parseJunit(xml, { ...base, runner: 'pytest', zeroBasedLines: true });
    expect(results.cases).toEqual([]);
    expect(results.fileErrors).toEqual([{ message: 'pytest stopped with an internal error:\nTraceback (most recent call last):\n  File "x.py", line 1\nINTERNALERROR> boom' }]);
  });

  it("reads vitest's junit reporter: the file from the classname, the failure at its ❯ frame", () => {
    const results = parseJunit(read('vitest-junit.xml'), { ...base, runner: 'vitest' });
    expect(results.cases.map((test) => [test.name, test.status, test.file, test.failureFile, test.failureLine, test.failureColumn, test.message])).toEqual([
      ['sum > adds', 'passed', 'service/test/sum.test.js', undefined, undefined, undefined, undefined],
      ['sum > adds wrongly', 'failed', 'service/test/sum.test.js', 'service/test/sum.test.js', 9, 23, 'expected 4 to be 5 // Object.is equality'],
      ['sum > skipped', 'skipped', 'service/test/sum.test.js', undefined, undefined, undefined, undefined],
    ]);
  });

  it("reads mocha's xunit reporter: suite › test, the file, the failure at its frame", () => {
    const results = parseJunit(read('mocha-xunit.xml'), { ...base, runner: 'mocha' });
    expect(results.cases.map((test) => [test.name, test.status, test.file, test.failureFile, test.failureLine, test.failureColumn, test.message])).toEqual([
      ['cart › adds', 'passed', 'service/test/a.spec.js', undefined, undefined, undefined, undefined],
      ['cart › removes', 'failed', 'service/test/a.spec.js', 'service/test/a.spec.js', 8, 12, 'Expected values to be strictly equal:\n\n1 !== 0'],
      ['cart › clears', 'skipped', 'service/test/a.spec.js', undefined, undefined, undefined, undefined],
    ]);
  });

  it('round-trips through writeJunit', () => {
    const results = parseJunit(read('node-junit-own.xml'), { ...base, runner: 'node' });
    // The written file names tests by repository path, for tools that run at the repository root.
    const again = parseJunit(writeJunit(results), { projectDirectory: '/work/repo', repositoryRoot: '/work/repo', runner: 'node' });
    expect(again.cases.map((test) => [test.name, test.status, test.file, test.line, test.failureFile, test.failureLine])).toEqual(
      results.cases.map((test) => [test.name, test.status, test.file, test.line, test.failureFile, test.failureLine]),
    );
  });
});

describe('parseJestJson', () => {
  const results = parseJestJson(read('jest-results.json'), base);

  it('reads every assertion with its file, declaration line and status', () => {
    expect(totals(results)).toMatchObject({ passed: 9, failed: 1, skipped: 0, total: 10, fileErrors: 0 });
    expect(results.cases[0]).toMatchObject({ name: 'priceOrder sums the lines', file: 'service/tests/orders.test.ts', line: 9, status: 'passed' });
  });

  it('places a failure at the assertion, with the matcher message', () => {
    expect(testFindings(results)).toEqual([
      {
        level: 'error',
        file: 'service/tests/orders.test.ts',
        line: 26,
        column: 106,
        source: 'jest',
        message: 'priceOrder ignores an unknown discount code failed: expect(received).toBe(expected) // Object.is equality\n\nExpected: 7\nReceived: 0',
      },
    ]);
  });

  it('times each file by its wall time', () => {
    expect(fileDurations(results)).toEqual({ 'service/tests/orders.test.ts': 2469, 'service/tests/app.test.ts': 1177 });
  });

  it('reports a file that failed to run as a file error, not as zero tests', () => {
    const crashed = JSON.stringify({
      testResults: [{ name: '/work/repo/service/tests/broken.test.ts', status: 'failed', message: '  ● Test suite failed to run\n\n    Cannot find module \'./missing\' from \'tests/broken.test.ts\'\n', assertionResults: [], startTime: 1, endTime: 2 }],
    });
    const parsed = parseJestJson(crashed, base);
    expect(parsed.cases).toEqual([]);
    expect(testFindings(parsed)).toEqual([
      { level: 'error', file: 'service/tests/broken.test.ts', line: undefined, source: 'jest', message: "service/tests/broken.test.ts failed to run: Cannot find module './missing' from 'tests/broken.test.ts'" },
    ]);
  });

  it('rejects a file that is not jest output', () => {
    expect(() => parseJestJson('{"numTotalTests": 0}', base)).toThrow('no testResults array');
  });
});

describe('stackLocation and failureHeadline', () => {
  it.each([
    ['    at Object.<anonymous> (/work/repo/service/tests/a.test.ts:26:106)', undefined, { file: 'service/tests/a.test.ts', line: 26, column: 106 }],
    ['    at TestContext.<anonymous> (file:///work/repo/service/test/m.test.js:10:12)', undefined, { file: 'service/test/m.test.js', line: 10, column: 12 }],
    ['    at x (/work/repo/service/node_modules/lib/index.js:1:1)\n    at y (/work/repo/service/src/a.ts:3:4)', undefined, { file: 'service/src/a.ts', line: 3, column: 4 }],
    ['tests/test_a.py:15: \n\ninventory/__init__.py:3: ValueError', 'service/inventory/__init__.py', { file: 'service/inventory/__init__.py', line: 3, column: undefined }],
    ['tests/test_a.py:15: \n\ninventory/__init__.py:3: ValueError', undefined, { file: 'service/tests/test_a.py', line: 15, column: undefined }],
    ['\u001b[1m\u001b[31mtests/test_a.py\u001b[0m:10: AssertionError', undefined, { file: 'service/tests/test_a.py', line: 10, column: undefined }],
    ['#x1B[1m#x1B[31mtests/test_a.py#x1B[0m:10: AssertionError', undefined, { file: 'service/tests/test_a.py', line: 10, column: undefined }],
    ['    at f (/usr/lib/python3/dist-packages/x.py:1)\n    at g (node:internal/test:2:3)', undefined, undefined],
    ['    at f (/elsewhere/outside.js:1:1)', undefined, undefined],
  ])('%j (prefer %s)', (text, prefer, expected) => {
    expect(stackLocation(text, base, prefer)).toEqual(expected);
  });

  it('keeps the first lines of a failure without stack frames and colours', () => {
    expect(failureHeadline('\u001b[31mError: boom\u001b[39m\n    at a (x.js:1:1)\n    at b (y.js:2:2)\n')).toBe('Error: boom');
  });
});

describe('coverage', () => {
  it('reads lcov from jest with lines and branches', () => {
    const summary = summarizeCoverage(parseLcov(read('jest-lcov.info'), base));
    expect(summary.lines).toEqual({ covered: 53, total: 54, percent: 98.14 });
    expect(summary.branches).toEqual({ covered: 16, total: 24, percent: 66.66 });
    expect(summary.files.map((file) => file.file)).toEqual(['service/src/app.ts', 'service/src/logger.ts', 'service/src/orders.ts']);
  });

  it('agrees with jest\'s own json-summary', () => {
    const fromSummary = parseJsonSummary(read('jest-coverage-summary.json'), base);
    const fromLcov = summarizeCoverage(parseLcov(read('jest-lcov.info'), base));
    expect(fromSummary.lines).toEqual(fromLcov.lines);
    expect(fromSummary.branches).toEqual(fromLcov.branches);
    expect(fromSummary.files.map((file) => [file.file, file.lines.percent])).toEqual(fromLcov.files.map((file) => [file.file, file.lines.percent]));
  });

  it('reads node\'s lcov reporter', () => {
    const summary = summarizeCoverage(parseLcov(read('node-lcov.info'), base));
    expect(summary.lines).toEqual({ covered: 19, total: 19, percent: 100 });
    expect(summary.branches).toEqual({ covered: 8, total: 9, percent: 88.88 });
  });

  it('reads Cobertura from pytest-cov, resolving files against <source>', () => {
    const summary = summarizeCoverage(parseCobertura(read('pytest-cobertura.xml'), base));
    expect(summary.lines).toEqual({ covered: 18, total: 20, percent: 90 });
    expect(summary.branches).toEqual({ covered: 3, total: 4, percent: 75 });
    expect(leastCovered(summary).map((file) => [file.file, file.lines.percent])).toEqual([
      ['service/calc/__init__.py', 83.33],
      ['service/tests/test_calc.py', 92.85],
    ]);
  });

  it('merges shards: a line is covered when any shard covered it', () => {
    const first = parseLcov('SF:src/a.js\nDA:1,1\nDA:2,0\nBRDA:2,0,0,0\nBRDA:2,0,1,1\nend_of_record\n', base);
    const second = parseLcov('SF:src/a.js\nDA:1,0\nDA:2,3\nBRDA:2,0,0,1\nBRDA:2,0,1,0\nend_of_record\nSF:src/b.js\nDA:1,0\nend_of_record\n', base);
    const merged = mergeCoverage([first, second]);
    expect(summarizeCoverage(merged)).toMatchObject({ lines: { covered: 2, total: 3 }, branches: { covered: 2, total: 2 } });
    expect(summarizeCoverage(parseLcov(writeLcov(merged), { projectDirectory: '/work/repo', repositoryRoot: '/work/repo' }))).toEqual(summarizeCoverage(merged));
  });

  it('rejects a document that is not Cobertura', () => {
    expect(() => parseCobertura('<testsuites/>', base)).toThrow('not a Cobertura report');
  });
});
