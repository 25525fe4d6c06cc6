import { ConfigurationError } from '../errors.js';

/**
 * Sizes and size budgets. `max-size` takes a number with a unit: decimal KB/MB/GB (1000s, as npm and PyPI
 * print them) or binary KiB/MiB/GiB (1024s); a bare number or `B` is bytes. `max-size-increase` is a percent.
 */
const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

export function parseSize(name: string, raw: string): number | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  const match = /^(\d+(?:\.\d+)?)[ \t]*([a-z]*)$/i.exec(value);
  const unit = match ? UNITS[(match[2] || 'b').toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    throw new ConfigurationError(
      `Input '${name}' must be a size such as 5MB, 800KB or 1.5GiB (units B, KB, MB, GB, KiB, MiB, GiB; got '${shorten(value)}').`,
    );
  }
  return Math.round(Number(match[1]) * unit);
}

export function parsePercent(name: string, raw: string, defaultValue: number): number {
  const value = raw.trim();
  if (value === '') return defaultValue;
  const match = /^(\d+(?:\.\d+)?)[ \t]*%?$/.exec(value);
  if (!match) throw new ConfigurationError(`Input '${name}' must be a percent such as 25% (got '${shorten(value)}').`);
  return Number(match[1]);
}

/** Long or multi-line values are cut for messages: the point is to name them, not to print 10 kB back. */
export function shorten(value: string, limit = 60): string {
  const oneLine = value.replace(/\r?\n/g, '\\n');
  return oneLine.length > limit ? `${oneLine.slice(0, limit)}… (${value.length} characters)` : oneLine;
}

export interface SizeBudget {
  maxSize?: number;
  /** Percent of growth against the previous build that is reported. */
  maxIncreasePercent: number;
  /** A breach fails the build (otherwise it warns). `max-size` always fails. */
  failOnSize: boolean;
}

export interface SizeJudgement {
  /** Bytes against the previous build, when there is one. */
  delta?: number;
  deltaPercent?: number;
  problems: Array<{ level: 'error' | 'warning'; message: string }>;
}

export function judgeSize(file: string, size: number, previous: number | undefined, budget: SizeBudget): SizeJudgement {
  const problems: SizeJudgement['problems'] = [];
  if (size === 0) problems.push({ level: 'error', message: `${file} is empty (0 bytes).` });
  if (budget.maxSize !== undefined && size > budget.maxSize) {
    problems.push({ level: 'error', message: `${file} is ${formatSize(size)}, over 'max-size' (${formatSize(budget.maxSize)}).` });
  }
  if (previous === undefined) return { problems };
  const delta = size - previous;
  const deltaPercent = previous === 0 ? (size === 0 ? 0 : Infinity) : (delta / previous) * 100;
  if (deltaPercent > budget.maxIncreasePercent) {
    problems.push({
      level: budget.failOnSize ? 'error' : 'warning',
      message: `${file} grew from ${formatSize(previous)} to ${formatSize(size)} (${formatDelta(delta, deltaPercent)}) since the last build of the default branch, over 'max-size-increase' (${budget.maxIncreasePercent}%).`,
    });
  }
  return { delta, deltaPercent, problems };
}

/** Decimal units, as npm and PyPI print sizes. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export function formatDelta(delta: number, percent: number): string {
  const sign = delta >= 0 ? '+' : '-';
  const pct = Number.isFinite(percent) ? `${sign}${Math.abs(percent).toFixed(1)}%` : 'new';
  return `${sign}${formatSize(Math.abs(delta))}, ${pct}`;
}
