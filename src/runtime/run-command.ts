import { getExecOutput } from '@actions/exec';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The program was not found on PATH. */
  notFound?: boolean;
}

export interface RunOptions {
  cwd?: string;
  /** Added to (not replacing) the current environment. */
  env?: Record<string, string>;
  /** Do not echo output to the log (used for short queries such as `npm --version`). */
  silent?: boolean;
  /** Written to the program's standard input (e.g. a password for `--password-stdin`). */
  input?: string;
}

/** Runs a program with an argument array: no shell ever sees an input. */
export type RunCommand = (command: string, args: string[], options?: RunOptions) => Promise<CommandResult>;

export const runCommand: RunCommand = async (command, args, options = {}) => {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  Object.assign(env, options.env ?? {});
  try {
    const result = await getExecOutput(command, args, {
      cwd: options.cwd,
      env,
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
