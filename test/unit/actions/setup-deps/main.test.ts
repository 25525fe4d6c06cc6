import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, isConfigurationError } from '../../../../src/core/errors.js';
import { InstallTimeoutError } from '../../../../src/core/deps/install-timeout.js';
import { TREE_MARKER_FILE } from '../../../../src/core/deps/tree-marker.js';
import { renderText } from '../../../../src/core/summary-document.js';
import { main as pipelineMain } from '../../../../src/actions/pipeline/main.js';
import { post as pipelinePost } from '../../../../src/actions/pipeline/post.js';
import { fakePackageManager } from '../../support/fake-package-manager.js';
import { RecordingIO } from '../../support/recording-io.js';
import { actionContext, DEPENDENCIES, DEV_DEPENDENCIES, makeHarness, runMain, runPost, savedState, writeNpmProject, type Harness } from '../../support/setup-deps-harness.js';
import { tempDirectories } from '../../support/temp-dir.js';
import { packageJson } from '../../support/snapshot.js';
import { PROBE_DEADLINE_MS } from '../../../../src/runtime/deps/toolchain-probe.js';

const temp = tempDirectories('build-actions-setup-deps-');
afterEach(() => temp.cleanup());

async function npmHarness(): Promise<Harness> {
  const harness = await makeHarness(await temp.make());
  await writeNpmProject(harness.project);
  return harness;
}

async function cacheEntries(harness: Harness): Promise<string[]> {
  return existsSync(harness.cacheDirectory) ? (await readdir(harness.cacheDirectory)).filter((name) => name.endsWith('.json')) : [];
}

function summaryText(io: { summaries: Parameters<typeof renderText>[0][] }): string {
  return io.summaries.map(renderText).join('');
}

describe('setup-deps main and post with a fake package manager (npm)', () => {
  it('cold run: a miss, the install runs, the state says it succeeded', async () => {
    const harness = await npmHarness();
    const { io, fake, result, error } = await runMain(harness);
    expect(error).toBeUndefined();
    expect(result?.cacheResult).toBe('miss');
    expect(fake.installLines()).toEqual(['npm ci --no-audit --no-fund']);
    expect(fake.calls.find((call) => call.command === 'npm' && call.args[0] === 'ci')?.cwd).toBe(harness.project);
    expect(fake.lines()).toContain('npm config get cache');
    expect(Object.fromEntries(io.outputs)).toEqual({
      'cache-hit': 'false',
      'cache-result': 'miss',
      language: 'node',
      'package-manager': 'npm',
      'runtime-version': '20.11.0',
      'cache-key': result?.treeKey,
    });
    expect(result?.treeKey).toMatch(/^build-actions-deps-v3-linux-x64-ubuntu24-node20\.11\.0-npm10\.2\.4-[0-9a-f]{40}$/);
    const state = savedState(io);
    expect(state).toMatchObject({
      schema: 1,
      directory: harness.project,
      language: 'node',
      packageManager: 'npm',
      cacheResult: 'miss',
      treePaths: [path.join(harness.project, 'node_modules')],
      treeKey: result?.treeKey,
      storePath: harness.storeDirectory,
      keyFiles: ['package.json', 'package-lock.json'],
      installSucceeded: true,
      saveTree: true,
      saveStore: true,
    });
    expect(state.skipReason).toBeUndefined();
    expect(await readFile(path.join(harness.project, 'node_modules/left-pad/index.js'), 'utf8')).toContain('left-pad');
    expect(io.failures).toEqual([]);
    expect(summaryText(io)).toContain('miss: installed (local cache at');
  });

  it('post saves the tree and the store; the next main is an exact hit that installs nothing', async () => {
    const harness = await npmHarness();
    const first = await runMain(harness);
    const { io: postIO, saves } = await runPost(harness, first.io);
    expect(saves.map((save) => [save.what, save.outcome])).toEqual([
      ['installed tree', 'saved'],
      ['download store', 'saved'],
    ]);
    expect(saves[0].key).toBe(first.result?.treeKey);
    const marker = JSON.parse(await readFile(path.join(harness.project, 'node_modules', TREE_MARKER_FILE), 'utf8')) as { key: string; entries: Record<string, number> };
    expect(marker.key).toBe(first.result?.treeKey);
    expect(marker.entries).toEqual({ node_modules: 4 });
    expect(postIO.warnings).toEqual([]);

    // A fresh runner: same checkout, nothing installed.
    await rm(path.join(harness.project, 'node_modules'), { recursive: true });
    await rm(harness.storeDirectory, { recursive: true });
    const second = await runMain(harness);
    expect(second.error).toBeUndefined();
    expect(second.result?.cacheResult).toBe('exact');
    expect(second.io.outputs.get('cache-hit')).toBe('true');
    expect(second.io.outputs.get('cache-result')).toBe('exact');
    expect(second.io.outputs.get('cache-key')).toBe(first.result?.treeKey);
    expect(second.fake.installLines()).toEqual([]);
    expect(second.fake.lines()).toEqual(['node --version', 'npm --version']);
    expect(await readFile(path.join(harness.project, 'node_modules/is-odd/index.js'), 'utf8')).toContain('is-odd');
    expect(summaryText(second.io)).toContain('exact: restored from the cache');

    const secondPost = await runPost(harness, second.io);
    expect(secondPost.saves).toEqual([]);
    expect(secondPost.io.infos).toEqual([]);
    expect(summaryText(secondPost.io)).toContain('Nothing saved: the installed tree matches its exact key (restored from the cache), and cache entries are immutable.');
  });

  it('a tree already in place from an earlier run in the same checkout is an exact hit', async () => {
    const harness = await npmHarness();
    const first = await runMain(harness);
    await runPost(harness, first.io);
    const second = await runMain(harness);
    expect(second.result?.cacheResult).toBe('exact');
    expect(second.fake.installLines()).toEqual([]);
    expect(summaryText(second.io)).toContain('the installed tree is already in place');
  });

  it('a lockfile change misses the tree: the install runs, with the download store restored by prefix', async () => {
    const harness = await npmHarness();
    const first = await runMain(harness);
    await runPost(harness, first.io);
    await writeNpmProject(harness.project, { ...DEPENDENCIES, 'is-even': '^1.0.0' }, DEV_DEPENDENCIES);
    const second = await runMain(harness);
    expect(second.error).toBeUndefined();
    expect(second.io.outputs.get('cache-hit')).toBe('false');
    expect(second.io.outputs.get('cache-key')).not.toBe(first.result?.treeKey);
    expect(second.result?.cacheResult).toBe('partial');
    expect(second.fake.installLines()).toEqual(['npm ci --no-audit --no-fund']);
    expect(existsSync(path.join(harness.project, 'node_modules/is-even/index.js'))).toBe(true);
    expect(existsSync(path.join(harness.project, 'node_modules', TREE_MARKER_FILE))).toBe(false);
    expect(savedState(second.io)).toMatchObject({ saveTree: true, saveStore: true, installSucceeded: true });
  });

  it("cache false: 'disabled', the store is not even looked up, and post saves nothing", async () => {
    const harness = await npmHarness();
    const run = await runMain(harness, { 'working-directory': 'app', cache: 'false' });
    expect(run.result?.cacheResult).toBe('disabled');
    expect(run.io.outputs.get('cache-result')).toBe('disabled');
    expect(run.fake.lines()).toEqual(['node --version', 'npm --version', 'npm ci --no-audit --no-fund']);
    const { io, saves } = await runPost(harness, run.io);
    expect(saves).toEqual([]);
    expect(io.infos).toEqual([]);
    expect(io.summaries).toEqual([
      [
        { kind: 'heading', text: 'setup-deps: cache save' },
        { kind: 'paragraph', text: "Nothing saved: input 'cache' is false." },
      ],
    ]);
    expect(await cacheEntries(harness)).toEqual([]);
  });

  it.each([
    ['pull_request_target', { eventName: 'pull_request_target' }, "the 'pull_request_target' event runs untrusted code: restore only"],
    ['workflow_run', { eventName: 'workflow_run' }, "the 'workflow_run' event runs untrusted code: restore only"],
    [
      'a pull request from a fork',
      {
        eventName: 'pull_request',
        eventPayload: { pull_request: { head: { repo: { full_name: 'someone/app', fork: true } }, base: { repo: { full_name: 'org/app' } } } },
      },
      'a pull request from a fork runs untrusted code: restore only',
    ],
  ])('untrusted event (%s): restores, installs, and post saves nothing and says why', async (_name, context, reason) => {
    const harness = await npmHarness();
    const run = await runMain(harness, undefined, context);
    expect(run.error).toBeUndefined();
    expect(run.result?.cacheResult).toBe('miss');
    expect(savedState(run.io)).toMatchObject({ saveTree: false, saveStore: false, skipReason: reason, installSucceeded: true });
    // Why nothing is saved is said once, by post's summary below.
    expect(summaryText(run.io)).not.toContain('will not be saved');
    const { io, saves } = await runPost(harness, run.io);
    expect(saves).toEqual([]);
    expect(io.infos).toEqual([]);
    expect(io.summaries[0]).toContainEqual({ kind: 'paragraph', text: `Nothing saved: ${reason}.` });
    expect(await cacheEntries(harness)).toEqual([]);
  });

  it('an untrusted event still restores what a trusted run saved', async () => {
    const harness = await npmHarness();
    const trusted = await runMain(harness);
    await runPost(harness, trusted.io);
    await rm(path.join(harness.project, 'node_modules'), { recursive: true });
    const untrusted = await runMain(harness, undefined, { eventName: 'pull_request_target' });
    expect(untrusted.result?.cacheResult).toBe('exact');
    expect(untrusted.fake.installLines()).toEqual([]);
  });

  it('a failing install: main throws a ConfigurationError with the last lines, removes the half tree, and post saves nothing', async () => {
    const harness = await npmHarness();
    const output = Array.from({ length: 20 }, (_, i) => `npm line ${i + 1}`).join('\n');
    const run = await runMain(harness, undefined, {}, { failInstall: { exitCode: 1, stdout: output, stderr: 'npm error code ERESOLVE' } });
    expect(run.error).toBeInstanceOf(ConfigurationError);
    const message = (run.error as Error).message;
    expect(message).toContain(`'npm ci --no-audit --no-fund' failed with exit code 1 in ${harness.project}. Its last lines:\n`);
    expect(message).toContain('npm line 7\n');
    expect(message).toContain('npm line 20\nnpm error code ERESOLVE\nDiagnosis: dependency conflict. npm could not resolve the dependency tree (ERESOLVE).\nFix: ');
    expect(message).not.toContain('npm line 6\n');
    expect(existsSync(path.join(harness.project, 'node_modules'))).toBe(false);
    expect(savedState(run.io)).toMatchObject({ installSucceeded: false });
    expect(run.io.outputs.size).toBe(0);

    const { io, saves } = await runPost(harness, run.io);
    expect(saves).toEqual([]);
    expect(io.infos).toEqual(['Nothing to save: the install did not succeed.']);
    expect(io.summaries).toEqual([]);
    expect(await cacheEntries(harness)).toEqual([]);
  });

  it('an install stopped at timeout-minutes: a timeout naming the step, with its output, the half tree removed, nothing saved', async () => {
    const harness = await npmHarness();
    const output = Array.from({ length: 20 }, (_, i) => `npm line ${i + 1}`).join('\n');
    const run = await runMain(harness, { 'working-directory': 'app', 'timeout-minutes': '0.5' }, {}, { failInstall: { exitCode: 143, stdout: output, stderr: 'npm error signal SIGTERM', timedOut: true } });
    expect(run.error).toBeInstanceOf(InstallTimeoutError);
    expect(isConfigurationError(run.error)).toBe(true);
    const error = run.error as InstallTimeoutError;
    expect(error.timedOut).toEqual({ minutes: 0.5, step: 'npm ci --no-audit --no-fund' });
    expect(error.output).toBe(`${output}\nnpm error signal SIGTERM`);
    expect(error.message).toMatch(new RegExp(`^'npm ci --no-audit --no-fund' did not finish within 0\\.5 min \\(timeout-minutes\\) in ${harness.project.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} and was stopped with every process it started; what it made was removed and nothing is saved to the cache\\. Its last lines:\nnpm line 7\n`));
    expect(error.message).toMatch(/npm line 20\nnpm error signal SIGTERM$/);
    // the install step ran with the limit (less nothing: no program ran under it before)
    const install = run.fake.calls.find((call) => call.command === 'npm' && call.args[0] === 'ci');
    expect(install?.timeoutMs).toBe(30_000);
    expect(run.fake.calls.filter((call) => call.timeoutMs !== undefined && call.timeoutMs !== PROBE_DEADLINE_MS)).toEqual([install]);
    // the version queries run under their own deadline, not the install's
    expect(run.fake.calls.filter((call) => call.timeoutMs === PROBE_DEADLINE_MS).map((call) => [call.command, ...call.args])).toEqual([
      ['node', '--version'],
      ['npm', '--version'],
    ]);
    expect(existsSync(path.join(harness.project, 'node_modules'))).toBe(false);
    expect(savedState(run.io)).toMatchObject({ installSucceeded: false });

    const { io, saves } = await runPost(harness, run.io);
    expect(saves).toEqual([]);
    expect(io.infos).toEqual(['Nothing to save: the install did not succeed.']);
    expect(await cacheEntries(harness)).toEqual([]);
  });

  it('post with no state from main does nothing', async () => {
    const harness = await npmHarness();
    const { io, saves } = await runPost(harness, undefined);
    expect(saves).toEqual([]);
    expect(io.infos).toEqual(['Nothing to save: the setup-deps step did not get as far as the cache.']);
    expect(io.summaries).toEqual([]);
    expect(io.warnings).toEqual([]);
  });

  it.each([
    [{ 'working-directory': 'app', 'package-manager': 'pipenv' }, "Input 'package-manager' must be one of auto, npm, yarn, pnpm, pip, poetry (got 'pipenv')."],
    [{ 'working-directory': 'app', cache: 'yes' }, "Input 'cache' must be true or false (got 'yes')."],
    [{ 'working-directory': 'app', 'timeout-minutes': '0' }, "Input 'timeout-minutes' must be a number of minutes above 0 and at most 360, e.g. 30 (got '0')."],
    [{ 'working-directory': 'app', 'timeout-minutes': '10m' }, "Input 'timeout-minutes' must be a number of minutes above 0 and at most 360, e.g. 30 (got '10m')."],
    [{ 'working-directory': 'app', 'cache-version': 'v/2' }, "Input 'cache-version' must be a short token of 1 to 32 letters, digits, '.', '_' or '-', e.g. 2 or 2024-06-01 (got 'v/2')."],
  ])('bad input %j is a ConfigurationError before anything runs', async (inputs, message) => {
    const harness = await npmHarness();
    const run = await runMain(harness, inputs);
    expect(run.error).toBeInstanceOf(ConfigurationError);
    expect((run.error as Error).message).toBe(message);
    expect(run.fake.calls).toEqual([]);
    expect(run.io.state.size).toBe(0);
  });

  it('a working-directory that does not exist is a ConfigurationError naming it', async () => {
    const harness = await npmHarness();
    const run = await runMain(harness, { 'working-directory': 'services/missing' });
    expect(run.error).toBeInstanceOf(ConfigurationError);
    expect((run.error as Error).message).toBe(
      `Input 'working-directory' is 'services/missing', but ${path.join(harness.workspace, 'services/missing')} is not a directory. ` +
        'Give the path of the folder that holds package.json, requirements*.txt or pyproject.toml, relative to the repository root.',
    );
    expect(run.fake.calls).toEqual([]);
  });

  it('npm out of sync is an error before any command but the node version query (started while the project is read) runs', async () => {
    const harness = await npmHarness();
    await writeFile(path.join(harness.project, 'package.json'), packageJson({ name: 'app', dependencies: { ...DEPENDENCIES, zod: '^3.23.0' }, devDependencies: DEV_DEPENDENCIES }));
    const run = await runMain(harness);
    expect(run.error).toBeInstanceOf(ConfigurationError);
    expect((run.error as Error).message).toBe(
      `package-lock.json in ${harness.project} is out of sync with package.json: 'zod' (^3.23.0) is in package.json but not in package-lock.json. ` +
        "Run 'npm install' locally and commit the updated package-lock.json ('npm ci' refuses it as it is).\n" +
        "Diagnosis: dependency conflict. package-lock.json does not match package.json's dependencies.\n" +
        "Fix: Run 'npm install' locally and commit the updated package-lock.json ('npm ci' refuses it as it is).\n" +
        'Evidence:\n' +
        "  'zod' (^3.23.0) is in package.json but not in package-lock.json",
    );
    expect(run.fake.calls.map((call) => [call.command, ...call.args])).toEqual([['node', '--version']]);
  });

  it("a node --version already asked in the project's folder (the bundle asks it as it loads) is used, not asked again; one asked elsewhere is not", async () => {
    const harness = await npmHarness();
    const answered = (stdout: string) => Promise.resolve({ exitCode: 0, stdout, stderr: '' });
    const inProject = await runMain(harness, undefined, {}, {}, { nodeProbe: { directory: harness.project, result: answered('v22.9.0\n') } });
    expect(inProject.error).toBeUndefined();
    expect(inProject.fake.lines()).not.toContain('node --version');
    expect(inProject.result?.treeKey).toContain('-node22.9.0-npm');

    const elsewhere = await runMain(harness, undefined, {}, {}, { nodeProbe: { directory: harness.workspace, result: answered('v22.9.0\n') } });
    expect(elsewhere.error).toBeUndefined();
    expect(elsewhere.fake.lines()).toContain('node --version');
    expect(elsewhere.result?.treeKey).toContain('-node20.11.0-npm');
  });

  it('a Node.js on PATH that the project does not accept is an error before the install', async () => {
    const harness = await makeHarness(await temp.make());
    await writeNpmProject(harness.project, DEPENDENCIES, DEV_DEPENDENCIES, { engines: { node: '>=22' } });
    const run = await runMain(harness);
    expect((run.error as Error).message).toBe(
      "Node.js 20.11.0 is on PATH, but package.json engines.node requires '>=22'. " +
        "Add actions/setup-node before this step with 'node-version-file: package.json' (or a node-version that satisfies '>=22').",
    );
    expect(run.fake.installLines()).toEqual([]);
  });

  it('warns when the npm on PATH is not the version package.json pins', async () => {
    const harness = await makeHarness(await temp.make());
    await writeNpmProject(harness.project, DEPENDENCIES, DEV_DEPENDENCIES, { packageManager: 'npm@9.8.1' });
    const run = await runMain(harness);
    expect(run.error).toBeUndefined();
    expect(run.io.warningMessages).toContain(
      "package.json pins npm@9.8.1, but npm 10.2.4 is on PATH; installing with it (npm ci installs the same tree from the lockfile).",
    );
  });

  it('key files changed between main and post: the tree is not saved', async () => {
    const harness = await npmHarness();
    const run = await runMain(harness);
    const manifest = JSON.parse(await readFile(path.join(harness.project, 'package.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(harness.project, 'package.json'), packageJson({ ...manifest, scripts: { build: 'tsc' } }));
    const { io, saves } = await runPost(harness, run.io);
    const detail = 'package.json, package-lock.json changed after the install, so the tree no longer matches its key';
    expect(saves.find((save) => save.what === 'installed tree')).toEqual({ what: 'installed tree', key: run.result?.treeKey, outcome: 'skipped', detail });
    expect(io.warningMessages).toContain(`Not saving the installed tree: ${detail}.`);
    expect(existsSync(path.join(harness.project, 'node_modules', TREE_MARKER_FILE))).toBe(false);

    // Nothing was saved under the tree key: a fresh runner with the original files installs again.
    await writeNpmProject(harness.project);
    await rm(path.join(harness.project, 'node_modules'), { recursive: true });
    const next = await runMain(harness);
    expect(next.io.outputs.get('cache-hit')).toBe('false');
    expect(next.fake.installLines()).toEqual(['npm ci --no-audit --no-fund']);
  });

  it('a corrupt tree archive: warns, installs, reports the cache error and does not save over the key', async () => {
    const harness = await npmHarness();
    const first = await runMain(harness);
    await runPost(harness, first.io);
    for (const name of await readdir(harness.cacheDirectory)) {
      if (!name.endsWith('.json')) continue;
      const record = JSON.parse(await readFile(path.join(harness.cacheDirectory, name), 'utf8')) as { key: string; archive: string };
      if (record.key === first.result?.treeKey) await writeFile(path.join(harness.cacheDirectory, record.archive), 'garbage');
    }
    await rm(path.join(harness.project, 'node_modules'), { recursive: true });
    const second = await runMain(harness);
    expect(second.error).toBeUndefined();
    expect(second.result?.cacheResult).toBe('error');
    expect(second.fake.installLines()).toEqual(['npm ci --no-audit --no-fund']);
    expect(second.io.warningMessages.some((message) => message.startsWith('Restoring the installed dependencies from the cache failed (extracting '))).toBe(true);
    expect(existsSync(path.join(harness.project, 'node_modules/left-pad/index.js'))).toBe(true);
    const { saves } = await runPost(harness, second.io);
    // The key is known to be taken: the tree is not even archived for a save that would be refused.
    expect(saves.find((save) => save.what === 'installed tree')).toBeUndefined();
  });

  it.each([
    ['write-only', 'miss', ['node --version', 'npm --version', 'npm config get cache', 'npm ci --no-audit --no-fund'], ['installed tree', 'download store']],
    ['none', 'disabled', ['node --version', 'npm --version', 'npm ci --no-audit --no-fund'], []],
    ['read', 'miss', ['node --version', 'npm --version', 'npm config get cache', 'npm ci --no-audit --no-fund'], []],
  ])('ACTIONS_CACHE_MODE=%s: cache-result %s, and post saves %j', async (cacheMode, cacheResult, commands, saved) => {
    const harness = await npmHarness();
    const run = await runMain(harness, undefined, { cacheMode });
    expect(run.result?.cacheResult).toBe(cacheResult);
    expect(run.fake.lines()).toEqual(commands);
    const { saves } = await runPost(harness, run.io);
    expect(saves.filter((save) => save.outcome === 'saved').map((save) => save.what)).toEqual(saved);
  });

  it('the pipeline runs setup-deps first, with the same dependencies, then the later stages', async () => {
    const harness = await npmHarness();
    const io = new RecordingIO({ 'working-directory': 'app' });
    const fake = fakePackageManager({ storeDirectory: harness.storeDirectory });
    // the fake project has no test script: the test stage, last, says so after setup-deps has run
    await expect(
      pipelineMain({ io, run: fake.run, cache: harness.cache, context: actionContext(harness), now: harness.now, readToolVersion: async () => undefined }),
    ).rejects.toThrow(/No test command in .*package\.json has no 'test' script/);
    expect(io.outputs.get('cache-result')).toBe('miss');
    const postIO = new RecordingIO({}, io.state);
    await pipelinePost({ io: postIO, cache: harness.cache });
    expect(postIO.infos).toContain(`Saved the installed tree under ${io.outputs.get('cache-key')}.`);
  });
});

describe('setup-deps main and post with a fake package manager (pip)', () => {
  it('creates the venv, exports it for later steps, and restores it whole on the next run', async () => {
    const harness = await makeHarness(await temp.make());
    await writeFile(path.join(harness.project, 'requirements.txt'), 'flask==3.0.0\n-r requirements-base.txt\n');
    await writeFile(path.join(harness.project, 'requirements-base.txt'), 'requests==2.31.0\n');
    const first = await runMain(harness);
    expect(first.error).toBeUndefined();
    const venv = path.join(harness.project, '.venv');
    expect(first.fake.installLines()).toEqual([
      '/usr/bin/python3 -m venv .venv',
      `${path.join(venv, 'bin', 'python')} -m pip install --disable-pip-version-check -r requirements.txt -r requirements-base.txt`,
    ]);
    // timeout-minutes (default 30) bounds both steps together: the second runs with what the first left (the
    // harness clock moves 250 ms at each reading, so the venv step is charged 250 ms).
    expect(first.fake.calls.filter((call) => call.timeoutMs !== undefined && call.timeoutMs !== PROBE_DEADLINE_MS).map((call) => call.timeoutMs)).toEqual([
      30 * 60_000,
      30 * 60_000 - 250,
    ]);
    expect(Object.fromEntries(first.io.exportedEnv)).toEqual({ VIRTUAL_ENV: venv, BUILD_ACTIONS_DEPENDENCIES_CACHE: 'miss' });
    expect(first.io.paths).toEqual([path.join(venv, 'bin')]);
    expect(Object.fromEntries(first.io.outputs)).toMatchObject({ language: 'python', 'package-manager': 'pip', 'runtime-version': '3.12.3', 'cache-hit': 'false' });

    const { saves } = await runPost(harness, first.io);
    expect(saves.map((save) => [save.what, save.outcome])).toEqual([
      ['installed tree', 'saved'],
      ['download store', 'saved'],
    ]);

    await rm(venv, { recursive: true });
    const second = await runMain(harness);
    expect(second.result?.cacheResult).toBe('exact');
    expect(second.fake.installLines()).toEqual([]);
    expect(existsSync(path.join(venv, 'lib/site-packages/flask/__init__.py'))).toBe(true);
    expect(Object.fromEntries(second.io.exportedEnv)).toEqual({ VIRTUAL_ENV: venv, BUILD_ACTIONS_DEPENDENCIES_CACHE: 'exact' });
    expect(second.io.paths).toEqual([path.join(venv, 'bin')]);
  });

  it('a change to a file that a requirements file includes changes the key, and post will not save over it', async () => {
    const harness = await makeHarness(await temp.make());
    await mkdir(path.join(harness.project, 'base'));
    await writeFile(path.join(harness.project, 'requirements.txt'), 'flask==3.0.0\n-r base/common.txt\n');
    await writeFile(path.join(harness.project, 'base/common.txt'), 'requests==2.31.0\n');
    const first = await runMain(harness);
    expect(first.error).toBeUndefined();
    expect(savedState(first.io).keyFiles).toEqual(['requirements.txt', path.join('base', 'common.txt')]);
    await writeFile(path.join(harness.project, 'base/common.txt'), 'requests==2.32.0\n');
    const { saves } = await runPost(harness, first.io);
    expect(saves.find((save) => save.what === 'installed tree')?.outcome).toBe('skipped');
    const second = await runMain(harness);
    expect(second.io.outputs.get('cache-key')).not.toBe(first.io.outputs.get('cache-key'));
  });
});
