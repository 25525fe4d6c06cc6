import * as cache from '@actions/cache';
import type { CacheRestoreResult, CacheSaveResult, CacheStore } from './cache-store.js';
import { loggedArchiveBytes, loggedFault, loggedLine, withClientLogCapture } from './client-log-capture.js';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The GitHub Actions cache, through the real @actions/cache client. */
export function createActionsCacheStore(now: () => number = Date.now): CacheStore {
  return {
    description: 'GitHub Actions cache',
    deleteHint: (_paths: string[], key: string) => `gh cache delete ${key}`,
    async restore(paths, primaryKey, restoreKeys): Promise<CacheRestoreResult> {
      const started = now();
      try {
        const { value: matchedKey, log } = await withClientLogCapture(() => cache.restoreCache(paths, primaryKey, restoreKeys));
        const milliseconds = now() - started;
        const fault = loggedFault(log);
        if (fault !== undefined) return { outcome: 'error', milliseconds, message: fault, fault: faultKind(fault) };
        if (matchedKey === undefined) return { outcome: 'miss', milliseconds };
        return { outcome: 'hit', matchedKey, bytes: loggedArchiveBytes(log), milliseconds };
      } catch (error) {
        return { outcome: 'error', milliseconds: now() - started, message: describe(error), fault: 'service' };
      }
    },
    async save(paths, key): Promise<CacheSaveResult> {
      const started = now();
      try {
        const { value: id, log } = await withClientLogCapture(() => cache.saveCache(paths, key));
        const milliseconds = now() - started;
        const bytes = loggedArchiveBytes(log) ?? sizeFromDebugLog(log.lines);
        if (id !== -1) return { outcome: 'saved', bytes, milliseconds };
        // Every failed reservation is logged alike ("another job may be creating this cache"); only the
        // client's debug line names the cause, and only a 409 means the entry exists.
        const cause = loggedLine(log, /Failed to reserve cache: /)?.replace(/^.*Failed to reserve cache: (Error: )?/, '');
        if (cause !== undefined && /\(409\)|already_exists|already exists/i.test(cause)) {
          return { outcome: 'exists', milliseconds, message: `an entry with key ${key} already exists` };
        }
        const message = cause ?? loggedFault(log) ?? loggedLine(log, /Failed to save: /)?.replace(/^.*Failed to save: /, '') ?? 'the cache client did not save the entry';
        return { outcome: 'error', milliseconds, message: message.replace(/%0A/g, ' ') };
      } catch (error) {
        return { outcome: 'error', milliseconds: now() - started, message: describe(error) };
      }
    },
  };
}

/** A tar or zstd failure is one bad archive; anything else is the service failing. */
function faultKind(message: string): 'service' | 'archive' {
  return /\btar\b|zstd|extract/i.test(message) ? 'archive' : 'service';
}

function sizeFromDebugLog(lines: string[]): number | undefined {
  for (const line of lines) {
    const match = /File Size: (\d+)/.exec(line);
    if (match) return Number(match[1]);
  }
  return undefined;
}
