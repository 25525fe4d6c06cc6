// A real npm registry for the publish tests: verdaccio 6.8.0 (scripts/setup.sh installs it into .tools/verdaccio,
// on Node 20 with node-fetch overridden to 2.7.0) with its own storage and htpasswd users in a temp folder, no
// uplinks (nothing reaches the public registry), on 127.0.0.1. It stops on close(), with the test process, or after
// maxLifetimeMs.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, spawnWatched, stopChild, waitFor } from './watched-process.js';

const VERDACCIO = fileURLToPath(new URL('../../.tools/verdaccio/node_modules/.bin/verdaccio', import.meta.url));

export interface NpmRegistry {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** A token of a user who may publish. */
  token: string;
  /** The versions the registry holds for a package (empty when it has none). */
  versions(name: string): Promise<string[]>;
  /** The dist-tags of a package. */
  distTags(name: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function startNpmRegistry(options: { maxLifetimeMs?: number } = {}): Promise<NpmRegistry> {
  if (!existsSync(VERDACCIO)) throw new Error(`verdaccio is not installed at ${VERDACCIO}: run scripts/setup.sh`);
  const root = await mkdtemp(join(tmpdir(), 'build-actions-verdaccio-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  await writeFile(join(root, 'config.yaml'), [
    `storage: ${join(root, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${join(root, 'htpasswd')}`,
    '    max_users: 10',
    'uplinks: {}',
    'packages:',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n'));
  let log = '';
  const child = spawnWatched(VERDACCIO, ['--config', join(root, 'config.yaml'), '--listen', `127.0.0.1:${port}`], options.maxLifetimeMs ?? 30 * 60_000, { ...process.env, NODE_OPTIONS: '' });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const close = async (): Promise<void> => {
    await stopChild(child);
    await rm(root, { recursive: true, force: true });
  };
  try {
    await waitFor('verdaccio', async () => (await fetch(`${url}-/ping`).catch(() => undefined))?.ok === true, child, () => log, 60_000);
    const created = await fetch(`${url}-/user/org.couchdb.user:publisher`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'publisher', password: `pw-${Math.random().toString(36).slice(2)}` }),
    });
    const token = ((await created.json()) as { token?: string }).token;
    if (!created.ok || !token) throw new Error(`verdaccio did not create the publishing user (HTTP ${created.status})`);
    const document = async (name: string): Promise<Record<string, unknown> | undefined> => {
      const response = await fetch(`${url}${name.replace('/', '%2f')}`, { headers: { authorization: `Bearer ${token}` } });
      return response.status === 404 ? undefined : ((await response.json()) as Record<string, unknown>);
    };
    return {
      url,
      token,
      async versions(name) {
        return Object.keys(((await document(name))?.versions as Record<string, unknown> | undefined) ?? {});
      },
      async distTags(name) {
        return ((await document(name))?.['dist-tags'] as Record<string, string> | undefined) ?? {};
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
