import semver from 'semver';
import { ConfigurationError } from '../errors.js';
import type { Language } from './package-managers.js';
import { objectAt, readPackageJson, readPyproject, stringAt, type ProjectSnapshot } from '../project-snapshot.js';
import { pythonVersionSatisfies, versionPrefixMatches } from './python-version-constraints.js';

/** One place where a project says which runtime it wants. */
export interface RuntimeDeclaration {
  source: string; // e.g. "package.json engines.node"
  constraint: string;
  kind: 'range' | 'prefix';
}

export interface RuntimeCheck {
  declarations: RuntimeDeclaration[];
  /** Declarations that could not be checked, with why (e.g. `.nvmrc` says `lts/*`). */
  unchecked: string[];
}

function firstMeaningfulLine(text: string): string | undefined {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .find((line) => line !== '');
}

export function runtimeDeclarations(snapshot: ProjectSnapshot, language: Language): RuntimeDeclaration[] {
  const found: RuntimeDeclaration[] = [];
  if (language === 'node') {
    const engines = stringAt(readPackageJson(snapshot), 'engines', 'node');
    if (engines !== undefined) found.push({ source: 'package.json engines.node', constraint: engines, kind: 'range' });
    for (const file of ['.nvmrc', '.node-version']) {
      const line = firstMeaningfulLine(snapshot.texts.get(file) ?? '');
      if (line !== undefined) found.push({ source: file, constraint: line, kind: 'prefix' });
    }
    return found;
  }
  const pyproject = readPyproject(snapshot);
  const requires = stringAt(pyproject, 'project', 'requires-python');
  if (requires !== undefined) found.push({ source: 'pyproject.toml requires-python', constraint: requires, kind: 'range' });
  const poetryPython = objectAt(pyproject, 'tool', 'poetry', 'dependencies')?.python;
  if (typeof poetryPython === 'string') {
    found.push({ source: 'pyproject.toml [tool.poetry.dependencies] python', constraint: poetryPython, kind: 'range' });
  }
  const pinned = (snapshot.texts.get('.python-version') ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
  if (pinned.length > 0) found.push({ source: '.python-version', constraint: pinned.join(' || '), kind: 'prefix' });
  return found;
}

function nodeSatisfies(version: string, declaration: RuntimeDeclaration): boolean | undefined {
  const constraint = declaration.constraint.trim();
  if (declaration.kind === 'prefix') {
    if (/^(lts\/.*|node|stable|latest|current|system)$/i.test(constraint)) return undefined;
    const prefix = versionPrefixMatches(version, constraint);
    if (prefix !== undefined && /^v?\d+(\.\d+)*$/.test(constraint)) return prefix;
  }
  const range = semver.validRange(constraint);
  // As npm checks engines: a nightly or rc Node (24.0.0-nightly…) satisfies '>=20'.
  return range === null ? undefined : semver.satisfies(version, range, { includePrerelease: true });
}

function pythonSatisfies(version: string, declaration: RuntimeDeclaration): boolean | undefined {
  if (declaration.kind === 'prefix') {
    const results = declaration.constraint.split(' || ').map((wanted) => versionPrefixMatches(version, wanted));
    if (results.some((result) => result === true)) return true;
    return results.every((result) => result === false) ? false : undefined;
  }
  return pythonVersionSatisfies(version, declaration.constraint);
}

function fixAdvice(language: Language, declaration: RuntimeDeclaration): string {
  if (language === 'node') {
    const file = declaration.source.startsWith('package.json') ? 'package.json' : declaration.source;
    return `Add actions/setup-node before this step with 'node-version-file: ${file}' (or a node-version that satisfies '${declaration.constraint}').`;
  }
  const file = declaration.source === '.python-version' ? '.python-version' : 'pyproject.toml';
  return `Add actions/setup-python before this step with 'python-version-file: ${file}' (or a python-version that satisfies '${declaration.constraint}').`;
}

/**
 * Checks the runtime on PATH against every declaration. Throws a ConfigurationError naming what was found,
 * what is required and how to fix the workflow; returns what could not be checked.
 */
export function checkRuntime(language: Language, version: string, declarations: RuntimeDeclaration[]): RuntimeCheck {
  const runtimeName = language === 'node' ? 'Node.js' : 'Python';
  const unchecked: string[] = [];
  for (const declaration of declarations) {
    const ok = language === 'node' ? nodeSatisfies(version, declaration) : pythonSatisfies(version, declaration);
    if (ok === undefined) {
      unchecked.push(`${declaration.source} ('${declaration.constraint}') cannot be checked against ${version}`);
    } else if (!ok) {
      throw new ConfigurationError(
        `${runtimeName} ${version} is on PATH, but ${declaration.source} requires '${declaration.constraint}'. ` +
          fixAdvice(language, declaration),
      );
    }
  }
  return { declarations, unchecked };
}
