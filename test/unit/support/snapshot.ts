import semver from 'semver';
import type { ProjectSnapshot } from '../../../src/core/project-snapshot.js';

export interface SnapshotOptions {
  /** The directory the snapshot claims to be of (only used in messages and results). */
  directory?: string;
  /** Top-level names that exist without text (folders, files whose text the decisions do not read). */
  extraEntries?: string[];
}

/**
 * An in-memory project directory: each file's name is a top-level entry and its text is readable, as
 * readProjectSnapshot would return it.
 */
export function snapshot(files: Record<string, string>, options: SnapshotOptions = {}): ProjectSnapshot {
  return {
    directory: options.directory ?? '/work/project',
    entries: new Set([...Object.keys(files), ...(options.extraEntries ?? [])]),
    texts: new Map(Object.entries(files)),
  };
}

/** package.json text from an object. */
export function packageJson(manifest: Record<string, unknown> = { name: 'app', version: '1.0.0' }): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A lockfile v3 whose root entry declares `dependencies` (and optionally devDependencies). */
export function npmLockfile(
  dependencies: Record<string, string>,
  devDependencies: Record<string, string> = {},
  name = 'app',
): string {
  const root: Record<string, unknown> = { name, version: '1.0.0' };
  if (Object.keys(dependencies).length > 0) root.dependencies = dependencies;
  if (Object.keys(devDependencies).length > 0) root.devDependencies = devDependencies;
  const packages: Record<string, unknown> = { '': root };
  for (const [dependency, range] of Object.entries({ ...dependencies, ...devDependencies })) {
    // The lowest version the range allows: what npm could have locked.
    const version = semver.minVersion(range)?.version ?? '1.0.0';
    packages[`node_modules/${dependency}`] = { version, resolved: `https://registry.npmjs.org/${dependency}/-/${dependency}-${version}.tgz` };
  }
  return `${JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}
