import path from 'node:path';
import { parseLsFiles, type BuildKeyParts } from '../../core/build/cache-key.js';
import { digestText } from '../../core/hashing.js';
import { artifactsInsideProject } from '../../core/output-folders.js';
import type { ProjectSnapshot } from '../../core/project-snapshot.js';
import { installedPackageVersion } from '../../runtime/deps/installed-package-version.js';
import { readTextIfExists } from '../../runtime/files/file-system.js';
import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import type { BuildInputs } from './inputs.js';
import type { Plan } from './plan.js';

export async function quiet(deps: Pick<ActionDependencies, 'run'>, command: string, args: string[], cwd: string): Promise<string | undefined> {
  const result = await deps.run(command, args, { cwd, silent: true });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/** The build-output key's inputs (also read by the local command's `explain`); undefined outside a git repository. */
export async function buildKeyInputs(
  deps: Pick<ActionDependencies, 'run' | 'context'>,
  inputs: Pick<BuildInputs, 'artifactsDirectory' | 'package' | 'cacheVersion'>,
  plan: Plan,
  where: { directory: string; projectPath: string; snapshot: ProjectSnapshot },
): Promise<BuildKeyParts | undefined> {
  const { directory } = where;
  const listed = await deps.run('git', ['ls-files', '-s', '-z', '--', '.'], { cwd: directory, silent: true });
  if (listed.exitCode !== 0) return undefined;
  const tracked = parseLsFiles(listed.stdout);
  // Tracked files changed in the work tree (a developer's machine) count by their current contents.
  const modified = await deps.run('git', ['ls-files', '-m', '-z', '--', '.'], { cwd: directory, silent: true });
  const changed = new Set(modified.exitCode === 0 ? modified.stdout.split('\0').filter((file) => file !== '') : []);
  const trackedFiles = await Promise.all(
    tracked.map(async (file) => (changed.has(file.path) ? { path: file.path, blob: digestText((await readTextIfExists(path.join(directory, file.path)).catch(() => undefined)) ?? 'deleted') } : file)),
  );
  const tools: Record<string, string> = {};
  if (plan.language === 'node') {
    tools.node = (await quiet(deps, 'node', ['--version'], directory)) ?? 'unknown';
    // The manager's version from its package.json next to the program (no process start: npm takes a second to say it).
    const manager = plan.manager ?? 'npm';
    tools[manager] = (await installedPackageVersion(manager, manager, deps.context.env).catch(() => undefined)) ?? (await quiet(deps, manager, ['--version'], directory)) ?? 'unknown';
  }
  const lockfiles = new Map<string, string>();
  for (const name of ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'poetry.lock']) {
    const text = where.snapshot.texts.get(name);
    if (text !== undefined) lockfiles.set(name, text);
  }
  return {
    os: deps.context.platform.os,
    arch: deps.context.platform.arch,
    projectPath: where.projectPath,
    trackedFiles,
    excluded: artifactsInsideProject(directory, inputs.artifactsDirectory),
    lockfiles,
    tools,
    recipe: `${plan.recipe}\n${inputs.package}`,
    cacheVersion: inputs.cacheVersion,
  };
}

/** What the Python build adds to the key: the interpreter and the build backend. */
export function pythonToolingKeySuffix(python: { python: string; backendVersion?: string; backendInstalled: boolean }): string {
  return digestText(`${python.python} ${python.backendVersion ?? ''} ${python.backendInstalled}`).slice(0, 12);
}
