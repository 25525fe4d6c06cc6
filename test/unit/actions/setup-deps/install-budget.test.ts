import { installBudget } from '../../../../src/actions/setup-deps/install-budget.js';
import { isConfigurationError } from '../../../../src/core/errors.js';
import { InstallTimeoutError } from '../../../../src/core/deps/install-timeout.js';
import { TimeBudget } from '../../../../src/core/time-budget.js';
import { runCommand, type RunCommand, type RunOptions } from '../../../../src/runtime/process/run-command.js';

// setup-deps' timeout-minutes: one limit shared by the install's programs, with real processes (a program that
// ends, then one that never does).

describe('TimeBudget', () => {
  it('gives each program what the earlier ones left, never below 0', () => {
    const budget = new TimeBudget(0.5);
    expect([budget.totalMs, budget.remainingMs()]).toEqual([30_000, 30_000]);
    budget.charge(12_000);
    expect([budget.spentMs, budget.remainingMs()]).toEqual([12_000, 18_000]);
    budget.charge(-5);
    budget.charge(20_000);
    expect([budget.spentMs, budget.remainingMs()]).toEqual([32_000, 0]);
  });
});

describe('installBudget', () => {
  /** runCommand, recording the deadline each program was given. */
  function recording(): { run: RunCommand; deadlines: Array<number | undefined> } {
    const deadlines: Array<number | undefined> = [];
    return { deadlines, run: (command: string, args: string[], options?: RunOptions) => (deadlines.push(options?.timeoutMs), runCommand(command, args, options)) };
  }

  it('runs the next program with what is left and stops it, whole, at the limit: a timeout naming it, with its output', async () => {
    const { run, deadlines } = recording();
    const budget = installBudget(run, 0.1, Date.now, '/srv/app');
    const ran = await budget.guard(async () => {
      const first = await budget.run('node', ['-e', 'setTimeout(() => {}, 300)'], { silent: true });
      const second = await budget.run('node', ['-e', "console.log('fetching 1 of 2'); setInterval(() => {}, 1000)"], { silent: true });
      return [first, second];
    }).catch((error: unknown) => error);
    expect(ran).toBeInstanceOf(InstallTimeoutError);
    const error = ran as InstallTimeoutError;
    expect(isConfigurationError(error)).toBe(true);
    expect(error.timedOut).toEqual({ minutes: 0.1, step: `node -e "console.log('fetching 1 of 2'); setInterval(() => {}, 1000)"` });
    expect(error.output).toBe('fetching 1 of 2');
    expect(error.message).toMatch(/^'node -e .*' did not finish within 0\.1 min \(timeout-minutes\) in \/srv\/app and was stopped with every process it started; what it made was removed and nothing is saved to the cache\. Its last lines:\nfetching 1 of 2$/);
    expect(deadlines[0]).toBe(6000);
    expect(deadlines[1]).toBeLessThan(6000 - 250);
  }, 30_000);

  it('throws the timeout even when the body makes nothing of the exit code, and passes other failures through', async () => {
    const budget = installBudget(runCommand, 0.01, Date.now, '/srv/app');
    await expect(budget.guard(async () => void (await budget.run('node', ['-e', 'setInterval(() => {}, 1000)'], { silent: true })))).rejects.toThrow(InstallTimeoutError);
    const other = installBudget(runCommand, 1, Date.now, '/srv/app');
    await expect(other.guard(async () => { throw new Error('not a timeout'); })).rejects.toThrow('not a timeout');
    await expect(other.guard(async () => (await other.run('node', ['-e', 'process.exit(3)'], { silent: true })).exitCode)).resolves.toBe(3);
  }, 30_000);

  it('a program that was given less than it asked for keeps the smaller deadline', async () => {
    const { run, deadlines } = recording();
    const budget = installBudget(run, 1, Date.now, '/srv/app');
    await budget.guard(() => budget.run('node', ['-e', ''], { silent: true, timeoutMs: 5000 }));
    expect(deadlines).toEqual([5000]);
  });
});
