// The Node fixtures are what they claim to be, checked with the real package managers and the install commands that
// setup-deps runs (`npm ci --no-audit --no-fund`, `yarn install --frozen-lockfile --non-interactive`,
// `pnpm install --frozen-lockfile`): each good project installs from its committed lockfile in a temp copy and then
// passes its own build/test scripts; each bad one makes the real tool refuse. Lockfiles come from
// scripts/regenerate-node-fixture-locks.sh.
//
// Every tool runs with an empty user npmrc, a HOME and download caches of its own under one scratch dir, and none
// of the npm_* variables that `npm test` puts in this process's environment (they would override the empty npmrc).
// Needs yarn and pnpm on PATH: npm install -g yarn@1.22.22 pnpm@10.34.9
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFixture } from '../support/fixture-copy.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(REPO, 'test', 'fixtures', 'projects');
const EXAMPLE = join(REPO, 'examples', 'node-service');
const YARN_VERSION = '1.22.22';
const PNPM_VERSION = '10.34.9';
// The install commands setup-deps runs (README).
const NPM_CI = ['ci', '--no-audit', '--no-fund'];
const YARN_INSTALL = ['install', '--frozen-lockfile', '--non-interactive'];
const PNPM_INSTALL = ['install', '--frozen-lockfile'];
const INSTALL_HINT = `npm install -g yarn@${YARN_VERSION} pnpm@${PNPM_VERSION}`;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

let scratch: string;
let env: NodeJS.ProcessEnv;
const timings: Record<string, number> = {};

function run(command: string, args: string[], cwd: string, timeout = 300_000): Promise<Result> {
  const label = `${basename(cwd)}: ${command} ${args.join(' ')}`;
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout, maxBuffer: 32 << 20 }, (error, stdout, stderr) => {
      timings[label] = Date.now() - started;
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Runs a command that must succeed; on failure the error carries its output. */
async function mustRun(command: string, args: string[], cwd: string): Promise<Result> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.code} in ${cwd}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  return result;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Copies a project into a fresh dir under scratch, leaving out anything a local install or build left behind. */
async function copyProject(source: string): Promise<string> {
  return copyFixture(source, join(await mkdtemp(join(scratch, 'work-')), basename(source)));
}

async function toolVersion(command: string): Promise<string | undefined> {
  const result = await run(command, ['--version'], scratch, 30_000);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

async function requireTool(command: string, version: string): Promise<void> {
  const found = await toolVersion(command);
  if (found !== version) {
    throw new Error(`${command} ${version} is needed on PATH (found ${found ?? 'none'}): ${INSTALL_HINT}`);
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'node-fixtures-'));
  const home = join(scratch, 'home');
  await mkdir(home);
  await writeFile(join(scratch, 'empty-npmrc'), '');
  env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_|pnpm_|yarn_|corepack_|xdg_)/i.test(key) && !['JEST_WORKER_ID', 'INIT_CWD'].includes(key),
    ),
  );
  Object.assign(env, {
    HOME: home,
    NPM_CONFIG_USERCONFIG: join(scratch, 'empty-npmrc'),
    NPM_CONFIG_CACHE: join(scratch, 'npm-cache'),
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    NPM_CONFIG_FUND: 'false',
    NPM_CONFIG_AUDIT: 'false',
    NPM_CONFIG_STORE_DIR: join(scratch, 'pnpm-store'),
    YARN_CACHE_FOLDER: join(scratch, 'yarn-cache'),
    YARN_DISABLE_SELF_UPDATE_CHECK: 'true',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
  console.log(
    `node fixture timings (ms):\n${Object.entries(timings)
      .map(([label, ms]) => `  ${label}: ${ms}`)
      .join('\n')}`,
  );
});

describe('good Node projects install from their lockfiles and pass their own scripts', () => {
  test.concurrent('examples/node-service: npm ci, then build, lint and test', async () => {
    const dir = await copyProject(EXAMPLE);
    const lock = await readFile(join(dir, 'package-lock.json'), 'utf8');

    await mustRun('npm', NPM_CI, dir);
    const installed = JSON.parse(await readFile(join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    expect(Object.keys(installed.packages).length).toBeGreaterThan(300);
    expect(await readFile(join(dir, 'package-lock.json'), 'utf8')).toBe(lock);

    await mustRun('npm', ['run', 'build'], dir);
    expect(await exists(join(dir, 'dist', 'server.js'))).toBe(true);
    await mustRun('npm', ['run', 'lint'], dir);
    const tests = await mustRun('npm', ['test'], dir);
    expect(tests.stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
  }, 300_000);

  test.concurrent('yarn-service: yarn install --frozen-lockfile, then build and test', async () => {
    await requireTool('yarn', YARN_VERSION);
    const dir = await copyProject(join(FIXTURES, 'yarn-service'));
    const lock = await readFile(join(dir, 'yarn.lock'), 'utf8');

    await mustRun('yarn', YARN_INSTALL, dir);
    expect(await exists(join(dir, 'node_modules', '.yarn-integrity'))).toBe(true);
    expect(await exists(join(dir, 'package-lock.json'))).toBe(false);
    expect(await readFile(join(dir, 'yarn.lock'), 'utf8')).toBe(lock);

    await mustRun('yarn', ['run', 'build'], dir);
    const tests = await mustRun('yarn', ['test'], dir);
    expect(tests.stdout).toMatch(/\bpass 1\b/);
  }, 180_000);

  test.concurrent('pnpm-service: pnpm install --frozen-lockfile, then build and test', async () => {
    await requireTool('pnpm', PNPM_VERSION);
    const dir = await copyProject(join(FIXTURES, 'pnpm-service'));
    const lock = await readFile(join(dir, 'pnpm-lock.yaml'), 'utf8');

    await mustRun('pnpm', PNPM_INSTALL, dir);
    expect(await exists(join(dir, 'node_modules', '.pnpm'))).toBe(true);
    expect(await exists(join(dir, 'node_modules', '.modules.yaml'))).toBe(true);
    expect(await readFile(join(dir, 'pnpm-lock.yaml'), 'utf8')).toBe(lock);

    await mustRun('pnpm', ['run', 'build'], dir);
    const tests = await mustRun('pnpm', ['test'], dir);
    expect(tests.stdout).toMatch(/\bpass 1\b/);
  }, 180_000);
});

describe('bad Node projects make the real tools refuse', () => {
  test.concurrent('npm-out-of-sync: npm ci refuses a lockfile that lacks a dependency of package.json', async () => {
    const dir = await copyProject(join(FIXTURES, 'npm-out-of-sync'));
    const result = await run('npm', NPM_CI, dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/code EUSAGE/);
    expect(result.stderr).toMatch(/can only install packages when your package\.json and package-lock\.json/);
    expect(result.stderr).toMatch(/Missing: ms@\S+ from lock file/);
    expect(await exists(join(dir, 'node_modules'))).toBe(false);
  });

  test.concurrent('npm-no-lockfile: npm ci refuses to install without a lockfile', async () => {
    const dir = await copyProject(join(FIXTURES, 'npm-no-lockfile'));
    const result = await run('npm', NPM_CI, dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/code EUSAGE/);
    expect(result.stderr).toMatch(/can only install with an existing package-lock\.json/);
    expect(await exists(join(dir, 'node_modules'))).toBe(false);
  });

  test.concurrent('conflicting-lockfiles: pnpm (packageManager) finds no pnpm-lock.yaml, yarn refuses, npm would install', async () => {
    await requireTool('pnpm', PNPM_VERSION);
    await requireTool('yarn', YARN_VERSION);
    const source = join(FIXTURES, 'conflicting-lockfiles');
    expect(await exists(join(source, 'pnpm-lock.yaml'))).toBe(false);
    expect(await exists(join(source, 'yarn.lock'))).toBe(true);
    expect(await exists(join(source, 'package-lock.json'))).toBe(true);

    const pnpm = await run('pnpm', PNPM_INSTALL, await copyProject(source));
    expect(pnpm.code).not.toBe(0);
    expect(pnpm.stdout + pnpm.stderr).toMatch(/ERR_PNPM_NO_LOCKFILE/);

    // yarn classic refuses any packageManager other than yarn@0.x/1.x (unless Corepack or SKIP_YARN_COREPACK_CHECK).
    const yarn = await run('yarn', YARN_INSTALL, await copyProject(source));
    expect(yarn.code).not.toBe(0);
    expect(yarn.stderr).toMatch(/"packageManager": "yarn@pnpm@[\d.]+"/);

    // npm ignores packageManager: its lockfile alone would "work", so detection must refuse rather than fall back.
    const npmDir = await copyProject(source);
    await mustRun('npm', NPM_CI, npmDir);
    expect(await exists(join(npmDir, 'node_modules', 'is-number'))).toBe(true);
  }, 120_000);
});
