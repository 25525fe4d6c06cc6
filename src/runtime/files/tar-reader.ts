import { open, type FileHandle } from 'node:fs/promises';

/** One entry of an uncompressed tar, found in place: `offset` is where its data starts in the file. */
export interface TarEntry {
  path: string;
  /** '0' file, '5' directory, '2' symlink, ... */
  type: string;
  size: number;
  offset: number;
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}

function octal(block: Buffer, start: number, length: number): number {
  if ((block[start] & 0x80) !== 0) {
    // GNU base-256 for sizes past 8 GiB.
    let value = 0;
    for (let i = start + 1; i < start + length; i += 1) value = value * 256 + block[i];
    return value;
  }
  const text = field(block, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function paxPath(data: Buffer): string | undefined {
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const length = Number(data.subarray(at, space).toString());
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    if (record.startsWith('path=')) return record.slice(5);
    at += length;
  }
  return undefined;
}

export interface TarHeader {
  /** The name in the header itself (a preceding PAX or GNU long-name entry may replace it: see longNameOf). */
  name: string;
  type: string;
  size: number;
}

/** Reads one 512-byte header block; undefined for the zero block that ends the archive. */
export function readTarHeader(header: Buffer): TarHeader | undefined {
  if (header.every((byte) => byte === 0)) return undefined;
  const prefix = field(header, 345, 155);
  return { name: prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100), type: String.fromCharCode(header[156] || 0x30), size: octal(header, 124, 12) };
}

/** For a GNU long-name ('L') or PAX ('x') entry's data: the name it gives the next entry (else `previous`). */
export function longNameOf(type: string, data: Buffer, previous: string | undefined): string | undefined {
  return type === 'L' ? data.toString('utf8').replace(/\0+$/, '') : (paxPath(data) ?? previous);
}

/**
 * Lists the entries of the tar that starts at `base` in an open file, reading headers only (a layer of a
 * `docker save` archive is such a tar, stored uncompressed inside the outer one).
 */
export async function listTarEntries(handle: FileHandle, base = 0, length?: number): Promise<TarEntry[]> {
  const end = length === undefined ? (await handle.stat()).size : base + length;
  const entries: TarEntry[] = [];
  const block = Buffer.alloc(512);
  let at = base;
  let longName: string | undefined;
  while (at + 512 <= end) {
    const { bytesRead } = await handle.read(block, 0, 512, at);
    const header = bytesRead < 512 ? undefined : readTarHeader(block);
    if (header === undefined) break;
    const { type, size } = header;
    const dataOffset = at + 512;
    at = dataOffset + Math.ceil(size / 512) * 512;
    if (type === 'L' || type === 'x') {
      const data = Buffer.alloc(Math.min(size, 65536));
      await handle.read(data, 0, data.length, dataOffset);
      longName = longNameOf(type, data, longName);
      continue;
    }
    if (type === 'g') continue;
    const name = longName ?? header.name;
    longName = undefined;
    entries.push({ path: name.replace(/^\.\//, ''), type, size, offset: dataOffset });
  }
  return entries;
}

export async function readEntry(handle: FileHandle, entry: TarEntry, limit = entry.size): Promise<Buffer> {
  const data = Buffer.alloc(Math.min(entry.size, limit));
  await handle.read(data, 0, data.length, entry.offset);
  return data;
}

/** Calls `visit` with each chunk of an entry (overlapping by `overlap` bytes, so a value split across chunks is still seen). */
export async function scanEntry(handle: FileHandle, entry: TarEntry, overlap: number, visit: (chunk: Buffer) => boolean): Promise<boolean> {
  const chunkSize = 1024 * 1024;
  let position = 0;
  while (position < entry.size) {
    const start = Math.max(0, position - overlap);
    const data = Buffer.alloc(Math.min(chunkSize + (position - start), entry.size - start));
    await handle.read(data, 0, data.length, entry.offset + start);
    if (visit(data)) return true;
    position = start + data.length;
    if (data.length === 0) break;
  }
  return false;
}

export async function withTar<T>(file: string, body: (handle: FileHandle) => Promise<T>): Promise<T> {
  const handle = await open(file, 'r');
  try {
    return await body(handle);
  } finally {
    await handle.close();
  }
}
