import { lastLines } from '../process-output.js';
// Reading a finished tool run into a check's outcome, by the tool's output format and exit-code conventions: a
// crashed or stopped tool is a failed check with its last lines, never "no findings".
import path from 'node:path';
import { stripColors } from '../ansi.js';
import type { Finding } from '../findings.js';
import type { CommandCheck } from './check-plan.js';
import { plural, type CheckOutcome } from './check-outcome.js';
import { readNpmAudit, readNpmOutdated, readPipAudit, readPipOutdated, readYarnAudit, readYarnOutdated, type AuditLevel, type ReportReading } from './dependency-reports.js';
import { parseBiome, parseBlackCheck, parseFlake8, parseScriptOutput, reportsFindings } from './linter-formats.js';
import { parseEslintJson, parseMypyOutput, parsePylintJson, parseRuffJson, parseTscOutput, workspacePath, type PathContext } from './tool-output.js';
import { listedProjectFiles } from './tsconfig.js';

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
