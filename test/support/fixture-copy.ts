// Copies a committed fixture (or example) project into a test's own folder, leaving out everything that a run by hand
// can leave in the source tree: installed trees, virtualenvs, build output, caches and result files. A test starts
// from what a fresh clone has, whatever the developer ran before (the README's first command installs
// examples/node-service in place and writes test-results/ there).
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, relative } from 'node:path';

/** Folder and file names that only a run creates. None is committed in any fixture. */
export const LEFTOVERS = new Set([
  'node_modules', '.venv', 'dist', 'coverage', 'test-results', '__pycache__', '.pytest_cache', '.mypy_cache',
  '.ruff_cache', '.eslintcache', '.tsbuildinfo', 'tsconfig.tsbuildinfo', '.coverage', 'build',
]);

/** True for a path under `source` that a run left behind (see LEFTOVERS, and *.egg-info). */
export function isLeftover(source: string, path: string): boolean {
  const parts = relative(source, path).split(/[\\/]/).filter((part) => part !== '');
  return parts.some((part) => LEFTOVERS.has(part) || part.endsWith('.egg-info'));
}

/** Replaces `dest` with a copy of `source` without its leftovers; `skip` names more top-level entries to leave out. */
export async function copyFixture(source: string, dest: string, skip: readonly string[] = []): Promise<string> {
  await rm(dest, { recursive: true, force: true });
  await mkdir(dirname(dest), { recursive: true });
  await cp(source, dest, {
    recursive: true,
    filter: (path) => path === source || (!isLeftover(source, path) && !skip.includes(relative(source, path))),
  });
  return dest;
}
