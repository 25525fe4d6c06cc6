// Servers the captures install from, all on 127.0.0.1 and stopped by the caller: verdaccio (a real private npm
// registry), the tests' PEP 503 package index, and an index that refuses every request with 401.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { freePort, spawnWatched, stopChild, waitFor } from '../../test/support/watched-process.js';
import { REPO_ROOT } from './environment.js';
import { versionOf, type Workspace } from './harness.js';

export interface Verdaccio {
  url: string;
  version: string;
  /** The token of a user outside the group that may read. */
  token: string;
  close(): Promise<void>;
}

/** verdaccio with no uplinks, whose packages only `readers` (a group) may read. */
export async function startVerdaccio(ws: Workspace, readers: string): Promise<Verdaccio> {
  const program = join(REPO_ROOT, '.tools/verdaccio/node_modules/.bin/verdaccio');
  const root = await ws.folder('verdaccio');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  await ws.write(root, {
    'config.yaml': [
      `storage: ${join(root, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(root, 'htpasswd')}`,
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      "  '**':",
      `    access: ${readers}`,
      `    publish: ${readers}`,
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  });
  const env = { ...process.env, NODE_OPTIONS: '' };
  const child = spawnWatched(program, ['--config', join(root, 'config.yaml'), '--listen', `127.0.0.1:${port}`], 20 * 60_000, env);
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const close = () => stopChild(child);
  try {
    await waitFor('verdaccio', async () => (await fetch(`${url}-/ping`).catch(() => undefined))?.ok === true, child, () => log, 60_000);
    const created = await fetch(`${url}-/user/org.couchdb.user:developer`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'developer', password: `pw-${Math.random().toString(36).slice(2)}` }),
    });
    const token = ((await created.json()) as { token?: string }).token;
    if (!token) throw new Error(`verdaccio did not create a user (HTTP ${created.status})`);
    return { url, token, version: `verdaccio ${await versionOf(program, ['--version'], { env })}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** An index that answers every request with 401 and a Basic challenge, as a private index does without credentials. */
export async function startRefusingIndex(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(401, { 'www-authenticate': 'Basic realm="private index"', 'content-type': 'text/plain' });
    response.end('401 Unauthorized\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/simple/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
