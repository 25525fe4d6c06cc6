import semver from 'semver';
import { isConfigurationError } from '../errors.js';
import type { Finding } from '../findings.js';
import { npmLockfileDifferences } from '../deps/npm-lockfile-sync.js';
import { readPackageJson, readPyproject, type ProjectSnapshot } from '../project-snapshot.js';
import { pythonVersionSatisfies } from '../deps/python-version-constraints.js';
import { runtimeDeclarations, type RuntimeDeclaration } from '../deps/runtime-requirements.js';
import { isNodeProject, isPythonProject } from './check-plan.js';

/**
 * The configuration check: the manifests parse, the npm lockfile matches package.json, and the places that
 * declare a runtime version agree with each other. `locate` turns a project file name into a path
 * relative to the repository root.
 */
export function configFindings(snapshot: ProjectSnapshot, locate: (file: string) => string): Finding[] {
  const findings: Finding[] = [];
  const error = (file: string, message: string, rule: string): void => {
    findings.push({ level: 'error', message, file: locate(file), source: 'config', rule });
  };
  const parses = (file: string, read: () => unknown): boolean => {
    try {
      read();
      return true;
    } catch (caught) {
      if (!isConfigurationError(caught)) throw caught;
      error(file, caught.message, 'manifest-parses');
      return false;
    }
  };

  if (isNodeProject(snapshot) && parses('package.json', () => readPackageJson(snapshot))) {
    const lockfile = ['npm-shrinkwrap.json', 'package-lock.json'].find((name) => snapshot.texts.has(name));
    if (lockfile !== undefined) {
      for (const difference of npmLockfileDifferences(readPackageJson(snapshot) ?? {}, snapshot.texts.get(lockfile) ?? '', lockfile)) {
        error(lockfile, `${difference}: run 'npm install' and commit ${lockfile}`, 'lockfile-matches');
      }
    }
    const declared = /^(npm|yarn|pnpm)@/.exec(String(readPackageJson(snapshot)?.packageManager as string ?? ''))?.[1];
    const lockfiles: Record<string, string[]> = { npm: ['package-lock.json', 'npm-shrinkwrap.json'], yarn: ['yarn.lock'], pnpm: ['pnpm-lock.yaml'] };
    if (declared !== undefined) {
      for (const [manager, names] of Object.entries(lockfiles)) {
        for (const name of names.filter((candidate) => manager !== declared && snapshot.entries.has(candidate))) {
          error('package.json', `packageManager names ${declared}, but ${name} (${manager}'s lockfile) is present: delete it, or change packageManager`, 'package-manager-consistent');
        }
      }
    }
    const declarations = runtimeDeclarations(snapshot, 'node');
    for (const [a, b] of pairs(declarations)) {
      const left = semver.validRange(a.constraint.replace(/^v/, ''));
      const right = semver.validRange(b.constraint.replace(/^v/, ''));
      if (left !== null && right !== null && !semver.intersects(left, right)) {
        error(fileOf(b), `${b.source} (${b.constraint}) does not agree with ${a.source} (${a.constraint})`, 'runtime-consistent');
      }
    }
  }
  if (isPythonProject(snapshot) && (!snapshot.texts.has('pyproject.toml') || parses('pyproject.toml', () => readPyproject(snapshot)))) {
    const declarations = runtimeDeclarations(snapshot, 'python');
    const pinned = declarations.filter((declaration) => declaration.kind === 'prefix');
    const ranges = declarations.filter((declaration) => declaration.kind === 'range');
    for (const pin of pinned) {
      for (const version of pin.constraint.split('||').map((part) => part.trim())) {
        for (const range of ranges) {
          if (pythonVersionSatisfies(version, range.constraint) === false) {
            error(fileOf(pin), `${pin.source} pins Python ${version}, which ${range.source} (${range.constraint}) does not allow`, 'runtime-consistent');
          }
        }
      }
    }
  }
  return findings;
}

function* pairs<T>(items: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < items.length; i += 1) for (let j = i + 1; j < items.length; j += 1) yield [items[i], items[j]];
}

/** "package.json engines.node" → package.json; ".nvmrc" → .nvmrc. */
function fileOf(declaration: RuntimeDeclaration): string {
  return declaration.source.split(' ')[0];
}
