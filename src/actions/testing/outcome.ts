import { TEST_NAMES } from './inputs.js';
import { namedIO } from '../../runtime/io/named-io.js';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { planAnnotations } from '../../core/findings.js';
import type { CoverageData, CoverageSummary } from '../../core/testing/coverage.js';
import { coverageVerdict, slowestTests, testSummary, type ShardReport, type TestReport, type TestVerdict } from '../../core/testing/report.js';
import { executedCount, fileDurations, testFindings, totals, totalsLine, type TestResults, type TestTotals } from '../../core/testing/results.js';
import type { ActionIO } from '../../runtime/io/action-io.js';
import { annotate, type AnnotationCounter } from '../../runtime/io/annotations.js';
import { writeText } from '../../runtime/testing/test-files.js';

/** What a shard leaves for the merge job, beside its JUnit XML and coverage files. */
export interface ShardReportFile {
  schema: 1;
  runner: string;
  shard?: string;
  results: TestResults;
  coverage?: CoverageData;
  durationMs: number;
  /** Sharded runs: this shard's files and all files it split (repository paths), so the merge can check that every file ran once. */
  plan?: { files: string[]; allFiles: string[] };
}
export const REPORT_FILE = 'test-report.json';

export interface Outcome {
  results: TestResults;
  durationMs: number;
  coverage?: CoverageSummary;
  coverageNote?: string;
  /** The runner wrote no results the action can read: the exit code decided, and this says why the counts are unknown. */
  countsUnknown?: string;
  /** A crash or an exit code that the results do not explain: decided by the caller. */
  problem?: Extract<TestVerdict, { ok: false }>;
}

export interface FinishOptions {
  title: string;
  command?: string;
  allowNoTests: boolean;
  coverageThreshold?: number;
  shard?: ShardReport;
  /** Repository-relative paths, for outputs and the summary. */
  resultsFile?: string;
  coverageFile?: string;
  notes: string[];
  /** Said when nothing ran, to explain why (a shard without files). */
  noTestsReason?: string;
  /** What this step has annotated so far (the one-step pipeline's earlier stages). */
  counter?: AnnotationCounter;
}

export interface TestActionResult {
  verdict: TestVerdict;
  totals: TestTotals;
  coverage?: CoverageSummary;
  measuredMs: Record<string, number>;
}

function decide(outcome: Outcome, options: FinishOptions, counted: TestTotals): TestVerdict {
  if (outcome.problem) return outcome.problem;
  if (counted.failed > 0) {
    const testsFailed = counted.failed - counted.fileErrors;
    const parts = [testsFailed > 0 ? `${testsFailed} of ${counted.total - counted.fileErrors} tests failed` : '', counted.fileErrors > 0 ? `${counted.fileErrors} error${counted.fileErrors > 1 ? 's' : ''} outside any test (a file that failed to load, or the runner itself)` : ''];
    return { ok: false, reason: 'failures', message: `${parts.filter((part) => part !== '').join(', ')}.${fileErrorLines(outcome.results)}` };
  }
  if (outcome.countsUnknown === undefined && executedCount(outcome.results) === 0 && !options.allowNoTests) {
    const skipped = counted.skipped > 0 ? ` (${counted.skipped} skipped)` : '';
    return {
      ok: false,
      reason: 'no-tests',
      message: `No test was executed${skipped}${options.noTestsReason ? `: ${options.noTestsReason}` : ''}. A step that tests nothing fails unless 'allow-no-tests' is true.`,
    };
  }
  const coverageProblem = coverageVerdict(outcome.coverage, options.coverageThreshold);
  if (coverageProblem) return { ok: false, reason: 'coverage', message: coverageProblem };
  return { ok: true };
}

/**
 * The files that failed as a whole, under the verdict's first line: what went wrong is in the message itself (a
 * module pytest could not collect, a suite jest could not load), not only in the annotations.
 */
function fileErrorLines(results: TestResults, shown = 3): string {
  const lines = results.fileErrors.slice(0, shown).map((error) => `  ${error.message.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '').slice(0, 3).join(' ')}`);
  const more = results.fileErrors.length - shown;
  if (more > 0) lines.push(`  and ${more} more (the summary's Failures section lists them).`);
  return lines.length > 0 ? `\n${lines.join('\n')}` : '';
}

/** Annotates failures within GitHub's caps, sets outputs, writes the summary; throws the failure for the error boundary. */
export async function finish(io: ActionIO, outcome: Outcome, options: FinishOptions): Promise<TestActionResult> {
  const outputs = namedIO(io, TEST_NAMES);
  const counted = totals(outcome.results, outcome.durationMs);
  const verdict = decide(outcome, options, counted);
  const findings = testFindings(outcome.results);
  // A failing step's own message is an error annotation too: keep a slot for it (in the one-step pipeline, an
  // earlier stage's failure already took it: the pipeline joins the failures into one message).
  const failureToCome = !verdict.ok && (options.counter?.failures ?? 0) === 0;
  const plan = planAnnotations(findings, undefined, options.counter?.total ?? 0, { inStep: options.counter?.counts, reservedErrors: failureToCome ? 1 : 0 });
  annotate(io, plan.annotated);
  // A crash, or a script whose results cannot be read, has no totals: empty outputs, never "0 failed".
  const crashed = (!verdict.ok && verdict.reason === 'crash' && counted.total === 0) || outcome.countsUnknown !== undefined;
  outputs.setOutput('passed', crashed ? '' : String(counted.passed));
  outputs.setOutput('failed', crashed ? '' : String(counted.failed));
  outputs.setOutput('skipped', crashed ? '' : String(counted.skipped));
  outputs.setOutput('total', crashed ? '' : String(counted.total));
  outputs.setOutput('runner', outcome.results.runner);
  outputs.setOutput('coverage-percent', outcome.coverage?.lines.percent?.toFixed(2) ?? '');
  outputs.setOutput('branch-coverage-percent', outcome.coverage?.branches.percent?.toFixed(2) ?? '');
  outputs.setOutput('results-file', options.resultsFile ?? '');
  outputs.setOutput('coverage-file', options.coverageFile ?? '');
  const report: TestReport = {
    title: options.title,
    command: options.command,
    totals: counted,
    failures: [...plan.annotated, ...plan.overflow],
    overflow: plan.overflow,
    slowest: slowestTests(outcome.results.cases),
    coverage: outcome.coverage,
    coverageThreshold: options.coverageThreshold,
    coverageNote: outcome.coverageNote,
    shard: options.shard,
    verdict,
    resultFiles: [options.resultsFile, options.coverageFile].filter((file): file is string => file !== undefined),
    notes: outcome.countsUnknown ? [`The counts are unknown: ${outcome.countsUnknown}. The exit code decided.`, ...options.notes] : options.notes,
    countsUnknown: outcome.countsUnknown !== undefined,
  };
  await io.writeSummary(testSummary(report));
  if (outcome.countsUnknown !== undefined) io.info(`Tests: ${verdict.ok ? 'passed' : 'failed'} by the exit code; the counts are unknown (${outcome.results.runner})`);
  else if (!crashed) io.info(`Tests: ${totalsLine(counted)} (${outcome.results.runner})`);
  if (!verdict.ok) throw new ConfigurationError(verdict.message);
  return { verdict, totals: counted, coverage: outcome.coverage, measuredMs: fileDurations(outcome.results) };
}

export async function writeShardReport(directory: string, report: ShardReportFile): Promise<void> {
  await writeText(path.join(directory, REPORT_FILE), JSON.stringify(report));
}

