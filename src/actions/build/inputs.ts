import { declareNames, type InputOf } from '../../core/action-names.js';
import path from 'node:path';
import { shorten, parsePercent, parseSize } from '../../core/build/sizes.js';
import { PUBLISH_CHOICES, PYPI_UPLOAD_URL, type PublishChoice } from '../../core/build/publishing.js';
import { parseCacheVersion } from '../../core/cache/version.js';
import { ConfigurationError } from '../../core/errors.js';
import { parseBooleanInput, parseEnumInput, parseStringInput, parseTimeoutMinutes, type InputReader } from '../../core/inputs.js';

/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
export const BUILD_INPUTS = [
  'working-directory',
  'build-script',
  'package',
  'artifacts-directory',
  'max-size',
  'max-size-increase',
  'fail-on-size',
  'cache',
  'cache-version',
  'max-parallel',
  'timeout-minutes',
  'publish',
  'registry-token',
  'repository-url',
] as const;
/** Publishing runs only on CI (a tag or the default branch): the local command does not take these. */
export const BUILD_PUBLISH_INPUTS = ['publish', 'registry-token', 'repository-url'] as const;
export const BUILD_OUTPUTS = ['artifacts', 'version', 'cache-hit', 'built', 'published'] as const;

/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
export const BUILD_NAMES = declareNames({ inputs: BUILD_INPUTS, outputs: BUILD_OUTPUTS });
export type BuildInput = InputOf<typeof BUILD_NAMES>;

export const PACKAGE_CHOICES = ['auto', 'true', 'false'] as const;
export type PackageChoice = (typeof PACKAGE_CHOICES)[number];

export interface BuildInputs {
  workingDirectory: string;
  buildScript: string;
  /** The user named the script: its absence is an error rather than "nothing to build". */
  buildScriptExplicit: boolean;
  package: PackageChoice;
  /** Relative to the project folder; checked to stay inside the repository by main. */
  artifactsDirectory: string;
  maxSize?: number;
  maxSizeIncrease: number;
  failOnSize: boolean;
  cache: boolean;
  /** Enters the build-output key and the size history's prefix (empty: none). */
  cacheVersion: string;
  /** undefined: one per CPU. */
  maxParallel?: number;
  /** Each build command's deadline (the build script per member, python -m build). */
  timeoutMinutes: number;
  publish: PublishChoice;
  /** Masked by main before anything can print it. */
  registryToken: string;
  /** Empty: PyPI's upload URL (publish: pypi). */
  repositoryUrl: string;
}

function parseRepositoryUrl(raw: string): string {
  const value = raw.trim();
  if (value === '') return '';
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    throw new ConfigurationError(`Input 'repository-url' must be the http(s) upload URL of a Python package index, such as ${PYPI_UPLOAD_URL}, without credentials in it (got '${shorten(url ? `${url.protocol}//${url.host}${url.pathname}` : value)}'): give the token in 'registry-token'.`);
  }
  return url.href;
}

function parseMaxParallel(raw: string): number | undefined {
  const value = raw.trim();
  if (value === '' || value.toLowerCase() === 'auto') return undefined;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1) {
    throw new ConfigurationError(`Input 'max-parallel' must be auto or a whole number of at least 1 (got '${shorten(value)}').`);
  }
  return Number(value);
}

/** A script name is one line of printable text; it is passed to the package manager as one argument, never to a shell. */
function parseScriptName(raw: string): string {
  const value = raw.trim();
  if (value === '') return 'build';
  if (/[\r\n\0]/.test(value) || value.length > 200) {
    throw new ConfigurationError(`Input 'build-script' must be the name of one package.json script, such as build (got '${shorten(value)}').`);
  }
  return value;
}

/**
 * `artifacts-directory`: a plain relative path inside the project (no `..`, not the project itself), or an absolute
 * path, which main checks against the workspace and the run's temporary folder (resolveArtifactsFolder).
 */
function parseInsideFolder(name: string, raw: string, defaultValue: string): string {
  const value = parseStringInput(raw, defaultValue);
  if (!/[\r\n\0]/.test(value) && path.isAbsolute(value)) return path.normalize(value).replace(/(.)[\\/]$/, '$1');
  const normal = path.posix.normalize(value.replace(/\\/g, '/'));
  if (/[\r\n\0]/.test(value) || /^[A-Za-z]:/.test(value) || normal === '..' || normal.startsWith('../') || normal === '.' || normal === '') {
    throw new ConfigurationError(
      `Input '${name}' must be a folder inside the project, relative to it, such as ${defaultValue}, or an absolute path inside the workspace or the run's temporary folder (got '${shorten(value)}'): ` +
        'the action empties its package files, so it may not be the project itself or lie outside those.',
    );
  }
  return normal.replace(/\/$/, '');
}

export function readBuildInputs(read: InputReader<BuildInput>): BuildInputs {
  const workingDirectory = parseStringInput(read('working-directory'), '.');
  if (/[\r\n\0]/.test(workingDirectory)) {
    throw new ConfigurationError(`Input 'working-directory' must be one folder path (got '${shorten(workingDirectory)}').`);
  }
  return {
    workingDirectory,
    buildScript: parseScriptName(read('build-script')),
    buildScriptExplicit: read('build-script').trim() !== '' && read('build-script').trim() !== 'build',
    package: parseEnumInput<PackageChoice>('package', read('package').length > 100 ? shorten(read('package').trim()) : read('package'), PACKAGE_CHOICES, 'auto'),
    artifactsDirectory: parseInsideFolder('artifacts-directory', read('artifacts-directory'), 'dist-artifacts'),
    maxSize: parseSize('max-size', read('max-size')),
    maxSizeIncrease: parsePercent('max-size-increase', read('max-size-increase'), 25),
    failOnSize: parseBooleanInput('fail-on-size', read('fail-on-size'), false),
    cache: parseBooleanInput('cache', read('cache'), true),
    cacheVersion: parseCacheVersion(read('cache-version')),
    maxParallel: parseMaxParallel(read('max-parallel')),
    timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
    publish: parseEnumInput<PublishChoice>('publish', read('publish').length > 100 ? shorten(read('publish').trim()) : read('publish'), PUBLISH_CHOICES, 'none'),
    registryToken: read('registry-token').trim(),
    repositoryUrl: parseRepositoryUrl(read('repository-url')),
  };
}
