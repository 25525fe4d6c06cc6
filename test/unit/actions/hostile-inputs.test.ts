import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { main as pipelineMain } from '../../../src/actions/pipeline/main.js';
import { post as pipelinePost } from '../../../src/actions/pipeline/post.js';
import { main as qualityChecksMain } from '../../../src/actions/quality-checks/main.js';
import { main as setupDepsMain } from '../../../src/actions/setup-deps/main.js';
import { post as setupDepsPost } from '../../../src/actions/setup-deps/post.js';
import { main as testMain } from '../../../src/actions/testing/main.js';
import { main as buildMain } from '../../../src/actions/build/main.js';
import { main as publishImageMain } from '../../../src/actions/publish-image/main.js';
import { post as publishImagePost } from '../../../src/actions/publish-image/post.js';
import { runMainWithErrorBoundary, runPostWithErrorBoundary } from '../../../src/runtime/io/error-boundary.js';
import { createLocalCacheStore } from '../../../src/runtime/cache/local-cache-store.js';
import type { RunCommand } from '../../../src/runtime/process/run-command.js';
import type { ActionContext } from '../../../src/runtime/io/run-context.js';
import { fakePackageManager } from '../support/fake-package-manager.js';
import { RecordingIO } from '../support/recording-io.js';
import { writeNpmProject } from '../support/setup-deps-harness.js';
import { tempDirectories } from '../support/temp-dir.js';

// Every input of every action.yml, given hostile values. Each must be accepted for what it is or refused with an
// error that names the input; none may give a stack trace, start a shell, or write outside the workspace and
// RUNNER_TEMP. The actions run in-process (main, then post) over a project on disk; the process boundary is the
// recording fake (it runs nothing: this file proves what the actions ask for, not what the tools do with it).

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const temp = tempDirectories('build-actions-hostile-');
afterAll(() => temp.cleanup());

interface Deps {
  io: RecordingIO;
  run: RunCommand;
  cache: ReturnType<typeof createLocalCacheStore>;
  context: ActionContext;
  now: () => number;
  readToolVersion: () => Promise<undefined>;
}
type Stage = (deps: Deps) => Promise<unknown>;

/** How each action runs: its main, and its post when it has one. A new action.yml with inputs needs a row here. */
const ACTIONS: Record<string, { main: Stage; post?: (deps: Pick<Deps, 'io' | 'cache' | 'run'>) => Promise<unknown> }> = {
  'action.yml': { main: pipelineMain, post: pipelinePost },
  'actions/setup-deps/action.yml': { main: setupDepsMain, post: setupDepsPost },
  'actions/quality-checks/action.yml': { main: qualityChecksMain },
  'actions/test/action.yml': { main: testMain },
  'build/action.yml': { main: buildMain },
  'actions/build/action.yml': { main: buildMain },
  'actions/publish-image/action.yml': { main: publishImageMain, post: publishImagePost },
};

function actionFiles(): string[] {
  const files = ['action.yml', 'build/action.yml'].filter((file) => existsSync(path.join(REPO_ROOT, file)));
  for (const name of readdirSync(path.join(REPO_ROOT, 'actions'))) {
    if (existsSync(path.join(REPO_ROOT, 'actions', name, 'action.yml'))) files.push(`actions/${name}/action.yml`);
  }
  return files;
}

type Inputs = Record<string, { default?: unknown } | null>;
function declaredInputs(file: string): Inputs {
  const document = load(readFileSyncText(path.join(REPO_ROOT, file))) as { inputs?: Inputs } | undefined;
  return document?.inputs ?? {};
}

/** Synchronous: it.each's table is built before the tests run. */
function readFileSyncText(file: string): string {
  return readFileSync(file, 'utf8');
}

const HOSTILE: Array<[string, (root: string) => string]> = [
  ['empty', () => ''],
  ['whitespace only', () => ' \t  '],
  ['10 kB long', () => 'a'.repeat(10 * 1024)],
  ['with newlines', () => 'one\ntwo\r\nthree'],
  ['shell metacharacters', (root) => `$(touch ${root}/pwned-1) \`touch ${root}/pwned-2\`; touch ${root}/pwned-3 | cat`],
  ['.. leaving the workspace', () => 'sub/../../escape'],
  ['non-ASCII', () => 'ünïcødé ✓ 测试 🚀'],
];

const rows = actionFiles().flatMap((file) =>
  Object.entries(declaredInputs(file)).flatMap(([name, spec]) =>
    HOSTILE.map(([what, value]) => ({ file, name, what, value, defaults: defaultsOf(file), declared: spec })),
  ),
);

function defaultsOf(file: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(declaredInputs(file)).map(([name, spec]) => [name, spec?.default === undefined || spec.default === null ? '' : String(spec.default as string | number | boolean)]),
  );
}

interface Ran {
  root: string;
  failures: string[];
  warnings: string[];
  commands: string[][];
  strays: string[];
}

/** Files and folders under `root` other than the workspace and RUNNER_TEMP, and anything the shell test would create. */
async function strays(root: string): Promise<string[]> {
  return (await readdir(root)).filter((name) => name !== 'workspace' && name !== 'temp');
}

async function runAction(file: string, inputs: Record<string, string>, makeRoot: () => Promise<string>): Promise<Ran> {
  const root = await makeRoot();
  const workspace = path.join(root, 'workspace');
  const runnerTemp = path.join(root, 'temp');
  await mkdir(workspace, { recursive: true });
  await mkdir(runnerTemp, { recursive: true });
  await writeNpmProject(workspace, { 'left-pad': '1.3.0' }, {}, { scripts: { test: 'node --test', lint: 'eslint .' } });
  await writeFile(path.join(workspace, 'index.test.js'), "require('node:test')('works', () => {});\n");
  const fake = fakePackageManager({ storeDirectory: path.join(runnerTemp, 'npm-store') });
  const io = new RecordingIO(inputs);
  const cache = createLocalCacheStore(path.join(runnerTemp, 'cache'));
  let clock = 1_000_000;
  const deps: Deps = {
    io,
    run: fake.run,
    cache,
    now: () => (clock += 10),
    readToolVersion: async () => undefined,
    context: {
      platform: { os: 'linux', arch: 'x64', image: 'ubuntu24' },
      nodePlatform: 'linux',
      workspace,
      env: { RUNNER_TEMP: runnerTemp, PATH: '/usr/bin:/bin' },
      eventName: 'push',
    },
  };
  const action = ACTIONS[file];
  await runMainWithErrorBoundary(io, async () => void (await action.main(deps)));
  const warnings = io.warnings.map((warning) => warning.message);
  if (action.post) {
    const postIO = new RecordingIO({}, io.state);
    await runPostWithErrorBoundary(postIO, async () => void (await action.post!({ io: postIO, cache, run: fake.run })));
    warnings.push(...postIO.warnings.map((warning) => warning.message), ...postIO.failures);
  }
  return { root, failures: io.failures, warnings, commands: fake.calls.map((call) => [call.command, ...call.args]), strays: await strays(root) };
}

const STACK = /\n\s+at .*(:\d+:\d+\)?|<anonymous>)/;
const SHELLS = /(^|[\\/])(sh|bash|dash|zsh|ksh|csh|fish|cmd|cmd\.exe|powershell|pwsh)$/i;

const baselines = new Map<string, Promise<Ran>>();
function baseline(file: string): Promise<Ran> {
  if (!baselines.has(file)) baselines.set(file, runAction(file, defaultsOf(file), temp.make));
  return baselines.get(file)!;
}

describe('every action.yml has a way to run it here', () => {
  it.each(actionFiles())('%s', (file) => {
    if (Object.keys(declaredInputs(file)).length > 0) expect(Object.keys(ACTIONS)).toContain(file);
  });
});

describe('hostile inputs', () => {
  it('covers every input of every action', () => {
    expect(new Set(rows.map((row) => row.file))).toEqual(new Set(Object.keys(ACTIONS)));
    expect(rows.length).toBeGreaterThanOrEqual(40 * HOSTILE.length);
  });

  it.each(rows.map((row) => [row.file, row.name, row.what, row] as const))('%s %s: %s', async (file, name, _what, row) => {
    const made = await temp.make();
    const ran = await runAction(file, { ...row.defaults, [name]: row.value(made) }, async () => made);
    const base = await baseline(file);
    for (const message of [...ran.failures, ...ran.warnings]) expect(message).not.toMatch(STACK);
    // Accepted for what it is: the step ends the way it ends with the default value (here the fake's tools are not
    // on PATH), the value showing only where it is quoted. Otherwise refused, and the message names the input.
    const kind = (failures: string[]): string[] => failures.map((failure) => failure.split(/[:'(]/)[0]);
    if (kind(ran.failures).join('\n') !== kind(base.failures).join('\n')) expect(ran.failures.join('\n')).toContain(`'${name}'`);
    expect(ran.commands.filter((command) => SHELLS.test(command[0]))).toEqual([]);
    expect(ran.strays).toEqual([]);
  });
});
