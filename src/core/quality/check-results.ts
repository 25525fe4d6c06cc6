import path from 'node:path';
import { formatFinding, rankFindings, type AnnotationPlan, type Finding, type FindingLevel } from '../findings.js';
import { formatSeconds, type SummaryDocument } from '../summary-document.js';
import type { CheckName, CommandCheck } from './check-plan.js';
import { readNpmAudit, readNpmOutdated, readPipAudit, readPipOutdated, readYarnAudit, readYarnOutdated, type AuditLevel, type ReportReading } from './dependency-reports.js';
import { parseBiome, parseBlackCheck, parseFlake8, parseScriptOutput, reportsFindings } from './linter-formats.js';
import { parseEslintJson, parseMypyOutput, parsePylintJson, parseRuffJson, parseTscOutput, workspacePath, type PathContext } from './tool-output.js';
import { listedProjectFiles } from './tsconfig.js';
import { stripColors } from '../ansi.js';

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

export interface ToolRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  notFound?: boolean;
  /** Stopped at its deadline: neither a verdict of the tool nor a crash. */
  timedOut?: boolean;
}

export interface InterpretOptions {
  workspace: string;
  auditLevel: AuditLevel;
  failOnOutdated: boolean;
  /** The manifest, relative to the repository root, that dependency findings point at. */
  manifest: string;
  /** The deadline a stopped tool ran into, for its message. */
  timeoutMinutes?: number;
}

function lastLines(text: string, count = 20): string {
  return text.trim().split(/\r?\n/).slice(-count).join('\n');
}

function crashed(check: CommandCheck, run: ToolRun, why: string): Omit<CheckOutcome, 'durationMs'> {
  const tail = lastLines(`${run.stderr}\n${run.stdout}`, 5);
  return { name: check.name, label: check.label, status: 'crashed', findings: [], gating: true, detail: `${why}${tail ? `: ${tail}` : ''}` };
}

function withFindings(check: CommandCheck, findings: Finding[], gating = true, detail?: string): Omit<CheckOutcome, 'durationMs'> {
  return { name: check.name, label: check.label, status: findings.length > 0 ? 'findings' : 'passed', findings, gating, detail };
}

function fromReport(check: CommandCheck, run: ToolRun, reading: ReportReading, gating = true): Omit<CheckOutcome, 'durationMs'> {
  if (reading.kind === 'unreachable') return { name: check.name, label: check.label, status: 'skipped', findings: [], gating, detail: reading.reason };
  if (reading.kind === 'unreadable') return crashed(check, run, reading.reason);
  return withFindings(check, reading.findings, gating, reading.summary);
}

function saysNothing(text: string): boolean {
  return text
    .split(/\r?\n/)
    .map((line) => stripColors(line).trim())
    .every((line) => line === '' || /^> /.test(line) || /^\$ /.test(line) || /^yarn run v[\d.]+$/.test(line) || /^Done in [\d.]+m?s\.$/.test(line));
}

/** Reads a finished tool run into an outcome, by the tool's output format and exit-code conventions. */
export function interpretToolRun(check: CommandCheck, run: ToolRun, options: InterpretOptions): Omit<CheckOutcome, 'durationMs'> {
  const outcome = interpretOutput(check, run, options);
  if (check.knownFindings === undefined || check.knownFindings.length === 0) return outcome;
  const known = check.knownFindings.map((finding) => ({ ...finding, file: finding.file === undefined ? undefined : workspacePath({ workspace: options.workspace, directory: check.cwd }, finding.file) }));
  return { ...outcome, status: outcome.status === 'passed' ? 'findings' : outcome.status, findings: [...known, ...outcome.findings] };
}

function interpretOutput(check: CommandCheck, run: ToolRun, options: InterpretOptions): Omit<CheckOutcome, 'durationMs'> {
  const shown = [check.command, ...check.args].join(' ');
  if (run.timedOut) {
    const tail = lastLines(`${run.stderr}\n${run.stdout}`, 5);
    const limit = options.timeoutMinutes === undefined ? 'its timeout' : `${options.timeoutMinutes} min (timeout-minutes)`;
    return { name: check.name, label: check.label, status: 'timed-out', findings: [], gating: true, detail: `'${shown}' did not finish within ${limit} and was stopped${tail ? `; its last lines: ${tail}` : ' (it printed nothing)'}` };
  }
  if (run.notFound) return crashed(check, run, `${check.command} was not found (install it, or install the project's dependencies first)`);
  const context: PathContext = { workspace: options.workspace, directory: check.cwd };
  const exited = `'${shown}' exited with code ${run.exitCode}`;
  switch (check.format) {
    case 'eslint-json': {
      const findings = parseEslintJson(run.stdout, context);
      if (findings === undefined || run.exitCode > 1) return crashed(check, run, `${exited} without a report`);
      return withFindings(check, findings);
    }
    case 'tsc': {
      const findings = parseTscOutput(`${run.stdout}\n${run.stderr}`, context);
      if (run.exitCode !== 0 && findings.length === 0) return crashed(check, run, `${exited} and printed no diagnostics`);
      if (!check.args.includes('--listFiles')) return withFindings(check, findings);
      const listed = listedProjectFiles(run.stdout);
      const files = listed.filter((file) => !/\.d\.[cm]?ts$/.test(file));
      const declarations = listed.length - files.length;
      if (files.length === 0 && findings.length === 0) {
        return crashed(check, run, `tsc checked no files: tsconfig.json selects none ("files": [] and no "include", or no references it can build)`);
      }
      const projects = new Set(files.map((file) => path.dirname(path.relative(check.cwd, file)).split(path.sep)[0]));
      const where = check.args.includes('-b') ? ` of ${projects.size > 1 ? 'the referenced projects' : 'the referenced project'}` : '';
      const also = declarations > 0 ? ` (and ${plural(declarations, 'declaration file')})` : '';
      return withFindings(check, findings, true, `checked ${plural(files.length, 'file')}${where}${also}`);
    }
    case 'script': {
      const text = `${run.stdout}\n${run.stderr}`;
      const reading = parseScriptOutput(text, context);
      // A script that printed nothing but the package manager's own lines (`> app@1.0.0 lint`, `> eslint .`)
      // reported nothing: an empty output is read, and says no finding.
      const read = reading.formats.length > 0 || saysNothing(text);
      if (!read) {
        const notRead = `exit code ${run.exitCode}; findings not read`;
        const why = reportsFindings(text)
          ? `its output reports findings in a format this action does not read (it reads ESLint, tsc, biome, oxlint, prettier --check, stylelint, xo, standard, flake8 and black); see its log group`
          : `its output is in no format this action reads (ESLint, tsc, biome, oxlint, prettier --check, stylelint, xo, standard, flake8, black); see its log group`;
        return { name: check.name, label: check.label, status: run.exitCode === 0 ? 'passed' : 'failed', findings: [], findingsRead: false, gating: true, detail: `${notRead}: ${why}` };
      }
      const detail = reading.formats.length > 0 ? `read as ${reading.formats.join(' and ')}` : undefined;
      if (run.exitCode !== 0 && !reading.findings.some((finding) => finding.level === 'error')) {
        return { name: check.name, label: check.label, status: 'failed', findings: reading.findings, gating: true, detail: `${exited}, though no error was read${detail ? ` (${detail})` : ''}; see its log group` };
      }
      return withFindings(check, reading.findings, true, detail);
    }
    case 'pylint-json': {
      const findings = parsePylintJson(run.stdout, context);
      // pylint's exit code is a bit field: 1 fatal, 32 usage error; 2-16 are message categories.
      if (findings === undefined || (run.exitCode & 33) !== 0) return { ...crashed(check, run, `${exited} (fatal error or usage error)`), findings: findings ?? [] };
      return withFindings(check, findings);
    }
    case 'ruff-json': {
      const findings = parseRuffJson(run.stdout, context);
      if (findings === undefined || run.exitCode > 1) return crashed(check, run, `${exited} without a report`);
      return withFindings(check, findings);
    }
    case 'biome': {
      const findings = parseBiome(`${run.stdout}\n${run.stderr}`, context);
      if (run.exitCode !== 0 && !findings.some((finding) => finding.level === 'error')) return { ...crashed(check, run, `${exited} and printed no errors it reads`), findings };
      return withFindings(check, findings);
    }
    case 'flake8': {
      const findings = parseFlake8(run.stdout, context);
      if (run.exitCode > 1 || (run.exitCode === 1 && findings.length === 0)) return crashed(check, run, exited);
      return withFindings(check, findings);
    }
    case 'black': {
      const findings = parseBlackCheck(`${run.stderr}\n${run.stdout}`, context);
      if (run.exitCode > 1 || (run.exitCode === 1 && findings.length === 0)) return crashed(check, run, exited);
      return withFindings(check, findings);
    }
    case 'mypy': {
      const findings = parseMypyOutput(`${run.stdout}\n${run.stderr}`, context);
      if (run.exitCode > 1 || (run.exitCode !== 0 && findings.length === 0)) return { ...crashed(check, run, exited), findings };
      return withFindings(check, findings);
    }
    case 'npm-audit':
      return fromReport(check, run, readNpmAudit(run.stdout, run.stderr, options.auditLevel, options.manifest));
    case 'yarn-audit':
      return fromReport(check, run, readYarnAudit(run.stdout, run.stderr, options.auditLevel, options.manifest));
    case 'yarn-outdated':
      return fromReport(check, run, readYarnOutdated(run.stdout, run.stderr, options.failOnOutdated ? 'error' : 'warning', options.manifest), options.failOnOutdated);
    case 'pip-audit':
      return fromReport(check, run, readPipAudit(run.stdout, run.stderr, options.manifest));
    case 'npm-outdated':
      return fromReport(check, run, readNpmOutdated(run.stdout, run.stderr, options.failOnOutdated ? 'error' : 'warning', options.manifest, `${check.command} outdated`), options.failOnOutdated);
    case 'pip-outdated':
      return fromReport(check, run, readPipOutdated(run.stdout, run.stderr, options.failOnOutdated ? 'error' : 'warning', options.manifest), options.failOnOutdated);
  }
}

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

function plural(count: number, word: string): string {
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

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
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
