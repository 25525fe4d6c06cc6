/**
 * The installed tree is saved as a few chunk archives inside one cache entry, so that a restore can run one
 * extractor per core: creating files parallelises where one `tar -x` stream does not. This module decides how
 * the tree is cut (pure: entries in, ranges out) and reads the manifest that lists the chunks.
 */

/** One entry of the tree (file, folder or link), in walk order: a folder comes before what it holds. */
export interface TreeEntry {
  /** Relative to the project folder. */
  path: string;
  /** Content bytes (0 for folders and links). */
  bytes: number;
}

/** A run of consecutive entries [start, end) that goes into one chunk archive. */
export interface ChunkRange {
  start: number;
  end: number;
  entries: number;
  bytes: number;
}

/** Runners have 4 cores; more chunks than extractors only adds archives. */
export const MAX_TREE_CHUNKS = 4;
/** Below this many entries per chunk, a second extractor costs more (a process start) than it saves. */
export const MIN_ENTRIES_PER_CHUNK = 500;

/**
 * Cuts the entries into at most `maxChunks` runs balanced on files and bytes together: each entry weighs its share
 * of the entries plus its share of the bytes, so a chunk of many small files and one of a few large ones cost about
 * the same to extract. Runs are consecutive in walk order, so a package's files stay together (and compress
 * together). Every run is non-empty; an empty tree gives no runs.
 */
export function planTreeChunks(
  entries: ReadonlyArray<Pick<TreeEntry, 'bytes'>>,
  maxChunks: number = MAX_TREE_CHUNKS,
  minEntriesPerChunk: number = MIN_ENTRIES_PER_CHUNK,
): ChunkRange[] {
  const total = entries.length;
  if (total === 0) return [];
  const count = Math.max(1, Math.min(Math.floor(maxChunks), Math.floor(total / Math.max(1, minEntriesPerChunk)), total));
  const totalBytes = entries.reduce((sum, entry) => sum + Math.max(0, entry.bytes), 0);
  const weight = (bytes: number): number => 1 / total + (totalBytes > 0 ? Math.max(0, bytes) / totalBytes : 0);
  const totalWeight = totalBytes > 0 ? 2 : 1;
  const ranges: ChunkRange[] = [];
  let start = 0;
  let cumulative = 0;
  let bytes = 0;
  for (let index = 0; index < total; index += 1) {
    const before = cumulative;
    const entryWeight = weight(entries[index].bytes);
    const boundary = (totalWeight * (ranges.length + 1)) / count;
    const chunksLeft = count - ranges.length - 1;
    const entriesLeft = total - index;
    // Cut before this entry when that lands closer to the boundary than cutting after it, keeping one entry per chunk left.
    const cutBefore =
      ranges.length < count - 1 && index > start && (boundary - before <= before + entryWeight - boundary || entriesLeft <= chunksLeft);
    if (cutBefore) {
      ranges.push({ start, end: index, entries: index - start, bytes });
      start = index;
      bytes = 0;
    }
    cumulative = before + entryWeight;
    bytes += Math.max(0, entries[index].bytes);
  }
  ranges.push({ start, end: total, entries: total - start, bytes });
  return ranges;
}

export const CHUNK_MANIFEST_FILE = 'manifest.json';
export const CHUNK_FORMAT = 'build-actions-tree-chunks';
export const CHUNK_MANIFEST_VERSION = 2;

export interface ChunkManifest {
  format: typeof CHUNK_FORMAT;
  version: typeof CHUNK_MANIFEST_VERSION;
  /**
   * Archive file names beside the manifest, with what each holds: `entries` of the tree (and their content `bytes`),
   * after `ancestors` folder entries, the folders above its first entry (see chunkMembers). Every chunk thus makes its
   * own folders, top down, so the extractors can start in any order and at once, before the manifest is read.
   */
  chunks: Array<{ file: string; entries: number; ancestors: number; bytes: number }>;
}

/** The folder of a relative path ('' at the top), with '/' separators. */
export function parentFolder(relative: string): string {
  const at = relative.replace(/\\/g, '/').lastIndexOf('/');
  return at < 0 ? '' : relative.slice(0, at).replace(/\\/g, '/');
}

/**
 * What one chunk archive holds, in order: the folders above its first entry, from the tree folder (`roots`) that holds
 * it down (none for a chunk that starts at a tree folder), then the entries of its range. In walk order, an entry
 * whose folder is not in the range is below that first entry's folders, so these are all the chunk needs.
 * Two `tar -x` that meet a missing folder at once can fail ("Cannot open: No such file or directory": one finds it
 * missing, the other makes it, the first gives up); a folder entry of the archive is made before what it holds.
 */
export function chunkMembers(
  entries: ReadonlyArray<Pick<TreeEntry, 'path'>>,
  range: Pick<ChunkRange, 'start' | 'end'>,
  roots: readonly string[],
): { ancestors: string[]; members: string[] } {
  const members = entries.slice(range.start, range.end).map((entry) => entry.path);
  const first = members[0]?.replace(/\\/g, '/') ?? '';
  const root = roots.map((folder) => folder.replace(/\\/g, '/')).find((folder) => first.startsWith(`${folder}/`));
  const ancestors: string[] = [];
  if (root !== undefined) {
    for (let folder = parentFolder(first); folder.length >= root.length; folder = parentFolder(folder)) ancestors.unshift(folder);
  }
  return { ancestors, members };
}

export function makeChunkManifest(
  ranges: readonly ChunkRange[],
  ancestors: readonly number[],
  fileName: (index: number) => string,
): ChunkManifest {
  return {
    format: CHUNK_FORMAT,
    version: CHUNK_MANIFEST_VERSION,
    chunks: ranges.map((range, index) => ({ file: fileName(index), entries: range.entries, ancestors: ancestors[index] ?? 0, bytes: range.bytes })),
  };
}

export type ManifestReading = { manifest: ChunkManifest } | { problem: string };

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Reads a manifest as restored from the cache; anything unexpected is a problem (the entry is bad), never a throw. */
export function parseChunkManifest(text: string | undefined): ManifestReading {
  if (text === undefined) return { problem: `the entry has no ${CHUNK_MANIFEST_FILE}` };
  let value: Partial<ChunkManifest>;
  try {
    value = JSON.parse(text) as Partial<ChunkManifest>;
  } catch {
    return { problem: `${CHUNK_MANIFEST_FILE} is not JSON` };
  }
  if (value === null || typeof value !== 'object' || value.format !== CHUNK_FORMAT || value.version !== CHUNK_MANIFEST_VERSION || !Array.isArray(value.chunks)) {
    return { problem: `${CHUNK_MANIFEST_FILE} is not a chunk manifest of version ${CHUNK_MANIFEST_VERSION}` };
  }
  if (value.chunks.length === 0) return { problem: `${CHUNK_MANIFEST_FILE} lists no chunks` };
  const names = new Set<string>();
  for (const chunk of value.chunks) {
    // A name is a plain file name beside the manifest: nothing that climbs out of the folder.
    if (typeof chunk?.file !== 'string' || !/^[A-Za-z0-9._-]+$/.test(chunk.file) || chunk.file.startsWith('.')) {
      return { problem: `${CHUNK_MANIFEST_FILE} names a chunk file that is not a plain name (${JSON.stringify(chunk?.file)})` };
    }
    if (names.has(chunk.file)) return { problem: `${CHUNK_MANIFEST_FILE} lists ${chunk.file} twice` };
    names.add(chunk.file);
    if (!isCount(chunk.entries) || !isCount(chunk.ancestors)) {
      return { problem: `${CHUNK_MANIFEST_FILE} gives chunk ${chunk.file} no count of its entries and folders` };
    }
  }
  return { manifest: value as ChunkManifest };
}

/**
 * Entries under each tree folder, counted from the member names the extractors listed (`tar -xv`, ancestors left
 * out), as countEntries counts them on disk: everything below the folder, except `uncounted` names at its top.
 */
export function countMembersByFolder(members: Iterable<string>, folders: readonly string[], uncounted: readonly string[]): Record<string, number> {
  const counted: Record<string, number> = Object.fromEntries(folders.map((folder) => [folder, 0]));
  const skip = new Set(uncounted);
  const prefixes = folders.map((folder) => `${folder}/`);
  for (const member of members) {
    const name = member.endsWith('/') ? member.replace(/\/+$/, '') : member;
    // Every folder that holds it, as a walk of each folder would count it (its first name below the folder decides).
    for (let index = 0; index < folders.length; index += 1) {
      const prefix = prefixes[index];
      if (!name.startsWith(prefix)) continue;
      const slash = name.indexOf('/', prefix.length);
      if (skip.has(slash === -1 ? name.slice(prefix.length) : name.slice(prefix.length, slash))) continue;
      counted[folders[index]] += 1;
    }
  }
  return counted;
}
