import { cacheVersionSegment } from '../cache/version.js';
import { digestParts } from '../hashing.js';
import type { Language, PackageManagerName } from './package-managers.js';
import type { Platform } from '../cache/platform.js';

export type { Platform } from '../cache/platform.js';

/** Bumped whenever what we store under a key changes shape, so old entries are never misread. */
export const CACHE_SCHEMA = 'v1';
/**
 * The installed tree's own schema: v3 entries hold chunk archives that each begin with the folders above their
 * entries (manifest version 2, see tree-chunks.ts); v2 chunks relied on the restore making those folders first, and
 * v1 held the tree as one archive. An older entry is never found under a newer key, so it is never misread; it is
 * left to be evicted.
 */
export const TREE_SCHEMA = 'v3';


export interface TreeKeyInputs {
  platform: Platform;
  language: Language;
  runtimeVersion: string;
  /** Anything else about the interpreter that a tree depends on (a venv records its base interpreter). */
  runtimeIdentity?: string;
  packageManager: PackageManagerName;
  packageManagerVersion: string;
  /** Manifest and lockfile contents. */
  files: ReadonlyArray<{ name: string; content: string }>;
  /** Set when the tree is not relocatable (a venv): its absolute location. */
  location?: string;
  /** The `cache-version` input (validated; empty or absent: none): it enters the tree and store keys and the store's prefix. */
  cacheVersion?: string;
}

export interface CacheKeys {
  /** The installed tree: an exact match means the install can be skipped. */
  tree: string;
  /** The package manager's download store for these files, and the prefix that finds the newest related one. */
  store: string;
  storeRestorePrefix: string;
}

function platformPart(platform: Platform): string {
  return [platform.os, platform.arch, platform.image].filter((part): part is string => part !== undefined && part !== '').map(safe).join('-');
}

/** A readable key part: no commas (the cache service splits on them) and bounded, so keys stay under 512 characters. */
function safe(part: string): string {
  return part.replace(/[^0-9A-Za-z._+-]/g, '_').slice(0, 32);
}

export function cacheKeys(inputs: TreeKeyInputs): CacheKeys {
  const filesDigest = digestParts(inputs.files);
  const treeDigest = digestParts([
    { name: 'files', content: filesDigest },
    // The readable parts below are cut short: the digest keeps versions that differ past the cut apart.
    { name: 'runtime-version', content: inputs.runtimeVersion },
    { name: 'package-manager-version', content: inputs.packageManagerVersion },
    { name: 'runtime-identity', content: inputs.runtimeIdentity ?? '' },
    { name: 'location', content: inputs.location ?? '' },
  ]);
  const platform = platformPart(inputs.platform);
  const runtime = `${inputs.language}${safe(inputs.runtimeVersion)}`;
  const manager = `${inputs.packageManager}${safe(inputs.packageManagerVersion)}`;
  const version = cacheVersionSegment(inputs.cacheVersion);
  const storePrefix = `build-actions-store-${CACHE_SCHEMA}-${version}${platform}-${inputs.packageManager}-`;
  return {
    tree: `build-actions-deps-${TREE_SCHEMA}-${version}${platform}-${runtime}-${manager}-${treeDigest.slice(0, 40)}`,
    store: `${storePrefix}${filesDigest.slice(0, 40)}`,
    storeRestorePrefix: storePrefix,
  };
}
