import { main as qualityChecksMain } from '../quality-checks/main.js';
import { main as setupDepsMain, type SetupDepsDependencies } from '../setup-deps/main.js';
import { main as testMain } from '../test/main.js';
import { main as buildMain } from '../build/main.js';
import { ConfigurationError, isConfigurationError } from '../../core/errors.js';
import type { ActionIO } from '../../runtime/action-io.js';
import { AnnotationCounter } from '../../runtime/annotations.js';

/**
 * The whole pipeline in one step (the Marketplace action and the local command): each stage's own main,
 * in order, with the same dependencies. Dependencies must install for anything else to run; a stage that
 * fails the step after that (quality findings) does not stop the next one (the tests) from reporting.
 */
export const PIPELINE_STAGES = ['setup-deps', 'quality-checks', 'test'] as const;

/** The stages' mains: the real ones, or (in tests) stand-ins for those a test does not exercise. */
export interface PipelineStages {
  setupDeps: (deps: SetupDepsDependencies) => Promise<unknown>;
  qualityChecks: typeof qualityChecksMain;
  test: typeof testMain;
}
const STAGES: PipelineStages = { setupDeps: setupDepsMain, qualityChecks: qualityChecksMain, test: testMain };

/** `build: true` (the local command's `run`) builds after the tests; the root action does not yet (its outputs would clash). */
export async function main(given: SetupDepsDependencies, stages: PipelineStages = STAGES, options: { build?: boolean } = {}): Promise<void> {
  // One step: GitHub's per-step caps (10 per level) apply to all stages together, and so does the failure
  // message, which is an error annotation: the stages' failures are held back and joined into one.
  const failures: string[] = [];
  const holding: ActionIO = new Proxy(given.io, {
    get(target, property, receiver) {
      if (property === 'setFailed') return (message: string) => failures.push(message);
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const counter = new AnnotationCounter();
  const deps = { ...given, io: counter.wrap(holding) };
  await stages.setupDeps(deps);
  await stages.qualityChecks(deps, { counter });
  try {
    await stages.test(deps, { counter });
    if (options.build) await buildMain(deps);
  } catch (error) {
    if (failures.length > 0 && isConfigurationError(error)) throw new ConfigurationError([...failures, error.message].join('\n'));
    if (failures.length > 0) given.io.setFailed(failures.join('\n'));
    throw error;
  }
  if (failures.length > 0) given.io.setFailed(failures.join('\n'));
}
