import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCacheService, type CacheService, type StoredEntry } from './cache-service.js';
import { buildFixtureWheels, defaultFixtureWheelsDir, SYSTEM_WHEELS_DIR } from './fixture-wheels.js';
import { copyFixture } from './fixture-copy.js';
import { startPackageIndex, type PackageIndex } from './package-index.js';
import { preparePythonFixture, pythonEnv } from './python-fixtures.js';
import { createRunnerJob, run, type ActionRun, type RunnerJob, cleanProcessEnv } from './runner.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SETUP_DEPS_ACTION = join(REPO_ROOT, 'actions/setup-deps/action.yml');
const EMPTY_NPMRC = join(tmpdir(), 'build-actions-empty-npmrc');

/** One kind of project, as the end-to-end tests drive it. */
export interface ProjectKind {
  name: string;
  /** Copies the fixture into `dest` (the project folder inside the workspace). */
  prepare(dest: string, index: PackageIndex): Promise<void>;
  /** The project's own command that proves the installed tree works. */
  prove: { command: string; args: string[] };
  /** Changes the lockfile the way a developer would, adding a dependency (untimed preparation). */
  changeLockfile(dest: string, env: Record<string, string>): Promise<void>;
  /** The folder the installed tree lives in, relative to the project. */
  tree: string;
}


async function mustRun(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  const result = await run(command, args, { cwd, env, timeoutMs: 180_000 });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${result.stdout}\n${result.stderr}`);
}

const fixture = (relative: string): string => join(REPO_ROOT, relative);

export const PROJECT_KINDS: ProjectKind[] = [
  {
    name: 'npm',
    prepare: async (dest) => void await copyFixture(fixture('examples/node-service'), dest),
    prove: { command: 'npm', args: ['test'] },
    changeLockfile: (dest, env) => mustRun('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund', 'is-number@7.0.0'], dest, env),
    tree: 'node_modules',
  },
  {
    name: 'yarn',
    prepare: async (dest) => void await copyFixture(fixture('test/fixtures/projects/yarn-service'), dest),
    prove: { command: 'yarn', args: ['test'] },
    changeLockfile: async (dest, env) => {
      await mustRun('yarn', ['add', 'is-number@7.0.0', '--non-interactive'], dest, env);
      await rm(join(dest, 'node_modules'), { recursive: true, force: true });
    },
    tree: 'node_modules',
  },
  {
    name: 'pnpm',
    prepare: async (dest) => void await copyFixture(fixture('test/fixtures/projects/pnpm-service'), dest),
    prove: { command: 'pnpm', args: ['test'] },
    changeLockfile: (dest, env) => mustRun('pnpm', ['add', '--lockfile-only', 'is-number@7.0.0'], dest, env),
    tree: 'node_modules',
  },
  {
    name: 'pip',
    prepare: async (dest, index) => {
      await rm(dest, { recursive: true, force: true });
      await preparePythonFixture('python-service', dest, index);
    },
    prove: { command: 'python', args: ['-m', 'service'] },
    changeLockfile: async (dest) => {
      const file = join(dest, 'requirements.txt');
      await writeFile(file, (await readFile(file, 'utf8')).replace('acme-greeting==1.0.0', 'acme-greeting==1.1.0'));
    },
    tree: '.venv',
  },
  {
    name: 'poetry',
    prepare: async (dest, index) => {
      await rm(dest, { recursive: true, force: true });
      await preparePythonFixture('poetry-service', dest, index);
    },
    prove: { command: 'python', args: ['-m', 'poetry_service'] },
    changeLockfile: (dest, env) =>
      mustRun('poetry', ['add', 'acme-greeting@1.1.0', '--lock', '--no-interaction'], dest, { ...env, POETRY_VIRTUALENVS_CREATE: 'false' }),
    tree: '.venv',
  },
];

export interface JobOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  event?: { name?: string; payload?: Record<string, unknown> };
}

/**
 * A fresh runner for each job, as on GitHub: the same workspace and HOME paths every time, but HOME emptied
 * (so every download store starts empty), with the cache service and the package index in its environment.
 */
export async function startJob(workspace: string, service: CacheService, index: PackageIndex, options: JobOptions = {}): Promise<RunnerJob> {
  await writeFile(EMPTY_NPMRC, '');
  const home = `${workspace}-home`;
  await rm(home, { recursive: true, force: true });
  await mkdir(home, { recursive: true });
  const job = await createRunnerJob({ workspace, event: options.event });
  Object.assign(job.env, {
    ...service.env(),
    ...pythonEnv(index),
    ...homeEnv(home),
    ...options.env,
  });
  return job;
}

function homeEnv(home: string): Record<string, string> {
  return {
    HOME: home,
    NPM_CONFIG_USERCONFIG: EMPTY_NPMRC,
    YARN_CACHE_FOLDER: join(home, '.cache', 'yarn'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
  };
}

/** The environment of a preparation command run outside any job (lockfile changes). */
export function preparationEnv(index: PackageIndex, home: string): Record<string, string> {
  return { ...cleanProcessEnv(), ...pythonEnv(index), ...homeEnv(home) };
}

/** The commands an action ran through @actions/exec (their `[command]` lines). */
export function commandsRun(step: ActionRun): string[] {
  return step.stdout
    .split('\n')
    .filter((line) => line.startsWith('[command]'))
    .map((line) => line.slice('[command]'.length));
}

export function installCommandsRun(step: ActionRun): string[] {
  return commandsRun(step).filter((line) => /( ci | ci$|install|-m venv| env use)/.test(line));
}

/**
 * What one end-to-end file of setup-deps needs, made once per file: the fixture wheels, the local package index (read
 * only, so shared by every case), a scratch folder, and cache services made on demand (a case that counts a
 * service's requests or sets a fault gets its own, so that cases can run side by side). Call at the top of a file.
 */
export interface SetupDepsSuite {
  readonly index: PackageIndex;
  readonly scratch: string;
  /** A new cache service, closed after the file; `seed` copies entries from another one. */
  newService(seed?: StoredEntry[]): Promise<CacheService>;
  /** Disposed after the file. */
  track(job: RunnerJob): RunnerJob;
}

export function useSetupDepsSuite(label: string): SetupDepsSuite {
  let index: PackageIndex | undefined;
  let scratch: string | undefined;
  const services: CacheService[] = [];
  const jobs: RunnerJob[] = [];
  beforeAll(async () => {
    const wheels = defaultFixtureWheelsDir();
    await buildFixtureWheels(wheels);
    [index, scratch] = await Promise.all([
      startPackageIndex({ wheelDirs: [wheels, SYSTEM_WHEELS_DIR], maxLifetimeMs: 30 * 60_000 }),
      mkdtemp(join(tmpdir(), `${label}-`)),
    ]);
  });
  afterAll(async () => {
    await Promise.all(jobs.map((job) => job.dispose()));
    await Promise.all([...services.map((service) => service.close()), index?.close()]);
    // (a package manager that a timed-out case left running may still be writing there: retry)
    if (scratch) await rm(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is made in beforeAll: use it inside a test`);
    return value;
  };
  return {
    get index() { return ready(index, 'the package index'); },
    get scratch() { return ready(scratch, 'the scratch folder'); },
    async newService(seed) {
      const service = await startCacheService({ seed, maxLifetimeMs: 30 * 60_000 });
      services.push(service);
      return service;
    },
    track(job) {
      jobs.push(job);
      return job;
    },
  };
}

/**
 * Runs `body` after every earlier call on the same lane has finished: jobs that share one workspace (successive runs
 * of one workflow) take turns, while other lanes go on side by side.
 */
export function createLane(): <T>(body: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(body: () => Promise<T>): Promise<T> => {
    const result = tail.then(body, body);
    tail = result.catch(() => undefined);
    return result;
  };
}
