import { namedIO } from '../../runtime/io/named-io.js';
import { SETUP_DEPS_NAMES } from './inputs.js';
import type { CacheResult } from '../../core/deps/report.js';
import type { Language, PackageManagerName } from '../../core/deps/package-managers.js';
import type { ActionIO } from '../../runtime/io/action-io.js';

/**
 * What main hands to post. Post reads only this (the runner does not always give post the inputs).
 */
export interface SetupDepsState {
  schema: 1;
  directory: string;
  language: Language;
  packageManager: PackageManagerName;
  cacheResult: CacheResult;
  /** Absolute path patterns of the installed tree, and its key. */
  treePaths: string[];
  treeKey: string;
  /** The download store's folder and key, when it was looked up (cache misses only). */
  storePath?: string;
  storeKey: string;
  /** Digest of the key files at install time: a later change means the tree no longer matches the key. */
  keyFilesDigest: string;
  keyFiles: string[];
  installSucceeded: boolean;
  saveTree: boolean;
  saveStore: boolean;
  /** Why nothing (or only part) will be saved. */
  skipReason?: string;
}


export function saveSetupDepsState(io: ActionIO, state: SetupDepsState): void {
  namedIO(io, SETUP_DEPS_NAMES).saveState('setup-deps', JSON.stringify(state));
}

export function loadSetupDepsState(io: ActionIO): SetupDepsState | undefined {
  const text = namedIO(io, SETUP_DEPS_NAMES).getState('setup-deps');
  if (text === '') return undefined;
  const parsed = JSON.parse(text) as SetupDepsState;
  return parsed.schema === 1 ? parsed : undefined;
}
