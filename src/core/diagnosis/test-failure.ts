import type { Diagnosis, FailureKind, FailureMatcher } from './diagnosis.js';
import { evidenceLines, plainLines } from './output-text.js';

/**
 * The test action's own failure messages (src/actions/testing/outcome.ts, main.ts, merge.ts: the verdict reasons
 * failures, no-tests, coverage, timeout, exit-code and crash), recognised when the test stage failed. The action
 * has already named the failing tests (annotations, the summary's Failures list): the diagnosis reuses the
 * message's own lines, it does not read the runner's output again. A message may stand after "error: " (the
 * local command) or "Failed: " (the summary); the last one in the output is the verdict.
 */

interface TestMessage {
  pattern: RegExp;
  kind: FailureKind;
  headline: (match: RegExpExecArray) => string;
  fix: string;
  /** The message ends with "Its last lines:" and the runner's tail, which belongs to it. */
  tail?: boolean;
}

const PREFIX = '^(?:error: |Error: |Failed: |::error::)?';

const MESSAGES: readonly TestMessage[] = [
  {
    pattern: new RegExp(`${PREFIX}((\\d+) of (\\d+) tests failed(?:, (\\d+) errors? outside any test .*)?\\.)$`),
    kind: 'test failure',
    headline: (match) => match[1]!,
    fix: "Fix the failing tests (or the code they test): each is annotated at its file and line and listed in the test summary's Failures section; run the test command locally to reproduce.",
  },
  {
    pattern: new RegExp(`${PREFIX}((\\d+) errors? outside any test \\(a file that failed to load, or the runner itself\\)\\.)$`),
    kind: 'test failure',
    headline: (match) => match[1]!,
    fix: "A test file failed to load or the runner failed outside any test: the error is annotated at its file and listed in the summary's Failures section.",
  },
  {
    pattern: new RegExp(`${PREFIX}(No test was executed.*A step that tests nothing fails unless 'allow-no-tests' is true\\.)$`),
    kind: 'test failure',
    headline: (match) => match[1]!,
    fix: "Check that the test files are where the runner looks (its configuration, the test script, the shard's files); set 'allow-no-tests: true' for a project that has no tests yet.",
  },
  {
    pattern: new RegExp(`${PREFIX}(Line coverage is .* below the threshold of .* %\\.)$`),
    kind: 'test failure',
    headline: (match) => match[1]!,
    fix: "Add tests for the least covered files (the summary's Coverage section lists them), or lower 'coverage-threshold' if it is set too high.",
  },
  {
    pattern: new RegExp(`${PREFIX}(Line coverage could not be measured, and 'coverage-threshold' is .* %\\.)$`),
    kind: 'test failure',
    headline: (match) => match[1]!,
    fix: "Make the runner write coverage (add its coverage package, e.g. @vitest/coverage-v8 or pytest-cov, to the dev dependencies), or remove 'coverage-threshold'.",
  },
  {
    pattern: new RegExp(`${PREFIX}('.*' did not finish within (\\d+) min \\(timeout-minutes\\) and was stopped with every process it started\\.) Its last lines:$`),
    kind: 'timeout',
    headline: (match) => match[1]!,
    fix: 'Find what hangs in the last lines (a test waiting on a server, an open handle that keeps the runner alive, a prompt), or raise timeout-minutes if the suite has grown.',
    tail: true,
  },
  {
    pattern: new RegExp(`${PREFIX}('.*' exited with code (\\d+); how many tests failed is unknown .*)\\. Its last lines:$`),
    kind: 'test failure',
    headline: (match) => `The test command failed: ${match[1]!.replace(/ \(.*$/, '')}.`,
    fix: 'Read its last lines below. The action reads per-test results from jest, vitest, node --test and pytest: run the tests through one of them to have each failure named.',
    tail: true,
  },
  {
    pattern: new RegExp(`${PREFIX}('.*' exited with code (\\d+) although no test failed\\.) Its last lines:$`),
    kind: 'test failure',
    headline: (match) => match[1]!,
    fix: "Read its last lines below: a failing hook or teardown, an error after the tests, or a coverage tool's own threshold fails the run without failing a test.",
    tail: true,
  },
  {
    pattern: new RegExp(`${PREFIX}((\\S+) crashed: '.*' exited with code (\\d+) and (.*))\\. Its last lines:$`),
    kind: 'test failure',
    headline: (match) => `The test runner ${match[2]} crashed: it exited with code ${match[3]} and ${match[4]}.`,
    fix: 'The runner stopped before writing its results: read its last lines below (a configuration error, a file that fails to load, or the runner itself missing: install the dev dependencies first, with setup-deps).',
    tail: true,
  },
  {
    pattern: new RegExp(`${PREFIX}(The results of shards? .* are missing in .*: those tests were not counted\\.)$`),
    kind: 'test failure',
    headline: (match) => match[1]!,
    fix: "Check that every shard job ran and passed its results to the merge job (the same 'results-directory' and artifact names in each).",
  },
  {
    pattern: new RegExp(`${PREFIX}(\\d+ test files? ran in no shard .*)$`),
    kind: 'test failure',
    headline: (match) => match[1]!,
    fix: 'Re-run the workflow, or keep one run at a time with a concurrency group, so all shards plan from the same timings.',
  },
];

const TAIL_LINES = 11;

export const testFailureMatcher: FailureMatcher = (evidence) => {
  if (evidence.stage !== 'test') return undefined;
  const lines = plainLines(evidence.output);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    for (const message of MESSAGES) {
      const match = message.pattern.exec(lines[index]!);
      if (!match) continue;
      const tail = message.tail ? lines.slice(index + 1).filter((line) => line.trim() !== '').slice(-TAIL_LINES) : [];
      const diagnosis: Diagnosis = { kind: message.kind, headline: message.headline(match), fix: message.fix, evidence: evidenceLines([lines[index]!, ...tail]) };
      return diagnosis;
    }
  }
  return undefined;
};
