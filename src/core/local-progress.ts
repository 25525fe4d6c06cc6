/**
 * The local command's progress: one line per stage. On a terminal a live line shows the running stage and its
 * seconds (redrawn in place, cleared before any other output); piped, plain start and end lines only.
 */
export type StageOutcome = 'passed' | 'failed' | 'stopped';

const FRAMES = ['|', '/', '-', '\\'];

export function stageStartLine(stage: string, index: number, total: number): string {
  return `==> [${index}/${total}] ${stage}`;
}

export function stageEndLine(stage: string, index: number, total: number, outcome: StageOutcome, milliseconds: number): string {
  return `<== [${index}/${total}] ${stage}: ${outcome} (${(milliseconds / 1000).toFixed(1)} s)`;
}

/** The live line on a terminal (no newline: it is redrawn with a carriage return). */
export function liveLine(stage: string, index: number, total: number, milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  return `${FRAMES[seconds % FRAMES.length]} [${index}/${total}] ${stage} ${seconds} s`;
}

/** The end-of-run line: which stages failed, or that all passed. */
export function runEndLine(results: ReadonlyArray<{ stage: string; outcome: StageOutcome }>): string {
  const failed = results.filter((result) => result.outcome !== 'passed').map((result) => `${result.stage} (${result.outcome})`);
  return failed.length === 0 ? `All ${results.length} stages passed.` : `Failed: ${failed.join(', ')}.`;
}
