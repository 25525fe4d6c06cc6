import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { PIPELINE_INPUT_RENAMES, PIPELINE_INPUTS, PIPELINE_OUTPUT_RENAMES, PIPELINE_OUTPUTS, PIPELINE_OWN_INPUTS, stageInputReader } from '../../../src/actions/pipeline/inputs.js';
import { SETUP_DEPS_INPUTS, SETUP_DEPS_OUTPUTS } from '../../../src/actions/setup-deps/inputs.js';
import { LOCAL_INPUT_OPTIONS, LOCAL_PUBLISH_IMAGE_OPTIONS, LOCAL_RUN_OPTIONS } from '../../../src/core/local/cli-arguments.js';
import { QUALITY_CHECKS_INPUTS, QUALITY_CHECKS_OUTPUTS } from '../../../src/actions/quality-checks/inputs.js';
import { TEST_INPUTS, TEST_OUTPUTS } from '../../../src/actions/testing/inputs.js';
import { BUILD_INPUTS, BUILD_OUTPUTS, BUILD_PUBLISH_INPUTS } from '../../../src/actions/build/inputs.js';
import { PUBLISH_IMAGE_INPUTS, PUBLISH_IMAGE_OUTPUTS } from '../../../src/actions/publish-image/inputs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string };
}

function load(relative: string): ActionMetadata {
  return yaml.load(readFileSync(path.join(root, relative), 'utf8')) as ActionMetadata;
}

const ACTIONS: Array<{ file: string; inputs: readonly string[]; outputs: readonly string[]; bundle: string; post?: string }> = [
  { file: 'actions/setup-deps/action.yml', inputs: SETUP_DEPS_INPUTS, outputs: SETUP_DEPS_OUTPUTS, bundle: 'dist/setup-deps/index.js', post: 'dist/setup-deps-post/index.js' },
  { file: 'actions/quality-checks/action.yml', inputs: QUALITY_CHECKS_INPUTS, outputs: QUALITY_CHECKS_OUTPUTS, bundle: 'dist/quality-checks/index.js' },
  { file: 'actions/test/action.yml', inputs: TEST_INPUTS, outputs: TEST_OUTPUTS, bundle: 'dist/test/index.js' },
  { file: 'actions/publish-image/action.yml', inputs: PUBLISH_IMAGE_INPUTS, outputs: PUBLISH_IMAGE_OUTPUTS, bundle: 'dist/publish-image/index.js', post: 'dist/publish-image-post/index.js' },
  { file: 'action.yml', inputs: PIPELINE_INPUTS, outputs: PIPELINE_OUTPUTS, bundle: 'dist/pipeline/index.js', post: 'dist/pipeline-post/index.js' },
  { file: 'actions/build/action.yml', inputs: BUILD_INPUTS, outputs: BUILD_OUTPUTS, bundle: 'dist/build/index.js' },
  { file: 'build/action.yml', inputs: BUILD_INPUTS, outputs: BUILD_OUTPUTS, bundle: 'dist/build/index.js' },
];

describe.each(ACTIONS)('$file', ({ file, inputs, outputs, bundle, post }) => {
  const metadata = load(file);
  const resolve = (entry: string): string => path.relative(root, path.resolve(root, path.dirname(file), entry));

  it('declares exactly the inputs the code reads, each described', () => {
    expect(Object.keys(metadata.inputs ?? {}).sort()).toEqual([...inputs].sort());
    for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
      expect([name, typeof input.description]).toEqual([name, 'string']);
    }
  });

  it('declares exactly the outputs the code sets, each described', () => {
    expect(Object.keys(metadata.outputs ?? {}).sort()).toEqual([...outputs].sort());
    for (const [name, output] of Object.entries(metadata.outputs ?? {})) {
      expect([name, typeof output.description]).toEqual([name, 'string']);
    }
  });

  it('runs on node24 from committed bundles in dist/', () => {
    expect(metadata.runs.using).toBe('node24');
    expect(resolve(metadata.runs.main)).toBe(bundle);
    expect(metadata.runs.post === undefined ? undefined : resolve(metadata.runs.post)).toBe(post);
    for (const entry of [bundle, post].filter((entry): entry is string => entry !== undefined)) {
      expect(existsSync(path.join(root, entry))).toBe(true);
      expect(JSON.parse(readFileSync(path.join(root, path.dirname(entry), 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    }
  });
});

it('keeps build/action.yml (the path existing consumers use) in step with actions/build/action.yml', () => {
  const legacy = load('build/action.yml');
  const current = load('actions/build/action.yml');
  expect({ ...legacy, runs: undefined }).toEqual({ ...current, runs: undefined });
  expect(path.resolve(root, 'build', legacy.runs.main)).toBe(path.resolve(root, 'actions/build', current.runs.main));
  expect(legacy.runs.using).toBe(current.runs.using);
});

/** The stages of the root action, each with the outputs and inputs the pipeline renames as it runs (the runtime's tables). */
const PIPELINE_STAGE_FILES: Array<[string, Readonly<Record<string, string>>, Readonly<Record<string, string>>]> = [
  ['actions/setup-deps/action.yml', {}, {}],
  ['actions/quality-checks/action.yml', {}, {}],
  ['actions/test/action.yml', {}, {}],
  ['actions/build/action.yml', PIPELINE_OUTPUT_RENAMES.build, PIPELINE_INPUT_RENAMES.build],
  ['actions/publish-image/action.yml', PIPELINE_OUTPUT_RENAMES['publish-image'], PIPELINE_INPUT_RENAMES['publish-image']],
];

it.each(PIPELINE_STAGE_FILES)('gives the root action the inputs and outputs of %s, with the same defaults (scripts/generate-root-action.mjs)', (file, renames, inputRenames) => {
  const stage = load(file);
  const pipeline = load('action.yml');
  for (const [name, input] of Object.entries(stage.inputs ?? {})) {
    const rootName = inputRenames[name] ?? name;
    expect([name, pipeline.inputs?.[rootName]?.default]).toEqual([name, input.default]);
    if (inputRenames[name] !== undefined) expect([name, pipeline.inputs?.[rootName]?.description]).not.toEqual([name, input.description]);
  }
  for (const name of Object.keys(stage.outputs ?? {})) {
    if (renames[name] === undefined) expect([name, pipeline.outputs?.[name]]).toEqual([name, stage.outputs?.[name]]);
    else expect([name, typeof pipeline.outputs?.[renames[name]]?.description]).toEqual([name, 'string']);
  }
});

it('gives the root action exactly the stages\' outputs, renamed where the pipeline renames them as it runs (the generator and the runtime agree)', () => {
  const expected = PIPELINE_STAGE_FILES.flatMap(([file, renames]) => Object.keys(load(file).outputs ?? {}).map((name) => renames[name] ?? name));
  expect(Object.keys(load('action.yml').outputs ?? {}).sort()).toEqual(expected.sort());
  expect(new Set(expected).size).toBe(expected.length);
  expect(load('action.yml').outputs?.['build-cache-hit']?.description).toMatch(/^true when the build was skipped because the cache held its outputs exactly/);
});

it('gives the root action its own inputs (stages, publish), read by no stage, and every stage input once, renamed where the table says', () => {
  const stageInputs = PIPELINE_STAGE_FILES.flatMap(([file, , inputRenames]) => Object.keys(load(file).inputs ?? {}).map((name) => inputRenames[name] ?? name));
  expect([...new Set([...PIPELINE_OWN_INPUTS, ...stageInputs])].sort()).toEqual(Object.keys(load('action.yml').inputs ?? {}).sort());
  for (const name of PIPELINE_OWN_INPUTS) expect(stageInputs).not.toContain(name);
  expect(load('action.yml').inputs?.publish?.default).toBe('false');
  expect(load('action.yml').inputs?.stages?.default).toBe('all');
});

it('lets the local command take every input of setup-deps, quality-checks, test and build as an option, but the publishing ones (CI only)', () => {
  const publishing: readonly string[] = BUILD_PUBLISH_INPUTS;
  expect(publishing.every((name) => (BUILD_INPUTS as readonly string[]).includes(name))).toBe(true);
  const fourStages = [...new Set([...SETUP_DEPS_INPUTS, ...QUALITY_CHECKS_INPUTS, ...TEST_INPUTS, ...BUILD_INPUTS])];
  expect([...LOCAL_INPUT_OPTIONS].sort()).toEqual(fourStages.filter((name) => !publishing.includes(name)).sort());
});

it('gives the root action one cache-version input that reaches every stage that caches, under its own name', () => {
  const caching = PIPELINE_STAGE_FILES.filter(([file]) => load(file).inputs?.['cache-version'] !== undefined).map(([file]) => file);
  expect(caching).toEqual(['actions/setup-deps/action.yml', 'actions/test/action.yml', 'actions/build/action.yml', 'actions/publish-image/action.yml']);
  // quality-checks keeps nothing in the Actions cache (its main never calls the cache store).
  expect(readFileSync(path.join(root, 'src/actions/quality-checks/main.ts'), 'utf8')).not.toMatch(/cache\.(restore|save)\(/);
  expect(load('action.yml').inputs?.['cache-version']?.default).toBe('');
  const root_ = (name: string): string => (name === 'cache-version' ? 'v9' : '');
  for (const stage of ['setup-deps', 'test', 'build', 'publish-image'] as const) expect([stage, stageInputReader(root_, stage)('cache-version')]).toEqual([stage, 'v9']);
});

it("lets the local command take publish-image's own inputs (the rest are shared with the other stages) and, for run, the root action's stages and image-max-size", () => {
  expect([...LOCAL_PUBLISH_IMAGE_OPTIONS, 'working-directory', 'cache', 'cache-version', 'timeout-minutes'].sort()).toEqual([...PUBLISH_IMAGE_INPUTS].sort());
  const rootInputs = Object.keys(load('action.yml').inputs ?? {});
  for (const name of LOCAL_RUN_OPTIONS) expect(rootInputs).toContain(name);
  expect(LOCAL_RUN_OPTIONS).not.toContain('publish');
});
