import { QUALITY_CHECKS_INPUTS, QUALITY_CHECKS_OUTPUTS } from '../quality-checks/inputs.js';
import { SETUP_DEPS_INPUTS, SETUP_DEPS_OUTPUTS } from '../setup-deps/inputs.js';
import { TEST_INPUTS, TEST_OUTPUTS } from '../testing/inputs.js';
import { BUILD_INPUTS, BUILD_OUTPUTS } from '../build/inputs.js';
import { PUBLISH_IMAGE_INPUTS, PUBLISH_IMAGE_OUTPUTS } from '../publish-image/inputs.js';
import { ConfigurationError, isConfigurationError } from '../../core/errors.js';
import { parseBooleanInput, type InputReader } from '../../core/inputs.js';
import { selectStages, type PipelineStage } from '../../core/pipeline/plan.js';

/**
 * Outputs a stage sets under another name in the one-step pipeline, where an earlier stage sets the same name:
 * setup-deps' cache-hit stays cache-hit, the build's becomes build-cache-hit; setup-deps' cache-result stays,
 * publish-image's becomes image-cache-result. scripts/generate-root-action.mjs writes action.yml by the same table
 * (with the renamed outputs' descriptions); a unit test holds the two together.
 */
export const PIPELINE_OUTPUT_RENAMES = {
  build: { 'cache-hit': 'build-cache-hit' },
  'publish-image': { 'cache-result': 'image-cache-result' },
} as const satisfies {
  build: Partial<Record<(typeof BUILD_OUTPUTS)[number], string>>;
  'publish-image': Partial<Record<(typeof PUBLISH_IMAGE_OUTPUTS)[number], string>>;
};

/**
 * Inputs a stage reads under another name in the root action, where the name means something else there: the
 * root action's `publish` asks for publish-image, so the build's package publishing is `publish-package`; the
 * build's max-size is per package, publish-image's per image (`image-max-size`). Every other shared name means the
 * same for every stage (working-directory, cache, timeout-minutes, max-parallel). The generator's RENAMED_INPUTS
 * is the same table; a unit test holds the two together.
 */
export const PIPELINE_INPUT_RENAMES = {
  build: { publish: 'publish-package' },
  'publish-image': { 'max-size': 'image-max-size' },
} as const satisfies {
  build: Partial<Record<(typeof BUILD_INPUTS)[number], string>>;
  'publish-image': Partial<Record<(typeof PUBLISH_IMAGE_INPUTS)[number], string>>;
};

/** The root action's own inputs (no stage reads them): which stages run, and whether the image is published. */
export const PIPELINE_OWN_INPUTS = ['stages', 'publish'] as const;

const renamed = (names: readonly string[], renames: Readonly<Record<string, string>>): string[] => names.map((name) => renames[name] ?? name);

/** The pipeline reads the inputs of each of its stages (a name shared by stages means the same thing), and its own. */
export const PIPELINE_INPUTS = [
  ...new Set([
    ...PIPELINE_OWN_INPUTS, ...SETUP_DEPS_INPUTS, ...QUALITY_CHECKS_INPUTS, ...TEST_INPUTS, ...renamed(BUILD_INPUTS, PIPELINE_INPUT_RENAMES.build),
    ...renamed(PUBLISH_IMAGE_INPUTS, PIPELINE_INPUT_RENAMES['publish-image']),
  ]),
];
export const PIPELINE_OUTPUTS = [
  ...SETUP_DEPS_OUTPUTS, ...QUALITY_CHECKS_OUTPUTS, ...TEST_OUTPUTS, ...renamed(BUILD_OUTPUTS, PIPELINE_OUTPUT_RENAMES.build),
  ...renamed(PUBLISH_IMAGE_OUTPUTS, PIPELINE_OUTPUT_RENAMES['publish-image']),
];

/** A stage's own input names, read from the root action's (see PIPELINE_INPUT_RENAMES). */
export function stageInputReader(read: InputReader, stage: PipelineStage): InputReader {
  const renames: Readonly<Record<string, string>> = (PIPELINE_INPUT_RENAMES as Partial<Record<PipelineStage, Record<string, string>>>)[stage] ?? {};
  return (name) => read(renames[name] ?? name);
}

/** A stage's message with its own input names (quoted, as errors quote them) given as the root action's. */
export function rootInputNames(message: string, stage: PipelineStage): string {
  const renames: Readonly<Record<string, string>> = (PIPELINE_INPUT_RENAMES as Partial<Record<PipelineStage, Record<string, string>>>)[stage] ?? {};
  let text = message;
  for (const [own, root] of Object.entries(renames)) text = text.split(`'${own}'`).join(`'${root}'`);
  return text;
}

/** Runs `body` (which reads a stage's inputs), a refusal naming the input by the root action's name. */
export function withRootInputNames<T>(stage: PipelineStage, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isConfigurationError(error)) throw new ConfigurationError(rootInputNames(error.message, stage));
    throw error;
  }
}

export interface PipelineInputs {
  /** The stages to run (publish-image only with publish: true). */
  selected: Set<PipelineStage>;
  publish: boolean;
}

/** The root action's own inputs: `stages` (all, or a comma list) and `publish` (true asks for publish-image). */
export function readPipelineInputs(read: InputReader): PipelineInputs {
  const publish = parseBooleanInput('publish', read('publish'), false);
  return { selected: selectStages(read('stages'), publish), publish };
}
