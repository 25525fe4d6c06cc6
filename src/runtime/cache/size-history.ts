import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_CACHE_SCHEMA, isDefaultBranch, parseSizeHistory, type SizeHistory } from '../../core/build/cache-key.js';
import { cachePermissions } from '../../core/cache/permissions.js';
import type { ActionIO } from '../io/action-io.js';
import type { CacheStore } from './cache-store.js';
import type { ActionContext } from '../io/run-context.js';

/**
 * The sizes of the last successful build (or image push) of the default branch, kept in the cache under a
 * per-run key (the newest is restored). `where.prefix`: the key family (core/build/cache-key.ts
 * sizeHistoryPrefix, the image's layerCacheKeys().sizePrefix); `where.folder`: a scratch folder of its own,
 * removed before and after; `where.setBy`: what of the default branch's sets the history, for the notes.
 */
export interface SizeHistoryPlace {
  prefix: string;
  folder: string;
  setBy: 'build' | 'push';
}

export async function restoreSizeHistory(io: ActionIO, cache: CacheStore, context: ActionContext, enabled: boolean, where: SizeHistoryPlace): Promise<{ history?: SizeHistory; note: string }> {
  const { prefix, folder } = where;
  const permissions = cachePermissions(context, enabled);
  if (!permissions.restore) return { note: `No size history: ${permissions.reason ?? 'cache off'}.` };
  await rm(folder, { recursive: true, force: true });
  try {
    const restored = await cache.restore([folder], prefix, [prefix]);
    if (restored.outcome === 'error') {
      io.warning(`Restoring the size history failed (${restored.message ?? 'unknown fault'}); sizes are not compared this time.`);
      return { note: `No size history: the cache failed (${restored.message ?? 'unknown fault'}).` };
    }
    if (restored.outcome === 'miss') return { note: `No size history yet: the first ${where.setBy} of the default branch sets it.` };
    const history = parseSizeHistory(await readFile(path.join(folder, 'sizes.json'), 'utf8').catch(() => undefined));
    return history ? { history, note: `Sizes compared with ${restored.matchedKey ?? prefix}${history.ref ? ` (${history.ref})` : ''}.` } : { note: 'The size history entry was unreadable.' };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function saveSizeHistory(io: ActionIO, cache: CacheStore, context: ActionContext, enabled: boolean, where: SizeHistoryPlace, sizes: Record<string, number>, now: number): Promise<string> {
  const { prefix, folder } = where;
  const permissions = cachePermissions(context, enabled);
  if (!permissions.save) return `Size history not saved: ${permissions.reason ?? 'cache off'}.`;
  const ref = context.env.GITHUB_REF;
  const local = context.env.GITHUB_ACTIONS !== 'true';
  if (!local && !isDefaultBranch(ref, context.eventPayload)) return `Size history not saved: only builds of the default branch set it (this is ${ref ?? 'no ref'}).`;
  const key = `${prefix}${context.env.GITHUB_RUN_ID ?? 'local'}-${context.env.GITHUB_RUN_ATTEMPT ?? '1'}-${now}`;
  const history: SizeHistory = { schema: BUILD_CACHE_SCHEMA, sizes, ref: local ? 'a local build' : ref };
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'sizes.json'), JSON.stringify(history));
    const saved = await cache.save([folder], key);
    if (saved.outcome === 'error') {
      io.warning(`Saving the size history failed (${saved.message ?? 'unknown fault'}).`);
      return `Size history not saved: the cache failed (${saved.message ?? 'unknown fault'}).`;
    }
    return `Size history saved as ${key}.`;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
