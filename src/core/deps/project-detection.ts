import { ConfigurationError } from '../errors.js';
import { PACKAGE_MANAGER_RECORDS, type Language, type PackageManagerName } from './package-managers.js';
import {
  objectAt,
  readPackageJson,
  readPyproject,
  requirementsFiles,
  type ProjectSnapshot,
} from '../project-snapshot.js';

export type PackageManagerChoice = PackageManagerName | 'auto';

export interface DetectedProject {
  directory: string;
  language: Language;
  packageManager: PackageManagerName;
  /** Why this package manager was chosen, for the summary. */
  reason: string;
  lockfile?: string;
  /** Files whose contents decide the installed tree: they go into the cache key. */
  keyFiles: string[];
  /** pip only: the requirements files installed, in order. */
  requirementsFiles: string[];
  /** Version pinned by package.json's packageManager field, if any. */
  pinnedVersion?: string;
  warnings: string[];
}

const NODE_LOCK_OWNERS: ReadonlyArray<[string, PackageManagerName]> = [
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['yarn.lock', 'yarn'],
  ['pnpm-lock.yaml', 'pnpm'],
];

const LOOKED_FOR = 'package.json, requirements*.txt, pyproject.toml with [tool.poetry], poetry.lock';

function isPoetryProject(snapshot: ProjectSnapshot): boolean {
  return snapshot.entries.has('poetry.lock') || objectAt(readPyproject(snapshot), 'tool', 'poetry') !== undefined;
}

function languagesPresent(snapshot: ProjectSnapshot): { node: boolean; python: boolean } {
  return {
    node: snapshot.entries.has('package.json'),
    python: isPoetryProject(snapshot) || requirementsFiles(snapshot).length > 0,
  };
}

function parsePackageManagerField(field: string): { name: PackageManagerName; version?: string } {
  const match = /^(npm|yarn|pnpm)(?:@([^+\s]+))?(?:\+.*)?$/.exec(field.trim());
  if (!match) {
    throw new ConfigurationError(
      `package.json field 'packageManager' must name npm, yarn or pnpm, like 'pnpm@9.12.0' (got '${field}').`,
    );
  }
  const name = match[1] as PackageManagerName;
  const version = match[2];
  if (name === 'yarn' && version !== undefined && Number.parseInt(version, 10) >= 2) {
    throw new ConfigurationError(
      `package.json field 'packageManager' asks for yarn ${version}; only yarn classic (1.x) is supported. ` +
        `Use 'yarn@1.22.22', or pnpm or npm.`,
    );
  }
  return { name, version };
}

function chooseNodePackageManager(
  snapshot: ProjectSnapshot,
): { name: PackageManagerName; reason: string; version?: string; warnings: string[] } {
  const manifest = readPackageJson(snapshot) ?? {};
  const lockOwners = NODE_LOCK_OWNERS.filter(([file]) => snapshot.entries.has(file));
  const field = typeof manifest.packageManager === 'string' ? manifest.packageManager : undefined;
  if (field !== undefined) {
    const pinned = parsePackageManagerField(field);
    const own = lockOwners.filter(([, owner]) => owner === pinned.name).map(([file]) => file);
    const stray = lockOwners.filter(([, owner]) => owner !== pinned.name).map(([file]) => file);
    if (own.length === 0 && stray.length > 0) {
      const expected = PACKAGE_MANAGER_RECORDS[pinned.name].lockfiles.join(' or ');
      throw new ConfigurationError(
        `package.json says packageManager '${field}', but the lockfiles in ${snapshot.directory} are ` +
          `${stray.join(', ')} (no ${expected}). Either delete ${stray.join(', ')} and commit the ${expected} ` +
          `that ${pinned.name} writes, or correct the packageManager field.`,
      );
    }
    const warnings = stray.map(
      (file) => `${file} is ignored: package.json's packageManager is '${field}'. Delete it to avoid confusion.`,
    );
    return { name: pinned.name, version: pinned.version, reason: `packageManager field '${field}'`, warnings };
  }
  const owners = [...new Set(lockOwners.map(([, owner]) => owner))];
  if (owners.length > 1) {
    throw new ConfigurationError(
      `Found lockfiles of several package managers in ${snapshot.directory}: ` +
        `${lockOwners.map(([file]) => file).join(', ')}. Keep only one, or add a packageManager field to ` +
        `package.json (e.g. "packageManager": "${owners[0]}@<version>"), or set the input 'package-manager'.`,
    );
  }
  if (owners.length === 1) {
    return { name: owners[0], reason: `found ${lockOwners[0][0]}`, warnings: [] };
  }
  return { name: 'npm', reason: 'package.json without a lockfile or packageManager field', warnings: [] };
}

function requireLockfile(snapshot: ProjectSnapshot, name: PackageManagerName): string {
  const record = PACKAGE_MANAGER_RECORDS[name];
  const present = record.lockfiles.filter((file) => snapshot.entries.has(file));
  // npm ci installs from npm-shrinkwrap.json when both are present: the key and the sync check must read that one.
  const lockfile = present.includes('npm-shrinkwrap.json') ? 'npm-shrinkwrap.json' : present[0];
  if (lockfile !== undefined) return lockfile;
  const command = { npm: 'npm install', yarn: 'yarn install', pnpm: 'pnpm install', poetry: 'poetry lock', pip: '' }[name];
  throw new ConfigurationError(
    `${name} needs a lockfile to install reproducibly, and ${snapshot.directory} has none ` +
      `(looked for ${record.lockfiles.join(', ')}). Run '${command}' locally and commit ${record.lockfiles[0]}.`,
  );
}

function detectNode(snapshot: ProjectSnapshot, requested: PackageManagerChoice): DetectedProject {
  const chosen =
    requested === 'auto'
      ? chooseNodePackageManager(snapshot)
      : { name: requested, reason: `input 'package-manager' is '${requested}'`, warnings: [] as string[] };
  const lockfile = requireLockfile(snapshot, chosen.name);
  if (lockfile === 'yarn.lock' && /^__metadata:/m.test(snapshot.texts.get('yarn.lock') ?? '')) {
    throw new ConfigurationError(
      `yarn.lock in ${snapshot.directory} was written by yarn 2 or later (it has __metadata); only yarn classic (1.x) is supported. ` +
        `Regenerate it with yarn 1 ('npx yarn@1 install'), or switch to pnpm or npm.`,
    );
  }
  return {
    directory: snapshot.directory,
    language: 'node',
    packageManager: chosen.name,
    reason: chosen.reason,
    lockfile,
    keyFiles: ['package.json', lockfile, ...(snapshot.entries.has('pnpm-workspace.yaml') ? ['pnpm-workspace.yaml'] : [])],
    requirementsFiles: [],
    pinnedVersion: 'version' in chosen ? chosen.version : undefined,
    warnings: chosen.warnings,
  };
}

function detectPython(snapshot: ProjectSnapshot, name: 'pip' | 'poetry', reason: string): DetectedProject {
  if (name === 'poetry') {
    if (!snapshot.entries.has('pyproject.toml')) {
      throw new ConfigurationError(`Poetry needs pyproject.toml, and ${snapshot.directory} has none.`);
    }
    const warnings = snapshot.entries.has('poetry.lock')
      ? []
      : ['poetry.lock is missing: poetry install resolves versions afresh each run. Run `poetry lock` and commit poetry.lock.'];
    return {
      directory: snapshot.directory,
      language: 'python',
      packageManager: 'poetry',
      reason,
      lockfile: snapshot.entries.has('poetry.lock') ? 'poetry.lock' : undefined,
      keyFiles: ['pyproject.toml', ...(snapshot.entries.has('poetry.lock') ? ['poetry.lock'] : [])],
      requirementsFiles: [],
      warnings,
    };
  }
  const files = requirementsFiles(snapshot);
  if (files.length === 0) {
    throw new ConfigurationError(
      `pip installs from requirements files, and ${snapshot.directory} has none (looked for requirements*.txt).`,
    );
  }
  return {
    directory: snapshot.directory,
    language: 'python',
    packageManager: 'pip',
    reason,
    keyFiles: files,
    requirementsFiles: files,
    warnings: [],
  };
}

/** Decides which package manager installs the project in `snapshot`. Throws ConfigurationError when it cannot. */
export function detectProject(snapshot: ProjectSnapshot, requested: PackageManagerChoice): DetectedProject {
  const present = languagesPresent(snapshot);
  if (requested !== 'auto') {
    const language = PACKAGE_MANAGER_RECORDS[requested].language;
    if (language === 'node') {
      if (!present.node) {
        throw new ConfigurationError(
          `Input 'package-manager' is '${requested}', but ${snapshot.directory} has no package.json.`,
        );
      }
      return detectNode(snapshot, requested);
    }
    return detectPython(snapshot, requested as 'pip' | 'poetry', `input 'package-manager' is '${requested}'`);
  }
  if (present.node && present.python) {
    throw new ConfigurationError(
      `${snapshot.directory} has both a Node project (package.json) and a Python project ` +
        `(${isPoetryProject(snapshot) ? 'Poetry' : requirementsFiles(snapshot).join(', ')}). ` +
        `Set the input 'package-manager' to the one to install (npm, yarn, pnpm, pip or poetry).`,
    );
  }
  if (present.node) return detectNode(snapshot, 'auto');
  if (present.python) {
    return isPoetryProject(snapshot)
      ? detectPython(snapshot, 'poetry', objectAt(readPyproject(snapshot), 'tool', 'poetry') !== undefined
          ? 'pyproject.toml has [tool.poetry]'
          : 'found poetry.lock')
      : detectPython(snapshot, 'pip', `found ${requirementsFiles(snapshot).join(', ')}`);
  }
  throw new ConfigurationError(
    `No project to install in ${snapshot.directory}: looked for ${LOOKED_FOR}. ` +
      `Set 'working-directory' to the folder that holds your project's manifest.`,
  );
}
