import { ConfigurationError } from '../errors.js';

/** The pipeline's stages, in the order they run. */
export const PIPELINE_STAGES = ['setup-deps', 'quality-checks', 'test', 'build', 'publish-image'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/**
 * The one rule of the pipeline: which earlier stages must have passed for a stage to run. A stage whose need
 * failed (or was skipped for that reason) is skipped; a need that was not selected does not stop it (the user
 * chose to run it alone). Quality findings stop neither the tests nor the build (both verdicts are reported);
 * they do stop the image, which is only pushed from a fully green run.
 */
export const STAGE_NEEDS: Readonly<Record<PipelineStage, readonly PipelineStage[]>> = {
  'setup-deps': [],
  'quality-checks': ['setup-deps'],
  test: ['setup-deps'],
  build: ['setup-deps', 'test'],
  'publish-image': ['build', 'quality-checks'],
};

/** `stages`: all, or a comma-separated list of stage names (any order; they run in pipeline order). */
export function parseStagesInput(raw: string): Set<PipelineStage> {
  const value = raw.trim();
  if (value === '' || value.toLowerCase() === 'all') return new Set(PIPELINE_STAGES);
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(PIPELINE_STAGES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    const shown = value.length > 120 ? `${value.slice(0, 120)}…` : value;
    throw new ConfigurationError(
      `Input 'stages' must be all or a comma-separated list of ${PIPELINE_STAGES.join(', ')} (got '${shown}'${unknown.length > 0 ? `: unknown ${unknown.slice(0, 5).map((name) => `'${name.slice(0, 40)}'`).join(', ')}` : ''}).`,
    );
  }
  return new Set(names as PipelineStage[]);
}

/**
 * The stages that will be asked to run: those `stages` selects, publish-image only when `publish` is true. Naming
 * publish-image in `stages` without `publish: true` is a contradiction, refused rather than guessed.
 */
export function selectStages(stagesInput: string, publish: boolean): Set<PipelineStage> {
  const selected = parseStagesInput(stagesInput);
  const explicit = !/^\s*(all)?\s*$/i.test(stagesInput);
  if (!publish && selected.has('publish-image')) {
    if (explicit) throw new ConfigurationError("Input 'stages' names publish-image, but input 'publish' is false: set publish: true to build, check and push the image.");
    selected.delete('publish-image');
  }
  return selected;
}

export type StageOutcome =
  | { result: 'passed' }
  | { result: 'failed' }
  | { result: 'skipped'; because: PipelineStage[] }
  | { result: 'not selected'; reason: string }
  /** Selected, but it cannot run here (StageUnavailable): skipped with a note, not a failure, and it stops nothing. */
  | { result: 'unavailable'; reason: string };

/**
 * Whether `stage` runs, given the outcomes of the stages before it: undefined when it runs, else its outcome
 * (not selected, or skipped naming the stage(s) whose failure stopped it: a skipped need passes its own cause on;
 * a need that was unavailable here stops nothing, like one not selected).
 */
export function stageGate(stage: PipelineStage, selected: ReadonlySet<PipelineStage>, outcomes: ReadonlyMap<PipelineStage, StageOutcome>): StageOutcome | undefined {
  if (!selected.has(stage)) {
    return { result: 'not selected', reason: stage === 'publish-image' ? "publish is not true" : "not in 'stages'" };
  }
  const because = new Set<PipelineStage>();
  for (const need of STAGE_NEEDS[stage]) {
    const outcome = outcomes.get(need);
    if (outcome?.result === 'failed') because.add(need);
    if (outcome?.result === 'skipped') for (const cause of outcome.because) because.add(cause);
  }
  return because.size === 0 ? undefined : { result: 'skipped', because: PIPELINE_STAGES.filter((name) => because.has(name)) };
}

/** "skipped: test failed", "skipped: setup-deps and quality-checks failed". */
export function describeOutcome(outcome: StageOutcome): string {
  switch (outcome.result) {
    case 'skipped':
      return `skipped: ${outcome.because.join(' and ')} failed`;
    case 'not selected':
      return `not selected (${outcome.reason})`;
    case 'unavailable':
      return `skipped: ${outcome.reason}`;
    default:
      return outcome.result;
  }
}
