/**
 * How long a call to the cache service may take before it is abandoned. Metadata calls (lookup, reserve,
 * finalize) get a fixed deadline; transfers (download, upload) get a floor plus the time the bytes moved
 * so far would take at a minimum rate, so a trickling transfer is abandoned as surely as a silent one.
 * Pure: the caller passes the clock's readings in.
 */
import { ConfigurationError } from '../errors.js';

export const CACHE_DEADLINES_VARIABLE = 'BUILD_ACTIONS_CACHE_DEADLINES';

export interface CacheDeadlines {
  /** Each lookup, reserve and finalize call. */
  metadataMs: number;
  /** A transfer may always take this long... */
  transferFloorMs: number;
  /** ...plus bytes moved / this rate. */
  minBytesPerSecond: number;
}

export const DEFAULT_CACHE_DEADLINES: CacheDeadlines = { metadataMs: 10_000, transferFloorMs: 30_000, minBytesPerSecond: 1024 * 1024 };

export type CacheCallName = 'lookup' | 'reserve' | 'finalize' | 'upload' | 'download';

/** The call a request of @actions/cache makes, from its method and path (Twirp method, or a blob transfer). */
export function cacheCallName(method: string, requestPath: string): CacheCallName {
  if (/\/GetCacheEntryDownloadURL\b/.test(requestPath)) return 'lookup';
  if (/\/CreateCacheEntry\b/.test(requestPath)) return 'reserve';
  if (/\/FinalizeCacheEntryUpload\b/.test(requestPath)) return 'finalize';
  return method.toUpperCase() === 'PUT' ? 'upload' : 'download';
}

export function isTransfer(call: CacheCallName): boolean {
  return call === 'upload' || call === 'download';
}

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m)?$/;
const RATE = /^(\d+(?:\.\d+)?)(B|KB|KiB|MB|MiB)?\/s$/i;
const RATE_UNITS: Record<string, number> = { b: 1, kb: 1024, kib: 1024, mb: 1024 * 1024, mib: 1024 * 1024 };

function explain(value: string, detail: string): ConfigurationError {
  return new ConfigurationError(
    `${CACHE_DEADLINES_VARIABLE} must be a comma-separated list of metadata=<duration>, transfer=<duration>, min-rate=<rate> ` +
      `(e.g. 'metadata=10s,transfer=30s,min-rate=1MB/s'; durations in ms, s or m; rates in B/s, KB/s or MB/s) (got '${value}': ${detail}).`,
  );
}

function parseDuration(value: string, text: string): number {
  const match = DURATION.exec(text);
  if (!match) throw explain(value, `'${text}' is not a duration`);
  const amount = Number(match[1]);
  const unit = match[2] ?? 's';
  const ms = unit === 'ms' ? amount : unit === 'm' ? amount * 60_000 : amount * 1000;
  if (ms <= 0) throw explain(value, 'a deadline must be more than zero');
  return ms;
}

/** Reads the variable; an empty or unset value gives the defaults. Throws a ConfigurationError naming the variable. */
export function parseCacheDeadlines(value: string | undefined): CacheDeadlines {
  const deadlines = { ...DEFAULT_CACHE_DEADLINES };
  const text = (value ?? '').trim();
  if (text === '') return deadlines;
  for (const part of text.split(',').map((item) => item.trim()).filter((item) => item !== '')) {
    const [name, setting, ...rest] = part.split('=').map((item) => item.trim());
    if (setting === undefined || rest.length > 0) throw explain(value ?? '', `'${part}' is not name=value`);
    if (name === 'metadata') deadlines.metadataMs = parseDuration(value ?? '', setting);
    else if (name === 'transfer') deadlines.transferFloorMs = parseDuration(value ?? '', setting);
    else if (name === 'min-rate') {
      const match = RATE.exec(setting);
      if (!match) throw explain(value ?? '', `'${setting}' is not a rate`);
      const rate = Number(match[1]) * RATE_UNITS[(match[2] ?? 'B').toLowerCase()];
      if (rate <= 0) throw explain(value ?? '', 'a rate must be more than zero');
      deadlines.minBytesPerSecond = rate;
    } else throw explain(value ?? '', `unknown setting '${name}'`);
  }
  return deadlines;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function rate(bytesPerSecond: number): string {
  return bytesPerSecond >= 1024 * 1024
    ? `${Number((bytesPerSecond / (1024 * 1024)).toFixed(1))} MB/s`
    : `${Number((bytesPerSecond / 1024).toFixed(1))} KB/s`;
}

/** One line for the summary. */
export function describeCacheDeadlines(deadlines: CacheDeadlines): string {
  return `lookup, reserve and finalize ${seconds(deadlines.metadataMs)} each; transfers ${seconds(deadlines.transferFloorMs)} plus the time at ${rate(deadlines.minBytesPerSecond)} (set ${CACHE_DEADLINES_VARIABLE} to change)`;
}

/** What a cache call is doing, as the watchdog sees it. */
export interface CallInFlight {
  call: CacheCallName;
  startedAt: number;
}

export interface TransferProgress {
  /** When the first transfer request of this call started. */
  startedAt: number;
  /** Bytes moved (read and written) by the call's transfers so far. */
  bytes: number;
}

export interface Overrun {
  call: CacheCallName;
  elapsedMs: number;
  /** The warning's reason, naming the call and the time. */
  message: string;
}

/** Whether a call has run past its deadline: the first metadata call past its own, or the transfers as a whole. */
export function findOverrun(deadlines: CacheDeadlines, inFlight: CallInFlight[], transfer: TransferProgress | undefined, now: number): Overrun | undefined {
  for (const request of inFlight) {
    if (isTransfer(request.call)) continue;
    const elapsedMs = now - request.startedAt;
    if (elapsedMs > deadlines.metadataMs) {
      return { call: request.call, elapsedMs, message: `the cache service did not answer the ${request.call} call within ${seconds(elapsedMs)}` };
    }
  }
  const transferring = inFlight.find((request) => isTransfer(request.call));
  if (transferring === undefined || transfer === undefined) return undefined;
  const elapsedMs = now - transfer.startedAt;
  const allowedMs = deadlines.transferFloorMs + (transfer.bytes / deadlines.minBytesPerSecond) * 1000;
  if (elapsedMs <= allowedMs) return undefined;
  const moved = transfer.bytes >= 1024 * 1024 ? `${(transfer.bytes / (1024 * 1024)).toFixed(1)} MB` : `${(transfer.bytes / 1024).toFixed(1)} KB`;
  return {
    call: transferring.call,
    elapsedMs,
    message: `the cache ${transferring.call} moved ${moved} in ${seconds(elapsedMs)}, slower than ${rate(deadlines.minBytesPerSecond)} after a ${seconds(deadlines.transferFloorMs)} floor`,
  };
}
