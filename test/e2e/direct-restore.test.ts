// The direct restore (src/runtime/cache/direct-restore.ts): entries saved by the real @actions/cache client under
// Node 24, restored without the client from the cache service stand-in, byte for byte; and every fault the
// stand-in can play, each an outcome (never a throw) within the deadlines.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { DEFAULT_CACHE_DEADLINES, type CacheDeadlines } from '../../src/core/cache/deadlines.js';
import { cacheEntryVersion, type DirectCacheAccess } from '../../src/core/cache/service-protocol.js';
import { restoreDirect } from '../../src/runtime/cache/direct-restore.js';
import { startCacheService, type CacheFault, type CacheService } from '../support/cache-service.js';
import { cleanProcessEnv, resolveNode24, run } from '../support/runner.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_LIB = pathToFileURL(join(REPO, 'node_modules/@actions/cache/lib/cache.js')).href;
const SAVE = `const { saveCache } = await import(${JSON.stringify(CACHE_LIB)});
console.log('RESULT ' + JSON.stringify(await saveCache(JSON.parse(process.argv[2]), process.argv[3])));
`;

let service: CacheService;
let root: string;
let saveScript: string;
let node: string;
let access: DirectCacheAccess;
let dirs = 0;

beforeAll(async () => {
  [service, root, node] = await Promise.all([startCacheService(), mkdtemp(join(tmpdir(), 'direct-restore-test-')), resolveNode24()]);
  saveScript = join(root, 'save.mjs');
  await writeFile(saveScript, SAVE);
  access = { resultsUrl: service.env().ACTIONS_RESULTS_URL, token: service.env().ACTIONS_RUNTIME_TOKEN };
});
afterAll(async () => {
  await service.close();
  await rm(root, { recursive: true, force: true });
});
afterEach(() => service.setFault(undefined));

async function workspace(files: Record<string, Buffer | string> = {}): Promise<string> {
  const dir = join(root, `ws-${++dirs}`);
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

/** Saves with the real client, as the cache worker does: cwd and GITHUB_WORKSPACE the workspace. */
async function clientSave(cwd: string, paths: string[], key: string): Promise<void> {
  const runnerTemp = join(root, `temp-${++dirs}`);
  await mkdir(runnerTemp);
  const env = { ...cleanProcessEnv(), ...service.env(), RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: cwd };
  const { exitCode, stdout, stderr } = await run(node, [saveScript, JSON.stringify(paths), key], { env, cwd, timeoutMs: 120_000 });
  const saved = Number(stdout.split('\n').find((line) => line.startsWith('RESULT '))?.slice(7));
  if (exitCode !== 0 || !(saved > 0)) throw new Error(`the client did not save ${key} (${exitCode})\n${stdout}\n${stderr}`);
}

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out[full.slice(dir.length + 1)] = createHash('sha256').update(await readFile(full)).digest('hex');
  }
  return out;
}

const files = { 'data/a.txt': 'alpha\n', 'data/nested/b.bin': randomBytes(300_000), 'data/empty': '' };

async function restore(ws: string, key: string, restoreKeys: string[] = [], paths = ['data'], deadlines: CacheDeadlines = DEFAULT_CACHE_DEADLINES) {
  const lines: string[] = [];
  const started = Date.now();
  const outcome = await restoreDirect(access, paths, key, restoreKeys, deadlines, { workspace: ws, log: (line) => lines.push(line) });
  return { outcome, lines, ms: Date.now() - started };
}

describe('entries the real client saved', () => {
  it('restores byte for byte, with the version the client computed and its log lines', async () => {
    const source = await workspace(files);
    await clientSave(source, ['data'], 'direct-rt-1');
    expect(service.entries().find((entry) => entry.key === 'direct-rt-1')?.version).toBe(cacheEntryVersion(['data'], 'zstd-without-long'));

    const target = await workspace();
    const before = service.requests().length;
    const { outcome, lines } = await restore(target, 'direct-rt-1');
    expect(outcome).toEqual({ kind: 'hit', matchedKey: 'direct-rt-1', bytes: service.entries().find((entry) => entry.key === 'direct-rt-1')!.sizeBytes });
    expect(lines).toEqual(['Cache hit for: direct-rt-1', expect.stringMatching(/^Cache Size: ~0 MB \(\d+ B\)$/), 'Cache restored successfully']);
    expect(await tree(target)).toEqual(await tree(source));
    // One lookup and one plain GET of the blob: nothing else.
    expect(service.requests().slice(before).map((request) => request.method)).toEqual(['POST', 'GET']);
  });

  it('matches restore keys by prefix, newest first; other paths are another version and miss', async () => {
    const ws = await workspace({ 'deps/x': 'one' });
    await clientSave(ws, ['deps'], 'direct-deps-aaa');
    await writeFile(join(ws, 'deps/x'), 'two');
    await clientSave(ws, ['deps'], 'direct-deps-bbb');
    await rm(join(ws, 'deps'), { recursive: true });

    const prefix = await restore(ws, 'direct-deps-zzz', ['direct-deps-'], ['deps']);
    expect(prefix.outcome).toMatchObject({ kind: 'hit', matchedKey: 'direct-deps-bbb' });
    expect(prefix.lines[0]).toBe('Cache hit for restore-key: direct-deps-bbb');
    expect(await readFile(join(ws, 'deps/x'), 'utf8')).toBe('two');
    expect((await restore(ws, 'direct-deps-aaa', [], ['deps'])).outcome).toMatchObject({ kind: 'hit', matchedKey: 'direct-deps-aaa' });
    expect(await readFile(join(ws, 'deps/x'), 'utf8')).toBe('one');
    expect((await restore(ws, 'direct-deps-aaa', [], ['deps', 'more'])).outcome).toEqual({ kind: 'miss' });
    expect((await restore(ws, 'nothing-here', ['nothing-'], ['deps'])).outcome).toEqual({ kind: 'miss' });
  });
});

/**
 * A TLS front for the stand-in on 127.0.0.1, with a certificate made for it here: every call is passed on to the
 * stand-in, and the download address in the lookup's answer is rewritten to this front, so the lookup and the
 * download both go over https. It stops when the test file ends.
 */
async function tlsFront(folder: string): Promise<{ url: string; ca: Buffer; seen: string[]; close(): Promise<void> }> {
  const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
  await promisify(execFile)('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']);
  const ca = await readFile(cert);
  const backend = new URL(access.resultsUrl);
  let front = '';
  const seen: string[] = [];
  const server = https.createServer({ key: await readFile(key), cert: ca }, (request, response) => {
    seen.push(request.method ?? '');
    const passed = http.request({ host: backend.hostname, port: backend.port, path: request.url, method: request.method, headers: request.headers }, (answer) => {
      const parts: Buffer[] = [];
      answer.on('data', (part: Buffer) => parts.push(part));
      answer.on('end', () => {
        const body = Buffer.concat(parts);
        const text = (answer.headers['content-type'] ?? '').includes('json') ? Buffer.from(body.toString('utf8').replaceAll(backend.origin, front)) : body;
        response.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/octet-stream', 'content-length': text.length });
        response.end(text);
      });
    });
    request.pipe(passed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  front = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: front, ca, seen, close: () => new Promise((resolve) => (server.close(() => resolve()), server.closeAllConnections())) };
}

describe('a cache service reached over https', () => {
  it('looks up and downloads over TLS (node:https loaded for it), byte for byte', async () => {
    const source = await workspace(files);
    await clientSave(source, ['data'], 'direct-tls-1');
    const front = await tlsFront(await workspace());
    const agentCa = https.globalAgent.options.ca;
    https.globalAgent.options.ca = front.ca; // trust the certificate made above, for this test only
    try {
      const target = await workspace();
      const before = service.requests().length;
      const lines: string[] = [];
      const outcome = await restoreDirect({ ...access, resultsUrl: front.url }, ['data'], 'direct-tls-1', [], DEFAULT_CACHE_DEADLINES, { workspace: target, log: (line) => lines.push(line) });
      expect(outcome).toMatchObject({ kind: 'hit', matchedKey: 'direct-tls-1' });
      expect(await tree(target)).toEqual(await tree(source));
      // Both calls reached the stand-in through the TLS front: the lookup, and the download at the rewritten address.
      expect(service.requests().slice(before).map((request) => request.method)).toEqual(['POST', 'GET']);
      expect(front.seen).toEqual(['POST', 'GET']);
    } finally {
      https.globalAgent.options.ca = agentCa;
      await front.close();
    }
  });
});

describe('streamed: the files handed to a sink as they arrive', () => {
  it('gives the sink every file of the client-saved entry, and writes nothing into the workspace itself', async () => {
    const source = await workspace(files);
    await clientSave(source, ['data'], 'direct-stream-1');
    const target = await workspace();
    const received: Record<string, string> = {};
    const sink = async (name: string) => {
      const parts: Buffer[] = [];
      return { write: async (bytes: Buffer) => void parts.push(Buffer.from(bytes)), end: async () => void (received[name] = createHash('sha256').update(Buffer.concat(parts)).digest('hex')) };
    };
    // whileLooking: called once, when the lookup is out and before any file comes
    const events: string[] = [];
    const noting = async (name: string) => (events.push('file'), sink(name));
    const whileLooking = (): void => void events.push('looking');
    const outcome = await restoreDirect(access, ['data'], 'direct-stream-1', [], DEFAULT_CACHE_DEADLINES, { workspace: target, log: () => undefined, sink: noting, whileLooking });
    expect(outcome).toMatchObject({ kind: 'hit', matchedKey: 'direct-stream-1' });
    expect(received).toEqual(await tree(source));
    expect(await readdir(target)).toEqual([]);
    expect(events[0]).toBe('looking');
    expect(events.filter((event) => event === 'looking')).toHaveLength(1);
    expect(events.length).toBeGreaterThan(1);

    // and on a miss too (the caller's early work is then undone by it)
    const missed: string[] = [];
    const miss = await restoreDirect(access, ['data'], 'direct-stream-absent', [], DEFAULT_CACHE_DEADLINES, { log: () => undefined, sink, whileLooking: () => void missed.push('looking') });
    expect(miss).toEqual({ kind: 'miss' });
    expect(missed).toEqual(['looking']);
  });

  it('a corrupt or truncated archive is an archive fault; a sink that throws is one too, with its message', async () => {
    const source = await workspace(files);
    await clientSave(source, ['data'], 'direct-stream-2');
    const collect = async () => ({ write: async () => undefined, end: async () => undefined });
    for (const fault of ['corrupt-archive', 'truncated-archive'] as const) {
      service.setFault(fault);
      const outcome = await restoreDirect(access, ['data'], 'direct-stream-2', [], DEFAULT_CACHE_DEADLINES, { log: () => undefined, sink: collect });
      expect(outcome).toEqual({ kind: 'failed', message: expect.stringMatching(/^the cache archive could not be extracted: /), fault: 'archive' });
    }
    service.setFault(undefined);
    const refusing = async () => {
      throw new Error('no space left on device');
    };
    expect(await restoreDirect(access, ['data'], 'direct-stream-2', [], DEFAULT_CACHE_DEADLINES, { log: () => undefined, sink: refusing })).toEqual({
      kind: 'failed', message: 'the cache archive could not be extracted: no space left on device', fault: 'archive',
    });
  });
});

describe('faults: an outcome, never a throw, within the deadlines', () => {
  let seeded: string;
  beforeAll(async () => {
    seeded = await workspace(files);
    await clientSave(seeded, ['data'], 'direct-fault-seed');
  });

  it.each<[CacheFault, RegExp, 'service' | 'archive']>([
    ['down', /^Failed to GetCacheEntryDownloadURL: .*ECONNREFUSED/, 'service'],
    ['rate-limit', /^Failed to GetCacheEntryDownloadURL: \(429\) .*rate limited/, 'service'],
    ['corrupt-archive', /^tar failed to extract the cache archive: /, 'archive'],
    ['truncated-archive', /^tar failed to extract the cache archive: /, 'archive'],
  ])('%s: failed (%s)', async (fault, message, kind) => {
    const target = await workspace();
    service.setFault(fault);
    const { outcome, ms } = await restore(target, 'direct-fault-seed');
    expect(outcome).toEqual({ kind: 'failed', message: expect.stringMatching(message), fault: kind });
    expect(ms).toBeLessThan(10_000);
  });

  it('server-error: the lookup is tried three times (1 s, then 2 s apart), then it is a service failure', async () => {
    const target = await workspace();
    const before = service.requests().length;
    service.setFault('server-error');
    const { outcome } = await restore(target, 'direct-fault-seed');
    expect(outcome).toEqual({ kind: 'failed', message: expect.stringMatching(/^Failed to GetCacheEntryDownloadURL: \(500\) /), fault: 'service' });
    expect(service.requests().slice(before).map((request) => request.path)).toEqual(Array(3).fill(expect.stringContaining('GetCacheEntryDownloadURL')));
  });

  it('hang: the lookup is abandoned at the metadata deadline', async () => {
    const target = await workspace();
    service.setFault('hang');
    const { outcome, ms } = await restore(target, 'direct-fault-seed', [], ['data'], { ...DEFAULT_CACHE_DEADLINES, metadataMs: 600 });
    expect(outcome).toEqual({ kind: 'overrun', overrun: { call: 'lookup', elapsedMs: expect.any(Number), message: expect.stringMatching(/^the cache service did not answer the lookup call within \d/) } });
    expect(ms).toBeGreaterThanOrEqual(600);
    expect(ms).toBeLessThan(5000);
  });

  it('trickle-download: the download is abandoned at the transfer deadline, and its tar is stopped', async () => {
    const target = await workspace();
    service.setFault('trickle-download');
    const { outcome } = await restore(target, 'direct-fault-seed', [], ['data'], { metadataMs: 5000, transferFloorMs: 800, minBytesPerSecond: 1024 * 1024 });
    expect(outcome).toEqual({ kind: 'overrun', overrun: { call: 'download', elapsedMs: expect.any(Number), message: expect.stringMatching(/^the cache download moved [\d.]+ KB in [\d.]+ s, slower than 1 MB\/s after a 0\.8 s floor$/) } });
  });
});
