// The cache entries the cold job saved: its state's keys, an entry's blob fetched as the client fetches it, and the
// floor's tar command for the tree archive (D).
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ActionRun, CacheService, Command } from './model.js';
import { execFileAsync, output } from './processes.js';

interface SetupDepsStateShape { storePath?: string; storeKey: string; treeKey: string }

export function setupDepsState(main: ActionRun): SetupDepsStateShape {
  const text = main.state['setup-deps'];
  if (!text) throw new Error(`setup-deps saved no state; stdout:\n${main.stdout.slice(-3000)}`);
  return JSON.parse(text) as SetupDepsStateShape;
}

/** Downloads an entry's blob the way the client finds it: GetCacheEntryDownloadURL, then a GET of the signed URL. */
export async function downloadEntry(service: CacheService, key: string, dest: string): Promise<number> {
  const entry = service.entries().find((e) => e.key === key);
  if (!entry) throw new Error(`the cache service holds no entry ${key}`);
  const reply = await fetch(new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', service.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${service.env().ACTIONS_RUNTIME_TOKEN}` },
    body: JSON.stringify({ key, version: entry.version, restore_keys: [] }),
  });
  const body = (await reply.json()) as { ok?: boolean; signed_download_url?: string; matched_key?: string };
  if (!body.ok || !body.signed_download_url || body.matched_key !== key) throw new Error(`GetCacheEntryDownloadURL(${key}) answered ${JSON.stringify(body)}`);
  const blob = await fetch(body.signed_download_url);
  if (blob.status !== 200 || !blob.body) throw new Error(`GET of ${key}'s blob answered HTTP ${blob.status}`);
  await pipeline(Readable.fromWeb(blob.body as import('node:stream/web').ReadableStream), createWriteStream(dest));
  const size = (await stat(dest)).size;
  if (size !== entry.sizeBytes) throw new Error(`downloaded ${size} bytes of ${key}, the service says ${entry.sizeBytes}`);
  return size;
}

/** The floor's tar command: plain `zstd -d` when the frame allows it, and the archive's members' root. */
export async function floorCommand(archive: string, workspace: string): Promise<{ command: Command; rootNote: string }> {
  const plain = await execFileAsync('zstd', ['-t', '-q', archive]).then(() => true, () => false);
  const program = plain ? 'zstd -d' : 'zstd -d --long=30';
  const listing = await output('tar', ['--use-compress-program', program, '-tf', archive]);
  const members = listing.split('\n').filter(Boolean);
  const absolute = members.filter((m) => m.startsWith('/')).length;
  const parentRelative = members.filter((m) => m.startsWith('../')).length;
  if (parentRelative) throw new Error(`${archive} has ${parentRelative} members outside the workspace (../): not an installed tree archive`);
  const root = absolute === members.length ? '/' : workspace;
  if (absolute && absolute !== members.length) throw new Error(`${archive} mixes absolute and relative members`);
  const rootNote = `${members.length} members, rooted ${root === '/' ? 'at / (absolute paths)' : 'at GITHUB_WORKSPACE (relative paths, as @actions/cache writes them with -P -C $GITHUB_WORKSPACE)'}, e.g. ${members.slice(0, 2).join(', ')}` +
    (plain ? '' : '; plain `zstd -d` refuses the frame (window over 128 MiB), so --long=30 as @actions/cache uses');
  return { command: { command: 'tar', args: ['--use-compress-program', program, '-xf', archive, '-C', root] }, rootNote };
}
