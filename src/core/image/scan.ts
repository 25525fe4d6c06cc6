import { cacheVersionSegment } from '../cache/version.js';
import { ConfigurationError } from '../errors.js';

export const SEVERITIES = ['unknown', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Scanner = 'trivy' | 'grype';

export interface Vulnerability {
  id: string;
  severity: Severity;
  packageName: string;
  installedVersion: string;
  fixedVersion?: string;
  title?: string;
  /** Where the scanner found the package (trivy's Target, grype's location path). */
  target?: string;
}

function normalSeverity(value: unknown): Severity {
  const lowered = (typeof value === 'string' ? value : '').toLowerCase();
  if (lowered === 'negligible') return 'low';
  return (SEVERITIES as readonly string[]).includes(lowered) ? (lowered as Severity) : 'unknown';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `trivy image --format json`: Results[].Vulnerabilities[] (documented schema 2). */
export function parseTrivyJson(output: string): Vulnerability[] {
  const report = parseJson('trivy', output) as { Results?: Array<{ Target?: string; Vulnerabilities?: Array<Record<string, unknown>> | null }> | null };
  const found: Vulnerability[] = [];
  for (const result of report.Results ?? []) {
    for (const vulnerability of result.Vulnerabilities ?? []) {
      found.push({
        id: text(vulnerability.VulnerabilityID) ?? 'unknown',
        severity: normalSeverity(vulnerability.Severity),
        packageName: text(vulnerability.PkgName) ?? 'unknown',
        installedVersion: text(vulnerability.InstalledVersion) ?? '',
        fixedVersion: text(vulnerability.FixedVersion),
        title: text(vulnerability.Title),
        target: text(result.Target),
      });
    }
  }
  return found;
}

/** `grype IMAGE -o json`: matches[] of { vulnerability: { id, severity, fix }, artifact: { name, version } }. */
export function parseGrypeJson(output: string): Vulnerability[] {
  const report = parseJson('grype', output) as { matches?: Array<{ vulnerability?: Record<string, unknown>; artifact?: Record<string, unknown> }> | null };
  return (report.matches ?? []).map((match) => {
    const vulnerability = match.vulnerability ?? {};
    const artifact = match.artifact ?? {};
    const fix = vulnerability.fix as { versions?: unknown[] } | undefined;
    const locations = artifact.locations as Array<{ path?: string }> | undefined;
    return {
      id: text(vulnerability.id) ?? 'unknown',
      severity: normalSeverity(vulnerability.severity),
      packageName: text(artifact.name) ?? 'unknown',
      installedVersion: text(artifact.version) ?? '',
      fixedVersion: (fix?.versions ?? []).filter((version): version is string => typeof version === 'string').join(', ') || undefined,
      title: text(vulnerability.description),
      target: text(locations?.[0]?.path),
    };
  });
}

function parseJson(scanner: Scanner, output: string): unknown {
  const start = output.indexOf('{');
  try {
    const parsed: unknown = JSON.parse(start > 0 ? output.slice(start) : output);
    if (parsed === null || typeof parsed !== 'object') throw new Error('not a JSON object');
    return parsed;
  } catch (error) {
    throw new ConfigurationError(`${scanner} did not print its JSON report (${(error as Error).message}); its output began: ${output.slice(0, 200)}`);
  }
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(threshold);
}

export interface ScanVerdict {
  result: 'passed' | 'failed';
  blocking: Vulnerability[];
  counts: Record<Severity, number>;
}

export function scanVerdict(found: Vulnerability[], threshold: Severity): ScanVerdict {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const vulnerability of found) counts[vulnerability.severity] += 1;
  const blocking = found.filter((vulnerability) => vulnerability.severity !== 'unknown' && atOrAbove(vulnerability.severity, threshold));
  return { result: blocking.length > 0 ? 'failed' : 'passed', blocking, counts };
}

/** Findings most severe first, then by id, for the summary table. */
export function rankVulnerabilities(found: Vulnerability[]): Vulnerability[] {
  return [...found].sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.id.localeCompare(b.id) || a.packageName.localeCompare(b.packageName));
}

const SARIF_LEVEL: Record<Severity, string> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', unknown: 'none' };

/** SARIF 2.1.0 of the findings, one rule per vulnerability id; results point at the Dockerfile (code scanning needs a file). */
export function sarifReport(scanner: Scanner, image: string, dockerfile: string, found: Vulnerability[]): object {
  const rules = new Map<string, object>();
  for (const vulnerability of found) {
    if (!rules.has(vulnerability.id)) {
      rules.set(vulnerability.id, {
        id: vulnerability.id,
        shortDescription: { text: vulnerability.title ?? vulnerability.id },
        properties: { 'security-severity': { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', unknown: '0.0' }[vulnerability.severity], tags: ['security', 'container'] },
      });
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: scanner, informationUri: scanner === 'trivy' ? 'https://github.com/aquasecurity/trivy' : 'https://github.com/anchore/grype', rules: [...rules.values()] } },
        results: found.map((vulnerability) => ({
          ruleId: vulnerability.id,
          level: SARIF_LEVEL[vulnerability.severity],
          message: {
            text: `${vulnerability.packageName} ${vulnerability.installedVersion} in ${image} has ${vulnerability.id} (${vulnerability.severity})` +
              (vulnerability.fixedVersion ? `; fixed in ${vulnerability.fixedVersion}` : '; no fix yet'),
          },
          locations: [{ physicalLocation: { artifactLocation: { uri: dockerfile }, region: { startLine: 1 } } }],
        })),
      },
    ],
  };
}

/**
 * The scanner's database in the Actions cache: one entry a day (`day` is YYYY-MM-DD; the scanner refreshes what is
 * older), the newest under `prefix` restored when today's is not there yet. `cacheVersion` is the input.
 */
export function scanDatabaseKeys(scanner: Scanner, platform: { os: string; arch: string }, day: string, cacheVersion?: string): { key: string; prefix: string } {
  const prefix = `build-actions-scandb-${cacheVersionSegment(cacheVersion)}${scanner}-${platform.os}-${platform.arch}-`;
  return { key: `${prefix}${day}`, prefix };
}

/** The scanner's argument list for a local image, with JSON on stdout. */
export function scannerArguments(scanner: Scanner, image: string, cacheDir: string): string[] {
  if (scanner === 'trivy') return ['image', '--format', 'json', '--quiet', '--cache-dir', cacheDir, image];
  return [`docker:${image}`, '--output', 'json'];
}

/** Sizes like `500MB`, `1.5GiB`, `200m`, or plain bytes. */
export function parseSize(input: string, raw: string): number | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value);
  if (!match) throw new ConfigurationError(`Input '${input}' must be a size such as 300MB, 1.5GB or a number of bytes (got '${value.slice(0, 60)}').`);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}
