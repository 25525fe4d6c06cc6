import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { RunCommand } from '../runtime/process/run-command.js';

export interface LocalWorkspace {
  /** What the actions take as the workspace (GITHUB_WORKSPACE on a runner). */
  workspace: string;
  /** The project folder, relative to the workspace ('.' for the workspace itself), or its absolute path when it is the workspace outside git. */
  workingDirectory: string;
}

function isOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/**
 * The workspace the local command gives the actions: the project's git repository root, as on a runner (whose
 * workspace is the checkout), so the cache keys name the project by its path in the repository, the same as CI's,
 * wherever the command is run from. Outside git: the current folder, or the project itself when it lies outside
 * the current folder (the actions refuse a working-directory that leaves the workspace, and here the person
 * running it chose it).
 */
export async function localWorkspace(run: RunCommand, cwd: string, target: string): Promise<LocalWorkspace> {
  const project = await realpath(target).catch(() => undefined);
  if (project !== undefined) {
    const result = await run('git', ['rev-parse', '--show-toplevel'], { cwd: project, silent: true }).catch(() => undefined);
    const top = result?.exitCode === 0 ? result.stdout.trim().split(/\r?\n/).pop() : undefined;
    const root = top ? await realpath(top).catch(() => undefined) : undefined;
    if (root !== undefined && !isOutside(path.relative(root, project))) {
      return { workspace: root, workingDirectory: path.relative(root, project) || '.' };
    }
  }
  const fromCwd = path.relative(cwd, target);
  // Outside the current folder the project is named by its full path (an error then names the folder given).
  return isOutside(fromCwd) ? { workspace: target, workingDirectory: target } : { workspace: cwd, workingDirectory: fromCwd || '.' };
}
