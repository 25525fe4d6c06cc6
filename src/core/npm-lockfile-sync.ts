import { ConfigurationError } from './errors.js';
import type { JsonObject } from './project-snapshot.js';

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

function dependencies(source: JsonObject | undefined): Map<string, string> {
  const all = new Map<string, string>();
  for (const field of DEPENDENCY_FIELDS) {
    const section = source?.[field];
    if (section && typeof section === 'object') {
      for (const [name, range] of Object.entries(section as Record<string, unknown>)) all.set(name, String(range));
    }
  }
  return all;
}

/**
 * Compares package.json's dependency declarations with the root entry of package-lock.json (lockfile v2/v3),
 * as `npm ci` would, so the user gets one clear message instead of npm's. Returns the differences.
 */
export function npmLockfileDifferences(manifest: JsonObject, lockfileText: string, lockfile = 'package-lock.json'): string[] {
  let lock: JsonObject;
  try {
    lock = JSON.parse(lockfileText) as JsonObject;
  } catch (error) {
    return [`${lockfile} is not valid JSON (${(error as Error).message})`];
  }
  const packages = lock.packages as Record<string, JsonObject> | undefined;
  const root = packages?.[''];
  if (!root) return []; // lockfile v1 has no root entry: leave the judgement to npm ci
  const wanted = dependencies(manifest);
  const locked = dependencies(root);
  const differences: string[] = [];
  for (const [name, range] of wanted) {
    const lockedRange = locked.get(name);
    if (lockedRange === undefined) differences.push(`'${name}' (${range}) is in package.json but not in ${lockfile}`);
    else if (lockedRange !== range) {
      differences.push(`'${name}' is ${range} in package.json but ${lockedRange} in ${lockfile}`);
    }
  }
  for (const [name] of locked) {
    if (!wanted.has(name)) differences.push(`'${name}' is in ${lockfile} but no longer in package.json`);
  }
  return differences;
}

export function assertNpmLockfileInSync(directory: string, manifest: JsonObject, lockfileText: string, lockfile: string): void {
  const differences = npmLockfileDifferences(manifest, lockfileText, lockfile);
  if (differences.length === 0) return;
  const listed = differences.slice(0, 10).join('; ') + (differences.length > 10 ? `; and ${differences.length - 10} more` : '');
  throw new ConfigurationError(
    `${lockfile} in ${directory} is out of sync with package.json: ${listed}. ` +
      `Run 'npm install' locally and commit the updated ${lockfile}.`,
  );
}
