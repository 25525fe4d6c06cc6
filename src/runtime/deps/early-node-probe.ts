import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveOutputPath } from '../../core/output-folders.js';
import type { RunCommand } from '../process/run-command.js';
import { runWithDeadline, type CommandResult } from '../process/run-with-deadline.js';

// `node --version` started before anything else: the answer goes into the cache key, so until it comes the lookup
// cannot be sent. Nothing here loads more than node:child_process, node:fs, node:path and the workspace path rule.

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

/**
 * Starts `node --version` in `directory` through `run`, under the probes' deadline, while the project is still being
 * read; probeToolchain uses its answer if the project is a Node one. The promise is already handled, so an unused
 * probe cannot fail the step.
 */
export function startNodeProbe(run: RunCommand, directory: string): Promise<CommandResult> {
  const started = run('node', NODE_VERSION_ARGS, { cwd: directory, silent: true, timeoutMs: PROBE_DEADLINE_MS });
  started.catch(() => undefined);
  return started;
}

/**
 * startNodeProbe as the bundle loads: through runWithDeadline itself (the path runCommand takes for a query under a
 * deadline), so that @actions/exec need not have loaded.
 */
export function startNodeProbeIn(directory: string): NodeProbe {
  return { directory, result: startNodeProbe((command, args, options = {}) => runWithDeadline(command, args, options, PROBE_DEADLINE_MS), directory) };
}

/**
 * The folder a setup-deps step's working-directory input names, resolved by main's own rule (resolveOutputPath against
 * GITHUB_WORKSPACE), when it holds package.json; else undefined, also for a value that rule refuses. A guess made
 * before the inputs are checked: main uses a probe started here only when it resolves the very same folder.
 */
export function nodeProjectFolder(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string | undefined {
  const given = (env['INPUT_WORKING-DIRECTORY'] ?? '').trim();
  let directory: string;
  try {
    directory = resolveOutputPath({ workspace: env.GITHUB_WORKSPACE || cwd }, 'working-directory', given === '' ? '.' : given);
  } catch {
    return undefined; // main refuses it, with the message
  }
  return existsSync(path.join(directory, 'package.json')) ? directory : undefined;
}
