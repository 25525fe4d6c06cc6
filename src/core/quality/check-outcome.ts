// What a quality check came to, and what the step makes of the outcomes: whether a check fails it (fail-on), the
// counts and outputs, and the words the log and the summary use for a result.
import { formatFinding, rankFindings, type Finding, type FindingLevel } from '../findings.js';
import type { CheckName } from './check-plan.js';

/** What one check came to. A crashed tool is a failed check with its output, never "no findings". */
export interface CheckOutcome {
  name: CheckName;
  label: string;
  /** failed: the tool's exit code failed it, in output this action does not read (or beyond what it read). */
  status: 'passed' | 'findings' | 'crashed' | 'failed' | 'skipped' | 'timed-out';
  findings: Finding[];
  /** false: the tool's output was in no format this action reads, so its findings are unknown (never "0"). */
  findingsRead?: boolean;
  /** Why it was skipped or crashed, or what a report said. */
  detail?: string;
  durationMs?: number;
  /** Whether its findings can fail the step (outdated dependencies only when asked). */
  gating: boolean;
}

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** What the log shows for a tool asked for JSON: a line per finding (file:line:col: level: message), or the result. */
export function readableLines(outcome: Omit<CheckOutcome, 'durationMs'>): string[] {
  // resultText already carries the reason of a skipped, crashed or failed check: the detail is added once.
  const withDetail = outcome.detail !== undefined && (outcome.status === 'passed' || outcome.status === 'findings');
  const head = `${outcome.label}: ${resultText({ ...outcome })}${withDetail ? ` (${outcome.detail})` : ''}`;
  return [head, ...rankFindings(outcome.findings).map((finding) => `  ${oneLine(formatFinding(finding))}`)];
}

export function checkFails(outcome: CheckOutcome, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (outcome.status === 'crashed' || outcome.status === 'failed' || outcome.status === 'timed-out') return true;
  if (!outcome.gating) return false;
  return outcome.findings.some((finding) => finding.level === 'error' || (failOn === 'warning' && finding.level === 'warning'));
}

export function countLevels(findings: readonly Finding[]): Record<FindingLevel, number> {
  const counts: Record<FindingLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return counts;
}

export interface QualityVerdict {
  failedChecks: CheckOutcome[];
  counts: Record<FindingLevel, number>;
  outputs: Record<string, string>;
  /** The step's failure message, when it fails. */
  failure?: string;
}

export function qualityVerdict(outcomes: readonly CheckOutcome[], failOn: FailOn): QualityVerdict {
  const failedChecks = outcomes.filter((outcome) => checkFails(outcome, failOn));
  const counts = countLevels(outcomes.flatMap((outcome) => outcome.findings));
  const failedNames = [...new Set(failedChecks.map((outcome) => outcome.name))];
  const outputs = {
    'error-count': String(counts.error),
    'warning-count': String(counts.warning),
    'notice-count': String(counts.notice),
    'failed-checks': failedNames.join(','),
  };
  const failure =
    failedChecks.length === 0
      ? undefined
      : `Quality checks failed (fail-on: ${failOn}): ${failedChecks.map((outcome) => `${outcome.label} ${resultText(outcome)}`).join('; ')}.`;
  return { failedChecks, counts, outputs, failure };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function resultText(outcome: CheckOutcome): string {
  switch (outcome.status) {
    case 'passed':
      return outcome.findingsRead === false ? `passed (${outcome.detail?.split(':')[0] ?? 'findings not read'})` : 'passed';
    case 'failed':
      return outcome.findingsRead === false ? `failed (${outcome.detail?.split(':')[0] ?? 'findings not read'})` : `failed: ${(outcome.detail ?? '').split('\n')[0]}`;
    case 'skipped':
      return `skipped: ${outcome.detail ?? 'not applicable'}`;
    case 'crashed':
      return `crashed: ${(outcome.detail ?? '').split('\n')[0]}`;
    case 'timed-out':
      return `timed out: ${(outcome.detail ?? '').split('\n')[0]}`;
    case 'findings': {
      const counts = countLevels(outcome.findings);
      const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.notice, 'notice')].filter((part) => !part.startsWith('0 '));
      return parts.join(', ');
    }
  }
}

export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}
