import { getExecOutput } from '@actions/exec';
import { environment, runWithDeadline, type CommandResult, type RunOptions } from './run-with-deadline.js';

export type { CommandResult, RunOptions } from './run-with-deadline.js';

/** Runs a program with an argument array: no shell ever sees an input. */
export type RunCommand = (command: string, args: string[], options?: RunOptions) => Promise<CommandResult>;

export const runCommand: RunCommand = async (command, args, options = {}) => {
  if (options.timeoutMs !== undefined && process.platform !== 'win32') return runWithDeadline(command, args, options, options.timeoutMs);
  try {
    const result = await getExecOutput(command, args, {
      cwd: options.cwd,
      env: environment(options),
      silent: options.silent ?? false,
      ignoreReturnCode: true,
      input: options.input === undefined ? undefined : Buffer.from(options.input),
    });
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  } catch (error) {
    const message = (error as Error).message;
    if (/Unable to locate executable file|ENOENT/.test(message)) {
      return { exitCode: 127, stdout: '', stderr: message, notFound: true };
    }
    throw error;
  }
};
