import type { DetectedProject } from './project-detection.js';
import { formatBytes, formatSeconds, type SummaryDocument } from '../summary-document.js';

/** exact: the installed tree was restored whole; partial: only the download store; error: a cache fault. */
export type CacheResult = 'exact' | 'partial' | 'miss' | 'disabled' | 'error';

export interface SetupDepsReport {
  project: DetectedProject;
  runtimeVersion: string;
  packageManagerVersion: string;
  cacheDescription: string;
  /** The deadlines the cache's calls run under, when it talks to a service. */
  cacheBounds?: string;
  cacheResult: CacheResult;
  treeKey: string;
  /** How the tree was obtained, in words ("restored from the cache", "already in place", "installed"). */
  treeSource: string;
  storeKey?: string;
  storeMatchedKey?: string;
  restoreMilliseconds: number;
  installMilliseconds?: number;
  archiveBytes?: number;
  installCommands: string[];
  /** Faults met, checks not made, and why a save will be skipped. */
  notes: string[];
}

export function setupDepsSummary(report: SetupDepsReport): SummaryDocument {
  const language = report.project.language === 'node' ? 'Node.js' : 'Python';
  const rows: string[][] = [
    ['Project', `\`${report.project.directory}\``],
    ['Package manager', `${report.project.packageManager} ${report.packageManagerVersion} (${report.project.reason})`],
    ['Runtime', `${language} ${report.runtimeVersion}`],
    ['Cache', `**${report.cacheResult}**: ${report.treeSource} (${report.cacheDescription})`],
    ['Key', `\`${report.treeKey}\``],
  ];
  if (report.storeKey !== undefined) {
    rows.push(['Download store', report.storeMatchedKey ? `restored from \`${report.storeMatchedKey}\`` : `not found (\`${report.storeKey}\`)`]);
  }
  rows.push(['Restore', formatSeconds(report.restoreMilliseconds)]);
  if (report.cacheBounds !== undefined) rows.push(['Cache deadlines', report.cacheBounds]);
  if (report.archiveBytes !== undefined) rows.push(['Archive size', formatBytes(report.archiveBytes)]);
  rows.push([
    'Install',
    report.installMilliseconds === undefined
      ? `skipped: ${report.treeSource}`
      : `${formatSeconds(report.installMilliseconds)}: ${report.installCommands.map((command) => `\`${command}\``).join(', ')}`,
  ]);
  const document: SummaryDocument = [
    { kind: 'heading', text: 'setup-deps' },
    { kind: 'table', header: ['', ''], rows },
  ];
  const notes = [...report.project.warnings, ...report.notes];
  if (notes.length > 0) document.push({ kind: 'list', items: notes });
  return document;
}

export interface SaveReport {
  what: string; // "installed tree" / "download store"
  key: string;
  outcome: 'saved' | 'skipped' | 'exists' | 'failed';
  detail: string;
  milliseconds?: number;
  bytes?: number;
}

export function setupDepsSaveSummary(saves: SaveReport[], skipReason?: string): SummaryDocument {
  const document: SummaryDocument = [{ kind: 'heading', text: 'setup-deps: cache save' }];
  if (saves.length === 0) {
    document.push({ kind: 'paragraph', text: `Nothing saved: ${skipReason ?? 'nothing to save'}.` });
    return document;
  }
  document.push({
    kind: 'table',
    header: ['What', 'Result', 'Time', 'Size', 'Key'],
    rows: saves.map((save) => [
      save.what,
      `${save.outcome}${save.detail ? `: ${save.detail}` : ''}`,
      save.milliseconds === undefined ? '' : formatSeconds(save.milliseconds),
      save.bytes === undefined ? '' : formatBytes(save.bytes),
      `\`${save.key}\``,
    ]),
  });
  return document;
}
