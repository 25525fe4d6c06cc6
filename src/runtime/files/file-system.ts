import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { resolveOutputPath } from '../../core/output-folders.js';
import { SNAPSHOT_FILES, isDevRequirementsName, isRequirementsFile, type ProjectSnapshot } from '../../core/project-snapshot.js';

export async function isDirectory(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `name` is in `directory`, asked without waiting (for a guess made before the folder is read). */
export function holdsName(directory: string, name: string): boolean {
  return existsSync(path.join(directory, name));
}

/** A path input, resolved against the workspace; one that leaves the workspace (`..`, an absolute path elsewhere) is refused. */
export function resolveWorkspacePath(workspace: string, name: string, value: string): string {
  return resolveOutputPath({ workspace }, name, value);
}

/**
 * Resolves a folder input against the workspace; a folder that does not exist is the user's to fix: the
 * error names the input, its value, the path it resolved to, and `hint` (what the folder should hold).
 */
export async function resolveInputDirectory(workspace: string, name: string, value: string, hint: string): Promise<string> {
  const directory = resolveWorkspacePath(workspace, name, value);
  if (!(await isDirectory(directory))) {
    throw new ConfigurationError(`Input '${name}' is '${value}', but ${directory} is not a directory. ${hint}`);
  }
  return directory;
}

export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw error;
  }
}

/** Reads the top-level names of `directory` and the text of the files the decisions need. */
export async function readProjectSnapshot(directory: string): Promise<ProjectSnapshot> {
  const entries = new Set(await readdir(directory));
  const texts = new Map<string, string>();
  const wanted = [...SNAPSHOT_FILES, ...[...entries].filter((name) => isRequirementsFile(name) || isDevRequirementsName(name))];
  await Promise.all(
    wanted
      .filter((name) => entries.has(name))
      .map(async (name) => {
        const text = await readTextIfExists(path.join(directory, name));
        if (text !== undefined) texts.set(name, text);
      }),
  );
  return { directory, entries, texts };
}

/**
 * Expands patterns relative to `base` whose segments may be `*` (any one name) into the folders that
 * exist. `**` is taken as `*`: workspace globs name member folders one level down in practice.
 */
export async function expandFolderPatterns(base: string, patterns: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    let current = [''];
    for (const segment of pattern.split('/').filter((part) => part !== '' && part !== '.')) {
      const next: string[] = [];
      for (const prefix of current) {
        if (segment.includes('*')) {
          const matcher = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '[^/]*')}$`);
          let names: string[] = [];
          try {
            names = await readdir(path.join(base, prefix));
          } catch {
            names = [];
          }
          for (const name of names) if (matcher.test(name) && !name.startsWith('.')) next.push(path.join(prefix, name));
        } else {
          next.push(path.join(prefix, segment));
        }
      }
      current = next;
    }
    for (const relative of current) if (relative !== '' && (await isDirectory(path.join(base, relative)))) found.add(relative);
  }
  return [...found].sort();
}

/**
 * Counts the entries below `folder` (files, folders, links; links are not followed), skipping `exclude` at
 * the top. Folders are read concurrently: this is the tree check of every exact hit.
 */
export async function countEntries(folder: string, exclude?: string | readonly string[]): Promise<number> {
  const excluded = new Set(exclude === undefined ? [] : typeof exclude === 'string' ? [exclude] : exclude);
  let count = 0;
  const walk = async (current: string, top: boolean): Promise<void> => {
    let children;
    try {
      children = await readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    const folders: string[] = [];
    for (const child of children) {
      if (top && excluded.has(child.name)) continue;
      count += 1;
      if (child.isDirectory()) folders.push(path.join(current, child.name));
    }
    await Promise.all(folders.map((next) => walk(next, false)));
  };
  await walk(folder, true);
  return count;
}

export async function removeAll(targets: string[]): Promise<void> {
  await Promise.all(targets.map((target) => rm(target, { recursive: true, force: true })));
}
