import { SETUP_DEPS_INPUTS, SETUP_DEPS_OUTPUTS } from '../setup-deps/inputs.js';

/** The pipeline reads the inputs of each of its stages. */
export const PIPELINE_INPUTS = [...SETUP_DEPS_INPUTS] as const;
export const PIPELINE_OUTPUTS = [...SETUP_DEPS_OUTPUTS] as const;
