import { existsSync } from 'node:fs';
import path from 'node:path';
import { runWithDeadline, type CommandResult } from '../process/run-with-deadline.js';

// `node --version` started before anything else: the answer goes into the cache key, so until it comes the lookup
// cannot be sent. Nothing here loads more than node:child_process, node:fs and node:path.

/** A `node --version` query under way in `directory`. */
export interface NodeProbe {
  directory: string;
  result: Promise<CommandResult>;
}

export const NODE_VERSION_ARGS = ['--version'];

/**
 * How long a version query may take. A query runs under a deadline (so a shim that waits for input cannot hang the
 * step), and such a run also starts the program at once: without one, @actions/exec first looks the program up on
 * PATH, a few file-system round trips that leave the query queued behind the project's reading.
 */
export const PROBE_DEADLINE_MS = 60_000;

/** Starts `node --version` in `directory`; the promise is already handled, so an unused probe cannot fail the step. */
export function startNodeProbeIn(directory: string): NodeProbe {
  const result = runWithDeadline('node', NODE_VERSION_ARGS, { cwd: directory, silent: true }, PROBE_DEADLINE_MS);
  result.catch(() => undefined);
  return { directory, result };
}

/**
 * The folder a setup-deps step's working-directory input names (as main resolves it: against GITHUB_WORKSPACE), when
 * it holds package.json; else undefined. A guess made before the inputs are checked: main uses a probe started here
 * only when it resolves the very same folder.
 */
export function nodeProjectFolder(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string | undefined {
  const given = (env['INPUT_WORKING-DIRECTORY'] ?? '').trim();
  const directory = path.resolve(env.GITHUB_WORKSPACE || cwd, given === '' ? '.' : given);
  return existsSync(path.join(directory, 'package.json')) ? directory : undefined;
}
