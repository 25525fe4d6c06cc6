import { main as qualityChecksMain } from '../quality-checks/main.js';
import { readQualityChecksInputs } from '../quality-checks/inputs.js';
import { main as setupDepsMain, type SetupDepsDependencies } from '../setup-deps/main.js';
import { readSetupDepsInputs } from '../setup-deps/inputs.js';
import { main as testMain } from '../test/main.js';
import { readTestInputs } from '../test/inputs.js';
import { main as buildMain, type BuildDependencies } from '../build/main.js';
import { readBuildInputs } from '../build/inputs.js';
import { PIPELINE_OUTPUT_RENAMES } from './inputs.js';
import { ConfigurationError, isConfigurationError } from '../../core/errors.js';
import type { ActionIO } from '../../runtime/action-io.js';
import { AnnotationCounter } from '../../runtime/annotations.js';

/**
 * The whole pipeline in one step (the Marketplace action and the local command's `run`): each stage's own main,
 * in order, with the same dependencies. Dependencies must install for anything else to run; a stage that
 * fails the step after that (quality findings) does not stop the next one (the tests) from reporting. The build
 * runs when the tests passed: a test stage that throws (failing tests, no test command) ends the run.
 */
export const PIPELINE_STAGES = ['setup-deps', 'quality-checks', 'test', 'build'] as const;

/** The stages' mains: the real ones, or (in tests) stand-ins for those a test does not exercise. */
export interface PipelineStages {
  setupDeps: (deps: SetupDepsDependencies) => Promise<unknown>;
  qualityChecks: typeof qualityChecksMain;
  test: typeof testMain;
  build: (deps: BuildDependencies) => Promise<unknown>;
}
const STAGES: PipelineStages = { setupDeps: setupDepsMain, qualityChecks: qualityChecksMain, test: testMain, build: buildMain };

/** `io` with some of its methods replaced; the others called on `io` itself. */
function overriding(io: ActionIO, replaced: Partial<ActionIO>): ActionIO {
  return new Proxy(io, {
    get(target, property, receiver) {
      if (Object.hasOwn(replaced, property)) return replaced[property as keyof ActionIO];
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A stage's outputs under the names the one-step pipeline gives them (see PIPELINE_OUTPUT_RENAMES). */
export function renamingOutputs(io: ActionIO, renames: Readonly<Record<string, string>>): ActionIO {
  return overriding(io, { setOutput: (name: string, value: string) => io.setOutput(renames[name] ?? name, value) });
}

export async function main(given: SetupDepsDependencies, stages: PipelineStages = STAGES): Promise<void> {
  // Every stage's inputs first: a value a later stage refuses fails the step before anything installs or runs.
  const read = (name: string): string => given.io.getInput(name);
  readSetupDepsInputs(read);
  readQualityChecksInputs(read);
  readTestInputs(read);
  readBuildInputs(read);
  // One step: GitHub's per-step caps (10 per level) apply to all stages together, and so does the failure
  // message, which is an error annotation: the stages' failures are held back and joined into one.
  const failures: string[] = [];
  const holding = overriding(given.io, { setFailed: (message: string) => void failures.push(message) });
  const counter = new AnnotationCounter();
  const deps = { ...given, io: counter.wrap(holding) };
  await stages.setupDeps(deps);
  await stages.qualityChecks(deps, { counter });
  try {
    await stages.test(deps, { counter });
    await stages.build({ ...deps, io: renamingOutputs(deps.io, PIPELINE_OUTPUT_RENAMES.build) });
  } catch (error) {
    if (failures.length > 0 && isConfigurationError(error)) throw new ConfigurationError([...failures, error.message].join('\n'));
    if (failures.length > 0) given.io.setFailed(failures.join('\n'));
    throw error;
  }
  if (failures.length > 0) given.io.setFailed(failures.join('\n'));
}
