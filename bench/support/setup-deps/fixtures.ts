// The setup-deps bench's fixtures: npm and pip from the test suite's project kinds, pip-large from bench/fixtures
// with the wheels this machine holds.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { normalizeProjectName } from '../../../test/support/package-index.js';
import { PROJECT_KINDS } from '../../../test/support/setup-deps-jobs.js';
import type { FixtureDefinition } from './model.js';
import { BENCH_DIR, LARGE_WHEEL_SOURCE } from './settings.js';

const kind = (name: string) => {
  const found = PROJECT_KINDS.find((k) => k.name === name);
  if (!found) throw new Error(`no project kind ${name} in test/support/setup-deps-jobs.ts`);
  return found;
};

export const FIXTURES: FixtureDefinition[] = [
  {
    name: 'npm',
    description: 'examples/node-service (npm ci; packages from the npm registry)',
    tree: 'node_modules',
    prepare: (dest, index) => kind('npm').prepare(dest, index),
  },
  {
    name: 'pip',
    description: 'examples/python-service (3 fixture wheels: a SMALL tree, mostly the venv itself)',
    tree: '.venv',
    prepare: (dest, index) => kind('pip').prepare(dest, index),
  },
  {
    name: 'pip-large',
    description: `bench/fixtures/pip-large (41 pinned wheels: FastAPI, SQLAlchemy, pandas, numpy, pytest, mypy, ruff, black; from ${LARGE_WHEEL_SOURCE})`,
    tree: '.venv',
    async prepare(dest) {
      await rm(dest, { recursive: true, force: true });
      await mkdir(dest, { recursive: true });
      for (const file of ['requirements.txt', 'requirements-dev.txt']) await copyFile(join(BENCH_DIR, 'fixtures/pip-large', file), join(dest, file));
    },
  },
];

/** Copies the wheels pinned by bench/fixtures/pip-large into `dest`; undefined (and why) when some are missing. */
export async function collectLargeWheels(dest: string): Promise<string | undefined> {
  if (!existsSync(LARGE_WHEEL_SOURCE)) return `${LARGE_WHEEL_SOURCE} does not exist on this machine`;
  const pins: Array<{ name: string; version: string }> = [];
  for (const file of ['requirements.txt', 'requirements-dev.txt']) {
    for (const line of (await readFile(join(BENCH_DIR, 'fixtures/pip-large', file), 'utf8')).split('\n')) {
      const match = /^([A-Za-z0-9._-]+)==(\S+)/.exec(line.trim());
      if (match) pins.push({ name: normalizeProjectName(match[1]!), version: match[2]! });
    }
  }
  const available = await readdir(LARGE_WHEEL_SOURCE);
  await mkdir(dest, { recursive: true });
  const missing: string[] = [];
  for (const pin of pins) {
    const files = available.filter((file) => {
      const [name, version] = file.split('-');
      return file.endsWith('.whl') && normalizeProjectName(name ?? '') === pin.name && version === pin.version;
    });
    if (files.length === 0) missing.push(`${pin.name}==${pin.version}`);
    for (const file of files) await copyFile(join(LARGE_WHEEL_SOURCE, file), join(dest, file));
  }
  return missing.length ? `wheels missing from ${LARGE_WHEEL_SOURCE}: ${missing.join(', ')}` : undefined;
}
