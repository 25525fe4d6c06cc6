import { QUALITY_CHECKS_INPUTS, QUALITY_CHECKS_OUTPUTS } from '../quality-checks/inputs.js';
import { SETUP_DEPS_INPUTS, SETUP_DEPS_OUTPUTS } from '../setup-deps/inputs.js';
import { TEST_INPUTS, TEST_OUTPUTS } from '../test/inputs.js';
import { BUILD_INPUTS, BUILD_OUTPUTS } from '../build/inputs.js';

/**
 * Outputs a stage sets under another name in the one-step pipeline, where an earlier stage sets the same name:
 * setup-deps' cache-hit stays cache-hit, the build's becomes build-cache-hit. scripts/generate-root-action.mjs
 * writes action.yml by the same table (with the renamed outputs' descriptions); a unit test holds the two together.
 */
export const PIPELINE_OUTPUT_RENAMES = {
  build: { 'cache-hit': 'build-cache-hit' },
} as const satisfies { build: Partial<Record<(typeof BUILD_OUTPUTS)[number], string>> };

const renamed = (names: readonly string[], renames: Readonly<Record<string, string>>): string[] => names.map((name) => renames[name] ?? name);

/** The pipeline reads the inputs of each of its stages (a name shared by stages means the same thing). */
export const PIPELINE_INPUTS = [...new Set([...SETUP_DEPS_INPUTS, ...QUALITY_CHECKS_INPUTS, ...TEST_INPUTS, ...BUILD_INPUTS])];
export const PIPELINE_OUTPUTS = [...SETUP_DEPS_OUTPUTS, ...QUALITY_CHECKS_OUTPUTS, ...TEST_OUTPUTS, ...renamed(BUILD_OUTPUTS, PIPELINE_OUTPUT_RENAMES.build)];
