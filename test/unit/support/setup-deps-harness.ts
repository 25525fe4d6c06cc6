import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main, type SetupDepsDependencies, type SetupDepsResult } from '../../../src/actions/setup-deps/main.js';
import { post } from '../../../src/actions/setup-deps/post.js';
import type { SetupDepsState } from '../../../src/actions/setup-deps/state.js';
import type { SaveReport } from '../../../src/core/deps/report.js';
import type { CacheStore } from '../../../src/runtime/cache/cache-store.js';
import { createLocalCacheStore } from '../../../src/runtime/cache/local-cache-store.js';
import type { ActionContext } from '../../../src/runtime/io/run-context.js';
import { fakePackageManager, type FakePackageManager, type FakePackageManagerOptions } from './fake-package-manager.js';
import { RecordingIO } from './recording-io.js';
import { npmLockfile, packageJson } from './snapshot.js';

/**
 * One workspace on disk for the setup-deps action: a project folder, the real local cache store in a temp
 * folder, and helpers that run main and post as the runner would (main's recorded state fed into post).
 */
export interface Harness {
  workspace: string;
  project: string;
  storeDirectory: string;
  cacheDirectory: string;
  cache: CacheStore;
  now: () => number;
}

export async function makeHarness(root: string): Promise<Harness> {
  const workspace = path.join(root, 'workspace');
  const project = path.join(workspace, 'app');
  await mkdir(project, { recursive: true });
  const cacheDirectory = path.join(root, 'cache');
  let clock = 1_000_000;
  const now = () => (clock += 250);
  return { workspace, project, storeDirectory: path.join(root, 'npm-store'), cacheDirectory, cache: createLocalCacheStore(cacheDirectory, now), now };
}

export function actionContext(harness: Harness, overrides: Partial<ActionContext> = {}): ActionContext {
  return {
    platform: { os: 'linux', arch: 'x64', image: 'ubuntu24' },
    nodePlatform: process.platform,
    workspace: harness.workspace,
    env: {},
    eventName: 'push',
    ...overrides,
  };
}

export const DEPENDENCIES = { 'left-pad': '1.3.0' };
export const DEV_DEPENDENCIES = { 'is-odd': '^3.0.1' };

/** An npm project whose package-lock.json is in sync with package.json. */
export async function writeNpmProject(
  directory: string,
  dependencies: Record<string, string> = DEPENDENCIES,
  devDependencies: Record<string, string> = DEV_DEPENDENCIES,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await writeFile(path.join(directory, 'package.json'), packageJson({ name: 'app', version: '1.0.0', ...extra, dependencies, devDependencies }));
  await writeFile(path.join(directory, 'package-lock.json'), npmLockfile(dependencies, devDependencies));
}

export interface MainRun {
  io: RecordingIO;
  fake: FakePackageManager;
  result?: SetupDepsResult;
  error?: unknown;
}

export async function runMain(
  harness: Harness,
  inputs: Record<string, string> = { 'working-directory': 'app' },
  contextOverrides: Partial<ActionContext> = {},
  fakeOptions: Partial<FakePackageManagerOptions> = {},
  extraDeps: Pick<SetupDepsDependencies, 'nodeProbe'> = {},
): Promise<MainRun> {
  const io = new RecordingIO(inputs);
  const fake = fakePackageManager({ storeDirectory: harness.storeDirectory, ...fakeOptions });
  try {
    const result = await main({ io, run: fake.run, cache: harness.cache, context: actionContext(harness, contextOverrides), now: harness.now, readToolVersion: async () => undefined, ...extraDeps });
    return { io, fake, result };
  } catch (error) {
    return { io, fake, error };
  }
}

export async function runPost(harness: Harness, mainIO: RecordingIO | undefined): Promise<{ io: RecordingIO; saves: SaveReport[] }> {
  const io = new RecordingIO({}, mainIO?.state);
  const saves = await post({ io, cache: harness.cache });
  return { io, saves };
}

export function savedState(io: RecordingIO): SetupDepsState {
  const text = io.state.get('setup-deps');
  if (text === undefined) throw new Error('main saved no state');
  return JSON.parse(text) as SetupDepsState;
}
