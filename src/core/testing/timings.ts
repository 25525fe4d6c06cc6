import { cacheVersionSegment } from '../cache/version.js';
import { digestText } from '../hashing.js';

/**
 * Test-file durations kept in the Actions cache between runs. Entries are immutable and a restore by prefix returns
 * the newest, so: every shard saves `{ run, planned, timings }` under a key unique to its run, attempt and shard,
 * where `planned` is the history its split was planned from and `timings` that history updated with what it
 * measured. A shard restores an entry of its own run first (prefix `<prefix><run id>-`), else the newest of any run;
 * from an entry of its own run (a sibling that finished first, or an earlier attempt) it plans from `planned`, which
 * is what every shard of the run planned from: the split is the same in every shard and in every re-run attempt.
 * The merge job saves all shards' measurements, so the next run restores the whole picture. The one gap: two shards
 * of a run that both restore before any of them saved, while another run saves in between, plan apart; the merge
 * job then reports the files no shard ran.
 */
export interface TimingsFile {
  schema: 1;
  /** The run that saved it (GITHUB_RUN_ID: the same for every attempt of the run). */
  run: string;
  planned: Record<string, number>;
  timings: Record<string, number>;
}

export const TIMINGS_SCHEMA = 1;

/** The prefix every run of the same project and runner (and `cache-version` input) restores from, and saves under. */
export function timingsKeyPrefix(parts: { os: string; projectPath: string; runner: string; cacheVersion?: string }): string {
  return `test-timings-v${TIMINGS_SCHEMA}-${cacheVersionSegment(parts.cacheVersion)}${parts.os}-${parts.runner}-${digestText(parts.projectPath).slice(0, 12)}-`;
}

/** A key no other save uses: the run, and which shard (or the merge job) saved it. */
export function timingsKey(prefix: string, run: string, label: string): string {
  return `${prefix}${run}-${label}`;
}

export function parseTimingsFile(text: string | undefined): TimingsFile | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<TimingsFile>;
    if (parsed.schema !== TIMINGS_SCHEMA || typeof parsed.run !== 'string') return undefined;
    const clean = (record: unknown): Record<string, number> =>
      Object.fromEntries(
        Object.entries((record ?? {}) as Record<string, unknown>).filter(
          (entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]) && entry[1] >= 0,
        ),
      );
    return { schema: TIMINGS_SCHEMA, run: parsed.run, planned: clean(parsed.planned), timings: clean(parsed.timings) };
  } catch {
    return undefined;
  }
}

/** The history the split is planned from: the restored entry's `planned` when this run saved it, else its `timings`. */
export function planningHistory(restored: TimingsFile | undefined, run: string): Record<string, number> {
  if (restored === undefined) return {};
  return restored.run === run ? restored.planned : restored.timings;
}

/** What this shard (or the merge job) saves: the restored timings with its own measurements on top. */
export function nextTimings(restored: TimingsFile | undefined, run: string, measured: Readonly<Record<string, number>>): TimingsFile {
  const planned = planningHistory(restored, run);
  const carried = restored === undefined ? {} : restored.timings;
  return { schema: TIMINGS_SCHEMA, run, planned, timings: { ...carried, ...roundAll(measured) } };
}

function roundAll(record: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([file, ms]) => [file, Math.round(ms)]));
}
