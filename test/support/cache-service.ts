// A local stand-in for GitHub's Actions cache service (v2: Twirp control plane + an Azure Blob subset),
// for end-to-end tests that run the real @actions/cache client. Protocol notes: /work/shared/cache-service.md.
// node:* only. It stops by itself after `maxLifetimeMs`.
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';

/**
 * 'hang': accepts every request and never answers. 'trickle-download': answers the lookup, then sends the
 * archive at 1 KB/s. 'hang-upload': answers the reservation, reads the upload and never answers it.
 */
export type CacheFault = 'down' | 'rate-limit' | 'server-error' | 'corrupt-archive' | 'truncated-archive' | 'hang' | 'trickle-download' | 'hang-upload';
export interface CacheEntry { key: string; version: string; sizeBytes: number; }
/** A committed entry with the file that holds its archive: what `seed` copies into a new service. */
export interface StoredEntry extends CacheEntry { archive: string; }
export interface CacheService {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, NO_PROXY/no_proxy. */
  env(): Record<string, string>;
  /** Committed (finalized) entries, oldest first. */
  entries(): CacheEntry[];
  /** The committed entries with their archives, to seed another service (valid while this one runs). */
  storedEntries(): StoredEntry[];
  /** Applies to requests arriving after the call. 'down' closes the listener; clearing re-listens on the same port. */
  setFault(fault: CacheFault | undefined): void;
  /** Every request received, in order; `path` is the raw request target (path and query). */
  requests(): { method: string; path: string }[];
  /** Forget every entry (reserved and committed) and delete the blobs. */
  deleteEntries(): void;
  /** Idempotent: stops listening, drops connections, removes the storage dir. */
  close(): Promise<void>;
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const ACCOUNT = 'cacheaccount';
const CONTAINER = 'actions-cache';
const MAX_TWIRP_BODY = 1024 * 1024;

interface Entry { key: string; version: string; blob: string; finalized: boolean; sizeBytes: number; seq: number; }
class TwirpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, msg: string) { super(msg); this.status = status; this.code = code; }
}

export interface CacheServiceOptions {
  storageDir?: string;
  maxLifetimeMs?: number;
  /** Entries to start with (copied): lets independent tests each get their own service holding the same entries. */
  seed?: StoredEntry[];
}

export async function startCacheService(options: CacheServiceOptions = {}): Promise<CacheService> {
  const root = await mkdtemp(join(options.storageDir ?? tmpdir(), 'cache-service-'));
  const blobDir = join(root, 'blobs');
  const blockDir = join(root, 'blocks');
  await Promise.all([mkdir(blobDir), mkdir(blockDir)]);

  let entries: Entry[] = [];
  let seq = 0;
  for (const stored of options.seed ?? []) {
    const blob = randomUUID();
    await copyFile(stored.archive, join(blobDir, blob));
    entries.push({ key: stored.key, version: stored.version, blob, finalized: true, sizeBytes: stored.sizeBytes, seq: ++seq });
  }
  let fault: CacheFault | undefined;
  const log: { method: string; path: string }[] = [];
  const now = Math.floor(Date.now() / 1000);
  const token = jwt({ ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]), nbf: now - 60, iat: now - 60, exp: now + 6 * 3600, iss: 'cache-service-stand-in' });

  const server: Server = createServer((req, res) => {
    log.push({ method: req.method ?? '', path: req.url ?? '' });
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: 'internal', msg: `stand-in failure: ${String(error)}` });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  server.on('error', () => undefined); // errors while listening are reported by listen()
  server.unref(); // a forgotten service never keeps the test process alive
  let listening = listen(0);
  let listenError: Error | undefined;
  await listening.catch(async (error: unknown) => {
    await rm(root, { recursive: true, force: true });
    throw error;
  });
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/`;

  function listen(p: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(new Error(`cache service: cannot listen on 127.0.0.1:${p}: ${error.message}`));
      server.once('error', onError);
      server.listen(p, '127.0.0.1', () => { server.off('error', onError); resolve(); });
    });
  }
  function stopListening(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    return closed;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (fault === 'hang') return void req.resume(); // the connection stays open, unanswered, until close()
    const target = new URL(req.url ?? '/', url);
    if (target.pathname.startsWith('/twirp/')) return twirp(req, res, target.pathname);
    const parts = target.pathname.split('/').filter(Boolean);
    if (parts.length !== 3 || parts[0] !== ACCOUNT || parts[1] !== CONTAINER || !/^[\w-]+$/.test(parts[2]!)) {
      req.resume();
      return sendBlobError(res, 404, 'InvalidUri', `No such resource: ${target.pathname}`);
    }
    const blob = parts[2]!;
    if (req.method === 'PUT' && fault === 'hang-upload') return void req.resume();
    if (req.method === 'PUT') return putBlob(req, res, blob, target.searchParams);
    if (req.method === 'GET' || req.method === 'HEAD') return getBlob(req, res, blob);
    req.resume();
    return sendBlobError(res, 405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
  }

  // ---- control plane ----------------------------------------------------------------------------
  async function twirp(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    let body: Record<string, unknown>;
    try {
      const raw = await readBody(req);
      if (fault === 'rate-limit') throw new TwirpError(429, 'resource_exhausted', 'stand-in fault: rate limited');
      if (fault === 'server-error') throw new TwirpError(500, 'internal', 'stand-in fault: internal server error');
      if (req.method !== 'POST' || !pathname.startsWith(TWIRP_PREFIX)) throw new TwirpError(404, 'bad_route', `no handler for ${req.method} ${pathname}`);
      if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) throw new TwirpError(401, 'unauthenticated', 'missing bearer token');
      try { body = JSON.parse(raw) as Record<string, unknown>; } catch { throw new TwirpError(400, 'malformed', 'body is not JSON'); }
      if (typeof body !== 'object' || body === null) throw new TwirpError(400, 'malformed', 'body is not a JSON object');
      const method = pathname.slice(TWIRP_PREFIX.length);
      const reply = method === 'CreateCacheEntry' ? await createEntry(body)
        : method === 'FinalizeCacheEntryUpload' ? await finalizeEntry(body)
        : method === 'GetCacheEntryDownloadURL' ? downloadUrl(body)
        : undefined;
      if (!reply) throw new TwirpError(404, 'bad_route', `no such method: ${method}`);
      sendJson(res, 200, reply);
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      const headers: Record<string, string> = error.status === 429 ? { 'retry-after': '60' } : {};
      sendJson(res, error.status, { code: error.code, msg: error.message }, headers);
    }
  }

  async function createEntry(body: Record<string, unknown>): Promise<object> {
    const { key, version } = keyAndVersion(body);
    if (entries.some((e) => e.key === key && e.version === version)) {
      throw new TwirpError(409, 'already_exists', `cache entry with key '${key}' and version '${version}' already exists`);
    }
    const entry: Entry = { key, version, blob: randomUUID(), finalized: false, sizeBytes: 0, seq: ++seq };
    entries.push(entry);
    return { ok: true, signed_upload_url: signedUrl(entry.blob, 'cw') };
  }

  async function finalizeEntry(body: Record<string, unknown>): Promise<object> {
    const { key, version } = keyAndVersion(body);
    const entry = entries.find((e) => e.key === key && e.version === version);
    if (!entry) throw new TwirpError(404, 'not_found', `no reservation for key '${key}' version '${version}'`);
    if (entry.finalized) throw new TwirpError(409, 'already_exists', `cache entry '${key}' is already finalized`);
    const size = await stat(join(blobDir, entry.blob)).then((s) => s.size, () => undefined);
    if (size === undefined) throw new TwirpError(412, 'failed_precondition', `nothing was uploaded for key '${key}'`);
    if (String((body.size_bytes as string | number | undefined) ?? '') !== String(size)) {
      throw new TwirpError(400, 'invalid_argument', `size_bytes ${String(body.size_bytes)} does not match the uploaded ${size} bytes`);
    }
    entry.finalized = true;
    entry.sizeBytes = size;
    entry.seq = ++seq; // "newest" is the order of commits
    return { ok: true, entry_id: String(entry.seq) };
  }

  function downloadUrl(body: Record<string, unknown>): object {
    const { key, version } = keyAndVersion(body);
    const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
    const candidates = entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.seq - a.seq);
    for (const wanted of [key, ...restoreKeys]) {
      const hit = candidates.find((e) => e.key === wanted) ?? candidates.find((e) => e.key.startsWith(wanted));
      if (hit) return { ok: true, signed_download_url: signedUrl(hit.blob, 'r'), matched_key: hit.key };
    }
    return { ok: false };
  }

  function keyAndVersion(body: Record<string, unknown>): { key: string; version: string } {
    const { key, version } = body;
    if (typeof key !== 'string' || key === '') throw new TwirpError(400, 'invalid_argument', 'key is required');
    if (typeof version !== 'string' || version === '') throw new TwirpError(400, 'invalid_argument', 'version is required');
    return { key, version };
  }

  function signedUrl(blob: string, permissions: string): string {
    const expiry = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const query = new URLSearchParams({ sv: '2025-01-05', sr: 'b', sp: permissions, se: expiry, sig: randomBytes(24).toString('base64') });
    return `${url}${ACCOUNT}/${CONTAINER}/${blob}?${query.toString()}`;
  }

  // ---- data plane (Azure Blob subset) -----------------------------------------------------------
  async function putBlob(req: IncomingMessage, res: ServerResponse, blob: string, query: URLSearchParams): Promise<void> {
    const entry = entries.find((e) => e.blob === blob);
    if (!entry || entry.finalized) {
      req.resume();
      return sendBlobError(res, 403, 'AuthorizationPermissionMismatch', 'no open reservation for this blob');
    }
    const comp = query.get('comp');
    if (comp === 'block') {
      const blockId = query.get('blockid');
      if (!blockId) { req.resume(); return sendBlobError(res, 400, 'InvalidQueryParameterValue', 'blockid is required'); }
      await mkdir(join(blockDir, blob), { recursive: true });
      await receiveFile(req, join(blockDir, blob, Buffer.from(blockId).toString('hex')));
      return sendCreated(res);
    }
    if (comp === 'blocklist') {
      const xml = await readBody(req);
      const ids = [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2]!.trim());
      const parts = ids.map((id) => join(blockDir, blob, Buffer.from(id).toString('hex')));
      for (const [i, part] of parts.entries()) {
        if (!(await stat(part).then(() => true, () => false))) return sendBlobError(res, 400, 'InvalidBlockList', `block ${ids[i]} was not staged`);
      }
      const tmp = join(blobDir, `${blob}.${randomUUID()}.tmp`);
      const out = createWriteStream(tmp);
      try {
        for (const part of parts) {
          for await (const chunk of createReadStream(part)) if (!out.write(chunk)) await once(out, 'drain');
        }
        out.end();
        await finished(out);
      } catch (error) {
        out.destroy();
        await rm(tmp, { force: true });
        throw error;
      }
      await rename(tmp, join(blobDir, blob));
      await rm(join(blockDir, blob), { recursive: true, force: true });
      return sendCreated(res);
    }
    if (comp) { req.resume(); return sendBlobError(res, 400, 'InvalidQueryParameterValue', `comp=${comp} is not supported`); }
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
      req.resume();
      return sendBlobError(res, 400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required');
    }
    await receiveFile(req, join(blobDir, blob));
    return sendCreated(res);
  }

  async function getBlob(req: IncomingMessage, res: ServerResponse, blob: string): Promise<void> {
    req.resume();
    const file = join(blobDir, blob);
    const size = await stat(file).then((s) => s.size, () => undefined);
    if (size === undefined) return sendBlobError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
    const range = parseRange(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''), size);
    if (range === 'invalid') {
      res.writeHead(416, { 'content-range': `bytes */${size}`, 'x-ms-request-id': randomUUID() });
      return void res.end();
    }
    const start = range?.start ?? 0;
    let end = range?.end ?? size - 1;
    if (fault === 'truncated-archive') end = start + Math.floor((end - start + 1) / 2) - 1;
    const length = end - start + 1;
    const headers: Record<string, string | number> = {
      'content-length': length, 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob', 'x-ms-request-id': randomUUID(), etag: `"${blob}"`,
      'last-modified': new Date().toUTCString(), 'x-ms-version': '2025-01-05',
    };
    if (range) headers['content-range'] = `bytes ${start}-${start + length - 1}/${size}`;
    res.writeHead(range ? 206 : 200, headers);
    if (req.method === 'HEAD' || length <= 0) return void res.end();
    if (fault === 'trickle-download') return trickle(createReadStream(file, { start, end, highWaterMark: 1024 }), res);
    // Read in 1 MiB pieces (the default is 64 KiB): the stand-in shares the runner's cores in the benches, and this
    // cuts its own cost of serving a 17 MB entry from about 30 ms of CPU to about 8 (GitHub's blob service costs a
    // runner nothing). The client still reads the socket as it comes.
    const source = fault === 'corrupt-archive' ? garbage(length) : createReadStream(file, { start, end, highWaterMark: 1024 * 1024 });
    await pipeline(source, res);
  }

  // ---- the handle ---------------------------------------------------------------------------------
  let closing: Promise<void> | undefined;
  const lifetime = setTimeout(() => void service.close(), options.maxLifetimeMs ?? 10 * 60_000);
  lifetime.unref();

  const service: CacheService = {
    url,
    env: () => {
      if (listenError) throw listenError;
      return {
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_RESULTS_URL: url,
        ACTIONS_RUNTIME_TOKEN: token,
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost',
      };
    },
    entries: () => entries.filter((e) => e.finalized).sort((a, b) => a.seq - b.seq)
      .map(({ key, version, sizeBytes }) => ({ key, version, sizeBytes })),
    setFault(next) {
      if (closing) throw new Error('cache service is closed');
      const wasDown = fault === 'down';
      fault = next;
      const step = next === 'down' && !wasDown ? stopListening : next !== 'down' && wasDown ? () => listen(port) : undefined;
      if (step) listening = listening.then(step).catch((error: unknown) => { listenError = error as Error; });
    },
    storedEntries: () => entries.filter((e) => e.finalized).sort((a, b) => a.seq - b.seq)
      .map(({ key, version, sizeBytes, blob }) => ({ key, version, sizeBytes, archive: join(blobDir, blob) })),
    requests: () => log.map((r) => ({ ...r })),
    deleteEntries() {
      const blobs = entries.map((e) => e.blob);
      entries = [];
      for (const blob of blobs) {
        void rm(join(blobDir, blob), { force: true });
        void rm(join(blockDir, blob), { recursive: true, force: true });
      }
    },
    close() {
      closing ??= (async () => {
        clearTimeout(lifetime);
        await listening.catch(() => undefined);
        if (server.listening) await stopListening();
        await rm(root, { recursive: true, force: true });
      })();
      return closing;
    },
  };
  return service;
}

function jwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.${randomBytes(32).toString('base64url')}`;
}

function parseRange(header: string, size: number): { start: number; end: number } | 'invalid' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  let start: number; let end: number;
  if (match[1] === '') { start = Math.max(0, size - Number(match[2])); end = size - 1; } // suffix range
  else { start = Number(match[1]); end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1); }
  return start > end || start >= size ? 'invalid' : { start, end };
}

/** Sends `source` at 1 KB/s until it ends or the client goes away. */
async function trickle(source: Readable, res: ServerResponse): Promise<void> {
  let gone = false;
  res.once('close', () => { gone = true; source.destroy(); });
  try {
    for await (const chunk of source) {
      if (gone) return;
      res.write(chunk);
      await new Promise((resolve) => setTimeout(resolve, 1000).unref());
    }
    res.end();
  } catch {
    res.destroy();
  }
}

function garbage(length: number): Readable {
  let left = length;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const chunk = randomBytes(Math.min(left, 1024 * 1024));
      left -= chunk.length;
      this.push(chunk);
    },
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_TWIRP_BODY) throw new TwirpError(413, 'invalid_argument', 'request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function receiveFile(req: IncomingMessage, path: string): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    await pipeline(req, createWriteStream(tmp));
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

function sendJson(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendCreated(res: ServerResponse): void {
  res.writeHead(201, {
    'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-01-05', etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
    'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true', 'content-length': 0,
  });
  res.end();
}

function sendBlobError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code, 'x-ms-request-id': randomUUID(), 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
}
