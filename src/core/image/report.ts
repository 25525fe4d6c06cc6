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
  /** Compressed size in the registry after the push, and of `latest` before it. */
  registrySize?: { after?: number; before?: number };
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

function registrySizeText(after: number, before: number | undefined): string {
  if (before === undefined) return `${formatBytes(after)} compressed (no earlier latest to compare with)`;
  const delta = after - before;
  return `${formatBytes(after)} compressed, ${delta >= 0 ? '+' : '-'}${formatBytes(Math.abs(delta))} against the image latest pointed at before`;
}

export function publishImageSummary(report: PublishReport): SummaryDocument {
  const rows: string[][] = [
    ['Image', `\`${report.repository}\``],
    ['Tags', report.tags.map((tag) => `\`${tag}\``).join(', ')],
    ['latest', report.latestReason],
    ['Digest', report.digest ? `\`${report.digest}\`` : report.pushNote],
    ['Size', `${formatBytes(report.sizeBytes)}${report.maxSizeBytes !== undefined ? ` (budget ${formatBytes(report.maxSizeBytes)})` : ''}`],
    ...(report.registrySize?.after !== undefined ? [['In the registry', registrySizeText(report.registrySize.after, report.registrySize.before)]] : []),
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
