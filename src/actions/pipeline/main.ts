import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import { main as qualityChecksMain } from '../quality-checks/main.js';
import { readQualityChecksInputs } from '../quality-checks/inputs.js';
import { main as setupDepsMain, type SetupDepsDependencies } from '../setup-deps/main.js';
import { readSetupDepsInputs } from '../setup-deps/inputs.js';
import { main as testMain } from '../testing/main.js';
import { readTestInputs } from '../testing/inputs.js';
import { main as buildMain } from '../build/main.js';
import { readBuildInputs } from '../build/inputs.js';
import { main as publishImageMain } from '../publish-image/main.js';
import { readPublishImageInputs, secretInputs } from '../publish-image/inputs.js';
import { PIPELINE_OUTPUT_RENAMES, readPipelineInputs, rootInputNames, stageInputReader, withRootInputNames } from './inputs.js';
import { restoredFromCache } from '../../core/diagnosis/cache-evidence.js';
import { diagnosisSummary, withDiagnosis } from '../../core/diagnosis/report.js';
import { ConfigurationError, isConfigurationError, isStageUnavailable } from '../../core/errors.js';
import { PIPELINE_STAGES, stageGate, describeOutcome, type PipelineStage, type StageOutcome } from '../../core/pipeline/plan.js';
import { pipelineSummaryTable, type StageRecord } from '../../core/pipeline/report.js';
import type { SummaryDocument } from '../../core/summary-document.js';
import { overridingIO, type ActionIO } from '../../runtime/io/action-io.js';
import { AnnotationCounter } from '../../runtime/io/annotations.js';


/** The stages' mains: the real ones, or (in tests) stand-ins for those a test does not exercise. */
export interface PipelineStages {
  setupDeps: (deps: SetupDepsDependencies) => Promise<unknown>;
  qualityChecks: typeof qualityChecksMain;
  test: typeof testMain;
  build: (deps: ActionDependencies) => Promise<unknown>;
  publishImage: (deps: ActionDependencies) => Promise<unknown>;
}
/**
 * Told of each selected stage that does not run or pass: stopped by a failed need, or unavailable here. When given,
 * it says so in place of the pipeline's own info line (the local run's progress lines).
 */
export interface PipelineObserver {
  skipped?: (stage: PipelineStage, outcome: StageOutcome) => void;
}

const STAGES: PipelineStages = { setupDeps: setupDepsMain, qualityChecks: qualityChecksMain, test: testMain, build: buildMain, publishImage: publishImageMain };

/** A stage's outputs under the names the one-step pipeline gives them (see PIPELINE_OUTPUT_RENAMES). */
export function renamingOutputs(io: ActionIO, renames: Readonly<Record<string, string>>): ActionIO {
  return overridingIO(io, { setOutput: (name: string, value: string) => io.setOutput(renames[name] ?? name, value) });
}

const OUTPUT_RENAMES: Readonly<Partial<Record<PipelineStage, Readonly<Record<string, string>>>>> = PIPELINE_OUTPUT_RENAMES;

/**
 * The whole pipeline in one step (the Marketplace action and the local command's `run`): each stage's own main,
 * in order, with the same dependencies. Which stages run is `stages` (publish-image only with `publish: true`);
 * which stop which is STAGE_NEEDS in core/pipeline/plan.ts, the rule stated once. The summary opens with a table
 * of the stages (result, seconds, cache), then each stage's own section; the stages' failures are held and joined
 * into the step's one failure message, within one annotation budget. A stage that throws StageUnavailable is skipped
 * with its note, not failed.
 */
export async function main(given: SetupDepsDependencies, replaced: Partial<PipelineStages> = {}, observer: PipelineObserver = {}): Promise<void> {
  const stages: PipelineStages = { ...STAGES, ...replaced };
  const read = (name: string): string => given.io.getInput(name);
  // The image's password and secrets are masked before any input is read (an error message could quote them).
  const imageRead = stageInputReader(read, 'publish-image');
  for (const value of secretInputs(imageRead)) given.io.setSecret(value);
  // Every stage's inputs first: a value a later stage refuses fails the step before anything installs or runs.
  const { selected } = readPipelineInputs(read);
  readSetupDepsInputs(read);
  readQualityChecksInputs(read);
  readTestInputs(read);
  withRootInputNames('build', () => readBuildInputs(stageInputReader(read, 'build')));
  withRootInputNames('publish-image', () => readPublishImageInputs(imageRead));

  // One step: GitHub's per-step caps (10 per level) apply to all stages together, and so does the failure
  // message, which is an error annotation: the stages' failures are held back and joined into one.
  const failures: string[] = [];
  const sections: SummaryDocument[] = [];
  const holding = overridingIO(given.io, {
    setFailed: (message: string) => void failures.push(message),
    writeSummary: async (document: SummaryDocument) => void sections.push(document),
  });
  const counter = new AnnotationCounter();
  const shared = counter.wrap(holding);

  const skippedLine = (stage: PipelineStage, outcome: StageOutcome): void => {
    if (observer.skipped) observer.skipped(stage, outcome);
    else shared.info(`${stage}: ${describeOutcome(outcome)}.`);
  };
  const records = new Map<PipelineStage, StageRecord>();
  const outcomes = new Map<PipelineStage, StageRecord['outcome']>();
  const diagnosed: Array<{ stage: PipelineStage; message: string }> = [];
  let thrown: Error | undefined;
  let configurationThrown = false;
  const run: Record<PipelineStage, (deps: SetupDepsDependencies) => Promise<unknown>> = {
    'setup-deps': (deps) => stages.setupDeps(deps),
    'quality-checks': (deps) => stages.qualityChecks(deps, { counter }),
    test: (deps) => stages.test(deps, { counter }),
    build: (deps) => stages.build(deps),
    'publish-image': (deps) => stages.publishImage(deps),
  };
  try {
    for (const stage of PIPELINE_STAGES) {
      const gate = stageGate(stage, selected, outcomes);
      if (gate !== undefined) {
        outcomes.set(stage, gate);
        records.set(stage, { outcome: gate });
        if (gate.result === 'skipped') skippedLine(stage, gate);
        continue;
      }
      const outputs: Record<string, string> = {};
      const renames = OUTPUT_RENAMES[stage] ?? {};
      const io = overridingIO(shared, {
        getInput: stageInputReader(read, stage),
        setFailed: (message: string) => shared.setFailed(rootInputNames(message, stage)),
        setOutput: (name: string, value: string) => {
          outputs[name] = value;
          shared.setOutput(renames[name] ?? name, value);
        },
      });
      const failedBefore = failures.length;
      const started = given.now();
      let failed = false;
      try {
        await run[stage]({ ...given, io });
      } catch (error) {
        if (isStageUnavailable(error) && failures.length === failedBefore) {
          const outcome = { result: 'unavailable', reason: error.message } as const;
          skippedLine(stage, outcome);
          outcomes.set(stage, outcome);
          records.set(stage, { outcome });
          continue;
        }
        failed = true;
        if (isConfigurationError(error)) {
          failures.push(rootInputNames(error.message, stage));
          configurationThrown = true;
        } else {
          thrown ??= error instanceof Error ? error : new Error(String(error));
        }
      }
      failed ||= failures.length > failedBefore;
      if (failures.length > failedBefore) {
        // One diagnosis per failed stage, from everything the stage said (its messages carry the tool's last lines).
        const said = failures.splice(failedBefore).join('\n');
        const fromCache = restoredFromCache(records.get('setup-deps')?.outputs?.['cache-result']);
        const message = withDiagnosis(said, { stage, restoredFromCache: fromCache });
        failures.push(message);
        diagnosed.push({ stage, message });
      }
      const outcome = failed ? ({ result: 'failed' } as const) : ({ result: 'passed' } as const);
      outcomes.set(stage, outcome);
      records.set(stage, { outcome, milliseconds: given.now() - started, outputs });
    }
  } finally {
    await given.io.writeSummary([...pipelineSummaryTable(records), ...diagnosisSummary(diagnosed), ...sections.flat()]);
  }
  const skipped = PIPELINE_STAGES.filter((stage) => outcomes.get(stage)?.result === 'skipped');
  if (failures.length > 0 && skipped.length > 0) {
    failures.push(`Skipped: ${skipped.map((stage) => `${stage} (${describeOutcome(outcomes.get(stage)!).replace(/^skipped: /, '')})`).join(', ')}.`);
  }
  if (thrown !== undefined) {
    if (failures.length > 0) given.io.setFailed(failures.join('\n'));
    throw thrown;
  }
  if (configurationThrown) throw new ConfigurationError(failures.join('\n'));
  if (failures.length > 0) given.io.setFailed(failures.join('\n'));
}
