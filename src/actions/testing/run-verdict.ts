import type { CommandResult } from '../../runtime/process/run-command.js';
import { outputTail } from '../../core/process-output.js';
import { summarizeCoverage, type CoverageData } from '../../core/testing/coverage.js';
import { slowestTests } from '../../core/testing/report.js';
import type { TestResults } from '../../core/testing/results.js';
import { collectedNoTests, type CommandPlan, type TestProject } from '../../core/testing/test-command.js';
import type { Outcome } from './outcome.js';

export interface FinishedRun {
  commandText: string;
  plan: CommandPlan;
  project: TestProject;
  result: CommandResult;
  /** What the runner's results file said; undefined when there was none or it could not be read (`unreadable`). */
  results?: TestResults;
  unreadable?: string;
  durationMs: number;
  coverage?: CoverageData;
  coverageOn: boolean;
  timeoutMinutes: number;
}

/**
 * What a finished test run came to, by one rule in this order: stopped at its deadline (a timeout, with the slowest
 * test seen); a script whose results cannot be read (its exit code is the verdict); no results file (a crash);
 * otherwise the results, where a non-zero exit with no failing test is a problem of its own (but pytest's
 * "no tests collected").
 */
export function judgeRun(run: FinishedRun): Outcome {
  const { commandText, plan, project, result, results, unreadable, durationMs, coverage, coverageOn, timeoutMinutes } = run;
  const tail = outputTail(result.stdout, result.stderr);
  const coverageNote = coverageOn ? (plan.coverageUnavailable ?? 'The runner wrote no coverage report.') : "Coverage is off (input 'coverage' is false).";
  if (result.timedOut) {
    const slowest = slowestTests(results?.cases ?? [], 1)[0];
    const seen = slowest === undefined ? '' : ` The slowest part seen: ${slowest.name}${slowest.file ? ` (${slowest.file})` : ''}, ${(slowest.durationMs / 1000).toFixed(1)} s.`;
    const message = `'${commandText}' did not finish within ${timeoutMinutes} min (timeout-minutes) and was stopped with every process it started.${seen} Its last lines:\n${tail}`;
    return { results: results ?? { runner: project.runner, cases: [], fileErrors: [] }, durationMs, problem: { ok: false, reason: 'timeout', message } };
  } else if (results === undefined && plan.countsMayBeUnknown !== undefined) {
    // A script the action cannot read results from: its exit code is the verdict, and the counts are unknown.
    return {
      results: { runner: project.runner, cases: [], fileErrors: [] },
      durationMs,
      countsUnknown: plan.countsMayBeUnknown,
      coverageNote,
      problem:
        result.exitCode === 0
          ? undefined
          : { ok: false, reason: 'exit-code', message: `'${commandText}' exited with code ${result.exitCode}; how many tests failed is unknown (${plan.countsMayBeUnknown}). Its last lines:\n${tail}` },
    };
  } else if (results === undefined) {
    const why = unreadable ? `its results file could not be read (${unreadable})` : 'it wrote no results file';
    return {
      results: { runner: project.runner, cases: [], fileErrors: [] },
      durationMs,
      problem: { ok: false, reason: 'crash', message: `${project.runner} crashed: '${commandText}' exited with code ${result.exitCode} and ${why}. Its last lines:\n${tail}` },
    };
  } else {
    const anyFailure = results.cases.some((test) => test.status === 'failed') || results.fileErrors.length > 0;
    const pytestNoTests = collectedNoTests(project.runner, result.exitCode);
    const problem =
      result.exitCode !== 0 && !anyFailure && !pytestNoTests
        ? { ok: false as const, reason: 'exit-code' as const, message: `'${commandText}' exited with code ${result.exitCode} although no test failed. Its last lines:\n${tail}` }
        : undefined;
    return {
      results,
      durationMs,
      coverage: coverage ? summarizeCoverage(coverage) : undefined,
      coverageNote,
      problem,
    };
  }
}
