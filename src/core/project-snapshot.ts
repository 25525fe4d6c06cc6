import { parse as parseToml } from 'smol-toml';
import { ConfigurationError } from './errors.js';
import { compareNames } from './name-order.js';

/**
 * The files of a project directory that decisions are made from: top-level names, and the text of the
 * few files that matter (manifests, lockfiles, version files, requirements files). Read by the runtime,
 * decided on here.
 */
export interface ProjectSnapshot {
  directory: string;
  /** Top-level entry names of the directory. */
  entries: ReadonlySet<string>;
  /** Contents of the relevant files that exist, keyed by relative path. */
  texts: ReadonlyMap<string, string>;
}

/** The top-level files whose text the decisions need (requirements files are added by pattern). */
export const SNAPSHOT_FILES = [
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'pyproject.toml',
  'poetry.lock',
  '.nvmrc',
  '.node-version',
  '.python-version',
] as const;

export function isRequirementsFile(name: string): boolean {
  return /^requirements.*\.txt$/.test(name);
}

/** dev-requirements*.txt: development requirements under the other common name (read by the quality checks; setup-deps installs requirements*.txt). */
export function isDevRequirementsName(name: string): boolean {
  return /^dev-requirements.*\.txt$/.test(name);
}

/** requirements.txt first, then the others by name. */
export function requirementsFiles(snapshot: ProjectSnapshot): string[] {
  return [...snapshot.entries].filter(isRequirementsFile).sort((a, b) => {
    if (a === 'requirements.txt') return -1;
    if (b === 'requirements.txt') return 1;
    return compareNames(a, b);
  });
}

export type JsonObject = Record<string, unknown>;

export function readPackageJson(snapshot: ProjectSnapshot): JsonObject | undefined {
  const text = snapshot.texts.get('package.json');
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as JsonObject;
  } catch (error) {
    throw new ConfigurationError(
      `package.json in ${snapshot.directory} is not valid JSON (${(error as Error).message}): fix the file.`,
    );
  }
}

export function readPyproject(snapshot: ProjectSnapshot): JsonObject | undefined {
  const text = snapshot.texts.get('pyproject.toml');
  if (text === undefined) return undefined;
  try {
    return parseToml(text) as JsonObject;
  } catch (error) {
    const firstLine = (error as Error).message.split('\n')[0];
    throw new ConfigurationError(`pyproject.toml in ${snapshot.directory} is not valid TOML (${firstLine}): fix the file.`);
  }
}

export function objectAt(value: unknown, ...path: string[]): JsonObject | undefined {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as JsonObject)[key];
  }
  return current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as JsonObject) : undefined;
}

export function stringAt(value: unknown, ...path: string[]): string | undefined {
  const parent = objectAt(value, ...path.slice(0, -1));
  const leaf = parent?.[path[path.length - 1]];
  return typeof leaf === 'string' ? leaf : undefined;
}
