import { existsSync } from 'node:fs';
import path from 'node:path';
import { main as buildMain } from '../../../../src/actions/build/main.js';
import { PIPELINE_OUTPUT_RENAMES } from '../../../../src/actions/pipeline/inputs.js';
import { main as pipelineMain, renamingOutputs } from '../../../../src/actions/pipeline/main.js';
import { post as pipelinePost } from '../../../../src/actions/pipeline/post.js';
import { savePublishImageState } from '../../../../src/actions/publish-image/state.js';
import type { SummaryDocument } from '../../../../src/core/summary-document.js';
import type { ActionIO } from '../../../../src/runtime/io/action-io.js';
import { main as qualityChecksMain } from '../../../../src/actions/quality-checks/main.js';
import { main as testMain } from '../../../../src/actions/testing/main.js';
import { ConfigurationError, StageUnavailable } from '../../../../src/core/errors.js';
import { fakePackageManager } from '../../support/fake-package-manager.js';
import { pipelineDependencies, writePipelineProject } from '../../support/pipeline-project.js';
import { RecordingIO } from '../../support/recording-io.js';
import { actionContext, makeHarness, writeNpmProject } from '../../support/setup-deps-harness.js';
import { tempDirectories } from '../../support/temp-dir.js';

// The one-step pipeline builds after the tests (issue 9): the build's outputs under the root action's names, its
// failure joined with the other stages' into the step's one message, and nothing built when the install failed.
const temp = tempDirectories('pipeline-');
afterEach(() => temp.cleanup());

/** Writes a file named `built.txt`, so that a test can tell whether the build script ran. */
const BUILD_SCRIPT = `node -e "require('node:fs').writeFileSync('built.txt', 'ok')"`;

/** setup-deps as a stand-in (the rest runs for real): it sets its cache-hit as the real one does after an exact hit. */
const exactHit = async (deps: { io: { setOutput(name: string, value: string): void } }): Promise<void> => deps.io.setOutput('cache-hit', 'true');
const stages = { setupDeps: exactHit, qualityChecks: qualityChecksMain, test: testMain, build: buildMain };

/** The rows of the stage table the pipeline's summary opens with. */
function tableRows(document: SummaryDocument | undefined): string[][] {
  const first = document?.[1];
  if (document?.[0]?.kind !== 'heading' || !document[0].text.startsWith('Pipeline: ') || first?.kind !== 'table') throw new Error('the summary does not open with the stage table');
  return first.rows;
}

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
    expect(d.io.summaries).toHaveLength(1);
    expect(d.io.summaries[0]).toContainEqual({ kind: 'heading', text: 'Build: app' });
  });

  it('joins a failing build with the quality checks\' failure into the step\'s one message', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 2, failingTests: 0, build: 'node -e "process.exit(3)"' }));
    await pipelineMain(d, stages);
    expect(d.io.failures).toEqual([expect.stringMatching(/^Quality checks failed[^\n]*\n(.*\n)*The build failed: 'npm run build' in the project failed with exit code 3\b/)]);
    expect(d.io.outputs.has('build-cache-hit')).toBe(false);
  });

  it('does not build when the tests failed', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 0, failingTests: 1, build: BUILD_SCRIPT }));
    await expect(pipelineMain(d, stages)).rejects.toThrow(/1 of 1 tests failed\.(.|\n)*\nSkipped: build \(test failed\)\.$/);
    expect(existsSync(path.join(d.context.workspace, 'app/built.txt'))).toBe(false);
    expect(d.io.outputs.has('built')).toBe(false);
    expect(tableRows(d.io.summaries[0])).toEqual([
      ['setup-deps', '✅ passed', expect.stringMatching(/ s$/), '—'],
      ['quality-checks', '✅ passed', expect.stringMatching(/ s$/), '—'],
      ['test', '❌ failed', expect.stringMatching(/ s$/), '—'],
      ['build', '⏭️ skipped: test failed', '—', '—'],
      ['publish-image', 'not selected (publish is not true)', '—', '—'],
    ]);
    expect(d.io.infos).toContain('build: skipped: test failed.');
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

describe('stages, publish and the renamed inputs', () => {
  it('runs only the stages named in stages, and says the others were not selected', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 0, failingTests: 0, build: BUILD_SCRIPT }));
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint', coverage: 'false', cache: 'false', stages: 'build' });
    const ran: string[] = [];
    await pipelineMain({ ...d, io }, { ...stages, setupDeps: async () => void ran.push('setup-deps'), test: async () => { ran.push('test'); throw new Error('not selected'); } });
    expect(ran).toEqual([]);
    expect(existsSync(path.join(d.context.workspace, 'app/built.txt'))).toBe(true);
    expect(tableRows(io.summaries[0]).map((row) => row.slice(0, 2))).toEqual([
      ['setup-deps', "not selected (not in 'stages')"], ['quality-checks', "not selected (not in 'stages')"], ['test', "not selected (not in 'stages')"],
      ['build', '✅ passed'], ['publish-image', 'not selected (publish is not true)'],
    ]);
  });

  it('refuses an unknown stage before anything runs, naming the input, the value and the stages', async () => {
    const io = new RecordingIO({ stages: 'setup-deps,deploy' });
    let ran = false;
    const run = pipelineMain({ ...pipelineDependencies(await temp.make()), io }, { ...stages, setupDeps: async () => void (ran = true) });
    await expect(run).rejects.toThrow("Input 'stages' must be all or a comma-separated list of setup-deps, quality-checks, test, build, publish-image (got 'setup-deps,deploy': unknown 'deploy').");
    expect(ran).toBe(false);
  });

  it('with publish: true runs publish-image last, reading its inputs and setting its outputs under the root action\'s names; post then runs its post', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 0, failingTests: 0, build: BUILD_SCRIPT }));
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint', coverage: 'false', cache: 'false', publish: 'true', 'image-max-size': '300MB', 'max-size': '5MB', 'publish-package': 'none' });
    const seen: Record<string, string> = {};
    const publishImage = async (deps: { io: ActionIO }): Promise<void> => {
      for (const name of ['max-size', 'working-directory']) seen[`image ${name}`] = deps.io.getInput(name);
      deps.io.setOutput('cache-result', 'partial');
      deps.io.setOutput('digest', 'sha256:abc');
      savePublishImageState(deps.io, { schema: 1, directory: path.join(d.context.workspace, 'app'), skipReason: 'a test' });
    };
    const build = async (deps: { io: ActionIO }): Promise<void> => {
      for (const name of ['max-size', 'publish']) seen[`build ${name}`] = deps.io.getInput(name);
      deps.io.setOutput('cache-hit', 'true');
    };
    await pipelineMain({ ...d, io }, { ...stages, build, publishImage });
    expect(io.failures).toEqual([]);
    expect(seen).toEqual({ 'image max-size': '300MB', 'image working-directory': 'app', 'build max-size': '5MB', 'build publish': 'none' });
    expect(Object.fromEntries(io.outputs)).toMatchObject({ 'cache-hit': 'true', 'build-cache-hit': 'true', 'image-cache-result': 'partial', digest: 'sha256:abc' });
    expect(io.outputs.has('cache-result')).toBe(false);
    expect(tableRows(io.summaries[0]).slice(3).map((row) => [row[0], row[1], row[3]])).toEqual([['build', '✅ passed', 'hit (build skipped)'], ['publish-image', '✅ passed', 'partial']]);

    const postIO = new RecordingIO({}, io.state);
    await pipelinePost({ io: postIO, cache: d.cache, run: d.run });
    expect(postIO.infos).toContain('Not saving the layer cache: a test.');
  });

  it('does not publish the image after quality findings, though the tests and the build ran', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 1, failingTests: 0, build: BUILD_SCRIPT }));
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint', coverage: 'false', cache: 'false', publish: 'true' });
    let published = false;
    await pipelineMain({ ...d, io }, { ...stages, publishImage: async () => void (published = true) });
    expect(published).toBe(false);
    expect(existsSync(path.join(d.context.workspace, 'app/built.txt'))).toBe(true);
    expect(io.failures).toEqual([expect.stringMatching(/^Quality checks failed(.|\n)*\nSkipped: publish-image \(quality-checks failed\)\.$/)]);
    expect(tableRows(io.summaries[0]).map((row) => row[1])).toEqual(['✅ passed', '❌ failed', '✅ passed', '✅ passed', '⏭️ skipped: quality-checks failed']);
  });

  it('a stage that throws StageUnavailable is skipped with its note, not failed; the observer says so in place of the info line', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 0, failingTests: 0, build: BUILD_SCRIPT }));
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint', coverage: 'false', cache: 'false', publish: 'true' });
    const told: string[] = [];
    await pipelineMain({ ...d, io }, { ...stages, publishImage: async () => { throw new StageUnavailable('no Dockerfile (looked for app/Dockerfile)'); } }, {
      skipped: (stage, outcome) => told.push(`${stage} ${outcome.result}`),
    });
    expect(io.failures).toEqual([]);
    expect(told).toEqual(['publish-image unavailable']);
    expect(io.infos.join('\n')).not.toContain('publish-image: skipped');
    expect(io.summaries[0][0]).toEqual({ kind: 'heading', text: 'Pipeline: passed' });
    expect(tableRows(io.summaries[0]).map((row) => row[1])).toEqual(['✅ passed', '✅ passed', '✅ passed', '✅ passed', '⏭️ skipped: no Dockerfile (looked for app/Dockerfile)']);
  });

  it('without an observer, a skipped stage is an info line', async () => {
    const d = pipelineDependencies(await writePipelineProject(await temp.make(), { lintErrors: 0, failingTests: 0, build: BUILD_SCRIPT }));
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint', coverage: 'false', cache: 'false', publish: 'true' });
    await pipelineMain({ ...d, io }, { ...stages, publishImage: async () => { throw new StageUnavailable('no engine'); } });
    expect(io.failures).toEqual([]);
    expect(io.infos).toContain('publish-image: skipped: no engine.');
  });

  it('post does not run publish-image\'s post when the image stage did not run', async () => {
    const d = pipelineDependencies(await temp.make());
    const postIO = new RecordingIO({});
    await pipelinePost({ io: postIO, cache: d.cache, run: async () => { throw new Error('nothing may run'); } });
    expect(postIO.infos.join('\n')).not.toMatch(/publish-image|layer cache/);
  });
});

describe('the renamed inputs in messages', () => {
  it.each([
    ['publish-package', 'maven', "Input 'publish-package' must be one of none, npm, pypi (got 'maven')."],
    ['image-max-size', 'huge', "'image-max-size'"],
  ])('a bad %s is refused under the root action\'s name', async (name, value, expected) => {
    const io = new RecordingIO({ [name]: value });
    await expect(pipelineMain({ ...pipelineDependencies(await temp.make()), io }, stages)).rejects.toThrow(expected);
  });
});
