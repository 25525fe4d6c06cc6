// The setup-deps bench's vocabulary: the four variants, a fixture and what is measured of it, the servers and the
// bundle every run shares.
import type { startCacheService } from '../../../test/support/cache-service.js';
import type { startPackageIndex } from '../../../test/support/package-index.js';
import type { startJob } from '../../../test/support/setup-deps-jobs.js';

export type CacheService = Awaited<ReturnType<typeof startCacheService>>;
export type PackageIndex = Awaited<ReturnType<typeof startPackageIndex>>;
export type RunnerJob = Awaited<ReturnType<typeof startJob>>;
export type ActionRun = Awaited<ReturnType<RunnerJob['runMain']>>;

export type Variant = 'A' | 'B' | 'C' | 'D';
export const VARIANTS: Variant[] = ['A', 'B', 'C', 'D'];
export const VARIANT_NAMES: Record<Variant, string> = {
  A: 'A cold install',
  B: 'B store-only (restore store + install)',
  C: 'C setup-deps exact hit',
  D: 'D floor (tar -x of the archive)',
};

export interface Command { command: string; args: string[] }

export interface FixtureDefinition {
  name: string;
  description: string;
  tree: 'node_modules' | '.venv';
  /** Writes the project (without its tree) into `dest`, after removing whatever was there. */
  prepare(dest: string, index: PackageIndex): Promise<void>;
}

export interface Fixture extends FixtureDefinition {
  workspace: string;
  project: string;
  install: Command[];
  storePath: string;
  storeKey: string;
  treeKey: string;
  archive: string;
  archiveBytes: number;
  storeArchiveBytes: number;
  extract: Command;
  coldJobSeconds: { main: number; post: number };
  samples: Record<Variant, number[]>;
  parts: { restore: number[]; install: number[] };
  treeEntries: Record<Variant, number[]>;
}

export interface BundleInfo { actionYml: string; source: string; sha256: string; gitBlob: string; headBlob?: string; head?: string }

/** What every run of a variant shares: Node 24, the snapshotted bundle, the store-only restore script, the servers. */
export interface Bench {
  node24: string;
  bundle: BundleInfo;
  /** The folder the bundle's files were copied into, keeping their relative layout. */
  bundleRoot: string;
  restoreScript: string;
  service: CacheService;
  index: PackageIndex;
}
