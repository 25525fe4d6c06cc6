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
    async restore(paths, primaryKey, restoreKeys): Promise<CacheRestoreResult> {
      const started = now();
      try {
        const { value: matchedKey, log } = await withClientLogCapture(() => cache.restoreCache(paths, primaryKey, restoreKeys));
        const milliseconds = now() - started;
        const fault = loggedFault(log);
        if (fault !== undefined) return { outcome: 'error', milliseconds, message: fault };
        if (matchedKey === undefined) return { outcome: 'miss', milliseconds };
        return { outcome: 'hit', matchedKey, bytes: loggedArchiveBytes(log), milliseconds };
      } catch (error) {
        return { outcome: 'error', milliseconds: now() - started, message: describe(error) };
      }
    },
    async save(paths, key): Promise<CacheSaveResult> {
      const started = now();
      try {
        const { value: id, log } = await withClientLogCapture(() => cache.saveCache(paths, key));
        const milliseconds = now() - started;
        const bytes = loggedArchiveBytes(log) ?? sizeFromDebugLog(log.lines);
        if (id !== -1) return { outcome: 'saved', bytes, milliseconds };
        const reserved = loggedLine(log, /Unable to reserve cache with key|already exists/);
        if (reserved !== undefined) {
          return { outcome: 'exists', milliseconds, message: reserved.replace(/^Failed to save: /, '') };
        }
        return { outcome: 'error', milliseconds, message: loggedFault(log) ?? 'the cache client did not save the entry' };
      } catch (error) {
        return { outcome: 'error', milliseconds: now() - started, message: describe(error) };
      }
    },
  };
}

function sizeFromDebugLog(lines: string[]): number | undefined {
  for (const line of lines) {
    const match = /File Size: (\d+)/.exec(line);
    if (match) return Number(match[1]);
  }
  return undefined;
}
