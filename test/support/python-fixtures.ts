// Python fixture projects for the end-to-end tests, and the environment that points pip and Poetry at the local
// fixture index (package-index.ts) and at nothing else.
//
//   python-service  examples/python-service/             pip: requirements.txt + requirements-dev.txt
//   poetry-service  test/fixtures/projects/poetry-service/  Poetry 1.3: pyproject.toml.template whose
//                                                          {{INDEX_URL}} is filled here, then `poetry lock --no-update`
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { copyFixture } from './fixture-copy.js';
import type { PackageIndex } from './package-index.js';

const execFileAsync = promisify(execFile);

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type PythonFixtureName = 'python-service' | 'poetry-service';

/** Where each fixture's committed sources live. */
export const PYTHON_FIXTURE_DIRS: Record<PythonFixtureName, string> = {
  'python-service': join(REPO_ROOT, 'examples/python-service'),
  'poetry-service': join(REPO_ROOT, 'test/fixtures/projects/poetry-service'),
};

export const INDEX_URL_PLACEHOLDER = '{{INDEX_URL}}';
const TEMPLATE = 'pyproject.toml.template';

/** Debian's Poetry 1.3 (python3-poetry) by default. */
export const POETRY = process.env.POETRY_BIN ?? 'poetry';


/**
 * Copies the fixture into destDir (created if missing). For poetry-service it writes pyproject.toml from the
 * template, pointed at `index`, and runs `poetry lock --no-update` so poetry.lock matches (no .venv is created: the
 * lock runs with virtualenvs.create off, so the first `poetry env use` / `poetry install` creates it). For
 * python-service nothing more: pip gets PIP_INDEX_URL from pythonEnv().
 */
export async function preparePythonFixture(
  name: PythonFixtureName,
  destDir: string,
  index: PackageIndex,
): Promise<void> {
  const source = PYTHON_FIXTURE_DIRS[name];
  // poetry.lock is made below from the template; a run by hand may have left one in the source tree.
  await copyFixture(source, destDir, ['poetry.lock', TEMPLATE]);
  if (name !== 'poetry-service') return;

  const template = await readFile(join(source, TEMPLATE), 'utf8');
  await writeFile(join(destDir, 'pyproject.toml'), template.split(INDEX_URL_PLACEHOLDER).join(index.url));

  // A fresh Poetry cache for the lock: Poetry 1.3 caches each release's file hashes per source *name*
  // (cache/repositories/fixture-index), so a cache shared across runs could lock a stale hash after a fixture
  // wheel is rebuilt.
  const cacheDir = await mkdtemp(join(tmpdir(), 'poetry-lock-cache-'));
  try {
    await execFileAsync(POETRY, ['lock', '--no-update', '--no-interaction'], {
      cwd: destDir,
      env: {
        ...pythonProcessEnv(index, { cacheDir }),
        POETRY_VIRTUALENVS_IN_PROJECT: 'true',
        // Without this `poetry lock` creates .venv from the Python Poetry runs under (Debian's /usr/bin/python3).
        POETRY_VIRTUALENVS_CREATE: 'false',
      },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`poetry lock in ${destDir} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

export interface PythonEnvOptions {
  /** When given, pip's and Poetry's caches go under it (PIP_CACHE_DIR=<dir>/pip, POETRY_CACHE_DIR=<dir>/poetry). */
  cacheDir?: string;
}

/**
 * Variables that make pip and Poetry use the local index and nothing else. Merge over an environment from which
 * other PIP_* and POETRY_* variables were removed (pythonProcessEnv does both).
 *
 * - PIP_INDEX_URL: the index. PIP_CONFIG_FILE=/dev/null: pip then reads no config file at all (this machine has
 *   find-links, extra-index-url and a constraint file in ~/.config/pip/pip.conf and /etc/xdg/pip/pip.conf).
 *   PIP_FIND_LINKS / PIP_EXTRA_INDEX_URL empty: cancels those variables when set in the environment (they are here).
 * - PIP_TRUSTED_HOST=127.0.0.1 (any port): pip gives its HTTP cache (<cache dir>/http) only to https and trusted
 *   hosts; without it nothing downloaded from the index is cached. Entries are keyed by URL, port included, so they
 *   are reused only while the same index runs: give each run its own cacheDir (a rebuilt wheel on a reused port
 *   would otherwise fail pip's #sha256 check).
 * - PIP_DISABLE_PIP_VERSION_CHECK, PIP_NO_INPUT: no self-check against PyPI, no prompt.
 * - PYTHON_KEYRING_BACKEND=null: Poetry 1.3 asks the keyring for every source's credentials; a Secret Service
 *   backend can prompt or hang where a D-Bus session exists.
 * Poetry needs nothing more: the fixture's source has `default = true`, which replaces PyPI.
 */
export function pythonEnv(index: PackageIndex, options: PythonEnvOptions = {}): Record<string, string> {
  const env: Record<string, string> = {
    PIP_INDEX_URL: index.url,
    PIP_EXTRA_INDEX_URL: '',
    PIP_FIND_LINKS: '',
    PIP_CONFIG_FILE: devNull,
    PIP_TRUSTED_HOST: '127.0.0.1',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring',
  };
  if (options.cacheDir) {
    env.PIP_CACHE_DIR = join(options.cacheDir, 'pip');
    env.POETRY_CACHE_DIR = join(options.cacheDir, 'poetry');
  }
  return env;
}

/** `base` (default process.env) without its PIP_* and POETRY_* variables, plus pythonEnv(index, options). */
export function pythonProcessEnv(
  index: PackageIndex,
  options: PythonEnvOptions = {},
  base: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !/^(PIP|POETRY)_/.test(key)) env[key] = value;
  }
  return { ...env, ...pythonEnv(index, options) };
}
