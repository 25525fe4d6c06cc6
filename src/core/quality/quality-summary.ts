// The quality-checks job summary: a narrow table of the checks (result, duration, counts), the reasons below it, then
// the findings, annotated or beyond GitHub's annotation limits.
import { formatFinding, rankFindings, type AnnotationPlan, type FindingLevel } from '../findings.js';
import { formatSeconds, type SummaryDocument } from '../summary-document.js';
import { checkFails, countLevels, oneLine, plural, resultText, type CheckOutcome, type FailOn } from './check-outcome.js';

/** The table's word for an outcome: the reason is listed below the table. */
function shortResult(outcome: CheckOutcome): string {
  switch (outcome.status) {
    case 'findings':
      return resultText(outcome);
    case 'passed':
      return outcome.findingsRead === false ? 'passed (findings not read)' : 'passed';
    case 'failed':
      return outcome.findingsRead === false ? 'failed (findings not read)' : 'failed';
    case 'timed-out':
      return 'timed out';
    default:
      return outcome.status;
  }
}

export interface QualitySummaryInput {
  project: string;
  failOn: FailOn;
  outcomes: readonly CheckOutcome[];
  plan: AnnotationPlan;
  wallMilliseconds: number;
  parallelism: number;
}

/** The job summary: a table of checks with result, duration and counts, then the findings. */
export function qualitySummary(input: QualitySummaryInput): SummaryDocument {
  const { outcomes, plan, failOn } = input;
  const document: SummaryDocument = [{ kind: 'heading', text: 'Quality checks' }];
  const ran = outcomes.filter((outcome) => outcome.durationMs !== undefined);
  const slowest = Math.max(0, ...ran.map((outcome) => outcome.durationMs ?? 0));
  document.push({
    kind: 'paragraph',
    text:
      `Project \`${input.project}\`, fail-on: **${failOn}**. ${plural(ran.length, 'check')} ran, up to ${input.parallelism} at a time, ` +
      `in ${formatSeconds(input.wallMilliseconds)} (the slowest took ${formatSeconds(slowest)}).`,
  });
  // The table stays narrow (a console is 100 columns): each result in a word or a count; the reasons follow it.
  document.push({
    kind: 'table',
    header: ['Check', 'Result', 'Duration', 'Errors', 'Warnings', 'Notices'],
    rows: outcomes.map((outcome) => {
      const counts = countLevels(outcome.findings);
      const failed = checkFails(outcome, failOn);
      const count = (level: FindingLevel): string => (outcome.findingsRead === false ? 'not read' : outcome.status === 'skipped' ? '' : String(counts[level]));
      return [
        outcome.label,
        `${failed ? '**failed**: ' : ''}${shortResult(outcome)}`,
        outcome.durationMs === undefined ? '' : formatSeconds(outcome.durationMs),
        count('error'),
        count('warning'),
        count('notice'),
      ];
    }),
  });
  const notes = outcomes.filter((outcome) => outcome.detail !== undefined && outcome.detail !== '');
  if (notes.length > 0) {
    document.push({
      kind: 'list',
      items: notes.map((outcome) =>
        outcome.status === 'crashed' || outcome.status === 'timed-out'
          ? `**${outcome.label}** ${outcome.status === 'crashed' ? 'crashed' : 'timed out'}: ${oneLine(outcome.detail ?? '')} (its whole output is in the log group '${outcome.label}')`
          : `**${outcome.label}**: ${oneLine(outcome.detail ?? '')}`,
      ),
    });
  }
  const total = plan.annotated.length + plan.overflow.length;
  if (total === 0) return document;
  document.push({ kind: 'heading', text: `Findings (${total})` });
  if (plan.annotated.length > 0) {
    document.push({ kind: 'paragraph', text: `${plural(plan.annotated.length, 'finding')} annotated on the lines at fault:` });
    document.push({ kind: 'list', items: plan.annotated.map((finding) => oneLine(formatFinding(finding))) });
  }
  if (plan.overflow.length > 0) {
    document.push({
      kind: 'paragraph',
      text: `${plural(plan.overflow.length, 'more finding')} beyond GitHub's annotation limits (10 errors, a failing step's own message among them, and 10 warnings per step; 50 per job):`,
    });
    document.push({ kind: 'list', items: rankFindings(plan.overflow).map((finding) => oneLine(formatFinding(finding))) });
  }
  return document;
}
