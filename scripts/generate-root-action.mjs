// Writes the root action.yml (the Marketplace entry: the whole pipeline in one step) from the stage
// actions' own action.yml files, so that its inputs and outputs are theirs, with the same defaults and
// descriptions. The contract test (test/unit/action-metadata.test.ts) fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const PIPELINE_STAGE_ACTIONS = ['setup-deps', 'quality-checks', 'test', 'build', 'publish-image'];

// The root action's own inputs, read by no stage (PIPELINE_OWN_INPUTS in src/actions/pipeline/inputs.ts).
const OWN_INPUTS = {
  stages: {
    description:
      'Which stages run: all, or a comma-separated list of setup-deps, quality-checks, test, build, publish-image (they run in that order). A stage runs only when the stages it needs passed or were not selected: quality-checks and test need setup-deps, build needs setup-deps and test (quality findings stop neither the tests nor the build), publish-image needs build and quality-checks. The summary\'s table says which were skipped and why.',
    required: false,
    default: 'all',
  },
  publish: {
    description:
      'Build, check and push the Docker image (the publish-image stage) after a green build: true or false. Package publishing (npm, PyPI) is publish-package.',
    required: false,
    default: 'false',
  },
};

// An input a stage reads under another name in the root action, where its own name means something else there
// (PIPELINE_INPUT_RENAMES in src/actions/pipeline/inputs.ts; test/unit/action-metadata.test.ts holds the two together).
const RENAMED_INPUTS = {
  build: {
    publish: {
      name: 'publish-package',
      description:
        'Publish the verified packages (never a rebuild) after the build: none, npm (npm publish of each tarball to its publishConfig or .npmrc registry, with provenance when the job may sign) or pypi (the sdist and wheel, uploaded as twine does to repository-url). Only on a tag or the default branch, never from pull requests; a version already published fails before any upload. (The build action\'s publish input; publish here asks for the image.)',
    },
  },
  'publish-image': {
    'max-size': {
      name: 'image-max-size',
      description: 'A size budget for the Docker image, e.g. 300MB or 1GB; a larger image fails before the push. Empty: no budget. (publish-image\'s max-size; max-size is per package.)',
    },
  },
};

// An output two stages both set keeps its name for the first and takes another for the later one. The pipeline
// renames it as it runs by its own copy of this table (PIPELINE_OUTPUT_RENAMES in src/actions/pipeline/inputs.ts);
// test/unit/action-metadata.test.ts holds the two together. Any other clash is an error.
const RENAMED_OUTPUTS = {
  build: {
    'cache-hit': {
      name: 'build-cache-hit',
      description: 'true when the build was skipped because the cache held its outputs exactly; false otherwise (cache-hit is the dependencies\').',
    },
  },
  'publish-image': {
    'cache-result': {
      name: 'image-cache-result',
      description: 'The Docker layer cache: hit, partial (an older entry of this scope), miss, disabled or error (a cache fault; built cold). cache-result is the dependencies\'.',
    },
  },
};

// An input several stages read is one input of the root action, with one default. Where the stages describe it
// differently, the root action's description says what it does for each of them (an input missing here throws).
const SHARED_INPUT_DESCRIPTIONS = {
  'working-directory': 'The project folder, relative to the repository root, for every stage (it holds package.json, or requirements*.txt, pyproject.toml or setup.py, and the Dockerfile for publish-image).',
  cache:
    'Use the Actions cache, true or false: for the installed dependencies (restored and saved), the test-file durations (for shard planning), the build outputs (restored when no tracked source, lockfile, tool version or build script changed, so the build is skipped and verification still runs; saved after a verified build) with the package-size history, and the Docker layers (per image and Dockerfile).',
  'max-parallel': 'How many checks run at once, and how many workspace members build at once (members that depend on each other build in order): auto (one per CPU) or a number.',
  'cache-version':
    "A short token (1 to 32 letters, digits, '.', '_' or '-', e.g. 2 or 2024-06-01) put into every cache key of every stage: the installed dependencies' tree and download store, the test-file durations, the build outputs and package-size history, the Docker layers (and the buildx gha scope) and the vulnerability database, restore prefixes included. Set a new value when the cache holds a bad entry (a corrupt archive, a stale tree or tool cache), to get past it without editing a lockfile: nothing saved under another value is restored, not even by a prefix match, and fresh entries are saved. Empty: the keys are as without it, so existing entries stay valid.",
  'timeout-minutes': 'The dependency install (as a whole), each check, the test run, each build command and each docker build is stopped (with every process it started) after this many minutes and reported as timed out.',
};

const inputs = {};
const outputs = {};
const readers = {};
for (const [name, input] of Object.entries(OWN_INPUTS)) {
  inputs[name] = { ...input };
  readers[name] = ['the root action'];
}
for (const stage of PIPELINE_STAGE_ACTIONS) {
  const metadata = yaml.load(readFileSync(path.join(root, 'actions', stage, 'action.yml'), 'utf8'));
  const inputRenames = RENAMED_INPUTS[stage] ?? {};
  for (const name of Object.keys(inputRenames)) {
    if (!metadata.inputs?.[name]) throw new Error(`RENAMED_INPUTS renames ${stage}'s input '${name}', which ${stage} does not read`);
  }
  for (const [ownName, stageInput] of Object.entries(metadata.inputs ?? {})) {
    const renamedInput = inputRenames[ownName];
    const name = renamedInput?.name ?? ownName;
    const input = renamedInput ? { ...stageInput, description: renamedInput.description } : stageInput;
    if (OWN_INPUTS[name] !== undefined) throw new Error(`input '${name}' of ${stage} clashes with the root action's own '${name}': rename it in RENAMED_INPUTS`);
    (readers[name] ??= []).push(stage);
    const first = inputs[name];
    if (first === undefined) inputs[name] = { ...input };
    else if (String(first.default) !== String(input.default)) {
      throw new Error(`input '${name}' has the default '${first.default}' for ${readers[name][0]} but '${input.default}' for ${stage}: one input cannot have both (if they mean different things, rename one in RENAMED_INPUTS)`);
    } else if (first.description !== input.description && SHARED_INPUT_DESCRIPTIONS[name] === undefined) {
      throw new Error(`input '${name}' is read by ${readers[name].join(' and ')}, described differently: give the root action's description in SHARED_INPUT_DESCRIPTIONS if it means the same for both, else rename one in RENAMED_INPUTS`);
    }
  }
  const renames = RENAMED_OUTPUTS[stage] ?? {};
  for (const name of Object.keys(renames)) {
    if (!metadata.outputs?.[name]) throw new Error(`RENAMED_OUTPUTS renames ${stage}'s output '${name}', which ${stage} does not set`);
  }
  for (const [name, output] of Object.entries(metadata.outputs ?? {})) {
    const renamed = renames[name];
    const rootName = renamed?.name ?? name;
    if (outputs[rootName]) throw new Error(`output '${rootName}' is set by two stages (${stage} among them): rename one in RENAMED_OUTPUTS`);
    outputs[rootName] = renamed ? { ...output, description: renamed.description } : output;
  }
}
for (const [name, description] of Object.entries(SHARED_INPUT_DESCRIPTIONS)) {
  if ((readers[name] ?? []).length < 2) throw new Error(`SHARED_INPUT_DESCRIPTIONS describes '${name}', which ${readers[name]?.length ? `only ${readers[name][0]} reads` : 'no stage reads'}`);
  inputs[name].description = description;
}
const action = {
  name: 'build-actions',
  description:
    'One fast, safe build for Node/TypeScript and Python services in one step: dependencies restored whole from the cache or installed, the project\'s own quality checks, its tests with coverage, the build, packed and verified, then (publish: true) the Docker image, checked and pushed.',
  author: 'build-actions',
  branding: { icon: 'package', color: 'blue' },
  inputs,
  outputs,
  runs: { using: 'node24', main: 'dist/pipeline/index.js', post: 'dist/pipeline-post/index.js' },
};
const header = '# Generated by scripts/generate-root-action.mjs from actions/*/action.yml: edit those, then run it.\n';
writeFileSync(path.join(root, 'action.yml'), header + yaml.dump(action, { lineWidth: 120, quotingType: "'" }));
console.log(`action.yml: ${Object.keys(inputs).length} inputs, ${Object.keys(outputs).length} outputs from ${PIPELINE_STAGE_ACTIONS.join(', ')}`);
