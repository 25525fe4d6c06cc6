import type { SummaryDocument } from '../summary-document.js';
import { DIAGNOSIS_PREFIX, diagnoseFailure, lastLines, formatDiagnosis, holdsDiagnosis, type Diagnosis, type FailureEvidence, type FailureKind } from './diagnosis.js';

/** How the stages introduce the tool output they quote in a failure message. */
const QUOTES_TOOL_OUTPUT = /\b(its|their) last lines\b/i;

/**
 * A failure message with its diagnosis after it. A message that already holds one (a stage that diagnosed the
 * tool's whole output where it ran it) is kept as it is. Evidence lines the message already shows (its last
 * lines) are not printed twice: the diagnosis points at them instead.
 */
export function withDiagnosis(message: string, evidence: Omit<FailureEvidence, 'output'> & { output?: string }): string {
  if (holdsDiagnosis(message)) return message;
  // A message of the action's own (a refused input, the count of lint findings, the failing tests the test action
  // annotated and listed) already says what to fix: a diagnosis would only repeat it. One is added where the message
  // quotes a tool's output (or the stage was stopped at its timeout).
  if (evidence.output === undefined && evidence.timedOut === undefined && !QUOTES_TOOL_OUTPUT.test(message)) return message;
  const diagnosis = diagnoseFailure({ ...evidence, output: evidence.output ?? message });
  return `${message}\n${formatDiagnosisBeside(message, diagnosis)}`;
}

/** formatDiagnosis, without the evidence lines when `message` shows every one of them already. */
export function formatDiagnosisBeside(message: string, diagnosis: Diagnosis): string {
  const shown = new Set(message.split(/\r?\n/).map((line) => line.trim()));
  const repeated = diagnosis.evidence.length > 0 && diagnosis.evidence.every((line) => shown.has(line.trim()));
  return formatDiagnosis(repeated ? { ...diagnosis, evidence: [], fix: `${diagnosis.fix} (The evidence is in the lines above.)` } : diagnosis);
}

const KINDS: readonly FailureKind[] = [
  'dependency conflict',
  'compile error',
  'test failure',
  'timeout',
  'cache trouble',
  'registry unreachable',
  'credentials refused',
  'package not found',
  'tool version',
  'unknown',
];

/** What a formatted diagnosis in a failure message says, read back for the summary (undefined when it holds none). */
export function readDiagnosis(message: string): Pick<Diagnosis, 'kind' | 'headline' | 'fix' | 'evidence'> | undefined {
  const start = message.indexOf(DIAGNOSIS_PREFIX);
  if (start < 0) return undefined;
  const lines = message.slice(start + DIAGNOSIS_PREFIX.length).split(/\r?\n/);
  const first = lines[0];
  const kind = KINDS.find((name) => first.startsWith(`${name}. `));
  if (kind === undefined) return undefined;
  const fixLine = lines.find((line) => line.startsWith('Fix: '));
  const evidenceAt = lines.indexOf('Evidence:');
  const evidence = evidenceAt < 0 ? [] : lines.slice(evidenceAt + 1).filter((line) => line.startsWith('  ')).map((line) => line.slice(2));
  return { kind, headline: first.slice(kind.length + 2), fix: fixLine?.slice('Fix: '.length) ?? '', evidence };
}

/** The summary's diagnosis section: one entry per failed stage whose message holds a diagnosis. */
export function diagnosisSummary(failures: ReadonlyArray<{ stage: string; message: string }>): SummaryDocument {
  const document: SummaryDocument = [];
  for (const { stage, message } of failures) {
    const diagnosis = readDiagnosis(message);
    if (diagnosis === undefined) continue;
    document.push(
      { kind: 'heading', text: `Diagnosis: ${stage} — ${diagnosis.kind}` },
      { kind: 'paragraph', text: diagnosis.headline },
      { kind: 'paragraph', text: `**Fix:** ${diagnosis.fix}` },
    );
    // Evidence left out of the message because the message shows it: the summary shows the message's last lines.
    const evidence = diagnosis.evidence.length > 0 ? diagnosis.evidence : lastLines(message.slice(0, message.indexOf(DIAGNOSIS_PREFIX)));
    if (evidence.length > 0) document.push({ kind: 'code', lines: evidence });
  }
  return document;
}
