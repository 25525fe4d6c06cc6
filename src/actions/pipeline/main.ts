import { main as qualityChecksMain } from '../quality-checks/main.js';
import { main as setupDepsMain, type SetupDepsDependencies } from '../setup-deps/main.js';
import { main as testMain } from '../test/main.js';
import { main as buildMain } from '../build/main.js';

/**
 * The whole pipeline in one step (the Marketplace action and the local command): each stage's own main,
 * in order, with the same dependencies. Dependencies must install for anything else to run; a stage that
 * fails the step after that (quality findings) does not stop the next one (the tests) from reporting.
 */
export const PIPELINE_STAGES = ['setup-deps', 'quality-checks', 'test'] as const;

/** `build: true` (the local command's `run`) builds after the tests; the root action does not yet (its outputs would clash). */
export async function main(deps: SetupDepsDependencies, options: { build?: boolean } = {}): Promise<void> {
  await setupDepsMain(deps);
  await qualityChecksMain(deps);
  await testMain(deps);
  if (options.build) await buildMain(deps);
}
