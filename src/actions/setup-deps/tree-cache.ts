import { VENV_FOLDER } from '../../core/python-venv.js';
import path from 'node:path';
import type { CacheKeys } from '../../core/deps/cache-keys.js';
import { countMembersByFolder, MAX_TREE_CHUNKS } from '../../core/deps/tree-chunks.js';
import { PACKAGE_MANAGER_RECORDS } from '../../core/deps/package-managers.js';
import type { DetectedProject } from '../../core/deps/project-detection.js';
import type { CacheResult } from '../../core/deps/report.js';
import { TREE_MARKER_FILE, UNCOUNTED_TREE_ENTRIES, verifyTree } from '../../core/deps/tree-marker.js';
import type { CacheRestoreResult, CacheSaveResult, CacheStore } from '../../runtime/cache/cache-store.js';
import { countEntries, expandFolderPatterns, isDirectory, readTextIfExists, removeAll } from '../../runtime/files/file-system.js';
import type { RunCommand } from '../../runtime/process/run-command.js';
import { extractorCount, extractTreeChunks, writeTreeChunks, type ChunkExtraction, type RestoredTimes } from '../../runtime/files/tree-chunks.js';
import { StreamedChunkExtraction } from '../../runtime/files/streamed-tree-chunks.js';
import type { SetupDepsDependencies } from './main.js';

/**
 * The installed tree in the cache: one entry holding the tree's chunk archives (see core/tree-chunks.ts), restored
 * with one extractor per core; and the restore path of setup-deps around it (the tree check, a stale or half tree
 * removed, the download store when the tree missed).
 */

/**
 * Where the chunk archives are put on their way into and out of the cache. Inside the project folder (the client's
 * cache version hashes the paths as given, as it did for the tree folders themselves), and removed after each use.
 */
export function chunkStaging(directory: string): string {
  return path.join(directory, '.build-actions-tree-chunks');
}

/** A restored tree: the cache's result, and on a hit every entry the chunks made (for the tree check). */
export type TreeRestoreResult = CacheRestoreResult & { members?: string[] };

/**
 * The modification times a restored tree gets: a Node tree the restore's (as its package manager stamps what it
 * installs), a virtualenv the saved ones (its .pyc files hold their sources' times).
 */
export function restoredTimes(language: DetectedProject['language']): RestoredTimes {
  return language === 'node' ? 'restore' : 'saved';
}

/**
 * Restores the entry saved under `key` and extracts its chunks into `directory`. A bad entry (a missing manifest or
 * chunk, a chunk that fails to extract or makes other than its manifest lists) is an 'archive' error: the caller
 * removes the half tree and installs.
 */
export async function restoreTreeChunks(
  cache: CacheStore,
  directory: string,
  key: string,
  options: { now?: () => number; times?: RestoredTimes } = {},
): Promise<TreeRestoreResult> {
  const { now = Date.now, times = 'saved' } = options;
  const staging = chunkStaging(directory);
  const started = now();
  let restored: CacheRestoreResult;
  let extraction: ChunkExtraction;
  await removeAll([staging]);
  try {
    if (cache.restoreStreamed) {
      // The chunks extract while the entry still downloads; only the extractors' listings go to the staging folder.
      // The first extractors start while the lookup is answered; finish ends every one, whatever happened.
      const streamed = new StreamedChunkExtraction(directory, staging, times);
      try {
        const extractors = Math.min(MAX_TREE_CHUNKS, extractorCount());
        restored = await cache.restoreStreamed([staging], key, streamed.sink, () => streamed.startExtractors(extractors));
      } finally {
        extraction = await streamed.finish();
      }
    } else {
      restored = await cache.restore([staging], key, []);
      if (restored.outcome !== 'hit') return restored;
      extraction = await extractTreeChunks(staging, directory, times);
    }
  } finally {
    await removeAll([staging]);
  }
  if (restored.outcome !== 'hit') return restored;
  const milliseconds = now() - started;
  if (!extraction.ok) return { outcome: 'error', milliseconds, message: `the entry ${key} is damaged: ${extraction.problem}`, fault: 'archive' };
  return { ...restored, milliseconds, members: extraction.members };
}

/** Saves the tree folders (relative to `directory`) as chunk archives in one entry under `key`. */
export async function saveTreeChunks(
  cache: CacheStore,
  directory: string,
  folders: readonly string[],
  key: string,
  now: () => number = Date.now,
): Promise<CacheSaveResult> {
  const staging = chunkStaging(directory);
  const started = now();
  try {
    await writeTreeChunks(directory, folders, staging);
  } catch (error) {
    await removeAll([staging]);
    return { outcome: 'error', milliseconds: now() - started, message: (error as Error).message };
  }
  try {
    const saved = await cache.save([staging], key);
    return { ...saved, milliseconds: now() - started };
  } finally {
    await removeAll([staging]);
  }
}

/**
 * Whether the tree folders on disk are whole and were saved under `key` (see tree-marker.ts). `members`: what a
 * restore just extracted into the emptied folders (every entry, as the extractors listed them); the entries are then
 * counted from it instead of walking the folders again.
 */
export async function treeIsWhole(directory: string, patterns: string[], key: string, members?: readonly string[]): Promise<{ whole: boolean; problem?: string }> {
  const markerText = await readTextIfExists(path.join(directory, patterns[0], TREE_MARKER_FILE));
  if (markerText === undefined) return { whole: false, problem: `${TREE_MARKER_FILE} is missing` };
  const folders = await expandFolderPatterns(directory, patterns);
  let counted: Record<string, number>;
  if (members !== undefined) counted = countMembersByFolder(members, folders, UNCOUNTED_TREE_ENTRIES);
  else {
    counted = {};
    for (const folder of folders) counted[folder] = await countEntries(path.join(directory, folder), UNCOUNTED_TREE_ENTRIES);
  }
  const verdict = verifyTree(markerText, key, counted);
  if (!verdict.whole) return verdict;
  const venvConfig = path.join(directory, VENV_FOLDER, 'pyvenv.cfg');
  const home = /^home\s*=\s*(.+)$/m.exec((await readTextIfExists(venvConfig)) ?? '')?.[1]?.trim();
  if (home !== undefined && !(await isDirectory(home))) {
    return { whole: false, problem: `the virtualenv's interpreter folder ${home} does not exist on this machine` };
  }
  return { whole: true };
}

/** Removes every folder of the installed tree (workspace members' too): a half-made tree is never left. */
export async function removeInstalledTree(directory: string, patterns: string[]): Promise<void> {
  const folders = await expandFolderPatterns(directory, patterns);
  await removeAll(folders.map((folder) => path.join(directory, folder)));
}

/** `command`: the package manager's executable when it is not the one on PATH (a pinned version). */
export async function queryStorePath(run: RunCommand, project: DetectedProject, command?: string): Promise<string | undefined> {
  const record = PACKAGE_MANAGER_RECORDS[project.packageManager];
  const result = await run(command ?? record.storePath.command, record.storePath.args, { cwd: project.directory, silent: true });
  const printed = result.stdout.trim().split(/\r?\n/).pop()?.trim();
  return result.exitCode === 0 && printed ? printed : undefined;
}

export interface RestoreOutcome {
  cacheResult: CacheResult;
  exact: boolean;
  treeSource: string;
  storePath?: string;
  storeMatchedKey?: string;
  archiveBytes?: number;
  /** The tree key is taken (a corrupt entry, or restored): saving it again would be refused. */
  treeKeyTaken: boolean;
  storeExact: boolean;
  notes: string[];
  /** The cache service failed: nothing more is asked of it in this job. */
  serviceFailure?: string;
}

export async function restoreFromCache(
  deps: SetupDepsDependencies,
  project: DetectedProject,
  keys: CacheKeys,
  patterns: string[],
  managerCommand?: string,
): Promise<RestoreOutcome> {
  const { io, cache } = deps;
  const notes: string[] = [];
  const inPlace = await treeIsWhole(project.directory, patterns, keys.tree);
  if (inPlace.whole) {
    return { cacheResult: 'exact', exact: true, treeSource: 'the installed tree is already in place', treeKeyTaken: true, storeExact: true, notes };
  }
  // A tree on disk that is not this key's (another lockfile, a half-made install): a restore replaces it
  // rather than extracting over it, which would leave the old tree's files among the new ones.
  if ((await expandFolderPatterns(project.directory, patterns)).length > 0) {
    notes.push(`The dependencies already on disk were removed before the restore: ${inPlace.problem ?? 'they do not match the key'}.`);
    await removeInstalledTree(project.directory, patterns);
  }
  let faulted = false;
  let treeKeyTaken = false;
  const removal = (): string =>
    cache.deleteHint
      ? `The entry stays until it is evicted; to delete it now: ${cache.deleteHint([chunkStaging(project.directory)], keys.tree)}`
      : 'The entry stays until it is evicted';
  const tree = await restoreTreeChunks(cache, project.directory, keys.tree, { now: deps.now, times: restoredTimes(project.language) });
  if (tree.outcome === 'hit') {
    const verdict = await treeIsWhole(project.directory, patterns, keys.tree, tree.members);
    if (verdict.whole) {
      return { cacheResult: 'exact', exact: true, treeSource: 'restored from the cache', archiveBytes: tree.bytes, treeKeyTaken: true, storeExact: true, notes };
    }
    faulted = true;
    treeKeyTaken = true;
    const message = `The cache entry ${keys.tree} restored an incomplete tree (${verdict.problem}); installing afresh. ${removal()}.`;
    io.warning(message);
    notes.push(message);
  } else if (tree.outcome === 'error') {
    faulted = true;
    // A damaged entry (fault 'archive') still holds its key: a save under it would be refused, so none is made.
    treeKeyTaken = tree.fault === 'archive';
    const message = `Restoring the installed dependencies from the cache failed (${tree.message}); installing instead.${treeKeyTaken ? ` ${removal()}.` : ''}`;
    io.warning(message);
    notes.push(message);
    if (tree.fault === 'service') {
      // The service itself is failing: asking it again (for the store, or to save) would only add its retries.
      await removeInstalledTree(project.directory, patterns);
      return { cacheResult: 'error', exact: false, treeSource: 'installed', treeKeyTaken, storeExact: false, notes, serviceFailure: tree.message ?? 'unknown fault' };
    }
  }
  await removeInstalledTree(project.directory, patterns);

  if (deps.context.keepsDownloadStore) {
    notes.push(`The ${project.packageManager} download store stays on this machine between runs, so it is not cached.`);
    return { cacheResult: faulted ? 'error' : 'miss', exact: false, treeSource: 'installed', treeKeyTaken, storeExact: false, notes };
  }
  const storePath = await queryStorePath(deps.run, project, managerCommand);
  if (storePath === undefined) {
    notes.push(`The ${project.packageManager} download store could not be located, so it is neither restored nor saved.`);
    return { cacheResult: faulted ? 'error' : 'miss', exact: false, treeSource: 'installed', treeKeyTaken, storeExact: false, notes };
  }
  const storeExisted = await isDirectory(storePath);
  const store = await cache.restore([storePath], keys.store, [keys.storeRestorePrefix]);
  if (store.outcome === 'error') {
    faulted = true;
    const message = `Restoring the ${project.packageManager} download store failed (${store.message}); installing from the registry.`;
    io.warning(message);
    notes.push(message);
    if (!storeExisted) await removeAll([storePath]);
  }
  const restoredStore = store.outcome === 'hit';
  const cacheResult: CacheResult = faulted ? 'error' : restoredStore ? 'partial' : 'miss';
  return {
    cacheResult,
    exact: false,
    treeSource: restoredStore ? 'installed with the download store restored' : 'installed',
    storePath,
    storeMatchedKey: restoredStore ? store.matchedKey : undefined,
    archiveBytes: restoredStore ? store.bytes : undefined,
    treeKeyTaken,
    storeExact: restoredStore && store.matchedKey === keys.store,
    notes,
  };
}

