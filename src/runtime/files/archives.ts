import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';

/**
 * Readers for the archives a build makes (npm tarballs and sdists: .tar.gz; wheels: zip), with Node's own
 * zlib: the member list, and the text of the few members the checks read (package.json, METADATA, PKG-INFO,
 * .npmrc). Packages are megabytes, so each archive is read into memory whole.
 */
export interface ArchiveListing {
  /** Member paths, in archive order; folders end with `/`. */
  members: string[];
  /** Files only (no folders): how many the summary counts. */
  fileCount: number;
  /** The text of the members `wanted` accepted. */
  texts: Map<string, string>;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function tarString(block: Buffer, start: number, length: number): string {
  const slice = block.subarray(start, start + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end < 0 ? slice.length : end).toString('utf8');
}

/** POSIX ustar with GNU long names (`L`) and pax headers (`x`, for `path`), as npm, setuptools and tar write them. */
export function listTar(data: Buffer, wanted: (member: string) => boolean = () => false): ArchiveListing {
  const members: string[] = [];
  const texts = new Map<string, string>();
  let fileCount = 0;
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= data.length) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(tarString(header, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) throw new Error(`corrupt tar header at byte ${offset}`);
    const type = String.fromCharCode(header[156] || 48);
    const body = data.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = tarString(body, 0, body.length);
      continue;
    }
    if (type === 'x') {
      const pathRecord = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (pathRecord) longName = pathRecord[1];
      continue;
    }
    if (type === 'g') continue;
    const prefix = tarString(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${tarString(header, 0, 100)}` : tarString(header, 0, 100));
    longName = undefined;
    const member = type === '5' && !name.endsWith('/') ? `${name}/` : name;
    members.push(member);
    if (type === '0' || type === '\0' || type === '7') {
      fileCount += 1;
      if (wanted(member)) texts.set(member, body.toString('utf8'));
    }
  }
  if (offset + 512 > data.length && members.length === 0) throw new Error('not a tar archive (no header)');
  return { members, fileCount, texts };
}

export function listZip(data: Buffer, wanted: (member: string) => boolean = () => false): ArchiveListing {
  // The end-of-central-directory record is in the last 64 kB + 22 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i -= 1) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  const members: string[] = [];
  const texts = new Map<string, string>();
  let fileCount = 0;
  for (let i = 0; i < count; i += 1) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error(`corrupt zip central directory at byte ${offset}`);
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const localOffset = data.readUInt32LE(offset + 42);
    const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    offset += 46 + nameLength + extraLength + commentLength;
    members.push(name);
    if (name.endsWith('/')) continue;
    fileCount += 1;
    if (!wanted(name)) continue;
    const localNameLength = data.readUInt16LE(localOffset + 26);
    const localExtraLength = data.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const raw = data.subarray(start, start + compressedSize);
    if (method === 0) texts.set(name, raw.toString('utf8'));
    else if (method === 8) texts.set(name, inflateRawSync(raw).toString('utf8'));
    else throw new Error(`${name}: zip compression method ${method} is not supported`);
  }
  return { members, fileCount, texts };
}

/** Lists a `.tgz`/`.tar.gz`, or a `.whl`/`.zip`, by its name. */
export async function listArchive(file: string, wanted?: (member: string) => boolean): Promise<ArchiveListing> {
  const data = await readFile(file);
  if (/\.(whl|zip)$/i.test(file)) return listZip(data, wanted);
  if (/\.(tgz|tar\.gz)$/i.test(file)) return listTar(gunzipSync(data), wanted);
  throw new Error(`${file}: not a package archive this action reads (.tgz, .tar.gz, .whl, .zip)`);
}

/**
 * Rewrites a .tar.gz so that the same sources give the same bytes: every member's mtime is clamped to
 * `epoch` (SOURCE_DATE_EPOCH, the commit time) and the gzip header carries no time. Names, order, modes,
 * owners and contents are kept. Some backends (setuptools before 70) ignore SOURCE_DATE_EPOCH for sdists:
 * their files carry checkout and build times.
 */
export function clampTarGzTimes(archive: Buffer, epoch: number): Buffer {
  const tar = Buffer.from(gunzipSync(archive));
  const out: Buffer[] = [];
  let offset = 0;
  const seal = (header: Buffer): void => {
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  };
  while (offset + 512 <= tar.length) {
    const header = Buffer.from(tar.subarray(offset, offset + 512));
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(tarString(header, 124, 12).trim() || '0', 8);
    let body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    const mtime = parseInt(tarString(header, 136, 12).trim() || '0', 8);
    if (Number.isFinite(mtime) && mtime > epoch) header.write(`${epoch.toString(8).padStart(11, '0')}\0`, 136, 12, 'ascii');
    const type = String.fromCharCode(header[156] || 48);
    if (type === 'x' || type === 'g') {
      // pax records `LEN key=value\n` (Python's tarfile writes a fractional mtime there): clamp the times, re-count the lengths.
      const records: string[] = [];
      const text = body.toString('utf8');
      let at = 0;
      while (at < text.length) {
        const space = text.indexOf(' ', at);
        const length = Number(text.slice(at, space));
        if (!(length > 0)) break;
        const record = text.slice(space + 1, at + length - 1);
        at += length;
        const [key, ...rest] = record.split('=');
        const value = rest.join('=');
        const clamped = ['mtime', 'atime', 'ctime'].includes(key) && Number(value) > epoch ? String(epoch) : value;
        const line = ` ${key}=${clamped}\n`;
        let total = Buffer.byteLength(line) + 1;
        while (String(total).length + Buffer.byteLength(line) !== total) total = String(total).length + Buffer.byteLength(line);
        records.push(`${total}${line}`);
      }
      body = Buffer.from(records.join(''), 'utf8');
      header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124, 12, 'ascii');
    }
    seal(header);
    out.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  out.push(Buffer.alloc(1024));
  // gzipSync writes mtime 0 and the same OS byte everywhere: the compressed bytes depend on the tar alone.
  return gzipSync(Buffer.concat(out), { level: 9 });
}
