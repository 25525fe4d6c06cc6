import { formatBytes, formatSeconds, type SummaryDocument } from '../summary-document.js';
import type { Vulnerability } from './scan.js';

export interface PublishReport {
  repository: string;
  tags: string[];
  latestReason: string;
  digest?: string;
  pushNote: string;
  imageId?: string;
  sizeBytes?: number;
  /** Compressed size in the registry after the push. */
  registrySize?: number;
  /** The size at the default branch's last push (the size history), or why there is none to compare with. */
  sizeBefore?: { bytes?: number; ref?: string; note: string };
  maxSizeBytes?: number;
  builder: string;
  cacheResult: string;
  cacheDetail: string;
  layers?: { cached: number; built: number };
  phases: Array<{ name: string; milliseconds: number }>;
  secretCheck: string;
  scan: { result: string; detail: string; findings: Vulnerability[] };
}

const MAX_ROWS = 50;

/** The image's size, its budget and its change against the default branch's last push. */
export function imageSizeText(report: Pick<PublishReport, 'sizeBytes' | 'maxSizeBytes' | 'sizeBefore'>): string {
  const budget = report.maxSizeBytes !== undefined ? ` (budget ${formatBytes(report.maxSizeBytes)})` : '';
  const before = report.sizeBefore;
  if (before === undefined || report.sizeBytes === undefined) return `${formatBytes(report.sizeBytes)}${budget}`;
  if (before.bytes === undefined) return `${formatBytes(report.sizeBytes)}${budget}; ${before.note}`;
  const delta = report.sizeBytes - before.bytes;
  const percent = before.bytes === 0 ? '' : ` (${delta >= 0 ? '+' : '-'}${Math.abs((delta / before.bytes) * 100).toFixed(1)}%)`;
  return `${formatBytes(report.sizeBytes)}${budget}, ${delta >= 0 ? '+' : '-'}${formatBytes(Math.abs(delta))}${percent} against the default branch's last push${before.ref ? ` (${before.ref})` : ''}`;
}

export function publishImageSummary(report: PublishReport): SummaryDocument {
  const rows: string[][] = [
    ['Image', `\`${report.repository}\``],
    ['Tags', report.tags.map((tag) => `\`${tag}\``).join(', ')],
    ['latest', report.latestReason],
    ['Digest', report.digest ? `\`${report.digest}\`` : report.pushNote],
    ['Size', imageSizeText(report)],
    ...(report.registrySize !== undefined ? [['In the registry', `${formatBytes(report.registrySize)} compressed`]] : []),
    ['Builder', report.builder],
    ['Layer cache', `${report.cacheResult}: ${report.cacheDetail}`],
    ['Layers', report.layers ? `${report.layers.cached} from cache, ${report.layers.built} built` : 'not counted'],
    ['Secret check', report.secretCheck],
    ['Scan', `**${report.scan.result}**: ${report.scan.detail}`],
  ];
  const document: SummaryDocument = [
    { kind: 'heading', text: 'publish-image' },
    { kind: 'table', header: ['', ''], rows },
    { kind: 'table', header: ['Phase', 'Seconds'], rows: report.phases.map((phase) => [phase.name, formatSeconds(phase.milliseconds)]) },
  ];
  if (report.scan.findings.length > 0) {
    document.push({ kind: 'heading', text: 'Vulnerabilities' });
    document.push({
      kind: 'table',
      header: ['Severity', 'Id', 'Package', 'Installed', 'Fixed in'],
      rows: report.scan.findings.slice(0, MAX_ROWS).map((v) => [v.severity, v.id, v.packageName, v.installedVersion, v.fixedVersion ?? 'no fix yet']),
    });
    if (report.scan.findings.length > MAX_ROWS) document.push({ kind: 'paragraph', text: `${report.scan.findings.length - MAX_ROWS} more in the SARIF file.` });
  }
  return document;
}
