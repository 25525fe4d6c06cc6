import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import type { ActionIO } from '../io/action-io.js';
import type { CommandResult, RunCommand } from '../process/run-command.js';
import { neutralizeWorkflowCommands } from '../io/untrusted-output.js';

export interface TimedCommand {
  result: CommandResult;
  durationMs: number;
}

export interface CheckLogOptions {
  /** Stop the check's process tree after this long (timeout-minutes). */
  timeoutMs?: number;
  /**
   * For tools asked for JSON (npm audit, npm outdated, pip list, eslint -f json…): the folder their raw output
   * is written to (RUNNER_TEMP, never the caller's current folder), and the readable lines the log shows instead.
   */
  rawOutput?: { folder: string; readable: (result: CommandResult) => string[] };
}

function fileName(label: string): string {
  return `${label.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '')}.txt`;
}

/**
 * Runs one check's command silently (checks run concurrently, so their output would interleave), then
 * prints its output in its own log group, in one go: the whole text for tools that print for people; for
 * JSON, what was read from it as readable lines, and the raw output in a file named in the log.
 */
export async function runCheckCommand(
  io: ActionIO,
  run: RunCommand,
  now: () => number,
  check: { label: string; command: string; args: string[]; cwd: string },
  options: CheckLogOptions = {},
): Promise<TimedCommand> {
  const started = now();
  let result: CommandResult;
  try {
    result = await run(check.command, check.args, { cwd: check.cwd, silent: true, timeoutMs: options.timeoutMs });
  } catch (error) {
    result = { exitCode: 126, stdout: '', stderr: error instanceof Error ? error.message : String(error), notFound: false };
  }
  const durationMs = now() - started;
  await io.group(check.label, async () => {
    const ended = result.timedOut ? `stopped at its timeout (${Math.round((options.timeoutMs ?? 0) / 1000)} s)` : `exit code ${result.exitCode}`;
    const lines = [`[command]${[check.command, ...check.args].join(' ')}`, `(in ${check.cwd}, ${ended}, ${(durationMs / 1000).toFixed(1)} s)`];
    const output = [result.stdout, result.stderr].filter((text) => text.trim() !== '').map((text) => text.trimEnd()).join('\n');
    if (options.rawOutput !== undefined && output !== '') {
      const file = await writeRawOutput(options.rawOutput.folder, check.label, result);
      const readable = options.rawOutput.readable(result);
      lines.push(file === undefined ? '(its raw output could not be written to a file)' : `(raw output: ${file})`, ...readable);
      io.info(neutralizeWorkflowCommands(lines.join('\n')));
      return;
    }
    // A tool's own output must not act on the runner (annotations past the caps, masks, outputs).
    io.info(output === '' ? lines.join('\n') : [...lines, neutralizeWorkflowCommands(output)].join('\n'));
  });
  return { result, durationMs };
}

async function writeRawOutput(folder: string, label: string, result: CommandResult): Promise<string | undefined> {
  try {
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, fileName(label));
    await writeFile(file, `${result.stdout}${result.stderr.trim() === '' ? '' : `\n--- stderr ---\n${result.stderr}`}`);
    return file;
  } catch {
    return undefined;
  }
}

/** How many checks run at once when the input leaves it to the machine: one per CPU. */
export function defaultParallelism(): number {
  return Math.max(1, os.availableParallelism());
}
