import type { Finding, FindingLevel } from '../findings.js';
import { parseJsonValue } from './tool-output.js';

/**
 * What the dependency tools' reports mean: known vulnerabilities (npm audit, pip-audit) and outdated direct
 * dependencies (npm outdated, pip list --outdated). When the advisory source or the index cannot be
 * reached the check is skipped with the reason: never passed, and never a failed job.
 */
export type ReportReading =
  | { kind: 'read'; findings: Finding[]; summary: string }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'unreadable'; reason: string };

export const AUDIT_LEVELS = ['low', 'moderate', 'high', 'critical'] as const;
export type AuditLevel = (typeof AUDIT_LEVELS)[number];
const SEVERITY_RANK: Record<string, number> = { info: 0, low: 1, moderate: 2, high: 3, critical: 4 };

const UNREACHABLE = /\b(E?405|E?5\d\d|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|Method Not Allowed|Service Unavailable|Bad Gateway|network|socket hang up|Max retries exceeded|Failed to establish a new connection|NewConnectionError|ConnectionError|Could not fetch URL|Temporary failure in name resolution)\b/i;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** npm prints `{ "error": { code, summary, detail } }` (and, for HTTP errors, message and statusCode) when a command fails. */
function npmError(value: Json): { reason: string; unreachable: boolean } | undefined {
  if (!('error' in value) && !('statusCode' in value)) return undefined;
  const error = isObject(value.error) ? value.error : {};
  const parts = [value.message, error.code, error.message, error.summary, error.detail]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim());
  const status = typeof value.statusCode === 'number' ? value.statusCode : undefined;
  const reason = parts.length > 0 ? [...new Set(parts)].join(': ') : `HTTP ${status ?? 'error'}`;
  return { reason, unreachable: (status !== undefined && (status === 405 || status >= 500 || status === 404)) || UNREACHABLE.test(reason) };
}

function firstLine(text: string): string {
  return text.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== '') ?? '';
}

interface NpmVulnerability {
  name?: string;
  severity?: string;
  isDirect?: boolean;
  via?: Array<string | { title?: string; url?: string }>;
  fixAvailable?: unknown;
}

/** `npm audit --omit=dev --json` (report version 2). Vulnerabilities at or above `threshold` are errors, the others notices. */
export function readNpmAudit(stdout: string, stderr: string, threshold: AuditLevel, manifest: string): ReportReading {
  const value = parseJsonValue(stdout);
  if (!isObject(value)) {
    const line = firstLine(stderr) || firstLine(stdout);
    return UNREACHABLE.test(`${stderr}\n${stdout}`)
      ? { kind: 'unreachable', reason: `the advisory source could not be reached (${line})` }
      : { kind: 'unreadable', reason: `npm audit printed no JSON report (${line || 'no output'})` };
  }
  const error = npmError(value);
  if (error !== undefined) {
    return error.unreachable
      ? { kind: 'unreachable', reason: `the advisory source could not be reached (${error.reason})` }
      : { kind: 'unreadable', reason: `npm audit failed: ${error.reason}` };
  }
  if (isObject(value.advisories)) return readAdvisories(Object.values(value.advisories) as NpmAdvisory[], threshold, manifest, 'pnpm audit');
  const vulnerabilities = isObject(value.vulnerabilities) ? (value.vulnerabilities as Record<string, NpmVulnerability>) : {};
  const findings: Finding[] = [];
  const counts: Record<string, number> = {};
  for (const [name, vulnerability] of Object.entries(vulnerabilities).sort(([a], [b]) => a.localeCompare(b))) {
    const severity = vulnerability.severity ?? 'info';
    counts[severity] = (counts[severity] ?? 0) + 1;
    const advisories = (vulnerability.via ?? []).map((via) => (typeof via === 'string' ? `via ${via}` : [via.title, via.url].filter(Boolean).join(' ')));
    const level: FindingLevel = (SEVERITY_RANK[severity] ?? 0) >= SEVERITY_RANK[threshold] ? 'error' : 'notice';
    findings.push({
      level,
      message: `${name} (${severity}, ${vulnerability.isDirect ? 'direct' : 'transitive'}): ${[...new Set(advisories)].join('; ') || 'see npm audit'}${vulnerability.fixAvailable ? ' (a fix is available: npm audit fix)' : ''}`,
      file: manifest,
      source: 'npm audit',
      rule: severity,
    });
  }
  const counted = Object.entries(counts).map(([severity, count]) => `${count} ${severity}`).join(', ');
  return { kind: 'read', findings, summary: findings.length === 0 ? 'no known vulnerabilities' : `${counted} (threshold: ${threshold})` };
}

/** The npm v6 audit format that pnpm and yarn classic print: advisories with a module, a severity and a title. */
interface NpmAdvisory {
  id?: number;
  module_name?: string;
  severity?: string;
  title?: string;
  url?: string;
}

function readAdvisories(advisories: NpmAdvisory[], threshold: AuditLevel, manifest: string, source: string): ReportReading {
  const counts: Record<string, number> = {};
  const findings = advisories
    .sort((a, b) => (a.module_name ?? '').localeCompare(b.module_name ?? '') || (a.id ?? 0) - (b.id ?? 0))
    .map((advisory): Finding => {
      const severity = advisory.severity ?? 'info';
      counts[severity] = (counts[severity] ?? 0) + 1;
      return {
        level: (SEVERITY_RANK[severity] ?? 0) >= SEVERITY_RANK[threshold] ? 'error' : 'notice',
        message: `${advisory.module_name} (${severity}): ${[advisory.title, advisory.url].filter(Boolean).join(' ')}`,
        file: manifest,
        source,
        rule: severity,
      };
    });
  const counted = Object.entries(counts).map(([severity, count]) => `${count} ${severity}`).join(', ');
  return { kind: 'read', findings, summary: findings.length === 0 ? 'no known vulnerabilities' : `${counted} (threshold: ${threshold})` };
}

/** yarn classic's `--json`: one JSON object a line, each with a type and data. */
function jsonLines(text: string): Array<{ type?: string; data?: unknown }> {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim().startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { type?: string; data?: unknown }];
      } catch {
        return [];
      }
    });
}

function yarnError(stdout: string, stderr: string): string | undefined {
  const error = jsonLines(`${stdout}\n${stderr}`).find((line) => line.type === 'error');
  return error === undefined ? undefined : firstLine(String(error.data));
}

/** `yarn audit --groups dependencies --json` (yarn classic). */
export function readYarnAudit(stdout: string, stderr: string, threshold: AuditLevel, manifest: string): ReportReading {
  const error = yarnError(stdout, stderr);
  if (error !== undefined) {
    return UNREACHABLE.test(error) || /returned a (405|5\d\d)\b/.test(error)
      ? { kind: 'unreachable', reason: `the advisory source could not be reached (${error})` }
      : { kind: 'unreadable', reason: `yarn audit failed: ${error}` };
  }
  const lines = jsonLines(stdout);
  if (!lines.some((line) => line.type === 'auditSummary')) return { kind: 'unreadable', reason: `yarn audit printed no summary (${firstLine(stderr) || firstLine(stdout) || 'no output'})` };
  const advisories = new Map<number | string, NpmAdvisory>();
  for (const line of lines) {
    const advisory = line.type === 'auditAdvisory' && isObject(line.data) && isObject(line.data.advisory) ? (line.data.advisory as NpmAdvisory) : undefined;
    if (advisory !== undefined) advisories.set(advisory.id ?? advisories.size, advisory);
  }
  return readAdvisories([...advisories.values()], threshold, manifest, 'yarn audit');
}

/** `yarn outdated --json` (yarn classic): a table of Package, Current, Wanted, Latest, Package Type, URL. */
export function readYarnOutdated(stdout: string, stderr: string, level: FindingLevel, manifest: string): ReportReading {
  const error = yarnError(stdout, stderr);
  if (error !== undefined) {
    return UNREACHABLE.test(error)
      ? { kind: 'unreachable', reason: `the registry could not be reached (${error})` }
      : { kind: 'unreadable', reason: `yarn outdated failed: ${error}` };
  }
  const table = jsonLines(stdout).find((line) => line.type === 'table');
  const rows = isObject(table?.data) && Array.isArray(table.data.body) ? (table.data.body as string[][]) : [];
  const findings = rows
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([name, current, wanted, latest]): Finding => ({
      level,
      message: `${name} ${current} is outdated: wanted ${wanted}, latest ${latest}`,
      file: manifest,
      source: 'yarn outdated',
    }));
  return { kind: 'read', findings, summary: findings.length === 0 ? 'all direct dependencies up to date' : `${findings.length} outdated` };
}

interface PipAuditReport {
  dependencies?: Array<{ name?: string; version?: string; vulns?: Array<{ id?: string; fix_versions?: string[]; description?: string }> }>;
}

/** `pip-audit -f json`: it reports no severities, so every known vulnerability is an error. */
export function readPipAudit(stdout: string, stderr: string, manifest: string): ReportReading {
  const value = parseJsonValue(stdout) as PipAuditReport | undefined;
  if (!isObject(value) || !Array.isArray(value.dependencies)) {
    const line = firstLine(stderr) || firstLine(stdout);
    return UNREACHABLE.test(`${stderr}\n${stdout}`)
      ? { kind: 'unreachable', reason: `the advisory source could not be reached (${line})` }
      : { kind: 'unreadable', reason: `pip-audit printed no JSON report (${line || 'no output'})` };
  }
  const findings: Finding[] = [];
  for (const dependency of value.dependencies as Required<PipAuditReport>['dependencies']) {
    for (const vulnerability of dependency.vulns ?? []) {
      const fix = vulnerability.fix_versions?.length ? ` (fixed in ${vulnerability.fix_versions.join(', ')})` : '';
      findings.push({
        level: 'error',
        message: `${dependency.name} ${dependency.version}: ${vulnerability.id}${fix}`,
        file: manifest,
        source: 'pip-audit',
        rule: vulnerability.id,
      });
    }
  }
  return { kind: 'read', findings, summary: findings.length === 0 ? 'no known vulnerabilities' : `${findings.length} known vulnerabilities` };
}

interface NpmOutdatedEntry {
  current?: string;
  wanted?: string;
  latest?: string;
}

/** `npm outdated --json` and `pnpm outdated --format json` (direct dependencies; exit code 1 when any is outdated). */
export function readNpmOutdated(stdout: string, stderr: string, level: FindingLevel, manifest: string, source = 'npm outdated'): ReportReading {
  const value = stdout.trim() === '' ? {} : parseJsonValue(stdout);
  if (!isObject(value)) {
    const line = firstLine(stderr) || firstLine(stdout);
    return UNREACHABLE.test(`${stderr}\n${stdout}`)
      ? { kind: 'unreachable', reason: `the registry could not be reached (${line})` }
      : { kind: 'unreadable', reason: `npm outdated printed no JSON report (${line || 'no output'})` };
  }
  const error = npmError(value);
  if (error !== undefined) {
    return error.unreachable
      ? { kind: 'unreachable', reason: `the registry could not be reached (${error.reason})` }
      : { kind: 'unreadable', reason: `npm outdated failed: ${error.reason}` };
  }
  const findings = Object.entries(value as Record<string, NpmOutdatedEntry>)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, entry]): Finding => ({
      level,
      message: `${name} ${entry.current ?? '(not installed)'} is outdated: wanted ${entry.wanted ?? '?'}, latest ${entry.latest ?? '?'}`,
      file: manifest,
      source,
    }));
  return { kind: 'read', findings, summary: findings.length === 0 ? 'all direct dependencies up to date' : `${findings.length} outdated` };
}

/** The packages every venv is seeded with: not the project's dependencies. */
const VENV_SEEDS = new Set(['pip', 'setuptools', 'wheel', 'distribute']);

/**
 * `pip list --outdated --format=json --local --not-required -vv`. pip does not fail when an index cannot be
 * reached: it only logs "Could not fetch URL" at -vv (on stdout, before the JSON) and reports what the other
 * sources had, so any such line makes the answer incomplete: skipped, with the line as the reason.
 */
export function readPipOutdated(stdout: string, stderr: string, level: FindingLevel, manifest: string): ReportReading {
  const fetchFailure = /Could not fetch URL (\S+?):? ([^(:\n]*)/.exec(`${stderr}\n${stdout}`);
  if (fetchFailure !== null) {
    return { kind: 'unreachable', reason: `the package index could not be reached (Could not fetch URL ${fetchFailure[1]}: ${fetchFailure[2].trim()})` };
  }
  if (UNREACHABLE.test(stderr)) {
    const line = stderr.split(/\r?\n/).find((candidate) => UNREACHABLE.test(candidate))?.trim() ?? firstLine(stderr);
    return { kind: 'unreachable', reason: `the package index could not be reached (${line})` };
  }
  const value = parseJsonValue(stdout);
  if (!Array.isArray(value)) return { kind: 'unreadable', reason: `pip list printed no JSON report (${firstLine(stderr) || firstLine(stdout) || 'no output'})` };
  const findings = (value as Array<{ name?: string; version?: string; latest_version?: string }>)
    .filter((entry) => !VENV_SEEDS.has((entry.name ?? '').toLowerCase()))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
    .map((entry): Finding => ({
      level,
      message: `${entry.name} ${entry.version} is outdated: latest ${entry.latest_version}`,
      file: manifest,
      source: 'pip list --outdated',
    }));
  return { kind: 'read', findings, summary: findings.length === 0 ? 'all top-level packages up to date' : `${findings.length} outdated` };
}
