import { cacheTroubleMatcher } from './cache-trouble.js';
import { compileErrorMatcher } from './compile-error.js';
import { dependencyConflictMatcher } from './dependency-conflict.js';
import { lockfileSyncMatcher } from './lockfile-sync.js';
import { packageNotFoundMatcher } from './package-not-found.js';
import { credentialsRefusedMatcher, registryUnreachableMatcher } from './registry-faults.js';
import { testFailureMatcher } from './test-failure.js';
import { toolVersionMatcher } from './tool-version.js';

/**
 * Failure diagnosis: what kind of failure a stage met and what to do, read from the tool's own output, with the
 * lines the verdict rests on. A kind is named only when the output shows it: a wrong guess sends people the
 * wrong way, so anything not recognised is "unknown" and shows the last lines.
 */

export type FailureKind =
  | 'dependency conflict'
  | 'compile error'
  | 'test failure'
  | 'timeout'
  | 'cache trouble'
  | 'registry unreachable'
  | 'credentials refused'
  | 'package not found'
  | 'tool version'
  | 'unknown';

/** A place in a file that the output blames (for annotations). */
export interface BlamedLocation {
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface Diagnosis {
  kind: FailureKind;
  /** One line: what happened, with the names the output gives (packages and ranges, the first error). */
  headline: string;
  /** What to do about it. */
  fix: string;
  /** The output lines the verdict rests on, verbatim and in order (a dozen at most). */
  evidence: string[];
  /** Compile errors: the first places blamed, and how many errors the output holds in all. */
  locations?: BlamedLocation[];
  count?: number;
}

/** What a failed stage left to read. */
export interface FailureEvidence {
  /** The stage (or action) that failed. */
  stage: string;
  /** The tool's own output (stdout and stderr), or the failure message with the tool's last lines. */
  output: string;
  /** The program that failed, when known (npm, pnpm, yarn, pip, poetry, tsc, pytest, ...). */
  tool?: string;
  /** The stage was stopped at its timeout. */
  timedOut?: { minutes: number; slowest?: string };
  /** The dependencies came from a cache entry (setup-deps' cache-result exact or partial) in this job. */
  restoredFromCache?: boolean;
  /** The project's lockfile (package-lock.json, npm-shrinkwrap.json, yarn.lock, ...), named in the fixes when known. */
  lockfile?: string;
}

/** A matcher for one kind: the diagnosis when the output shows that kind, else undefined. */
export type FailureMatcher = (evidence: FailureEvidence) => Diagnosis | undefined;

const EVIDENCE_LINES = 12;

/** The last non-empty lines of `text`. */
export function lastLines(text: string, count = EVIDENCE_LINES): string[] {
  return text.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== '').slice(-count);
}

/** The stages' own words for a step stopped at its deadline (run-with-deadline.ts). */
const STOPPED_AT_TIMEOUT = /did not finish within ([\d.]+) min \(timeout-minutes\)/;
const SLOWEST_SEEN = /[Tt]he slowest part seen: (.+?)\.(?: Its last lines|\s*$)/m;
const STOPPED_COMMAND = /'([^'\n]+)'[^'\n]* did not finish within/;

function timeoutMatcher(evidence: FailureEvidence): Diagnosis | undefined {
  const stated = STOPPED_AT_TIMEOUT.exec(evidence.output);
  if (evidence.timedOut === undefined && stated === null) return undefined;
  const minutes = evidence.timedOut?.minutes ?? Number(stated![1]);
  const slowest = evidence.timedOut?.slowest ?? SLOWEST_SEEN.exec(evidence.output)?.[1];
  const command = STOPPED_COMMAND.exec(evidence.output)?.[1];
  return {
    kind: 'timeout',
    headline: `${evidence.stage} did not finish within ${minutes} min (timeout-minutes)${command ? ` while running '${command}'` : ''} and was stopped with every process it started${slowest ? `; the slowest part seen: ${slowest}` : ''}.`,
    fix: `Find what hangs or slowed down in the last lines (a test waiting on a server, a prompt, a network call), or raise timeout-minutes if the work has grown.`,
    evidence: lastLines(evidence.output),
  };
}

function unknownDiagnosis(evidence: FailureEvidence): Diagnosis {
  return {
    kind: 'unknown',
    headline: `${evidence.stage} failed in a way this action does not recognise.`,
    fix: 'Read its last lines and the full log for the cause.',
    evidence: lastLines(evidence.output),
  };
}

/**
 * The matchers, most specific first: a stage stopped at its timeout; a tree restored broken from the cache (only
 * when it was restored); the registry refusing or out of reach (its noise must not read as a conflict); a tool of
 * the wrong version (pip's "from versions: none" after skipping every version for Requires-Python is that, not a
 * missing package); a package or version the registry does not have; lockfiles out of sync, then conflicting
 * requirements; compile errors; last, the test action's own verdicts, whose crash and exit-code messages carry runner output the others read first.
 */
const MATCHERS: readonly FailureMatcher[] = [
  timeoutMatcher,
  cacheTroubleMatcher,
  credentialsRefusedMatcher,
  registryUnreachableMatcher,
  toolVersionMatcher,
  packageNotFoundMatcher,
  lockfileSyncMatcher,
  dependencyConflictMatcher,
  compileErrorMatcher,
  testFailureMatcher,
];

export function diagnoseFailure(evidence: FailureEvidence): Diagnosis {
  for (const matcher of MATCHERS) {
    const diagnosis = matcher(evidence);
    if (diagnosis !== undefined) return diagnosis;
  }
  return unknownDiagnosis(evidence);
}

/** The first line of every formatted diagnosis: how a message that already holds one is recognised. */
export const DIAGNOSIS_PREFIX = 'Diagnosis: ';

/** The diagnosis as text for a failure message: kind and headline, the fix, then the evidence lines. */
export function formatDiagnosis(diagnosis: Diagnosis): string {
  const lines = [`${DIAGNOSIS_PREFIX}${diagnosis.kind}. ${diagnosis.headline}`, `Fix: ${diagnosis.fix}`];
  if (diagnosis.evidence.length > 0) lines.push('Evidence:', ...diagnosis.evidence.map((line) => `  ${line}`));
  return lines.join('\n');
}

export function holdsDiagnosis(message: string): boolean {
  return message.includes(DIAGNOSIS_PREFIX);
}
