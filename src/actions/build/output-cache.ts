import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cachePermissions } from '../../core/cache/permissions.js';
import type { ActionIO } from '../../runtime/io/action-io.js';
import type { CacheStore } from '../../runtime/cache/cache-store.js';
import type { RunCommand } from '../../runtime/process/run-command.js';
import type { ActionContext } from '../../runtime/io/run-context.js';

/**
 * The build-output cache. An entry holds the build's outputs (the untracked files the build wrote) and the
 * packages, laid out in one staging folder at a fixed place in the workspace, with a manifest of every file's
 * size: a restore is used only when every file is there whole.
 */
export const STAGING_NAME = '.build-actions-build-output';
const IGNORED_OUTPUTS = new Set(['node_modules', '.venv', '__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache', 'coverage', '.nyc_output', STAGING_NAME]);

export interface Manifest {
  schema: 1;
  /** Output paths relative to the project, and package file names. */
  outputs: Array<{ path: string; size: number }>;
  artifacts: Array<{ name: string; size: number }>;
}

export function stagingFolder(context: ActionContext): string {
  return path.join(context.workspace, STAGING_NAME);
}

/** `git ls-files --others --directory -z`: untracked files and folders (one entry per untracked folder), relative to `directory`. */
export async function untrackedEntries(run: RunCommand, directory: string): Promise<string[] | undefined> {
  const listed = await run('git', ['ls-files', '--others', '--directory', '-z', '--', '.'], { cwd: directory, silent: true });
  if (listed.exitCode !== 0) return undefined;
  return listed.stdout.split('\0').filter((entry) => entry !== '').map((entry) => entry.replace(/\/$/, ''));
}

async function newestTime(file: string): Promise<number> {
  const info = await stat(file);
  if (!info.isDirectory()) return info.mtimeMs;
  const { readdir } = await import('node:fs/promises');
  let newest = info.mtimeMs;
  for (const child of await readdir(file)) newest = Math.max(newest, await newestTime(path.join(file, child)));
  return newest;
}

/** What the build wrote: untracked entries that are new since `before`, or were written after `startedMs`. */
export async function buildOutputs(run: RunCommand, directory: string, before: readonly string[], startedMs: number, excluded: readonly string[]): Promise<string[]> {
  const after = await untrackedEntries(run, directory);
  if (after === undefined) return [];
  const outputs: string[] = [];
  for (const entry of after) {
    const segments = entry.split('/');
    if (segments.some((segment) => IGNORED_OUTPUTS.has(segment)) || excluded.some((folder) => entry === folder || entry.startsWith(`${folder}/`) || folder.startsWith(`${entry}/`))) continue;
    if (!before.includes(entry) || (await newestTime(path.join(directory, entry))) >= startedMs - 1000) outputs.push(entry);
  }
  return outputs.sort();
}

async function filesUnder(root: string, relative: string): Promise<Array<{ path: string; size: number }>> {
  const info = await stat(path.join(root, relative));
  if (!info.isDirectory()) return [{ path: relative, size: info.size }];
  const { readdir } = await import('node:fs/promises');
  const found: Array<{ path: string; size: number }> = [];
  for (const child of (await readdir(path.join(root, relative))).sort()) found.push(...(await filesUnder(root, `${relative}/${child}`)));
  return found;
}

export interface CacheOutcome {
  hit: boolean;
  /** For the summary. */
  note: string;
  restoredArtifacts?: string[];
  restoredOutputs?: string[];
}

/** Restores an exact hit into place (outputs into the project, packages into `artifactsStaging`); anything less is a miss. */
export async function restoreOutputs(io: ActionIO, cache: CacheStore, context: ActionContext, enabled: boolean, key: string, directory: string, artifactsStaging: string): Promise<CacheOutcome> {
  const permissions = cachePermissions(context, enabled);
  if (!permissions.restore) return { hit: false, note: `Build-output cache not restored: ${permissions.reason ?? 'cache off'}.` };
  const staging = stagingFolder(context);
  await rm(staging, { recursive: true, force: true });
  try {
    const restored = await cache.restore([staging], key, []);
    if (restored.outcome === 'error') {
      io.warning(`Restoring the build outputs from the cache failed (${restored.message ?? 'unknown fault'}); building.`);
      return { hit: false, note: `The cache failed (${restored.message ?? 'unknown fault'}): built from scratch.` };
    }
    if (restored.outcome === 'miss') return { hit: false, note: `No build-output entry for ${key}: built.` };
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(path.join(staging, 'manifest.json'), 'utf8')) as Manifest;
    } catch {
      io.warning(`The build-output entry ${key} has no readable manifest; building.`);
      return { hit: false, note: `Entry ${key} was unreadable: built.` };
    }
    const whole = async (file: string, size: number): Promise<boolean> => {
      try {
        return (await stat(file)).size === size;
      } catch {
        return false;
      }
    };
    for (const output of manifest.outputs) {
      if (!(await whole(path.join(staging, 'outputs', output.path), output.size))) {
        io.warning(`The build-output entry ${key} is not whole (${output.path}); building.`);
        return { hit: false, note: `Entry ${key} was not whole (${output.path}): built.` };
      }
    }
    for (const artifact of manifest.artifacts) {
      if (!(await whole(path.join(staging, 'artifacts', artifact.name), artifact.size))) {
        io.warning(`The build-output entry ${key} is not whole (${artifact.name}); building.`);
        return { hit: false, note: `Entry ${key} was not whole (${artifact.name}): built.` };
      }
    }
    const tops = [...new Set(manifest.outputs.map((output) => output.path.split('/')[0]))];
    for (const top of tops) {
      await rm(path.join(directory, top), { recursive: true, force: true });
      await mkdir(path.dirname(path.join(directory, top)), { recursive: true });
      await rename(path.join(staging, 'outputs', top), path.join(directory, top)).catch(() => cp(path.join(staging, 'outputs', top), path.join(directory, top), { recursive: true }));
    }
    await mkdir(artifactsStaging, { recursive: true });
    for (const artifact of manifest.artifacts) await cp(path.join(staging, 'artifacts', artifact.name), path.join(artifactsStaging, artifact.name));
    return {
      hit: true,
      note: `Exact hit ${key} (${restored.milliseconds} ms): the build was skipped; ${manifest.outputs.length} output files and ${manifest.artifacts.length} packages restored whole, then verified like a fresh build.`,
      restoredArtifacts: manifest.artifacts.map((artifact) => artifact.name),
      restoredOutputs: tops,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Saves the outputs and packages of a verified build. Never from untrusted events, never a restored entry again. */
export async function saveOutputs(io: ActionIO, cache: CacheStore, context: ActionContext, enabled: boolean, key: string, directory: string, outputs: readonly string[], artifacts: readonly string[]): Promise<string> {
  const permissions = cachePermissions(context, enabled);
  if (!permissions.save) return `Build outputs not saved: ${permissions.reason ?? 'cache off'}.`;
  if (outputs.length === 0 && artifacts.length === 0) return 'Build outputs not saved: the build wrote nothing to keep.';
  const staging = stagingFolder(context);
  await rm(staging, { recursive: true, force: true });
  try {
    const manifest: Manifest = { schema: 1, outputs: [], artifacts: [] };
    for (const output of outputs) {
      await cp(path.join(directory, output), path.join(staging, 'outputs', output), { recursive: true, verbatimSymlinks: true });
      manifest.outputs.push(...(await filesUnder(directory, output)));
    }
    await mkdir(path.join(staging, 'artifacts'), { recursive: true });
    for (const artifact of artifacts) {
      const name = path.basename(artifact);
      await cp(artifact, path.join(staging, 'artifacts', name));
      manifest.artifacts.push({ name, size: (await stat(artifact)).size });
    }
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest));
    const saved = await cache.save([staging], key);
    if (saved.outcome === 'error') {
      io.warning(`Saving the build outputs to the cache failed (${saved.message ?? 'unknown fault'}); the next run builds again.`);
      return `Build outputs not saved: the cache failed (${saved.message ?? 'unknown fault'}).`;
    }
    return saved.outcome === 'exists' ? `An entry ${key} already exists (another job saved it).` : `Saved ${manifest.outputs.length} output files and ${manifest.artifacts.length} packages as ${key}.`;
  } catch (error) {
    io.warning(`Saving the build outputs failed (${(error as Error).message}); the next run builds again.`);
    return `Build outputs not saved: ${(error as Error).message}.`;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
