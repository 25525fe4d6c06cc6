import type { TarFileWriter } from '../files/tar-stream.js';

/** Receives one file of a streamed entry: its name as archived (relative to the workspace) and size; undefined skips it. */
export type ArchiveFileSink = (name: string, size: number) => Promise<TarFileWriter | undefined>;

/**
 * The cache, as the actions use it. Implementations never throw for a cache fault: a fault is an
 * outcome, reported with its message, so the caller can degrade to a slower, correct build.
 */
export interface CacheRestoreResult {
  outcome: 'hit' | 'miss' | 'error';
  matchedKey?: string;
  /** Archive size, when known. */
  bytes?: number;
  milliseconds: number;
  message?: string;
  /** For errors: 'service' when the cache service failed (it will likely fail again in this job), 'archive' when one entry was bad. */
  fault?: 'service' | 'archive';
}

export interface CacheSaveResult {
  /** `exists`: an entry with this key is already there (entries are immutable), or another job is saving it. */
  outcome: 'saved' | 'exists' | 'error';
  bytes?: number;
  milliseconds: number;
  message?: string;
}

export interface CacheStore {
  /** A short description for the summary, e.g. "GitHub Actions cache" or "local cache at ~/.cache/build-actions". */
  readonly description: string;
  /** How long its calls may take, for the summary (stores that talk to a service bound their calls). */
  readonly bounds?: string;
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<CacheRestoreResult>;
  /** How a person deletes the entry saved for `paths` under `key` from this cache (a command to run). */
  deleteHint?(paths: string[], key: string): string;
  save(paths: string[], key: string): Promise<CacheSaveResult>;
  /**
   * Restores the entry saved under exactly `primaryKey` by handing each file of its archive to `sink` as it streams,
   * instead of writing the archive's files where they were saved from. Offered only by a store that can (the Actions
   * cache through its service); a caller without it uses `restore`. A sink that throws makes the outcome an
   * 'archive' error with its message. `whileLooking` is called once the lookup is on its way, before its answer
   * (work that does not depend on it goes there).
   */
  restoreStreamed?(paths: string[], primaryKey: string, sink: ArchiveFileSink, whileLooking?: () => void): Promise<CacheRestoreResult>;
  /** Starts, ahead of the first call, what that call will need (a store may do nothing); never throws. */
  prepare?(): void;
}
