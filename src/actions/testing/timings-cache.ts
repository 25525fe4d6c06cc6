import path from 'node:path';
import { cachePermissions } from '../../core/cache/permissions.js';
import { nextTimings, parseTimingsFile, planningHistory, timingsKey, type TimingsFile } from '../../core/testing/timings.js';
import type { ActionIO } from '../../runtime/io/action-io.js';
import type { CacheStore } from '../../runtime/cache/cache-store.js';
import { readTextIfExists } from '../../runtime/files/file-system.js';
import { removePath, writeText } from '../../runtime/testing/test-files.js';
import type { ActionContext } from '../../runtime/io/run-context.js';

/**
 * Where the timings file lives while it is restored or saved: the same absolute path in every job of a repository.
 * The cache holds its folder (both cache stores archive folders).
 */
export function timingsPath(context: ActionContext, prefix: string): string {
  return path.join(context.workspace, '.build-actions-test-timings', prefix.replace(/-$/, ''), 'timings.json');
}
const TIMINGS_ROOT = (context: ActionContext): string => path.join(context.workspace, '.build-actions-test-timings');

/**
 * The run this step belongs to: shards of one run plan from the same history, re-run attempts included (re-running
 * the failed shards must run the same files). Keys add the attempt, so a re-run can save what it measured.
 */
export function runIdentity(context: ActionContext, now: number): { run: string; keyPart: string } {
  const id = context.env.GITHUB_RUN_ID;
  if (!id) return { run: `local-${now}`, keyPart: `local-${now}` };
  return { run: id, keyPart: `${id}-${context.env.GITHUB_RUN_ATTEMPT ?? '1'}` };
}

export interface RestoredTimings {
  file?: TimingsFile;
  history: Record<string, number>;
  /** For the summary: which entry, or why none. */
  source: string;
}

/** Restores the newest timings under `prefix`. A cache fault only loses the history: the split falls back to counts. */
export async function restoreTimings(io: ActionIO, cache: CacheStore, context: ActionContext, enabled: boolean, prefix: string, run: string): Promise<RestoredTimings> {
  const permissions = cachePermissions(context, enabled);
  if (!permissions.restore) return { history: {}, source: `not restored (${permissions.reason ?? 'cache off'})` };
  const file = timingsPath(context, prefix);
  await removePath(TIMINGS_ROOT(context));
  try {
    // An entry of this very run first (a sibling shard's, or an earlier attempt's): it holds the history this run
    // planned from, even when another run saved newer timings since. Else the newest of any run.
    const restored = await cache.restore([path.dirname(file)], `${prefix}${run}-`, [prefix]);
    if (restored.outcome === 'error') {
      io.warning(`Restoring test timings from the cache failed (${restored.message ?? 'unknown fault'}); splitting by file count.`);
      return { history: {}, source: `the cache failed (${restored.message ?? 'unknown fault'})` };
    }
    if (restored.outcome === 'miss') return { history: {}, source: 'none yet (no cache entry)' };
    const parsed = parseTimingsFile(await readTextIfExists(file));
    if (parsed === undefined) return { history: {}, source: `entry ${restored.matchedKey ?? prefix} was unreadable` };
    const sameRun = parsed.run === run;
    return {
      file: parsed,
      history: planningHistory(parsed, run),
      source: `${restored.matchedKey ?? prefix}${sameRun ? ' (saved by a shard of this run: its planned history is used, so the split matches)' : ''}`,
    };
  } finally {
    await removePath(TIMINGS_ROOT(context));
  }
}

/** Saves restored timings with this step's measurements on top, under a key unique to this run and `label`. */
export async function saveTimings(
  io: ActionIO,
  cache: CacheStore,
  context: ActionContext,
  enabled: boolean,
  prefix: string,
  identity: { run: string; keyPart: string },
  label: string,
  restored: TimingsFile | undefined,
  measured: Record<string, number>,
): Promise<string> {
  const permissions = cachePermissions(context, enabled);
  if (!permissions.save) return `Timings not saved: ${permissions.reason ?? 'cache off'}.`;
  if (Object.keys(measured).length === 0) return 'Timings not saved: no test file was timed.';
  const file = timingsPath(context, prefix);
  const key = timingsKey(prefix, identity.keyPart, label);
  let saved;
  try {
    await writeText(file, JSON.stringify(nextTimings(restored, identity.run, measured)));
    saved = await cache.save([path.dirname(file)], key);
  } finally {
    await removePath(TIMINGS_ROOT(context));
  }
  if (saved.outcome === 'error') {
    io.warning(`Saving test timings to the cache failed (${saved.message ?? 'unknown fault'}); the next split uses older timings.`);
    return `Timings not saved: the cache failed (${saved.message ?? 'unknown fault'}).`;
  }
  return saved.outcome === 'exists' ? `Timings: an entry ${key} already exists.` : `Timings of ${Object.keys(measured).length} files saved as ${key}.`;
}
