import os from 'node:os';
import type { ActionIO } from './action-io.js';
import type { CommandResult, RunCommand } from './run-command.js';
import { neutralizeWorkflowCommands } from './untrusted-output.js';

/** Runs `work` over `items` with at most `limit` at a time; results keep the items' order. One failure does not stop the others. */
export async function runBounded<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export interface TimedCommand {
  result: CommandResult;
  durationMs: number;
}

/**
 * Runs one check's command silently (checks run concurrently, so their output would interleave), then
 * prints its whole output in its own log group, in one go.
 */
export async function runCheckCommand(
  io: ActionIO,
  run: RunCommand,
  now: () => number,
  check: { label: string; command: string; args: string[]; cwd: string },
  timeoutMs?: number,
): Promise<TimedCommand> {
  const started = now();
  let result: CommandResult;
  try {
    result = await run(check.command, check.args, { cwd: check.cwd, silent: true, timeoutMs });
  } catch (error) {
    result = { exitCode: 126, stdout: '', stderr: error instanceof Error ? error.message : String(error), notFound: false };
  }
  const durationMs = now() - started;
  await io.group(check.label, async () => {
    const ended = result.timedOut ? `stopped at its timeout (${Math.round((timeoutMs ?? 0) / 1000)} s)` : `exit code ${result.exitCode}`;
    const lines = [`[command]${[check.command, ...check.args].join(' ')}`, `(in ${check.cwd}, ${ended}, ${(durationMs / 1000).toFixed(1)} s)`];
    const output = [result.stdout, result.stderr].filter((text) => text.trim() !== '').map((text) => text.trimEnd()).join('\n');
    // A tool's own output must not act on the runner (annotations past the caps, masks, outputs).
    io.info(output === '' ? lines.join('\n') : [...lines, neutralizeWorkflowCommands(output)].join('\n'));
  });
  return { result, durationMs };
}

/** How many checks run at once when the input leaves it to the machine: one per CPU. */
export function defaultParallelism(): number {
  return Math.max(1, os.availableParallelism());
}
