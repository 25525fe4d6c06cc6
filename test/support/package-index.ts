// A local PEP 503 "simple" package index for the end-to-end tests: serves the wheels found in a few directories to
// pip and Poetry (its "legacy" source type scrapes the same HTML) on 127.0.0.1, so nothing reaches the network.
//
//   GET /simple/                     project list
//   GET /simple/<normalized-name>/   one link per wheel: href=<absolute file URL>#sha256=<hex>, plus
//                                    data-requires-python (from the wheel's METADATA) and the PEP 658/714
//                                    metadata attributes, whose file is served at <file URL>.metadata
//   GET /files/<filename>            the wheel itself
//
// The directories are rescanned on every /simple/ request, so wheels added after start are served too; hashes and
// metadata are cached per file (path, size, mtime).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { normalizePythonName } from '../../src/core/build/publishing.js';

export interface PackageIndex {
  /** http://127.0.0.1:<port>/simple/ */
  url: string;
  /** Absolute paths of the wheels served, as of the latest scan. */
  wheels(): string[];
  /** Stops the server; idempotent. */
  close(): Promise<void>;
}

export interface PackageIndexOptions {
  /** Directories whose *.whl files are served; a missing directory is skipped. The first holding a filename wins. */
  wheelDirs: string[];
  /** The server stops by itself after this long (default 10 minutes; the timer does not keep node alive). */
  maxLifetimeMs?: number;
}

/** PEP 503 normalization (the build action's own, so the index and the publisher cannot disagree). */
export const normalizeProjectName = normalizePythonName;

interface WheelEntry {
  path: string;
  filename: string;
  project: string; // normalized
  size: number;
  mtimeMs: number;
  sha256: string;
  requiresPython?: string;
  metadata?: Buffer; // the wheel's .dist-info/METADATA
  metadataSha256?: string;
}

const DEFAULT_MAX_LIFETIME_MS = 10 * 60 * 1000;

export async function startPackageIndex(options: PackageIndexOptions): Promise<PackageIndex> {
  const wheelDirs = options.wheelDirs.map((dir) => resolve(dir));
  const cache = new Map<string, WheelEntry>(); // by path
  let current: WheelEntry[] = [];
  let scanning: Promise<WheelEntry[]> | undefined;

  // Concurrent requests share one scan.
  const scan = (): Promise<WheelEntry[]> => {
    scanning ??= scanWheelDirs(wheelDirs, cache).then(
      (entries) => {
        current = entries;
        scanning = undefined;
        return entries;
      },
      (error: unknown) => {
        scanning = undefined;
        throw error;
      },
    );
    return scanning;
  };
  await scan();

  let baseUrl = '';
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `internal error: ${String(error)}\n`);
      else res.destroy();
    });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', baseUrl).pathname);
    if (pathname === '/' || pathname === '/simple') {
      redirect(res, '/simple/');
      return;
    }
    if (pathname === '/simple/') {
      const projects = [...new Set((await scan()).map((w) => w.project))].sort();
      const links = projects.map((p) => `    <a href="/simple/${p}/">${p}</a><br/>`);
      send(res, 200, HTML, page('Simple index', links), undefined, req.method === 'HEAD');
      return;
    }
    const simple = /^\/simple\/([^/]+)\/?$/.exec(pathname);
    if (simple) {
      const requested = simple[1]!;
      const project = normalizeProjectName(requested);
      if (project !== requested || !pathname.endsWith('/')) {
        redirect(res, `/simple/${project}/`);
        return;
      }
      const wheels = (await scan()).filter((w) => w.project === project);
      if (wheels.length === 0) {
        send(res, 404, 'text/plain; charset=utf-8', `no such project: ${project}\n`);
        return;
      }
      const links = wheels.map((w) => {
        const href = `${baseUrl}/files/${encodeURIComponent(w.filename)}#sha256=${w.sha256}`;
        let attrs = `href="${escapeHtml(href)}"`;
        if (w.requiresPython) attrs += ` data-requires-python="${escapeHtml(w.requiresPython)}"`;
        if (w.metadataSha256) {
          // PEP 714 name, and the PEP 658 one older pips read.
          attrs += ` data-core-metadata="sha256=${w.metadataSha256}"`;
          attrs += ` data-dist-info-metadata="sha256=${w.metadataSha256}"`;
        }
        return `    <a ${attrs}>${escapeHtml(w.filename)}</a><br/>`;
      });
      send(res, 200, HTML, page(`Links for ${project}`, links), undefined, req.method === 'HEAD');
      return;
    }
    const file = /^\/files\/([^/]+)$/.exec(pathname);
    if (file) {
      const name = file[1]!;
      const isMetadata = name.endsWith('.metadata');
      const filename = isMetadata ? name.slice(0, -'.metadata'.length) : name;
      const entry = current.find((w) => w.filename === filename) ?? (await scan()).find((w) => w.filename === filename);
      if (!entry || (isMetadata && !entry.metadata)) {
        send(res, 404, 'text/plain; charset=utf-8', `no such file: ${name}\n`);
        return;
      }
      // Files are cacheable as on PyPI, so pip's HTTP cache (in its cache dir) fills as it would in CI; a file
      // rebuilt under the same name on the same port would then be caught by pip's check of the #sha256 fragment.
      if (isMetadata) {
        send(res, 200, 'application/octet-stream', entry.metadata!, { 'Cache-Control': IMMUTABLE }, req.method === 'HEAD');
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(entry.size),
        'Cache-Control': IMMUTABLE,
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = createReadStream(entry.path);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      return;
    }
    send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
  };

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolveClose) => {
      clearTimeout(lifetime);
      server.close(() => resolveClose());
      server.closeAllConnections();
    });
    return closing;
  };
  const lifetime = setTimeout(() => void close(), options.maxLifetimeMs ?? DEFAULT_MAX_LIFETIME_MS);
  lifetime.unref();

  return {
    url: `${baseUrl}/simple/`,
    wheels: () => current.map((w) => w.path),
    close,
  };
}

const HTML = 'text/html; charset=utf-8';
const IMMUTABLE = 'max-age=365000000, immutable, public';

function page(title: string, lines: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    '    <meta name="pypi:repository-version" content="1.0">',
    `    <title>${escapeHtml(title)}</title>`,
    '  </head>',
    '  <body>',
    `    <h1>${escapeHtml(title)}</h1>`,
    ...lines,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
  headOnly = false,
): void {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(buffer.length),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(headOnly ? undefined : buffer);
}

function redirect(res: ServerResponse, location: string): void {
  send(res, 301, 'text/plain; charset=utf-8', `see ${location}\n`, { Location: location });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function scanWheelDirs(dirs: string[], cache: Map<string, WheelEntry>): Promise<WheelEntry[]> {
  const seen = new Set<string>();
  const entries: WheelEntry[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = (await readdir(dir)).filter((name) => name.endsWith('.whl')).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const filename of names) {
      if (seen.has(filename)) continue;
      const project = projectFromWheelFilename(filename);
      if (!project) continue;
      const path = join(dir, filename);
      let info;
      try {
        info = await stat(path);
      } catch {
        continue; // removed meanwhile
      }
      if (!info.isFile()) continue;
      let entry = cache.get(path);
      if (!entry || entry.size !== info.size || entry.mtimeMs !== info.mtimeMs) {
        entry = await describeWheel(path, filename, project, info.size, info.mtimeMs);
        cache.set(path, entry);
      }
      seen.add(filename);
      entries.push(entry);
    }
  }
  return entries;
}

/** The normalized project name of a wheel filename ({name}-{version}(-{build})?-{py}-{abi}-{plat}.whl), or undefined. */
export function projectFromWheelFilename(filename: string): string | undefined {
  const parts = filename.slice(0, -'.whl'.length).split('-');
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  return normalizeProjectName(parts[0]!);
}

async function describeWheel(
  path: string,
  filename: string,
  project: string,
  size: number,
  mtimeMs: number,
): Promise<WheelEntry> {
  const [sha256, metadata] = await Promise.all([sha256File(path), readWheelMetadata(path).catch(() => undefined)]);
  const entry: WheelEntry = { path, filename, project, size, mtimeMs, sha256 };
  if (metadata) {
    entry.metadata = metadata;
    entry.metadataSha256 = createHash('sha256').update(metadata).digest('hex');
    const requiresPython = metadataField(metadata.toString('utf8'), 'Requires-Python');
    if (requiresPython) entry.requiresPython = requiresPython;
  }
  return entry;
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolveHash, rejectHash) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('error', rejectHash)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolveHash(hash.digest('hex')));
  });
}

/** The value of a header field of core metadata (RFC 822 style: headers end at the first blank line). */
export function metadataField(metadata: string, field: string): string | undefined {
  const wanted = field.toLowerCase();
  for (const line of metadata.split(/\r?\n/)) {
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted) return line.slice(colon + 1).trim();
  }
  return undefined;
}

/**
 * Reads <name>-<version>.dist-info/METADATA out of a wheel (a zip): finds the end of central directory record,
 * walks the central directory, then inflates the one entry. ZIP64 archives are not handled (returns undefined).
 */
export async function readWheelMetadata(path: string): Promise<Buffer | undefined> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return undefined;
    const cd = Buffer.alloc(cdSize);
    await handle.read(cd, 0, cdSize, cdOffset);
    let p = 0;
    for (let i = 0; i < entries && p + 46 <= cd.length; i++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) return undefined;
      const method = cd.readUInt16LE(p + 10);
      const compressedSize = cd.readUInt32LE(p + 20);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      const localOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
      p += 46 + nameLength + extraLength + commentLength;
      if (!/^[^/]+\.dist-info\/METADATA$/.test(name)) continue;
      const local = Buffer.alloc(30);
      await handle.read(local, 0, 30, localOffset);
      if (local.readUInt32LE(0) !== 0x04034b50) return undefined;
      const dataStart = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const data = Buffer.alloc(compressedSize);
      await handle.read(data, 0, compressedSize, dataStart);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      return undefined;
    }
    return undefined;
  } finally {
    await handle.close();
  }
}
