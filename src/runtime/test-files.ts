import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', 'dist', 'build', 'coverage']);

/** Files under `directory` (relative, posix separators) that `accept` takes, skipping dependency and output folders. */
export async function walkFiles(directory: string, accept: (relative: string) => boolean, skip: ReadonlySet<string> = SKIPPED_FOLDERS): Promise<string[]> {
  const found: string[] = [];
  const visit = async (relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(directory, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skip.has(entry.name) && !entry.name.startsWith('.')) await visit(child);
      } else if (entry.isFile() && accept(child)) {
        found.push(child);
      }
    }
  };
  await visit('');
  return found.sort();
}

/**
 * Result files of an earlier run in the same folder would be read as this run's: the ones this action writes are
 * removed first. Only those names: the folder is the user's choice and may hold anything else.
 */
export async function clearResultFiles(directory: string, names: readonly string[]): Promise<void> {
  await mkdir(directory, { recursive: true });
  await Promise.all(names.map((name) => rm(path.join(directory, name), { recursive: true, force: true })));
}

/** Every file named `name` under `directory`, at any depth (the shards' downloaded artifacts). */
export async function findNamed(directory: string, name: string): Promise<string[]> {
  return walkFiles(directory, (relative) => path.posix.basename(relative) === name, new Set(['node_modules', '.git']));
}

/** Writes a text file, creating its folder. */
export async function writeText(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

export async function removePath(target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
}
