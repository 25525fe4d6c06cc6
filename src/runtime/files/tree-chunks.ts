import { runBounded } from '../process/bounded.js';
import { spawn } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  CHUNK_MANIFEST_FILE,
  makeChunkManifest,
  parseChunkManifest,
  planTreeChunks,
  type ChunkManifest,
  type TreeEntry,
} from '../../core/deps/tree-chunks.js';

/**
 * Chunk archives of an installed tree, with GNU tar and zstd (as @actions/cache uses them): each chunk is a
 * `tar --zstd` of a run of entries, named relative to the project folder; a restore runs one `tar -x` per core.
 */

function runTar(args: string[], cwd?: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('tar', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve({ code: 127, stderr: error.message }));
    child.on('close', (code, signal) => resolve({ code: code ?? 1, stderr: stderr || (signal ? `stopped by ${signal}` : '') }));
  });
}

/** How many extractors a restore runs: one per core. */
export function extractorCount(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Every entry under `folders` (relative to `directory`), the folders themselves first, in a stable walk order. */
export async function listTreeEntries(directory: string, folders: readonly string[]): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  const walk = async (relative: string): Promise<void> => {
    const info = await lstat(path.join(directory, relative));
    entries.push({ path: relative, bytes: info.isFile() ? info.size : 0 });
    if (!info.isDirectory()) return;
    const names = (await readdir(path.join(directory, relative))).sort();
    for (const name of names) await walk(path.join(relative, name));
  };
  for (const folder of folders) await walk(folder);
  return entries;
}

const chunkName = (index: number): string => `chunk-${index}.tar.zst`;

/**
 * Writes the tree's chunk archives and their manifest into `staging` (made empty first). Returns the manifest.
 * Throws on a tar failure: the caller reports it as a failed save.
 */
export async function writeTreeChunks(
  directory: string,
  folders: readonly string[],
  staging: string,
  sizing: { maxChunks?: number; minEntriesPerChunk?: number } = {},
): Promise<ChunkManifest> {
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const entries = await listTreeEntries(directory, folders);
  const ranges = planTreeChunks(entries, sizing.maxChunks, sizing.minEntriesPerChunk);
  const manifest = makeChunkManifest(ranges, entries, chunkName);
  // The manifest first: a small folder lists its files in the order they were made, so a streamed restore
  // (streamed-tree-chunks.ts) usually has it before the first chunk arrives and can start that chunk at once.
  await writeFile(path.join(staging, CHUNK_MANIFEST_FILE), JSON.stringify(manifest));
  await runBounded(ranges, extractorCount(), async (range, index) => {
    const list = path.join(staging, `chunk-${index}.list`);
    // NUL-separated names: a file name may hold a newline. --no-recursion: each folder is listed with what it holds.
    await writeFile(list, entries.slice(range.start, range.end).map((entry) => `${entry.path}\0`).join(''));
    const archive = path.join(staging, chunkName(index));
    const result = await runTar(['--posix', '--use-compress-program', 'zstd -T0', '-cf', archive, '-C', directory, '--null', '--no-recursion', '-T', list]);
    await rm(list, { force: true });
    if (result.code !== 0) throw new Error(`archiving chunk ${index} of the installed tree failed: ${result.stderr.trim()}`);
  });
  return manifest;
}

/** Each chunk's first folder (and its ancestors), made before any extractor starts (see ChunkManifest). */
export async function makeChunkParents(manifest: ChunkManifest, directory: string): Promise<void> {
  for (const chunk of manifest.chunks) if (chunk.parent !== '') await mkdir(path.join(directory, chunk.parent), { recursive: true });
}

/** Extracts one chunk archive into `directory`; returns what went wrong, or undefined. */
export async function extractChunk(archive: string, name: string, directory: string): Promise<string | undefined> {
  const result = await runTar(['--use-compress-program', 'zstd -d', '-xf', archive, '-C', directory]);
  return result.code === 0 ? undefined : `chunk ${name} could not be extracted: ${result.stderr.trim().split('\n').slice(-2).join(' ')}`;
}

export type ChunkExtraction = { ok: true; chunks: number } | { ok: false; problem: string };

/**
 * Extracts the chunks listed in `staging`'s manifest into `directory`, `width` at once. A missing manifest or
 * chunk, or a tar/zstd failure (zstd checks each frame's checksum), is a problem; the caller removes the half
 * tree. Every chunk is checked to be there before any extraction starts.
 */
export async function extractTreeChunks(staging: string, directory: string, width: number = extractorCount()): Promise<ChunkExtraction> {
  const reading = parseChunkManifest(await readFile(path.join(staging, CHUNK_MANIFEST_FILE), 'utf8').catch(() => undefined));
  if ('problem' in reading) return { ok: false, problem: reading.problem };
  const { chunks } = reading.manifest;
  for (const chunk of chunks) {
    const found = await stat(path.join(staging, chunk.file)).catch(() => undefined);
    if (!found?.isFile()) return { ok: false, problem: `chunk ${chunk.file} is missing from the entry` };
  }
  await makeChunkParents(reading.manifest, directory);
  const failures = (await runBounded(chunks, width, (chunk) => extractChunk(path.join(staging, chunk.file), chunk.file, directory))).filter(
    (failure): failure is string => failure !== undefined,
  );
  if (failures.length > 0) return { ok: false, problem: failures.join('; ') };
  return { ok: true, chunks: chunks.length };
}
