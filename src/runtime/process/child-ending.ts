import type { ChildProcess } from 'node:child_process';

/** How a child process ended: its exit code or signal, and what it wrote to its (piped) standard error. */
export interface ChildEnding {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Collects a spawned child's standard error and settles once the child has closed. A child that could not be
 * started ends with no code, and the spawn error's message as its standard error.
 */
export function childEnding(child: ChildProcess): Promise<ChildEnding> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('error', (error) => (stderr ||= error.message));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}

/** What a failed child said: the last `lines` lines of its standard error, else how it stopped. */
export function endingDetail(ending: ChildEnding, lines = 2): string {
  const said = ending.stderr.trim().split('\n').slice(-lines).join(' ');
  return said || (ending.signal ? `stopped by ${ending.signal}` : `exit code ${ending.code}`);
}
