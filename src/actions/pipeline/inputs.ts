import { QUALITY_CHECKS_INPUTS, QUALITY_CHECKS_OUTPUTS } from '../quality-checks/inputs.js';
import { SETUP_DEPS_INPUTS, SETUP_DEPS_OUTPUTS } from '../setup-deps/inputs.js';
import { TEST_INPUTS, TEST_OUTPUTS } from '../test/inputs.js';
import { BUILD_INPUTS } from '../build/inputs.js';

/** The pipeline reads the inputs of each of its stages (a name shared by stages means the same thing). */
export const PIPELINE_INPUTS = [...new Set([...SETUP_DEPS_INPUTS, ...QUALITY_CHECKS_INPUTS, ...TEST_INPUTS])];
export const PIPELINE_OUTPUTS = [...SETUP_DEPS_OUTPUTS, ...QUALITY_CHECKS_OUTPUTS, ...TEST_OUTPUTS];

/** The local command's `run` also builds after the tests: it takes the build's inputs too. */
export const LOCAL_RUN_INPUTS = [...new Set([...PIPELINE_INPUTS, ...BUILD_INPUTS])];
