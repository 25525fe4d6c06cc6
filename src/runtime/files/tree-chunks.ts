import { runBounded } from '../process/bounded.js';
import { childEnding, endingDetail } from '../process/child-ending.js';
import { gnuTarHint, gnuTarProgram } from './gnu-tar.js';
import { spawn } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  CHUNK_MANIFEST_FILE,
  chunkMembers,
  makeChunkManifest,
  parseChunkManifest,
  planTreeChunks,
  type ChunkManifest,
  type TreeEntry,
} from '../../core/deps/tree-chunks.js';

/**
 * Chunk archives of an installed tree, with GNU tar and zstd (as @actions/cache uses them): each chunk is a
 * `tar --zstd` of a run of entries after the folders above them, named relative to the project folder; a restore
 * runs every chunk's `tar -x` at once, each listing what it made.
 */

/** How many extractors a machine runs well at once: one per core (the save uses it to archive the chunks). */
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

/** Archives `names` (relative to `directory`, in this order, folders without what they hold) into `archive`. */
async function archiveNames(directory: string, names: readonly string[], archive: string): Promise<string | undefined> {
  // NUL-separated names on stdin: a file name may hold a newline. --no-recursion: each folder is listed with what it holds.
  const program = gnuTarProgram();
  const tar = spawn(program, ['--posix', '--use-compress-program', 'zstd -T0', '-cf', archive, '-C', directory, '--null', '--no-recursion', '-T', '-'], {
    stdio: ['pipe', 'ignore', 'pipe'],
    env: process.env, // the environment gnuTarProgram looked in (the default, said so for hosts that give a module its own)
  });
  const ending = childEnding(tar);
  tar.stdin.on('error', () => undefined); // tar gave up early: its exit says why
  tar.stdin.end(names.map((name) => `${name}\0`).join(''));
  const { code, signal, stderr } = await ending;
  return code === 0 ? undefined : `${stderr.trim() || `tar stopped (${signal ?? `exit code ${code}`})`}${gnuTarHint(program, stderr)}`;
}

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
  const contents = ranges.map((range) => chunkMembers(entries, range, folders));
  const manifest = makeChunkManifest(ranges, contents.map((content) => content.ancestors.length), chunkName);
  await writeFile(path.join(staging, CHUNK_MANIFEST_FILE), JSON.stringify(manifest));
  await runBounded(contents, extractorCount(), async ({ ancestors, members }, index) => {
    const failure = await archiveNames(directory, [...ancestors, ...members], path.join(staging, chunkName(index)));
    if (failure !== undefined) throw new Error(`archiving chunk ${index} of the installed tree failed: ${failure}`);
  });
  return manifest;
}

/** One chunk's extraction: what it made (every member, as `tar -xv` names them), or what went wrong. */
export type ChunkOutcome = { members: string[] } | { problem: string };

export interface ChunkExtractor {
  /** Takes the archive's bytes when it is read from a stream (`startChunkExtractor` without a file); else null. */
  input: NodeJS.WritableStream | null;
  done: Promise<ChunkOutcome>;
}

/**
 * How each chunk is extracted. Files are owned by whoever restores them, with the modes its umask allows, as an
 * install would make them (not the uid and modes of the machine that saved them; and no chmod of every folder at
 * the end). Records of 128 KiB read whole from zstd's pipe (the default is 10 KiB): a tenth of the reads, and fewer,
 * larger writes of each file's content; about 10% less CPU for the same tree.
 */
const EXTRACT_OPTIONS = ['--no-same-owner', '--no-same-permissions', '--blocking-factor=256', '--read-full-records', '--use-compress-program', 'zstd -d'];

/**
 * The modification times a restore gives what it makes. 'saved': the archived ones (a virtualenv's .pyc files record
 * their sources' times, and Python recompiles every one whose source's time differs). 'restore': the time of the
 * restore, as npm, yarn and pnpm give the files they install; tar then skips a utimensat per entry (with the modes
 * above, about 12% less of its CPU on an npm tree).
 */
export type RestoredTimes = 'saved' | 'restore';

function extractOptions(times: RestoredTimes): string[] {
  return times === 'restore' ? [...EXTRACT_OPTIONS, '--touch'] : EXTRACT_OPTIONS;
}

export interface ChunkExtractorOptions {
  /** The chunk archive to read; without it, the archive's bytes are written to the extractor's `input`. */
  file?: string;
  times?: RestoredTimes;
}

/**
 * Starts `tar -x` of one chunk into `directory`, from `options.file`, or from what is written to `input`. What it makes is
 * listed into `listing` (`--index-file`: tar writes a line per entry, read once at the end; reading them from its
 * stdout as they come cost the restore about 70 ms of CPU for 11k entries), and removed once read. `name` names
 * the chunk in what goes wrong; a function when the extractor starts before its chunk is known.
 */
export function startChunkExtractor(name: string | (() => string), directory: string, listing: string, options: ChunkExtractorOptions = {}): ChunkExtractor {
  const { file, times = 'saved' } = options;
  const program = gnuTarProgram();
  const tar = spawn(program, [...extractOptions(times), `--index-file=${listing}`, '-xvf', file ?? '-', '-C', directory], {
    stdio: [file === undefined ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    env: process.env,
  });
  tar.stdin?.on('error', () => undefined); // tar gave up early: its exit says why
  const done = childEnding(tar).then(async (ending): Promise<ChunkOutcome> => {
    const listed = await readFile(listing, 'utf8').catch(() => undefined);
    await rm(listing, { force: true });
    if (ending.code === 0 && listed !== undefined) return { members: listed.split('\n').filter((line) => line !== '') };
    const detail = ending.code === 0 && ending.stderr.trim() === '' ? 'it listed nothing' : `${endingDetail(ending)}${gnuTarHint(program, ending.stderr)}`;
    return { problem: `chunk ${typeof name === 'string' ? name : name()} could not be extracted: ${detail}` };
  });
  return { input: tar.stdin, done };
}

/** The tree entries a chunk made (its folder entries above them left out), or why it does not match its manifest line. */
export function chunkEntries(chunk: ChunkManifest['chunks'][number], outcome: ChunkOutcome): ChunkOutcome {
  if ('problem' in outcome) return outcome;
  const expected = chunk.ancestors + chunk.entries;
  if (outcome.members.length !== expected) {
    return { problem: `chunk ${chunk.file} held ${outcome.members.length} entries, its manifest lists ${expected}` };
  }
  return { members: outcome.members.slice(chunk.ancestors) };
}

export type ChunkExtraction = { ok: true; chunks: number; members: string[] } | { ok: false; problem: string };

/** Judges a whole extraction: every chunk of the manifest made exactly what it lists, and nothing else was extracted. */
export function judgeExtraction(manifest: ChunkManifest, outcomes: ReadonlyMap<string, ChunkOutcome>): ChunkExtraction {
  const stray = [...outcomes.keys()].find((file) => !manifest.chunks.some((chunk) => chunk.file === file));
  if (stray !== undefined) return { ok: false, problem: `the entry holds ${stray}, which its ${CHUNK_MANIFEST_FILE} does not list` };
  const members: string[] = [];
  const problems: string[] = [];
  for (const chunk of manifest.chunks) {
    const outcome = outcomes.get(chunk.file);
    if (outcome === undefined) return { ok: false, problem: `chunk ${chunk.file} is missing from the entry` };
    const entries = chunkEntries(chunk, outcome);
    if ('problem' in entries) problems.push(entries.problem);
    else members.push(...entries.members);
  }
  if (problems.length > 0) return { ok: false, problem: problems.join('; ') };
  return { ok: true, chunks: manifest.chunks.length, members };
}

/**
 * Extracts the chunks listed in `staging`'s manifest into `directory`, all at once (each chunk makes its own
 * folders). A missing manifest or chunk, a tar/zstd failure (zstd checks each frame's checksum), or a chunk that
 * made other than its manifest lists is a problem; the caller removes the half tree. Every chunk is checked to be
 * there before any extraction starts.
 */
export async function extractTreeChunks(staging: string, directory: string, times: RestoredTimes = 'saved'): Promise<ChunkExtraction> {
  const reading = parseChunkManifest(await readFile(path.join(staging, CHUNK_MANIFEST_FILE), 'utf8').catch(() => undefined));
  if ('problem' in reading) return { ok: false, problem: reading.problem };
  const { chunks } = reading.manifest;
  for (const chunk of chunks) {
    const found = await stat(path.join(staging, chunk.file)).catch(() => undefined);
    if (!found?.isFile()) return { ok: false, problem: `chunk ${chunk.file} is missing from the entry` };
  }
  const outcomes = await Promise.all(
    chunks.map((chunk) => startChunkExtractor(chunk.file, directory, path.join(staging, `${chunk.file}.list`), { file: path.join(staging, chunk.file), times }).done),
  );
  return judgeExtraction(reading.manifest, new Map(chunks.map((chunk, index) => [chunk.file, outcomes[index]])));
}
