import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestParts } from '../../core/hashing.js';
import { setupDepsSaveSummary, type SaveReport } from '../../core/deps/report.js';
import { makeTreeMarker, TREE_MARKER_FILE, UNCOUNTED_TREE_ENTRIES } from '../../core/deps/tree-marker.js';
import type { ActionIO } from '../../runtime/io/action-io.js';
import type { CacheSaveResult, CacheStore } from '../../runtime/cache/cache-store.js';
import { countEntries, expandFolderPatterns, isDirectory, readTextIfExists } from '../../runtime/files/file-system.js';
import { loadSetupDepsState, type SetupDepsState } from './state.js';
import { saveTreeChunks } from './tree-cache.js';

export interface SetupDepsPostDependencies {
  io: ActionIO;
  cache: CacheStore;
}

async function keyFilesUnchanged(state: SetupDepsState): Promise<boolean> {
  const files = await Promise.all(
    state.keyFiles.map(async (name) => ({ name, content: (await readTextIfExists(path.join(state.directory, name))) ?? '' })),
  );
  return digestParts(files) === state.keyFilesDigest;
}

/** Writes the marker that lets a later restore prove the tree whole, then saves the tree. */
async function saveTree(deps: SetupDepsPostDependencies, state: SetupDepsState): Promise<SaveReport> {
  const relativePatterns = state.treePaths.map((pattern) => path.relative(state.directory, pattern));
  const folders = await expandFolderPatterns(state.directory, relativePatterns);
  if (!folders.includes(relativePatterns[0])) {
    return { what: 'installed tree', key: state.treeKey, outcome: 'skipped', detail: `${relativePatterns[0]} does not exist any more` };
  }
  const entries: Record<string, number> = {};
  for (const folder of folders) {
    entries[folder] = await countEntries(path.join(state.directory, folder), UNCOUNTED_TREE_ENTRIES);
  }
  const marker = path.join(state.directory, relativePatterns[0], TREE_MARKER_FILE);
  await writeFile(marker, JSON.stringify(makeTreeMarker(state.treeKey, entries)));
  const saved = report('installed tree', state.treeKey, await saveTreeChunks(deps.cache, state.directory, folders, state.treeKey), deps.io);
  // A marker vouches for a saved tree: where the checkout is kept (locally), an unsaved tree must not
  // pass as already in place on the next run.
  if (saved.outcome === 'failed') await rm(marker, { force: true });
  return saved;
}

async function saveOne(deps: SetupDepsPostDependencies, what: string, paths: string[], key: string): Promise<SaveReport> {
  return report(what, key, await deps.cache.save(paths, key), deps.io);
}

function report(what: string, key: string, result: CacheSaveResult, io: ActionIO): SaveReport {
  if (result.outcome === 'saved') {
    io.info(`Saved the ${what} under ${key}.`);
    return { what, key, outcome: 'saved', detail: '', milliseconds: result.milliseconds, bytes: result.bytes };
  }
  if (result.outcome === 'exists') {
    io.info(`Not saving the ${what}: ${result.message}.`);
    return { what, key, outcome: 'exists', detail: result.message ?? '', milliseconds: result.milliseconds };
  }
  io.warning(`Saving the ${what} to the cache failed (${result.message}); the next run will install again.`);
  return { what, key, outcome: 'failed', detail: result.message ?? '', milliseconds: result.milliseconds };
}

export async function post(deps: SetupDepsPostDependencies): Promise<SaveReport[]> {
  const { io } = deps;
  const state = loadSetupDepsState(io);
  if (state === undefined) {
    io.info('Nothing to save: the setup-deps step did not get as far as the cache.');
    return [];
  }
  let skipReason = state.skipReason;
  if (!state.installSucceeded) skipReason = 'the install did not succeed';
  const saves: SaveReport[] = [];
  if (state.installSucceeded && (state.saveTree || state.saveStore)) {
    await io.group('Save dependencies to the cache', async () => {
      if (state.saveTree) {
        if (await keyFilesUnchanged(state)) saves.push(await saveTree(deps, state));
        else {
          const detail = `${state.keyFiles.join(', ')} changed after the install, so the tree no longer matches its key`;
          io.warning(`Not saving the installed tree: ${detail}.`);
          saves.push({ what: 'installed tree', key: state.treeKey, outcome: 'skipped', detail });
        }
      }
      if (state.saveStore && state.storePath !== undefined) {
        if (await isDirectory(state.storePath)) saves.push(await saveOne(deps, 'download store', [state.storePath], state.storeKey));
        else saves.push({ what: 'download store', key: state.storeKey, outcome: 'skipped', detail: `${state.storePath} does not exist` });
      }
    });
  } else if (!state.installSucceeded) {
    // main failed and said why: one line here, and no summary to repeat it.
    io.info(`Nothing to save: ${skipReason ?? 'nothing changed'}.`);
    return saves;
  }
  // Said once: in the summary (the console prints it as text).
  await io.writeSummary(setupDepsSaveSummary(saves, skipReason));
  return saves;
}
