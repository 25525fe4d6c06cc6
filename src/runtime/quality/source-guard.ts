import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunCommand } from '../process/run-command.js';

/**
 * What the project's files were before the checks ran, so that a check that rewrites them (`eslint --fix`,
 * `prettier --write`) is caught and its changes undone, as pre-commit does. In a git work tree: the files
 * `git status` calls modified (their content kept, so they can be put back) and the rest known clean; elsewhere:
 * a hash and a copy of every file outside the installed and generated folders.
 */
export interface SourceState {
  directory: string;
  kind: 'git' | 'files';
  /** git: the tracked files that differed from the index or HEAD; files: every file. Path relative to directory → content. */
  contents: Map<string, Buffer>;
  /** files: the content was too large to keep, so changes are found by hash and cannot be undone. */
  hashes: Map<string, string>;
}

const SKIPPED_FOLDERS = new Set([
  'node_modules', '.git', '.hg', '.svn', '.venv', 'venv', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache',
  '.cache', '.nx', '.turbo', '.next', '.parcel-cache', 'coverage', 'dist', 'build', 'target', '.eggs',
]);
/** Beyond this much content, changes outside git are found by hash and reported, not undone. */
const MAX_KEPT_BYTES = 64 * 1024 * 1024;

function digest(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

async function gitDirtyFiles(run: RunCommand, directory: string): Promise<string[] | undefined> {
  const result = await run('git', ['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=no', '--', '.'], { cwd: directory, silent: true });
  if (result.exitCode !== 0 || result.notFound) return undefined;
  // Entries are `XY path` (renames add the old path as the next field); paths are relative to the repository root.
  const prefix = await run('git', ['rev-parse', '--show-prefix'], { cwd: directory, silent: true });
  const base = prefix.exitCode === 0 ? prefix.stdout.trim() : '';
  const files: string[] = [];
  const fields = result.stdout.split('\0');
  for (let index = 0; index < fields.length; index += 1) {
    const entry = fields[index];
    if (entry.length < 4) continue;
    const file = entry.slice(3);
    if (entry[0] === 'R' || entry[0] === 'C') index += 1;
    if (file.startsWith(base)) files.push(file.slice(base.length));
  }
  return files;
}

async function readIfFile(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

async function walk(directory: string, relative = ''): Promise<string[]> {
  const files: string[] = [];
  let entries;
  try {
    entries = await readdir(path.join(directory, relative), { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...(await walk(directory, child)));
    } else if (entry.isFile()) {
      files.push(child);
    }
  }
  return files;
}

/** The project's files as they are before the checks. */
export async function captureSources(run: RunCommand, directory: string): Promise<SourceState> {
  const dirty = await gitDirtyFiles(run, directory);
  const contents = new Map<string, Buffer>();
  const hashes = new Map<string, string>();
  if (dirty !== undefined) {
    for (const file of dirty) {
      const content = await readIfFile(path.join(directory, file));
      hashes.set(file, content === undefined ? 'absent' : digest(content));
      if (content !== undefined) contents.set(file, content);
    }
    return { directory, kind: 'git', contents, hashes };
  }
  let kept = 0;
  for (const file of await walk(directory)) {
    const content = await readIfFile(path.join(directory, file));
    if (content === undefined) continue;
    hashes.set(file, digest(content));
    kept += content.length;
    if (kept <= MAX_KEPT_BYTES) contents.set(file, content);
  }
  if (kept > MAX_KEPT_BYTES) contents.clear();
  return { directory, kind: 'files', contents, hashes };
}

/** The files (relative to the project) whose content differs from `before`: tracked ones in git, existing ones elsewhere. */
export async function changedSources(run: RunCommand, before: SourceState): Promise<string[]> {
  const changed = new Set<string>();
  const now = async (file: string): Promise<string> => {
    const content = await readIfFile(path.join(before.directory, file));
    return content === undefined ? 'absent' : digest(content);
  };
  if (before.kind === 'git') {
    const dirty = (await gitDirtyFiles(run, before.directory)) ?? [];
    for (const file of dirty) if (!before.hashes.has(file)) changed.add(file);
    for (const [file, hash] of before.hashes) if ((await now(file)) !== hash) changed.add(file);
  } else {
    for (const [file, hash] of before.hashes) if ((await now(file)) !== hash) changed.add(file);
  }
  return [...changed].sort();
}

/** Puts the changed files back as they were: from the index for files git had clean, from the copies otherwise. */
export async function restoreSources(run: RunCommand, before: SourceState, files: readonly string[]): Promise<{ restored: string[]; notRestored: string[] }> {
  const restored: string[] = [];
  const notRestored: string[] = [];
  const fromIndex: string[] = [];
  for (const file of files) {
    const copy = before.contents.get(file);
    if (copy !== undefined) {
      try {
        await writeFile(path.join(before.directory, file), copy);
        restored.push(file);
      } catch {
        notRestored.push(file);
      }
    } else if (before.kind === 'git' && !before.hashes.has(file)) {
      fromIndex.push(file);
    } else {
      notRestored.push(file);
    }
  }
  if (fromIndex.length > 0) {
    const result = await run('git', ['checkout', '--quiet', '--', ...fromIndex], { cwd: before.directory, silent: true });
    (result.exitCode === 0 ? restored : notRestored).push(...fromIndex);
  }
  return { restored: restored.sort(), notRestored: notRestored.sort() };
}
