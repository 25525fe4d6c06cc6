import { isConfigurationError, isStageUnavailable } from '../core/errors.js';
import { liveLine, runEndLine, stageEndLine, stageSkipLine, stageStartLine, type StageOutcome } from '../core/local/progress.js';
import type { ActionIO } from '../runtime/io/action-io.js';

export interface Progress {
  /** Everything the stages print goes through here, so the live line never mixes with it. */
  write: (text: string) => void;
  /**
   * Runs one stage between its progress lines: 'failed' when it called setFailed or threw a ConfigurationError,
   * 'skipped' with its note when it threw StageUnavailable, 'stopped' when it threw anything else (a bug).
   */
  stage<T>(name: string, body: (watch: (io: ActionIO) => ActionIO) => Promise<T>): Promise<T>;
  /** A stage the run does not go through (its need failed): its line, counted among the run's stages. */
  skipped(name: string, why: string): void;
  /** Ends the run: clears the live line and prints which stages failed or were skipped. */
  close(): void;
}

/** `total`: how many stages this run goes through (for the [i/n] counter). */
export function createProgress(out: (text: string) => void, terminal: boolean, total: number, now: () => number = Date.now): Progress {
  let status = '';
  let timer: NodeJS.Timeout | undefined;
  let index = 0;
  const results: Array<{ stage: string; outcome: StageOutcome }> = [];
  const clear = (): void => {
    if (status !== '') out('\r\u001b[K');
  };
  const draw = (): void => {
    if (status !== '') out(status);
  };
  const write = (text: string): void => {
    clear();
    out(text);
    draw();
  };
  return {
    write,
    async stage(name, body) {
      index += 1;
      const position = index;
      const started = now();
      let failed = false;
      const watch = (io: ActionIO): ActionIO =>
        new Proxy(io, {
          get(target, property, receiver) {
            if (property === 'setFailed') return (message: string) => ((failed = true), target.setFailed(message));
            const value = Reflect.get(target, property, receiver) as unknown;
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
          },
        });
      if (terminal) {
        status = liveLine(name, position, total, 0);
        draw();
        timer = setInterval(() => {
          clear();
          status = liveLine(name, position, total, now() - started);
          draw();
        }, 1000);
        timer.unref();
      } else {
        out(`${stageStartLine(name, position, total)}\n`);
      }
      let outcome: StageOutcome = 'stopped';
      let note: string | undefined;
      try {
        const result = await body(watch);
        outcome = failed ? 'failed' : 'passed';
        return result;
      } catch (error) {
        if (isStageUnavailable(error)) [outcome, note] = ['skipped', error.message];
        // A stage's own verdict thrown as a user-fixable error (the test action's failing tests) is a failure; any other error stopped it.
        else if (isConfigurationError(error)) outcome = 'failed';
        throw error;
      } finally {
        if (timer) clearInterval(timer);
        clear();
        status = '';
        results.push({ stage: name, outcome });
        out(`${note === undefined ? stageEndLine(name, position, total, outcome, now() - started) : stageSkipLine(name, position, total, note)}\n`);
      }
    },
    skipped(name, why) {
      index += 1;
      results.push({ stage: name, outcome: 'skipped' });
      write(`${stageSkipLine(name, index, total, why)}\n`);
    },
    close() {
      if (timer) clearInterval(timer);
      clear();
      status = '';
      if (results.length > 1) out(`${runEndLine(results)}\n`);
    },
  };
}
