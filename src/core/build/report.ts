import { formatFinding, type Finding } from '../findings.js';
import { formatSeconds, type SummaryDocument } from '../summary-document.js';
import type { ContentProblem } from './contents.js';
import { formatDelta, formatSize } from './sizes.js';
import type { VersionCheck } from './versions.js';

export interface ArtifactRow {
  file: string;
  size: number;
  delta?: number;
  deltaPercent?: number;
  files: number;
  sha256: string;
  problems: ContentProblem[];
}

export interface BuildReport {
  title: string;
  prebuild: Finding[];
  /** What was built: member, command, time, result; or why nothing was. */
  builds: Array<{ member: string; command: string; milliseconds: number; ok: boolean }>;
  nothingBuilt?: string;
  declaredOutputs: Array<{ member: string; field: string; file: string; present: boolean }>;
  artifacts: ArtifactRow[];
  versions?: VersionCheck;
  /** publish: what went where, or why nothing was published. */
  publishing?: { lines: string[]; skipped?: string; failure?: string };
  notes: string[];
  /** Findings that did not fit the annotation caps. */
  overflow: Finding[];
}

function verdict(problems: readonly ContentProblem[]): string {
  if (problems.some((problem) => problem.level === 'error')) return `❌ ${problems.filter((p) => p.level === 'error').map((p) => p.message).join(' ')}`;
  if (problems.length > 0) return `⚠️ ${problems.map((p) => p.message).join(' ')}`;
  return '✅ ok';
}

/** Every error the report holds, as the lines of the step's failure message. */
export function buildFailures(report: BuildReport): string[] {
  const failures: string[] = [];
  for (const finding of report.prebuild) failures.push(`Pre-build check: ${formatFinding(finding)}`);
  for (const output of report.declaredOutputs.filter((entry) => !entry.present)) {
    failures.push(`${output.member}: package.json '${output.field}' names ${output.file}, which the build did not produce.`);
  }
  for (const artifact of report.artifacts) {
    for (const problem of artifact.problems.filter((p) => p.level === 'error')) failures.push(problem.message.startsWith(`${artifact.file} `) ? problem.message : `${artifact.file}: ${problem.message}`);
  }
  if (report.versions && !report.versions.ok) failures.push(report.versions.message);
  return failures;
}

export function buildSummary(report: BuildReport): SummaryDocument {
  const document: SummaryDocument = [{ kind: 'heading', text: report.title }];
  document.push({ kind: 'paragraph', text: report.prebuild.length === 0 ? '**Pre-build checks:** passed (manifests parse, lockfile in step, build script and backend present).' : '**Pre-build checks:** failed' });
  if (report.prebuild.length > 0) document.push({ kind: 'list', items: report.prebuild.map(formatFinding) });
  if (report.builds.length > 0) {
    document.push({ kind: 'table', header: ['Built', 'Command', 'Time', 'Result'], rows: report.builds.map((build) => [build.member, `\`${build.command}\``, formatSeconds(build.milliseconds), build.ok ? '✅' : '❌ failed']) });
  } else if (report.nothingBuilt) {
    document.push({ kind: 'paragraph', text: report.nothingBuilt });
  }
  if (report.declaredOutputs.length > 0) {
    const missing = report.declaredOutputs.filter((output) => !output.present);
    document.push({ kind: 'paragraph', text: missing.length === 0 ? `**Declared outputs:** all ${report.declaredOutputs.length} present (main, exports, bin, types).` : `**Declared outputs:** ${missing.length} missing` });
    if (missing.length > 0) document.push({ kind: 'list', items: missing.map((output) => `${output.member}: \`${output.field}\` → ${output.file} is missing`) });
  }
  if (report.artifacts.length > 0) {
    document.push({
      kind: 'table',
      header: ['Package', 'Size', 'Δ vs default branch', 'Files', 'sha256', 'Verdict'],
      rows: report.artifacts.map((artifact) => [
        artifact.file,
        formatSize(artifact.size),
        artifact.delta === undefined ? '—' : formatDelta(artifact.delta, artifact.deltaPercent ?? 0),
        String(artifact.files),
        `\`${artifact.sha256}\``,
        verdict(artifact.problems),
      ]),
    });
  }
  if (report.versions) document.push({ kind: 'paragraph', text: `**Version:** ${report.versions.ok ? '✅' : '❌'} ${report.versions.message}` });
  if (report.publishing) {
    const { lines, skipped, failure } = report.publishing;
    const state = failure ? `❌ ${failure.split('\n')[0]}` : skipped ?? (lines.length > 0 ? `✅ ${lines.length} published` : 'nothing published');
    document.push({ kind: 'paragraph', text: `**Publish:** ${state}` });
    if (lines.length > 0) document.push({ kind: 'list', items: lines });
  }
  if (report.overflow.length > 0) {
    document.push({ kind: 'paragraph', text: `${report.overflow.length} more findings (over the annotation limits):` }, { kind: 'list', items: report.overflow.map(formatFinding) });
  }
  if (report.notes.length > 0) document.push({ kind: 'list', items: report.notes });
  return document;
}
