import { InstallTimeoutError, installTimeoutMessage } from '../../core/deps/install-timeout.js';
import { describeCommand } from '../../core/deps/install-plan.js';
import { TimeBudget } from '../../core/time-budget.js';
import type { CommandResult, RunCommand } from '../../runtime/process/run-command.js';

/**
 * setup-deps' `timeout-minutes`: one limit for the whole install, the package manager's bootstrap (a pinned pnpm or
 * yarn) and every install step together. Each program runs with what the earlier ones left, in a process group of
 * its own that is stopped whole (TERM, then KILL) when that runs out (run-with-deadline.ts).
 */
export interface InstallBudget {
  readonly minutes: number;
  /** Runs a program with the time that is left, and charges the time it ran. */
  run: RunCommand;
  /**
   * Runs `body` (programs run through `run`). When one of them was stopped at the limit, throws an
   * InstallTimeoutError naming it (whatever `body` made of its exit code), with its output.
   */
  guard<T>(body: () => Promise<T>): Promise<T>;
}

interface Stopped {
  step: string;
  result: CommandResult;
  /** What the programs before it had used of the limit. */
  earlierMs: number;
}

export function installBudget(run: RunCommand, minutes: number, now: () => number, directory: string): InstallBudget {
  const budget = new TimeBudget(minutes);
  let stopped: Stopped | undefined;
  const budgeted: RunCommand = async (command, args, options = {}) => {
    const earlierMs = budget.spentMs;
    const started = now();
    const result = await run(command, args, { ...options, timeoutMs: Math.min(options.timeoutMs ?? Infinity, budget.remainingMs()) });
    budget.charge(now() - started);
    if (result.timedOut) stopped ??= { step: describeCommand({ command, args }), result, earlierMs };
    return result;
  };
  const timeout = (cause?: unknown): InstallTimeoutError => {
    const { step, result, earlierMs } = stopped!;
    const output = `${result.stdout}\n${result.stderr}`.trim();
    const error = new InstallTimeoutError(installTimeoutMessage({ step, minutes, directory, output, earlierMs }), { minutes, step }, output);
    if (cause !== undefined) error.cause = cause;
    return error;
  };
  return {
    minutes,
    run: budgeted,
    async guard(body) {
      let value;
      try {
        value = await body();
      } catch (error) {
        if (stopped !== undefined) throw timeout(error);
        throw error;
      }
      if (stopped !== undefined) throw timeout();
      return value;
    },
  };
}
