import { main as setupDepsMain, type SetupDepsDependencies } from '../setup-deps/main.js';

/**
 * The whole pipeline in one step (the Marketplace action and the local command): each stage's own main,
 * in order, with the same dependencies. Today the pipeline is setup-deps; later stages join here.
 */
export const PIPELINE_STAGES = ['setup-deps'] as const;

export async function main(deps: SetupDepsDependencies): Promise<void> {
  await setupDepsMain(deps);
}
