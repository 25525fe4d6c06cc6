import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestText } from '../core/hashing.js';
import type { CacheRestoreResult, CacheSaveResult, CacheStore } from './cache-store.js';
import { expandFolderPatterns } from './file-system.js';

interface EntryRecord {
  key: string;
  version: string;
  created: number;
  bytes: number;
  archive: string;
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
  const records = async (): Promise<EntryRecord[]> => {
    let names: string[] = [];
    try {
      names = await readdir(directory);
    } catch {
      return [];
    }
    const found: EntryRecord[] = [];
    for (const name of names.filter((candidate) => candidate.endsWith('.json'))) {
      try {
        found.push(JSON.parse(await readFile(path.join(directory, name), 'utf8')) as EntryRecord);
      } catch {
        // an unreadable record is skipped: it cannot be matched
      }
    }
    return found;
  };
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
