import { formatFinding, type Finding } from '../findings.js';
import { formatSeconds, type SummaryDocument } from '../summary-document.js';
import { leastCovered, type CoverageSummary, type Ratio } from './coverage.js';
import type { TestCase, TestTotals } from './results.js';
import type { ShardSpec } from './shards.js';

export type TestVerdict =
  | { ok: true }
  | { ok: false; reason: 'failures' | 'no-tests' | 'crash' | 'coverage' | 'exit-code' | 'timeout'; message: string };

export interface ShardReport {
  spec: ShardSpec;
  files: string[];
  allFiles: number;
  plannedMs: number[];
  filesWithoutHistory: number;
  historySource: string;
}

export interface TestReport {
  title: string;
  command?: string;
  totals: TestTotals;
  failures: Finding[];
  /** Failures that were not annotated (GitHub's caps): listed in full. */
  overflow: Finding[];
  slowest: TestCase[];
  coverage?: CoverageSummary;
  coverageThreshold?: number;
  coverageNote?: string;
  shard?: ShardReport;
  verdict: TestVerdict;
  resultFiles: string[];
  notes: string[];
  /** No results could be read: no table of counts (the notes say why). */
  countsUnknown?: boolean;
}

export function formatPercent(value: Ratio): string {
  return value.percent === undefined ? 'n/a' : `${value.percent.toFixed(2)} % (${value.covered}/${value.total})`;
}

/** The tests that took longest, for the summary. */
export function slowestTests(cases: readonly TestCase[], count = 5): TestCase[] {
  return [...cases].sort((a, b) => b.durationMs - a.durationMs || a.name.localeCompare(b.name)).slice(0, count).filter((test) => test.durationMs > 0);
}

/** Coverage below the threshold fails with the numbers; no coverage at all with a threshold fails too. */
export function coverageVerdict(coverage: CoverageSummary | undefined, threshold: number | undefined): string | undefined {
  if (threshold === undefined) return undefined;
  const percent = coverage?.lines.percent;
  if (coverage === undefined || percent === undefined) return `Line coverage could not be measured, and 'coverage-threshold' is ${threshold} %.`;
  if (percent < threshold) return `Line coverage is ${percent.toFixed(2)} % (${coverage.lines.covered}/${coverage.lines.total} lines), below the threshold of ${threshold} %.`;
  return undefined;
}

export function testSummary(report: TestReport): SummaryDocument {
  const { totals } = report;
  const document: SummaryDocument = [{ kind: 'heading', text: report.title }];
  const verdict = report.verdict.ok ? '**Passed**' : `**Failed**: ${report.verdict.message}`;
  document.push({ kind: 'paragraph', text: verdict });
  const crashed = (!report.verdict.ok && report.verdict.reason === 'crash' && totals.total === 0) || report.countsUnknown === true;
  if (!crashed) document.push({
    kind: 'table',
    header: ['passed', 'failed', 'skipped', 'total', 'duration'],
    rows: [[String(totals.passed), String(totals.failed), String(totals.skipped), String(totals.total), formatSeconds(totals.durationMs)]],
  });
  if (report.command) document.push({ kind: 'paragraph', text: `Command: \`${report.command}\`` });
  if (report.failures.length > 0) {
    document.push({ kind: 'heading', text: `Failures (${report.failures.length})` });
    document.push({ kind: 'list', items: report.failures.map((finding) => `\`${formatFinding(finding).replace(/`/g, "'").replace(/\n/g, ' ')}\``) });
    if (report.overflow.length > 0) {
      document.push({ kind: 'paragraph', text: `${report.overflow.length} of them are not annotated (GitHub shows at most 10 error annotations per step, the step's failure message among them): see the list above.` });
    }
  }
  if (report.slowest.length > 0) {
    document.push({ kind: 'heading', text: 'Slowest tests' });
    document.push({ kind: 'table', header: ['test', 'file', 'time'], rows: report.slowest.map((test) => [test.name, test.file ?? '', test.durationMs < 1000 ? `${test.durationMs} ms` : formatSeconds(test.durationMs)]) });
  }
  document.push({ kind: 'heading', text: 'Coverage' });
  if (report.coverage) {
    const threshold = report.coverageThreshold !== undefined ? ` (threshold ${report.coverageThreshold} %)` : '';
    document.push({ kind: 'table', header: ['', 'covered'], rows: [['lines' + threshold, formatPercent(report.coverage.lines)], ['branches', formatPercent(report.coverage.branches)]] });
    const least = leastCovered(report.coverage);
    if (least.length > 0) {
      document.push({ kind: 'paragraph', text: 'Least covered files:' });
      document.push({ kind: 'table', header: ['file', 'lines', 'branches'], rows: least.map((file) => [file.file, formatPercent(file.lines), formatPercent(file.branches)]) });
    }
  } else {
    document.push({ kind: 'paragraph', text: report.coverageNote ?? 'Coverage was not measured.' });
  }
  if (report.shard) {
    const { shard } = report;
    document.push({ kind: 'heading', text: `Shard ${shard.spec.index}/${shard.spec.total}` });
    document.push({
      kind: 'paragraph',
      text:
        `${shard.files.length} of ${shard.allFiles} test files, split by ${shard.filesWithoutHistory === shard.allFiles ? 'count (no timing history)' : 'earlier durations'}` +
        `${shard.filesWithoutHistory > 0 && shard.filesWithoutHistory < shard.allFiles ? ` (${shard.filesWithoutHistory} files without history spread by count)` : ''}; ` +
        `history: ${shard.historySource}. Planned seconds per shard: ${shard.plannedMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')}.`,
    });
  }
  if (report.resultFiles.length > 0) document.push({ kind: 'paragraph', text: `Result files: ${report.resultFiles.map((file) => `\`${file}\``).join(', ')}` });
  if (report.notes.length > 0) document.push({ kind: 'list', items: report.notes });
  return document;
}
