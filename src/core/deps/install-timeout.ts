import { ConfigurationError } from '../errors.js';

/** What an install stopped at its `timeout-minutes` leaves for the failure diagnosis to read. */
export interface InstallTimeout {
  minutes: number;
  /** The command that was running when the time ran out (an install step or the package manager's bootstrap). */
  step: string;
}

/**
 * An install (or the bootstrap of its package manager) stopped at `timeout-minutes`: a ConfigurationError (the
 * error boundary prints its message, without a stack) that carries the timeout and the stopped program's output.
 */
export class InstallTimeoutError extends ConfigurationError {
  constructor(
    message: string,
    readonly timedOut: InstallTimeout,
    /** The stopped program's stdout and stderr, as far as it got. */
    readonly output: string,
  ) {
    super(message);
  }
}

const TAIL_LINES = 15;

/** The message of an InstallTimeoutError: what was running, the limit, what became of it, and its last lines. */
export function installTimeoutMessage(facts: { step: string; minutes: number; directory: string; output: string; earlierMs: number }): string {
  const tail = facts.output.trim().split(/\r?\n/).slice(-TAIL_LINES).join('\n');
  const earlier = facts.earlierMs >= 1000 ? ` (the install's earlier steps had used ${(facts.earlierMs / 1000).toFixed(1)} s of it)` : '';
  return (
    `'${facts.step}' did not finish within ${facts.minutes} min (timeout-minutes)${earlier} in ${facts.directory} and was stopped with every process it started; ` +
    `what it made was removed and nothing is saved to the cache. ${tail === '' ? 'It printed nothing.' : `Its last lines:\n${tail}`}`
  );
}
