import { ConfigurationError } from '../errors.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  total: number;
}

/** `shard: i/n` with 1 <= i <= n. Empty means no sharding. */
export function parseShard(raw: string): ShardSpec | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const total = match ? Number(match[2]) : NaN;
  if (!match || total < 1 || index < 1 || index > total) {
    throw new ConfigurationError(
      `Input 'shard' must be i/n with 1 <= i <= n, e.g. 2/4 for the second of four shards (got '${value}').`,
    );
  }
  return { index, total };
}

export interface ShardAssignment {
  file: string;
  /** The duration the plan used; undefined for a file without history. */
  estimateMs?: number;
}

export interface ShardPlan {
  shards: ShardAssignment[][];
  /** Planned load of each shard from the known durations (files without history count 0). */
  loadsMs: number[];
  filesWithoutHistory: number;
}

/**
 * Splits test files into `total` shards, the same way in every shard (so each runs its own part and no file is
 * run twice or missed): files with a known duration by greedy longest-processing-time (longest first onto the
 * least-loaded shard), then files without history spread by count (onto the shard with the fewest of them, then
 * the least load). Ties go to the lower shard; files are taken in name order, so the input order does not matter.
 */
export function planShards(files: readonly string[], history: Readonly<Record<string, number>>, total: number): ShardPlan {
  const unique = [...new Set(files)].sort();
  const known = unique
    .filter((file) => Number.isFinite(history[file]) && history[file] >= 0)
    .sort((a, b) => history[b] - history[a] || a.localeCompare(b));
  const knownSet = new Set(known);
  const unknown = unique.filter((file) => !knownSet.has(file));
  const shards: ShardAssignment[][] = Array.from({ length: total }, () => []);
  const loads = Array.from({ length: total }, () => 0);
  const unknownCounts = Array.from({ length: total }, () => 0);
  const pick = (better: (a: number, b: number) => boolean): number => {
    let best = 0;
    for (let shard = 1; shard < total; shard += 1) if (better(shard, best)) best = shard;
    return best;
  };
  for (const file of known) {
    const shard = pick((a, b) => loads[a] < loads[b]);
    shards[shard].push({ file, estimateMs: history[file] });
    loads[shard] += history[file];
  }
  for (const file of unknown) {
    const shard = pick((a, b) => unknownCounts[a] < unknownCounts[b] || (unknownCounts[a] === unknownCounts[b] && loads[a] < loads[b]));
    shards[shard].push({ file });
    unknownCounts[shard] += 1;
  }
  for (const shard of shards) shard.sort((a, b) => a.file.localeCompare(b.file));
  return { shards, loadsMs: loads, filesWithoutHistory: unknown.length };
}

/** Splitting by count only: every n-th file, in name order (what a split without history does). */
export function planShardsByCount(files: readonly string[], total: number): string[][] {
  const shards: string[][] = Array.from({ length: total }, () => []);
  [...new Set(files)].sort().forEach((file, position) => shards[position % total].push(file));
  return shards;
}

/** Sum of durations per shard, with `durations` measured (or estimated) per file. */
export function shardLoads(shards: ReadonlyArray<readonly string[]>, durations: Readonly<Record<string, number>>): number[] {
  return shards.map((files) => files.reduce((sum, file) => sum + (durations[file] ?? 0), 0));
}
