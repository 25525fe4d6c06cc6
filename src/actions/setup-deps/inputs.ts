import { declareNames, type InputOf } from '../../core/action-names.js';
import { parseCacheVersion } from '../../core/cache/version.js';
import { parseBooleanInput, parseEnumInput, parseStringInput, parseTimeoutMinutes, type InputReader } from '../../core/inputs.js';
import { PACKAGE_MANAGERS } from '../../core/deps/package-managers.js';
import type { PackageManagerChoice } from '../../core/deps/project-detection.js';

/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
export const SETUP_DEPS_INPUTS = ['working-directory', 'package-manager', 'cache', 'cache-version', 'timeout-minutes'] as const;
export const SETUP_DEPS_OUTPUTS = ['cache-hit', 'cache-result', 'language', 'package-manager', 'runtime-version', 'cache-key'] as const;

/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
export const SETUP_DEPS_NAMES = declareNames({ inputs: SETUP_DEPS_INPUTS, outputs: SETUP_DEPS_OUTPUTS, state: ['setup-deps'] });
export type SetupDepsInput = InputOf<typeof SETUP_DEPS_NAMES>;

export interface SetupDepsInputs {
  workingDirectory: string;
  packageManager: PackageManagerChoice;
  cache: boolean;
  /** Enters the tree and store keys and the store's restore prefix (empty: none). */
  cacheVersion: string;
  /** The whole install's deadline: the package manager's bootstrap and every install step together. */
  timeoutMinutes: number;
}

export function readSetupDepsInputs(read: InputReader<SetupDepsInput>): SetupDepsInputs {
  return {
    workingDirectory: parseStringInput(read('working-directory'), '.'),
    packageManager: parseEnumInput<PackageManagerChoice>('package-manager', read('package-manager'), ['auto', ...PACKAGE_MANAGERS], 'auto'),
    cache: parseBooleanInput('cache', read('cache'), true),
    cacheVersion: parseCacheVersion(read('cache-version')),
    timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
  };
}
