import { access, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PythonCoverageFacts } from '../../core/testing/python-coverage.js';

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

/** The texts of the files in `directory` (not below it) whose names end with `extension`; none when it does not exist. */
export async function readTextFiles(directory: string, extension: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith(extension)).sort();
  } catch {
    return [];
  }
  return Promise.all(names.map((name) => readFile(path.join(directory, name), 'utf8')));
}

/** Whether `name` can be loaded from `directory`: its node_modules or a parent's, up to `root` (hoisted in a workspace). */
export async function isPackageInstalled(directory: string, name: string, root: string): Promise<boolean> {
  let current = path.resolve(directory);
  const top = path.resolve(root);
  for (;;) {
    try {
      await access(path.join(current, 'node_modules', name, 'package.json'));
      return true;
    } catch {
      // not here: look in the parent
    }
    const parent = path.dirname(current);
    if (current === top || parent === current || !current.startsWith(top)) return false;
    current = parent;
  }
}

/** What decides pytest's coverage source: the coverage config files, the packages (top-level and src/) and top-level modules. */
export async function pythonCoverageFacts(directory: string): Promise<PythonCoverageFacts> {
  const configs: PythonCoverageFacts['configs'] = {};
  for (const name of ['pyproject.toml', '.coveragerc', 'setup.cfg', 'tox.ini'] as const) {
    try {
      configs[name] = await readFile(path.join(directory, name), 'utf8');
    } catch {
      // absent
    }
  }
  const packagesIn = async (folder: string): Promise<string[]> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return [];
    }
    const found: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      try {
        await access(path.join(folder, entry.name, '__init__.py'));
        found.push(entry.name);
      } catch {
        // not a package
      }
    }
    return found.sort();
  };
  const top = await readdir(directory, { withFileTypes: true });
  return {
    configs,
    packages: await packagesIn(directory),
    srcPackages: await packagesIn(path.join(directory, 'src')),
    modules: top.filter((entry) => entry.isFile() && entry.name.endsWith('.py')).map((entry) => entry.name).sort(),
  };
}
