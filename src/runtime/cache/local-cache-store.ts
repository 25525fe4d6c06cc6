import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntryAbout } from '../../core/local/cache-explain.js';
import { digestText } from '../../core/hashing.js';
import { LOCAL_RUNS_FOLDER } from '../../core/local/run-plan.js';
import type { CacheRestoreResult, CacheSaveResult, CacheStore } from './cache-store.js';
import { expandFolderPatterns } from '../files/file-system.js';

export interface EntryRecord {
  key: string;
  version: string;
  created: number;
  bytes: number;
  archive: string;
  /** The key's parts, recorded by the local command after the save (see core/cache/explain.ts). */
  about?: EntryAbout;
}

/** A record and the file it is in. */
export interface LocalEntry {
  file: string;
  record: EntryRecord;
}

function isEntryRecord(value: unknown): value is EntryRecord {
  const record = value as Partial<EntryRecord> | null;
  return typeof record === 'object' && record !== null && typeof record.key === 'string' && typeof record.version === 'string' && typeof record.archive === 'string';
}

/** Every entry of a local cache directory (none when it does not exist); unreadable records are skipped. */
export async function listLocalEntries(directory: string): Promise<LocalEntry[]> {
  let names: string[] = [];
  try {
    names = await readdir(directory);
  } catch {
    return [];
  }
  const found: LocalEntry[] = [];
  for (const name of names.filter((candidate) => candidate.endsWith('.json')).sort()) {
    const file = path.join(directory, name);
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      if (isEntryRecord(parsed)) found.push({ file, record: parsed });
    } catch {
      // an unreadable record is skipped: it cannot be matched
    }
  }
  return found;
}

/** Writes the key's parts into the record of the entry saved under `key` (the newest, if several); false when there is none. */
export async function recordEntryAbout(directory: string, key: string, about: EntryAbout): Promise<boolean> {
  const entry = (await listLocalEntries(directory)).filter(({ record }) => record.key === key).sort((a, b) => b.record.created - a.record.created)[0];
  if (entry === undefined) return false;
  const partial = `${entry.file}.partial-${process.pid}`;
  await writeFile(partial, JSON.stringify({ ...entry.record, about }));
  await rename(partial, entry.file);
  return true;
}

/**
 * Deletes the local cache's entries: all of them, or those recorded as saved for `project` (absolute). Only the
 * cache's own files go (records, their archives, leftovers of interrupted saves, and with no `project` the local runs'
 * folder); the folder goes when it is empty.
 */
export async function clearLocalCache(directory: string, project?: string): Promise<{ removed: number; bytes: number; unattributed: number }> {
  const entries = await listLocalEntries(directory);
  let removed = 0;
  let bytes = 0;
  let unattributed = 0;
  for (const { file, record } of entries) {
    if (project !== undefined && record.about?.project !== project) {
      if (record.about === undefined) unattributed += 1;
      continue;
    }
    await rm(path.join(directory, path.basename(record.archive)), { force: true });
    await rm(file, { force: true });
    removed += 1;
    bytes += record.bytes;
  }
  if (project === undefined) {
    // The local runs' folders (test results, packages: see localRunFolder) go with the cache.
    await rm(path.join(directory, LOCAL_RUNS_FOLDER), { recursive: true, force: true });
    const leftovers = await readdir(directory).catch(() => [] as string[]);
    for (const name of leftovers.filter((candidate) => /\.(tar\.zst|json)\.partial-\d+$/.test(candidate))) await rm(path.join(directory, name), { force: true });
    if ((await readdir(directory).catch(() => ['?'])).length === 0) await rm(directory, { recursive: true, force: true });
  }
  return { removed, bytes, unattributed };
}

function run(command: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve({ code: 127, stderr: error.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** Paths are absolute; archives hold them relative to the root so that tar needs no -P. */
function relativeToRoot(absolute: string): string {
  return path.relative(path.parse(absolute).root, absolute);
}

/**
 * A cache in a local directory, for the local command: the same keys, the same prefix matching as the
 * Actions cache, archives made with tar and zstd. Entries are written to a temporary name and renamed, so
 * an interrupted save leaves nothing half-written.
 */
export function createLocalCacheStore(directory: string, now: () => number = Date.now): CacheStore {
  const versionOf = (paths: string[]): string => digestText(paths.join('\n'));
  const records = async (): Promise<EntryRecord[]> => (await listLocalEntries(directory)).map((entry) => entry.record);
  const entryName = (paths: string[], key: string): string => digestText(`${key}\n${versionOf(paths)}`).slice(0, 32);
  return {
    description: `local cache at ${directory}`,
    deleteHint(paths, key) {
      const name = path.join(directory, entryName(paths, key));
      return `rm ${JSON.stringify(`${name}.json`)} ${JSON.stringify(`${name}.tar.zst`)}`;
    },
    async restore(paths, primaryKey, restoreKeys): Promise<CacheRestoreResult> {
      const started = now();
      const version = versionOf(paths);
      const candidates = (await records()).filter((record) => record.version === version);
      let match: EntryRecord | undefined;
      for (const key of [primaryKey, ...restoreKeys]) {
        match =
          candidates.find((record) => record.key === key) ??
          candidates.filter((record) => record.key.startsWith(key)).sort((a, b) => b.created - a.created)[0];
        if (match) break;
      }
      if (!match) return { outcome: 'miss', milliseconds: now() - started };
      const archive = path.join(directory, match.archive);
      const root = path.parse(paths[0]).root;
      const result = await run('tar', ['--use-compress-program', 'zstd -d', '-xf', archive, '-C', root]);
      if (result.code !== 0) {
        return { outcome: 'error', milliseconds: now() - started, message: `extracting ${archive} failed: ${result.stderr.trim()}`, fault: 'archive' };
      }
      return { outcome: 'hit', matchedKey: match.key, bytes: match.bytes, milliseconds: now() - started };
    },
    async save(paths, key): Promise<CacheSaveResult> {
      const started = now();
      const version = versionOf(paths);
      if ((await records()).some((record) => record.key === key && record.version === version)) {
        return { outcome: 'exists', milliseconds: now() - started, message: `an entry with key ${key} exists` };
      }
      const root = path.parse(paths[0]).root;
      const name = entryName(paths, key);
      const archive = `${name}.tar.zst`;
      const temporary = path.join(directory, `${archive}.partial-${process.pid}`);
      const recordFile = path.join(directory, `${name}.json`);
      try {
        const members = await expandFolderPatterns(root, paths.map(relativeToRoot));
        if (members.length === 0) return { outcome: 'error', milliseconds: now() - started, message: 'nothing to save: no path exists' };
        await mkdir(directory, { recursive: true });
        const result = await run('tar', ['--posix', '--use-compress-program', 'zstd -T0', '-cf', temporary, '-C', root, ...members]);
        if (result.code !== 0) throw new Error(`archiving failed: ${result.stderr.trim()}`);
        const bytes = (await stat(temporary)).size;
        await rename(temporary, path.join(directory, archive));
        const record: EntryRecord = { key, version, created: now(), bytes, archive };
        await writeFile(`${recordFile}.partial-${process.pid}`, JSON.stringify(record));
        await rename(`${recordFile}.partial-${process.pid}`, recordFile);
        return { outcome: 'saved', bytes, milliseconds: now() - started };
      } catch (error) {
        await Promise.all([temporary, `${recordFile}.partial-${process.pid}`].map((file) => rm(file, { force: true }).catch(() => undefined)));
        return { outcome: 'error', milliseconds: now() - started, message: (error as Error).message };
      }
    },
  };
}
