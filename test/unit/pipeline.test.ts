import { existsSync } from 'node:fs';
import path from 'node:path';
import { main as buildMain } from '../../src/actions/build/main.js';
import { PIPELINE_OUTPUT_RENAMES } from '../../src/actions/pipeline/inputs.js';
import { main as pipelineMain, renamingOutputs } from '../../src/actions/pipeline/main.js';
import { main as qualityChecksMain } from '../../src/actions/quality-checks/main.js';
import { main as testMain } from '../../src/actions/test/main.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { fakePackageManager } from './support/fake-package-manager.js';
import { pipelineDependencies, writePipelineProject } from './support/pipeline-project.js';
import { RecordingIO } from './support/recording-io.js';
import { actionContext, makeHarness, writeNpmProject } from './support/setup-deps-harness.js';
import { tempDirectories } from './support/temp-dir.js';

// The one-step pipeline builds after the tests (issue 9): the build's outputs under the root action's names, its
// failure joined with the other stages' into the step's one message, and nothing built when the install failed.
const temp = tempDirectories('pipeline-');
afterEach(() => temp.cleanup());

/** Writes a file named `built.txt`, so that a test can tell whether the build script ran. */
const BUILD_SCRIPT = `node -e "require('node:fs').writeFileSync('built.txt', 'ok')"`;

/** setup-deps as a stand-in (the rest runs for real): it sets its cache-hit as the real one does after an exact hit. */
const exactHit = async (deps: { io: { setOutput(name: string, value: string): void } }): Promise<void> => deps.io.setOutput('cache-hit', 'true');
const stages = { setupDeps: exactHit, qualityChecks: qualityChecksMain, test: testMain, build: buildMain };

describe('renamingOutputs', () => {
  it('sets the renamed outputs under their new names and the others as they are', () => {
    const io = new RecordingIO();
    const renamed = renamingOutputs(io, PIPELINE_OUTPUT_RENAMES.build);
    renamed.setOutput('cache-hit', 'false');
    renamed.setOutput('built', 'app');
    renamed.info('still the same io');
    expect(Object.fromEntries(io.outputs)).toEqual({ 'build-cache-hit': 'false', built: 'app' });
    expect(io.infos).toEqual(['still the same io']);
  });
});

describe('the one-step pipeline builds after the tests', () => {
  it('sets setup-deps\' cache-hit and the build\'s build-cache-hit side by side, and writes the build\'s summary', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 0, failingTests: 0, build: BUILD_SCRIPT }));
    await pipelineMain(d, stages);
    expect(d.io.failures).toEqual([]);
    expect(Object.fromEntries(d.io.outputs)).toMatchObject({ 'cache-hit': 'true', 'build-cache-hit': 'false', built: 'app', artifacts: '' });
    expect(existsSync(path.join(d.context.workspace, 'app/built.txt'))).toBe(true);
    expect(d.io.summaries.at(-1)?.[0]).toEqual({ kind: 'heading', text: 'Build: app' });
  });

  it('joins a failing build with the quality checks\' failure into the step\'s one message', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 2, failingTests: 0, build: 'node -e "process.exit(3)"' }));
    await pipelineMain(d, stages);
    expect(d.io.failures).toEqual([expect.stringMatching(/^Quality checks failed[^\n]*\n(.*\n)*The build failed: 'npm run build' in the project failed with exit code 3\b/)]);
    expect(d.io.outputs.has('build-cache-hit')).toBe(false);
  });

  it('does not build when the tests failed', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 0, failingTests: 1, build: BUILD_SCRIPT }));
    await expect(pipelineMain(d, stages)).rejects.toThrow('1 of 1 tests failed.');
    expect(existsSync(path.join(d.context.workspace, 'app/built.txt'))).toBe(false);
    expect(d.io.outputs.has('built')).toBe(false);
  });

  it('runs nothing after setup-deps when the install failed: no check, no test, no build', async () => {
    const harness = await makeHarness(await temp.make());
    await writeNpmProject(harness.project, undefined, undefined, { scripts: { lint: 'eslint .', test: 'node --test', build: 'tsc' } });
    const fake = fakePackageManager({ storeDirectory: harness.storeDirectory, failInstall: { exitCode: 1, stdout: 'npm error code ERESOLVE' } });
    const io = new RecordingIO({ 'working-directory': 'app' });
    const run = pipelineMain({ io, run: fake.run, cache: harness.cache, context: actionContext(harness), now: harness.now, readToolVersion: async () => undefined });
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow(/'npm ci --no-audit --no-fund' failed with exit code 1/);
    expect(fake.lines().at(-1)).toBe('npm ci --no-audit --no-fund');
    expect(io.groups.at(-1)).toMatch(/^Install dependencies/);
    expect(io.outputs.size).toBe(0);
  });

  it('refuses a bad build input before any stage runs', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 0, failingTests: 0, build: BUILD_SCRIPT }));
    const io = new RecordingIO({ 'working-directory': 'app', 'max-size': 'huge' });
    let setupRan = false;
    const run = pipelineMain({ ...d, io }, { ...stages, setupDeps: async () => void (setupRan = true) });
    await expect(run).rejects.toThrow(/'max-size'/);
    expect(setupRan).toBe(false);
    expect(io.groups).toEqual([]);
  });
});
