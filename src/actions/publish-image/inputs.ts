import { declareNames, type InputOf } from '../../core/action-names.js';
import { parseCacheVersion } from '../../core/cache/version.js';
import { ConfigurationError } from '../../core/errors.js';
import { parseKeyValueList } from '../../core/image/build-plan.js';
import { listInput, validateRegistry, validateRepository, type LatestChoice } from '../../core/image/naming.js';
import { parseSize, SEVERITIES, type Severity } from '../../core/image/scan.js';
import { parseBooleanInput, parseEnumInput, parseStringInput, parseTimeoutMinutes, type InputReader } from '../../core/inputs.js';

/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
export const PUBLISH_IMAGE_INPUTS = [
  'working-directory', 'context', 'file', 'image', 'registry', 'username', 'password', 'version', 'latest', 'tags',
  'build-args', 'secrets', 'target', 'push', 'cache', 'cache-version', 'scan', 'severity-threshold', 'max-size', 'timeout-minutes',
] as const;
export const PUBLISH_IMAGE_OUTPUTS = ['image', 'tags', 'digest', 'image-id', 'size-bytes', 'cache-result', 'scan-result', 'sarif-file'] as const;

/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
export const PUBLISH_IMAGE_NAMES = declareNames({ inputs: PUBLISH_IMAGE_INPUTS, outputs: PUBLISH_IMAGE_OUTPUTS, state: ['publish-image'] });
export type PublishImageInput = InputOf<typeof PUBLISH_IMAGE_NAMES>;

export type ScanChoice = 'auto' | 'trivy' | 'grype' | 'none';

/** The 'scan' input: the action and `explain` read it the same way. */
export function parseScanChoice(raw: string): ScanChoice {
  return parseEnumInput<ScanChoice>('scan', raw, ['auto', 'trivy', 'grype', 'none'], 'auto');
}

export interface PublishImageInputs {
  workingDirectory: string;
  context: string;
  file: string;
  image?: string;
  registry?: string;
  username?: string;
  password?: string;
  version?: string;
  latest: LatestChoice;
  tags: string[];
  buildArgs: Array<{ name: string; value: string }>;
  secrets: Array<{ name: string; value: string }>;
  target?: string;
  push: boolean;
  cache: boolean;
  /** Enters the layer cache's keys and scope and the scanner database's keys (empty: none). */
  cacheVersion: string;
  scan: ScanChoice;
  severityThreshold: Severity;
  maxSizeBytes?: number;
  /** Each docker build's deadline. */
  timeoutMinutes: number;
}

const MAX_INPUT = 64 * 1024;

function optional(raw: string): string | undefined {
  const value = raw.trim();
  return value === '' ? undefined : value;
}

function singleLine(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && /[\r\n\0]/.test(value)) throw new ConfigurationError(`Input '${name}' must be a single line (got ${value.split(/\r?\n/).length} lines).`);
  return value;
}

/** A folder or file inside the working directory: relative, with no `..` step out of it. */
function insidePath(name: string, value: string): string {
  singleLine(name, value);
  const parts = value.split(/[\\/]+/);
  if (value.startsWith('/') || parts.includes('..')) {
    throw new ConfigurationError(`Input '${name}' must be a path inside the working directory, without '..' (got '${value.slice(0, 120)}').`);
  }
  if (parts.some((part) => Buffer.byteLength(part) > 255)) {
    throw new ConfigurationError(`Input '${name}' must be a usable path: a file or folder name is at most 255 bytes (got '${value.slice(0, 80)}…', ${value.length} characters).`);
  }
  return value;
}

/**
 * Reads all inputs once. The password and the secrets' values are masked by the caller (`secretInputs`)
 * before this runs, so no error below can print them.
 */
export function readPublishImageInputs(read: InputReader<PublishImageInput>): PublishImageInputs {
  for (const name of PUBLISH_IMAGE_INPUTS) {
    if (read(name).length > MAX_INPUT) throw new ConfigurationError(`Input '${name}' is longer than ${MAX_INPUT} characters (got ${read(name).length}).`);
  }
  const image = singleLine('image', optional(read('image')));
  const registry = singleLine('registry', optional(read('registry')));
  const target = singleLine('target', optional(read('target')));
  if (target !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target)) throw new ConfigurationError(`Input 'target' must be a stage name (got '${target.slice(0, 120)}').`);
  const username = singleLine('username', optional(read('username')));
  const password = read('password').trim() === '' ? undefined : read('password').replace(/\r?\n$/, '');
  if ((username === undefined) !== (password === undefined) && registry !== undefined) {
    throw new ConfigurationError(`Inputs 'username' and 'password' go together: ${username === undefined ? "'password' is set but 'username' is empty" : "'username' is set but 'password' is empty"}.`);
  }
  return {
    workingDirectory: singleLine('working-directory', parseStringInput(read('working-directory'), '.'))!,
    context: insidePath('context', parseStringInput(read('context'), '.')),
    file: insidePath('file', parseStringInput(read('file'), 'Dockerfile')),
    image: image === undefined ? undefined : validateRepository('image', image),
    registry: registry === undefined ? undefined : validateRegistry(registry),
    username,
    password,
    version: singleLine('version', optional(read('version'))),
    latest: parseEnumInput<LatestChoice>('latest', read('latest'), ['auto', 'true', 'false'], 'auto'),
    tags: listInput(read('tags')),
    buildArgs: parseKeyValueList('build-args', read('build-args')),
    secrets: parseKeyValueList('secrets', read('secrets')),
    target,
    push: parseBooleanInput('push', read('push'), true),
    cache: parseBooleanInput('cache', read('cache'), true),
    cacheVersion: parseCacheVersion(read('cache-version')),
    scan: parseScanChoice(read('scan')),
    severityThreshold: parseEnumInput<Severity>('severity-threshold', read('severity-threshold'), SEVERITIES.filter((s) => s !== 'unknown'), 'high'),
    maxSizeBytes: parseSize('max-size', read('max-size')),
    timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
  };
}

/** The values to mask before anything else runs: the password and every `secrets` value, as given. */
export function secretInputs(read: InputReader<PublishImageInput>): string[] {
  const values: string[] = [];
  const password = read('password');
  if (password.trim() !== '') values.push(password, password.trim(), password.replace(/\r?\n$/, ''));
  for (const line of read('secrets').split(/\r?\n/)) {
    const at = line.indexOf('=');
    if (at >= 0 && line.slice(at + 1) !== '') values.push(line.slice(at + 1));
  }
  return [...new Set(values.filter((value) => value.trim() !== ''))];
}
