// The cache service stand-in, checked twice: at the protocol level with fetch, and with the real @actions/cache
// client in a Node 24 child process (as an action bundle would run it).
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startCacheService, type CacheFault, type CacheService } from '../support/cache-service.js';
import { cleanProcessEnv, resolveNode24, run } from '../support/runner.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_LIB = pathToFileURL(join(REPO, 'node_modules/@actions/cache/lib/cache.js')).href;
const TWIRP = 'twirp/github.actions.results.api.v1.CacheService/';

// One op per entry; sequential unless PARALLEL is set. Prints one RESULT line with what each call returned or threw.
const CLIENT = `const { saveCache, restoreCache } = await import(${JSON.stringify(CACHE_LIB)});
const ops = JSON.parse(process.argv[2]);
const one = async (op) => {
  const started = Date.now();
  try {
    const value = op.action === 'save' ? await saveCache(op.paths, op.key)
      : await restoreCache(op.paths, op.key, op.restoreKeys ?? [], op.options);
    return { value: value ?? null, ms: Date.now() - started };
  } catch (e) { return { threw: String(e?.name) + ': ' + String(e?.message), ms: Date.now() - started }; }
};
const results = [];
if (process.env.PARALLEL) results.push(...await Promise.all(ops.map(one)));
else for (const op of ops) results.push(await one(op));
console.log('RESULT ' + JSON.stringify(results));
`;

type Op = { action: 'save'; paths: string[]; key: string }
  | { action: 'restore'; paths: string[]; key: string; restoreKeys?: string[]; options?: { lookupOnly?: boolean } };
interface ClientRun { results: { value?: number | string | null; threw?: string; ms: number }[]; stdout: string; stderr: string; lines: string[]; }

let service: CacheService;
let root: string;
let clientScript: string;
let node: string;

beforeAll(async () => {
  [service, root, node] = await Promise.all([startCacheService(), mkdtemp(join(tmpdir(), 'cache-service-test-')), resolveNode24()]);
  clientScript = join(root, 'client.mjs');
  await writeFile(clientScript, CLIENT);
});
afterAll(async () => {
  await service.close();
  await rm(root, { recursive: true, force: true });
});
afterEach(() => service.setFault(undefined));

let dirs = 0;
async function workspace(files: Record<string, Buffer | string> = {}): Promise<string> {
  const dir = join(root, `ws-${++dirs}`);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  await mkdir(dir, { recursive: true });
  return dir;
}

async function client(cwd: string, ops: Op[], opts: { parallel?: boolean } = {}): Promise<ClientRun> {
  const runnerTemp = join(root, `temp-${++dirs}`);
  await mkdir(runnerTemp);
  const env = { ...cleanProcessEnv(), ...service.env(), RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: cwd, ...(opts.parallel ? { PARALLEL: '1' } : {}) };
  const { exitCode, stdout, stderr } = await run(node, [clientScript, JSON.stringify(ops)], { env, cwd, timeoutMs: 120_000 });
  const result = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (exitCode !== 0 || !result) throw new Error(`client failed (${exitCode})\n${stdout}\n${stderr}`);
  // What a user sees in the log: no ::debug::, no tar command echo, no mask commands.
  const lines = stdout.split('\n').filter((l) => l && !/^(::debug::|::add-mask::|\[command\]|RESULT )/.test(l));
  return { results: JSON.parse(result.slice('RESULT '.length)), stdout, stderr, lines };
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

const twirp = (method: string, body: unknown, headers: Record<string, string> = {}) => fetch(`${service.url}${TWIRP}${method}`, {
  method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'content-type': 'application/json', authorization: `Bearer ${service.env().ACTIONS_RUNTIME_TOKEN}`, ...headers },
});

const json = async (response: Response | Promise<Response>) => (await (await response).json()) as Record<string, unknown>;

describe('protocol', () => {
  it('answers JSON errors on every route', async () => {
    const cases: [Promise<Response>, number, string][] = [
      [twirp('NoSuchMethod', {}), 404, 'bad_route'],
      [fetch(`${service.url}${TWIRP}CreateCacheEntry`), 404, 'bad_route'],
      [twirp('CreateCacheEntry', 'not json'), 400, 'malformed'],
      [twirp('GetCacheEntryDownloadURL', { version: 'v' }), 400, 'invalid_argument'],
      [twirp('FinalizeCacheEntryUpload', { key: 'k', version: 'v', size_bytes: '1' }), 404, 'not_found'],
      [twirp('CreateCacheEntry', { key: 'k', version: 'v' }, { authorization: '' }), 401, 'unauthenticated'],
    ];
    for (const [response, status, code] of cases) {
      const res = await response;
      expect([res.status, res.headers.get('content-type')]).toEqual([status, 'application/json']);
      expect(await json(res)).toEqual({ code, msg: expect.any(String) });
    }
  });

  it('reserves, assembles staged blocks in listed order, finalizes, matches and serves ranges', async () => {
    const version = 'v-protocol';
    const created = await json(twirp('CreateCacheEntry', { key: 'proto-1', version }));
    expect(created).toEqual({ ok: true, signed_upload_url: expect.stringMatching(new RegExp(`^${service.url}cacheaccount/actions-cache/[\\w-]+\\?.*sig=`)) });
    const blobUrl = created.signed_upload_url as string;

    const again = await twirp('CreateCacheEntry', { key: 'proto-1', version });
    expect([again.status, (await json(again)).code]).toEqual([409, 'already_exists']);
    expect(await json(twirp('GetCacheEntryDownloadURL', { key: 'proto-1', version }))).toEqual({ ok: false });
    const early = await twirp('FinalizeCacheEntryUpload', { key: 'proto-1', version, size_bytes: '10' });
    expect([early.status, (await json(early)).code]).toEqual([412, 'failed_precondition']);

    const ids = ['YmxvY2stMQ==', 'YmxvY2stMg=='];
    for (const [id, data] of [[ids[1]!, 'WORLD'], [ids[0]!, 'hello ']] as const) {
      const put = await fetch(`${blobUrl}&comp=block&blockid=${encodeURIComponent(id)}`, { method: 'PUT', body: data });
      expect(put.status).toBe(201);
      expect(put.headers.get('x-ms-request-id')).toBeTruthy();
    }
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${ids[0]}</Latest><Latest>${ids[1]}</Latest></BlockList>`;
    expect((await fetch(`${blobUrl}&comp=blocklist`, { method: 'PUT', body: list })).status).toBe(201);

    const wrongSize = await twirp('FinalizeCacheEntryUpload', { key: 'proto-1', version, size_bytes: '3' });
    expect([wrongSize.status, (await json(wrongSize)).code]).toEqual([400, 'invalid_argument']);
    expect(await json(twirp('FinalizeCacheEntryUpload', { key: 'proto-1', version, size_bytes: '11' }))).toEqual({ ok: true, entry_id: expect.stringMatching(/^\d+$/) });
    expect(service.entries()).toContainEqual({ key: 'proto-1', version, sizeBytes: 11 });
    expect((await twirp('CreateCacheEntry', { key: 'proto-1', version })).status).toBe(409);
    expect((await fetch(blobUrl, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'overwrite' })).status).toBe(403);

    expect(await json(twirp('GetCacheEntryDownloadURL', { key: 'proto-1', version: 'other' }))).toEqual({ ok: false });
    const hit = await json(twirp('GetCacheEntryDownloadURL', { key: 'nope', restore_keys: ['proto-'], version }));
    expect(hit).toEqual({ ok: true, signed_download_url: expect.stringContaining('/cacheaccount/actions-cache/'), matched_key: 'proto-1' });
    const url = hit.signed_download_url as string;
    expect(await (await fetch(url)).text()).toBe('hello WORLD');
    const ranged = await fetch(url, { headers: { range: 'bytes=6-' } });
    expect([ranged.status, ranged.headers.get('content-range'), await ranged.text()]).toEqual([206, 'bytes 6-10/11', 'WORLD']);
    const msRange = await fetch(url, { headers: { 'x-ms-range': 'bytes=0-4' } });
    expect([msRange.status, await msRange.text()]).toEqual([206, 'hello']);
    const head = await fetch(url, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), head.headers.get('accept-ranges')]).toEqual([200, '11', 'bytes']);

    service.setFault('corrupt-archive');
    const corrupt = Buffer.from(await (await fetch(url)).arrayBuffer());
    service.setFault('truncated-archive');
    const truncated = await (await fetch(url)).text();
    expect([corrupt.length, corrupt.toString() === 'hello WORLD', truncated]).toEqual([11, false, 'hello']);
  });

  it.each<[CacheFault, number, string]>([['rate-limit', 429, 'resource_exhausted'], ['server-error', 500, 'internal']])(
    '%s makes every Twirp call answer %i JSON', async (fault, status, code) => {
      service.setFault(fault);
      for (const method of ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL']) {
        const res = await twirp(method, { key: 'k', version: 'v' });
        expect([res.status, (await json(res)).code]).toEqual([status, code]);
      }
    });

  it('down refuses connections until cleared, on the same port', async () => {
    service.setFault('down');
    await expect(fetch(service.url)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    service.setFault(undefined);
    const res = await twirp('GetCacheEntryDownloadURL', { key: 'x', version: 'v' });
    expect(await json(res)).toEqual({ ok: false });
  });

  it('stops by itself after maxLifetimeMs, and close() is idempotent', async () => {
    // Long enough to answer the first request on a loaded machine; the poll below waits for the stop itself.
    const shortLived = await startCacheService({ maxLifetimeMs: 3_000 });
    expect((await fetch(`${shortLived.url}${TWIRP}X`, { method: 'POST' })).status).toBe(401);
    for (let tries = 0; tries < 200 && (await fetch(shortLived.url).then(() => true, () => false)); tries += 1) {
      await new Promise((r) => setTimeout(r, 50)); // until it stops by itself, for at most 10 s
    }
    await expect(fetch(shortLived.url)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    await Promise.all([shortLived.close(), shortLived.close()]);
  });
});

describe('with the real @actions/cache client under Node 24', () => {
  const files = { 'data/a.txt': 'alpha\n', 'data/nested/b.bin': randomBytes(300_000), 'data/empty': '' };

  it('round-trips byte for byte through a single Put Blob', async () => {
    const source = await workspace(files);
    const before = service.requests().length;
    const saved = await client(source, [{ action: 'save', paths: ['data'], key: 'rt-linux-1' }]);
    expect(saved.results).toEqual([{ value: expect.any(Number), ms: expect.any(Number) }]);
    expect(saved.results[0]!.value).toBeGreaterThan(0);
    const puts = service.requests().slice(before).filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).not.toContain('comp=');

    const target = await workspace();
    const restored = await client(target, [{ action: 'restore', paths: ['data'], key: 'rt-linux-1' }]);
    expect(restored.results[0]!.value).toBe('rt-linux-1');
    expect(restored.lines).toEqual(['Cache hit for: rt-linux-1', expect.stringMatching(/^Cache Size: ~0 MB \(\d+ B\)$/), 'Cache restored successfully']);
    expect(await tree(target)).toEqual(await tree(source));
  });

  it('matches restore keys by prefix, newest first; an exact key wins; a different version misses', async () => {
    const ws = await workspace({ 'deps/x': 'one' });
    await client(ws, [{ action: 'save', paths: ['deps'], key: 'deps-linux-aaa' }]);
    await writeFile(join(ws, 'deps/x'), 'two');
    await client(ws, [{ action: 'save', paths: ['deps'], key: 'deps-linux-bbb' }]);
    const lookup = (key: string, restoreKeys: string[] = [], paths = ['deps']): Op => ({ action: 'restore', paths, key, restoreKeys, options: { lookupOnly: true } });

    const found = await client(ws, [
      lookup('deps-linux-zzz', ['deps-linux-', 'deps-']),
      lookup('deps-linux-aaa', ['deps-']),
      lookup('deps-linux'),
      lookup('deps-linux-aaa', [], ['deps', 'more']),
      lookup('other-', ['nothing-']),
    ]);
    expect(found.results.map((r) => r.value)).toEqual(['deps-linux-bbb', 'deps-linux-aaa', 'deps-linux-bbb', null, null]);

    await rm(join(ws, 'deps'), { recursive: true });
    await client(ws, [{ action: 'restore', paths: ['deps'], key: 'deps-linux-zzz', restoreKeys: ['deps-linux-'] }]);
    expect(await readFile(join(ws, 'deps/x'), 'utf8')).toBe('two');
  });

  it('answers a duplicate save with 409; the client returns -1 without throwing', async () => {
    const ws = await workspace(files);
    const first = await client(ws, [{ action: 'save', paths: ['data'], key: 'dup-1' }]);
    const second = await client(ws, [{ action: 'save', paths: ['data'], key: 'dup-1' }]);
    expect(first.results[0]!.value).toBeGreaterThan(0);
    expect(second.results).toEqual([{ value: -1, ms: expect.any(Number) }]);
    expect(second.lines).toEqual(['Failed to save: Unable to reserve cache with key dup-1, another job may be creating this cache.']);
    expect(second.stdout).toContain('::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: ');
    expect(service.entries().filter((e) => e.key === 'dup-1')).toHaveLength(1);
  });

  const NETWORK_HINT = 'If you are using self-hosted runners, please make sure your runner has access to all GitHub endpoints: https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#communication-between-self-hosted-runners-and-github';
  it.each<[CacheFault, string[], string]>([
    ['down', [`::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED%0A${NETWORK_HINT}`],
      `::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Unable to make request: ECONNREFUSED%0A${NETWORK_HINT}`],
    ['rate-limit', [
      "::warning::You've hit a rate limit, your rate limit will reset in 60 seconds", // once per call: save and restore
      "::warning::You've hit a rate limit, your rate limit will reset in 60 seconds",
      '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests: stand-in fault: rate limited',
    ], '::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Rate limited: Failed request: (429) Too Many Requests: stand-in fault: rate limited'],
  ])('%s: save returns -1 and restore misses at once, without throwing', async (fault, warnings, saveDebug) => {
    const ws = await workspace(files);
    await client(ws, [{ action: 'save', paths: ['data'], key: `fault-${fault}-seed` }]);
    const before = service.requests().length;
    service.setFault(fault);
    const run = await client(ws, [{ action: 'save', paths: ['data'], key: `fault-${fault}` }, { action: 'restore', paths: ['data'], key: `fault-${fault}-seed` }], { parallel: true });

    expect(run.results.map((r) => [r.value, r.threw])).toEqual([[-1, undefined], [null, undefined]]);
    expect(run.results.every((r) => r.ms < 5000)).toBe(true);
    expect(run.lines.filter((l) => l.startsWith('::warning::') || l.startsWith('::error::')).sort()).toEqual([...warnings].sort());
    expect(run.lines).toContain(`Failed to save: Unable to reserve cache with key fault-${fault}, another job may be creating this cache.`);
    expect(run.stdout).toContain(saveDebug);
    const seen = service.requests().slice(before).map((r) => r.path);
    if (fault === 'down') expect(seen).toEqual([]);
    else expect(seen.filter((p) => !p.startsWith(`/${TWIRP}`))).toEqual([]); // nothing reached the blob store
    expect(service.entries().map((e) => e.key)).not.toContain(`fault-${fault}`);
  });

  it('server-error: the client retries 5 times (~25-35 s) per call, then save returns -1 and restore misses', async () => {
    const ws = await workspace(files);
    await client(ws, [{ action: 'save', paths: ['data'], key: 'fault-5xx-seed' }]);
    service.setFault('server-error');
    const run = await client(ws, [{ action: 'save', paths: ['data'], key: 'fault-5xx' }, { action: 'restore', paths: ['data'], key: 'fault-5xx-seed' }], { parallel: true });

    expect(run.results.map((r) => [r.value, r.threw])).toEqual([[-1, undefined], [null, undefined]]);
    for (const r of run.results) expect(r.ms).toBeGreaterThanOrEqual(24_000);
    const attempts = run.lines.filter((l) => l.startsWith('Attempt '));
    expect(attempts).toHaveLength(8); // 4 retries announced for each of the two calls
    expect(attempts[0]).toBe('Attempt 1 of 5 failed with error: Failed request: (500) Internal Server Error: stand-in fault: internal server error. Retrying request in 3000 ms...');
    expect(run.lines.filter((l) => l.startsWith('::warning::') || l.startsWith('::error::'))).toEqual([
      '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: stand-in fault: internal server error',
    ]);
    expect(run.lines).toContain('Failed to save: Unable to reserve cache with key fault-5xx, another job may be creating this cache.');
    expect(service.requests().filter((r) => r.path.endsWith('/CreateCacheEntry')).length).toBeGreaterThanOrEqual(5);
  }, 90_000);

  it.each<[CacheFault, string[]]>([
    ['corrupt-archive', ['zstd: /*stdin*\\: unsupported format']],
    ['truncated-archive', ['/*stdin*\\ : Read error (39) : premature end', '/usr/bin/tar: Unexpected EOF in archive']],
  ])('%s: the download "succeeds", tar fails, the client warns and returns undefined', async (fault, tarErrors) => {
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`blobs/f${i}.bin`, randomBytes(256 * 1024)]));
    const source = await workspace(many);
    await client(source, [{ action: 'save', paths: ['blobs'], key: `fault-${fault}` }]);
    service.setFault(fault);
    const target = await workspace();
    const run = await client(target, [{ action: 'restore', paths: ['blobs'], key: `fault-${fault}` }]);

    expect(run.results.map((r) => [r.value, r.threw])).toEqual([[null, undefined]]);
    expect(run.lines.filter((l) => l.startsWith('::'))).toEqual([
      `::warning::Failed to restore: "/usr/bin/tar" failed with error: The process '/usr/bin/tar' failed with exit code 2`,
    ]);
    expect(run.lines).toContain(`Cache hit for: fault-${fault}`);
    for (const line of tarErrors) expect(run.stderr + run.stdout).toContain(line);
    const restored = await tree(target);
    const original = await tree(source);
    if (fault === 'corrupt-archive') expect(restored).toEqual({});
    else {
      // Partial extraction: whole files from the first half of the archive, then one cut short or missing.
      const complete = Object.keys(restored).filter((f) => restored[f] === original[f]);
      expect(complete.length).toBeGreaterThan(0);
      expect(complete.length).toBeLessThan(Object.keys(original).length);
    }
  });

  it('uploads an archive over 128 MiB as staged 64 MiB blocks and restores it byte for byte', async () => {
    const source = await workspace();
    await mkdir(join(source, 'big'));
    const chunk = 16 * 1024 * 1024;
    const parts: Buffer[] = [];
    for (let i = 0; i < 8; i++) parts.push(randomBytes(chunk));
    parts.push(randomBytes(4 * 1024 * 1024)); // 132 MiB of incompressible data
    await writeFile(join(source, 'big/random.bin'), Buffer.concat(parts));
    const before = service.requests().length;

    const started = Date.now();
    const saved = await client(source, [{ action: 'save', paths: ['big'], key: 'big-1' }]);
    const saveMs = Date.now() - started;
    expect(saved.results[0]!.value).toBeGreaterThan(0);
    const puts = service.requests().slice(before).filter((r) => r.method === 'PUT').map((r) => new URL(r.path, service.url).searchParams.get('comp'));
    expect(puts.sort()).toEqual(['block', 'block', 'block', 'blocklist']);
    expect(service.entries().find((e) => e.key === 'big-1')!.sizeBytes).toBeGreaterThan(128 * 1024 * 1024);

    const target = await workspace();
    const restored = await client(target, [{ action: 'restore', paths: ['big'], key: 'big-1' }]);
    const totalMs = Date.now() - started;
    expect(restored.results[0]!.value).toBe('big-1');
    const [a, b] = await Promise.all([sha256(join(source, 'big/random.bin')), sha256(join(target, 'big/random.bin'))]);
    expect(b).toBe(a);
    console.log(`staged-block round trip: save ${saveMs} ms, save+restore ${totalMs} ms`);
  }, 60_000);
});

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
