import semver from 'semver';
import { formatDiagnosis } from '../diagnosis/diagnosis.js';
import { ConfigurationError } from '../errors.js';
import type { JsonObject } from '../project-snapshot.js';

/** The root's dependency fields whose entries `npm ci` must find in the lockfile. */
const REQUIRED_FIELDS = ['dependencies', 'devDependencies'] as const;
/** Checked only when present in the lockfile: npm may have skipped an optional dependency for its platform. */
const OPTIONAL_FIELDS = ['optionalDependencies'] as const;

function section(source: JsonObject | undefined, field: string): Array<[string, string]> {
  const value = source?.[field];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).map(([name, spec]) => [name, String(spec)]);
}

/** The spec as a semver range, or undefined for what only npm can judge (aliases, git, files, tags, URLs, workspaces). */
function semverRange(spec: string): string | undefined {
  if (/^(npm|git|git\+\w+|github|file|link|workspace|http|https):/i.test(spec) || spec.includes('/')) return undefined;
  return semver.validRange(spec, { loose: true }) ?? undefined;
}

/**
 * Compares package.json's dependencies with package-lock.json (lockfile v2/v3) as `npm ci` does, and no
 * stricter: npm ci builds its tree from the lockfile and refuses only when a root dependency is missing from
 * it or its locked version does not satisfy package.json's range. The ranges recorded in the lockfile's root
 * entry are not compared (npm accepts `^3.24.1` recorded there while package.json pins `3.25.76`, as long as
 * the locked version is 3.25.76), nor are dependencies the lockfile still holds but package.json dropped
 * (npm prunes them). Anything npm resolves by other means than a semver range is left to npm.
 * Returns the differences, each a sentence part.
 */
export function npmLockfileDifferences(manifest: JsonObject, lockfileText: string, lockfile = 'package-lock.json'): string[] {
  let lock: JsonObject;
  try {
    lock = JSON.parse(lockfileText) as JsonObject;
  } catch (error) {
    return [`${lockfile} is not valid JSON (${(error as Error).message})`];
  }
  const packages = lock.packages as Record<string, JsonObject | undefined> | undefined;
  if (!packages?.['']) return []; // lockfile v1 has no root entry: leave the judgement to npm ci
  const differences: string[] = [];
  const check = (name: string, spec: string, required: boolean): void => {
    const entry = packages[`node_modules/${name}`];
    if (entry === undefined) {
      if (required) differences.push(`'${name}' (${spec}) is in package.json but not in ${lockfile}`);
      return;
    }
    const range = semverRange(spec);
    const version = typeof entry.version === 'string' ? entry.version : undefined;
    if (range === undefined || version === undefined || entry.link === true || semver.valid(version) === null) return;
    if (!semver.satisfies(version, range, { loose: true, includePrerelease: true })) {
      differences.push(`'${name}' is ${spec} in package.json, but ${lockfile} holds ${version}`);
    }
  };
  for (const field of REQUIRED_FIELDS) for (const [name, spec] of section(manifest, field)) check(name, spec, true);
  for (const field of OPTIONAL_FIELDS) for (const [name, spec] of section(manifest, field)) check(name, spec, false);
  return differences;
}

export function assertNpmLockfileInSync(directory: string, manifest: JsonObject, lockfileText: string, lockfile: string): void {
  const differences = npmLockfileDifferences(manifest, lockfileText, lockfile);
  if (differences.length === 0) return;
  const listed = differences.slice(0, 10).join('; ') + (differences.length > 10 ? `; and ${differences.length - 10} more` : '');
  const fix = `Run 'npm install' locally and commit the updated ${lockfile} ('npm ci' refuses it as it is).`;
  const diagnosis = formatDiagnosis({ kind: 'dependency conflict', headline: `${lockfile} does not match package.json's dependencies.`, fix, evidence: differences.slice(0, 10) });
  throw new ConfigurationError(`${lockfile} in ${directory} is out of sync with package.json: ${listed}. ${fix}\n${diagnosis}`);
}
