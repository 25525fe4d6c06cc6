import { spawn } from 'node:child_process';

// A program run under a deadline, with nothing but node:child_process: setup-deps' bundle starts its `node --version`
// query with it before the rest of its code (@actions/exec and all) has loaded.

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The program was not found on PATH. */
  notFound?: boolean;
  /** The deadline passed: the process tree was stopped (TERM, then KILL), so exitCode is not the program's verdict. */
  timedOut?: boolean;
}

export interface RunOptions {
  cwd?: string;
  /** Added to (not replacing) the current environment. */
  env?: Record<string, string>;
  /** Do not echo output to the log (used for short queries such as `npm --version`). */
  silent?: boolean;
  /** Stop the whole process tree after this long: TERM to its process group, then KILL after `graceMs`. */
  timeoutMs?: number;
  /** Between TERM and KILL (default 5 s). */
  graceMs?: number;
  /** Written to the program's standard input (e.g. a password for `--password-stdin`). */
  input?: string;
}

/** process.env, with `options.env` over it. */
export function environment(options: RunOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  Object.assign(env, options.env ?? {});
  return env;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

/**
 * The program leads a process group of its own, so that at the deadline the group (the program and
 * whatever it started: a test runner's workers, a shell script's children) is stopped whole. The log echo
 * matches @actions/exec's (`[command]…`, then the output as it comes).
 */
export function runWithDeadline(command: string, args: string[], options: RunOptions, timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve) => {
    const echo = !(options.silent ?? false);
    if (echo) process.stdout.write(`[command]${[command, ...args].join(' ')}\n`);
    const child = spawn(command, args, { cwd: options.cwd, env: environment(options), detached: true, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (options.input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined); // a program that exits without reading its input
      child.stdin.end(options.input);
    }
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (echo) process.stdout.write(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if (echo) process.stderr.write(chunk);
    });
    const deadline = setTimeout(() => {
      timedOut = true;
      if (child.pid === undefined) return;
      signalGroup(child.pid, 'SIGTERM');
      killer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), options.graceMs ?? 5000);
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(deadline);
      if (killer) clearTimeout(killer);
      resolve({ exitCode: 127, stdout, stderr: `${stderr}${error.message}`, notFound: error.code === 'ENOENT' });
    });
    child.on('exit', () => {
      // The program is done; what it left running in its group (a forgotten server) must not outlive it, nor
      // hold its output pipes open.
      if (child.pid !== undefined) signalGroup(child.pid, timedOut ? 'SIGKILL' : 'SIGTERM');
    });
    child.on('close', (code, signal) => {
      clearTimeout(deadline);
      if (killer) clearTimeout(killer);
      resolve({ exitCode: code ?? 128 + signalNumber(signal), stdout, stderr, ...(timedOut ? { timedOut: true } : {}) });
    });
  });
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : signal === 'SIGINT' ? 2 : 1;
}
