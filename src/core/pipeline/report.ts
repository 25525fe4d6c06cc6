import { formatSeconds, type SummaryDocument } from '../summary-document.js';
import { describeOutcome, PIPELINE_STAGES, type PipelineStage, type StageOutcome } from './plan.js';

/** What the pipeline saw of one stage. */
export interface StageRecord {
  outcome: StageOutcome;
  /** Set when the stage ran. */
  milliseconds?: number;
  /** The outputs the stage set, by the stage's own names (before the root action renames any). */
  outputs?: Readonly<Record<string, string>>;
}

/**
 * Each stage's cache verdict, from its own outputs: setup-deps' cache-result (exact, partial, miss, disabled,
 * error), the build's cache-hit (its outputs restored whole, or built), publish-image's layer cache-result.
 */
export function stageCacheResult(stage: PipelineStage, outputs: Readonly<Record<string, string>> | undefined): string {
  const value = (name: string): string | undefined => (outputs?.[name] === undefined || outputs[name] === '' ? undefined : outputs[name]);
  switch (stage) {
    case 'setup-deps':
      return value('cache-result') ?? '—';
    case 'build': {
      const hit = value('cache-hit');
      return hit === undefined ? '—' : hit === 'true' ? 'hit (build skipped)' : 'miss';
    }
    case 'publish-image':
      return value('cache-result') ?? '—';
    default:
      return '—';
  }
}

const MARKS: Record<StageOutcome['result'], string> = { passed: '✅', failed: '❌', skipped: '⏭️', 'not selected': '', unavailable: '⏭️' };

/** The summary's opening: one row per stage, in pipeline order, then (below it) the stages' own sections. */
export function pipelineSummaryTable(records: ReadonlyMap<PipelineStage, StageRecord>): SummaryDocument {
  const rows = PIPELINE_STAGES.map((stage) => {
    const record = records.get(stage) ?? { outcome: { result: 'not selected', reason: "not in 'stages'" } };
    const result = `${MARKS[record.outcome.result]} ${describeOutcome(record.outcome)}`.trim();
    const seconds = record.milliseconds === undefined ? '—' : formatSeconds(record.milliseconds);
    return [stage, result, seconds, record.milliseconds === undefined ? '—' : stageCacheResult(stage, record.outputs)];
  });
  const failed = PIPELINE_STAGES.filter((stage) => records.get(stage)?.outcome.result === 'failed');
  const ran = PIPELINE_STAGES.filter((stage) => records.get(stage)?.milliseconds !== undefined);
  const total = ran.reduce((sum, stage) => sum + (records.get(stage)?.milliseconds ?? 0), 0);
  const verdict = failed.length > 0 ? `failed: ${failed.join(', ')}` : 'passed';
  return [
    { kind: 'heading', text: `Pipeline: ${verdict}` },
    { kind: 'table', header: ['stage', 'result', 'seconds', 'cache'], rows },
    { kind: 'paragraph', text: `${ran.length} stage(s) ran in ${formatSeconds(total)}; each one's own section follows.` },
  ];
}
