// The environment every capture runs in: CI's (CI=true), without the caller's npm and pip settings (npx and a
// developer's ~/.npmrc or PIP_FIND_LINKS would change what the tools print), npm pointed at its public registry.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workspace } from './harness.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const NODE24 = join(REPO_ROOT, '.tools/node24/node_modules/node/bin/node');
export const REPO_BIN = join(REPO_ROOT, 'node_modules/.bin');
/** Debian's Python: it has python3-build, setuptools, venv and pytest. */
export const DEBIAN_PYTHON = '/usr/bin/python3';

export interface CaptureEnv {
  /** For every tool: CI=true, no npm_config_* or PIP_* from the caller. */
  base: NodeJS.ProcessEnv;
  /** npm, pnpm and yarn: an empty user npmrc, the public registry, no notifier, fund or audit lines. */
  npm: NodeJS.ProcessEnv;
}

export async function captureEnv(workspace: Workspace): Promise<CaptureEnv> {
  const base: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|pip_|poetry_|force_color$|no_color$|node_options$)/i.test(name)) continue;
    base[name] = value;
  }
  // npx puts node_modules/.bin folders on PATH: a capture must not find the repository's own tools there.
  base.PATH = (base.PATH ?? '').split(':').filter((entry) => !entry.includes('node_modules/.bin')).join(':');
  base.CI = 'true';
  // pip reads no configuration file (a developer's could add indexes and find-links to every capture).
  base.PIP_CONFIG_FILE = '/dev/null';
  const userconfig = join(workspace.root, 'empty-npmrc');
  await writeFile(userconfig, '');
  const npm: NodeJS.ProcessEnv = {
    ...base,
    NPM_CONFIG_USERCONFIG: userconfig,
    NPM_CONFIG_REGISTRY: 'https://registry.npmjs.org/',
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    NPM_CONFIG_FUND: 'false',
    NPM_CONFIG_AUDIT: 'false',
  };
  return { base, npm };
}

export function packageJson(fields: Record<string, unknown>): string {
  return `${JSON.stringify({ name: 'app', version: '1.0.0', private: true, ...fields }, null, 2)}\n`;
}
