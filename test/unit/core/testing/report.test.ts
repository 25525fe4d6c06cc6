import { ratio, type CoverageSummary } from '../../../../src/core/testing/coverage.js';
import { coverageVerdict, slowestTests, testSummary, type TestReport } from '../../../../src/core/testing/report.js';
import { renderMarkdown } from '../../../../src/core/summary-document.js';

const coverage = (covered: number, total: number): CoverageSummary => ({ lines: ratio(covered, total), branches: ratio(0, 0), files: [] });

describe('coverageVerdict', () => {
  it.each([
    [coverage(80, 100), undefined, undefined],
    [coverage(80, 100), 80, undefined],
    [coverage(799, 1000), 80, 'Line coverage is 79.90 % (799/1000 lines), below the threshold of 80 %.'],
    [coverage(0, 0), 50, "Line coverage could not be measured, and 'coverage-threshold' is 50 %."],
    [undefined, 0, "Line coverage could not be measured, and 'coverage-threshold' is 0 %."],
  ])('%j against %s', (summary, threshold, expected) => {
    expect(coverageVerdict(summary, threshold)).toBe(expected);
  });

  it('rounds percentages down, so 79.999 % never shows as passing 80', () => {
    expect(ratio(79999, 100000).percent).toBe(79.99);
  });
});

it('lists the slowest tests, longest first, leaving out those that took no time', () => {
  const test = (name: string, durationMs: number) => ({ name, durationMs, status: 'passed' as const });
  expect(slowestTests([test('a', 5), test('b', 0), test('c', 50), test('d', 5)], 3).map((t) => t.name)).toEqual(['c', 'a', 'd']);
});

describe('testSummary', () => {
  const report: TestReport = {
    title: 'Tests: node in service',
    totals: { passed: 0, failed: 0, skipped: 0, total: 0, fileErrors: 0, durationMs: 1200 },
    failures: [],
    overflow: [],
    slowest: [],
    verdict: { ok: false, reason: 'crash', message: "node crashed: 'npm test' exited with code 9 and it wrote no results file." },
    resultFiles: [],
    notes: [],
  };

  it('shows no totals for a crash: never "0 failed"', () => {
    const markdown = renderMarkdown(testSummary(report));
    expect(markdown).toContain("**Failed**: node crashed: 'npm test' exited with code 9");
    expect(markdown).not.toContain('| passed | failed |');
  });

  it('shows the totals and the coverage figures otherwise', () => {
    const markdown = renderMarkdown(testSummary({
      ...report,
      totals: { ...report.totals, passed: 3, total: 3 },
      verdict: { ok: true },
      coverage: { lines: ratio(9, 10), branches: ratio(1, 2), files: [{ file: 'src/a.js', lines: ratio(4, 5), branches: ratio(1, 2) }] },
      coverageThreshold: 85,
    }));
    expect(markdown).toContain('| 3 | 0 | 0 | 3 | 1.2 s |');
    expect(markdown).toContain('| lines (threshold 85 %) | 90.00 % (9/10) |');
    expect(markdown).toContain('| src/a.js | 80.00 % (4/5) | 50.00 % (1/2) |');
  });
});
