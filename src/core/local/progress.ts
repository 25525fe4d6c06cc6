/**
 * The local command's progress: one line per stage. On a terminal a live line shows the running stage and its
 * seconds (redrawn in place, cleared before any other output); piped, plain start and end lines only.
 */
export type StageOutcome = 'passed' | 'failed' | 'stopped' | 'skipped';

const FRAMES = ['|', '/', '-', '\\'];

export function stageStartLine(stage: string, index: number, total: number): string {
  return `==> [${index}/${total}] ${stage}`;
}

export function stageEndLine(stage: string, index: number, total: number, outcome: StageOutcome, milliseconds: number): string {
  return `<== [${index}/${total}] ${stage}: ${outcome} (${(milliseconds / 1000).toFixed(1)} s)`;
}

/** A stage that did not run: stopped by a failed need ('test failed'), or unavailable here (its note). */
export function stageSkipLine(stage: string, index: number, total: number, why: string): string {
  return `<== [${index}/${total}] ${stage}: skipped: ${why}`;
}

/** The live line on a terminal (no newline: it is redrawn with a carriage return). */
export function liveLine(stage: string, index: number, total: number, milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  return `${FRAMES[seconds % FRAMES.length]} [${index}/${total}] ${stage} ${seconds} s`;
}

/** The end-of-run line: which stages failed and which were skipped, or that all passed. */
export function runEndLine(results: ReadonlyArray<{ stage: string; outcome: StageOutcome }>): string {
  const failed = results.filter((result) => result.outcome === 'failed' || result.outcome === 'stopped').map((result) => `${result.stage} (${result.outcome})`);
  const skipped = results.filter((result) => result.outcome === 'skipped').map((result) => result.stage);
  const passed = results.length - failed.length - skipped.length;
  if (failed.length === 0 && skipped.length === 0) return `All ${results.length} stages passed.`;
  const tail = skipped.length === 0 ? '' : `; skipped: ${skipped.join(', ')}`;
  return failed.length === 0 ? `${passed} stage${passed === 1 ? '' : 's'} passed${tail}.` : `Failed: ${failed.join(', ')}${tail}.`;
}
