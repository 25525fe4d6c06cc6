import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CacheService } from './cache-service.js';
import type { PackageIndex } from './package-index.js';
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

async function copyFixture(source: string, dest: string): Promise<void> {
  await rm(dest, { recursive: true, force: true });
  await mkdir(path.dirname(dest), { recursive: true });
  await cp(source, dest, { recursive: true, filter: (from) => !/(^|\/)(node_modules|\.venv|dist)(\/|$)/.test(path.relative(source, from)) });
}

async function mustRun(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  const result = await run(command, args, { cwd, env, timeoutMs: 180_000 });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${result.stdout}\n${result.stderr}`);
}

const fixture = (relative: string): string => join(REPO_ROOT, relative);

export const PROJECT_KINDS: ProjectKind[] = [
  {
    name: 'npm',
    prepare: (dest) => copyFixture(fixture('examples/node-service'), dest),
    prove: { command: 'npm', args: ['test'] },
    changeLockfile: (dest, env) => mustRun('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund', 'is-number@7.0.0'], dest, env),
    tree: 'node_modules',
  },
  {
    name: 'yarn',
    prepare: (dest) => copyFixture(fixture('test/fixtures/projects/yarn-service'), dest),
    prove: { command: 'yarn', args: ['test'] },
    changeLockfile: async (dest, env) => {
      await mustRun('yarn', ['add', 'is-number@7.0.0', '--non-interactive'], dest, env);
      await rm(join(dest, 'node_modules'), { recursive: true, force: true });
    },
    tree: 'node_modules',
  },
  {
    name: 'pnpm',
    prepare: (dest) => copyFixture(fixture('test/fixtures/projects/pnpm-service'), dest),
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
