import { parseShard, planShards, planShardsByCount, shardLoads } from '../../../../src/core/testing/shards.js';
import { nextTimings, parseTimingsFile, planningHistory, timingsKey, timingsKeyPrefix, type TimingsFile } from '../../../../src/core/testing/timings.js';
import { missingShards, unevenSplit } from '../../../../src/actions/testing/merge.js';

describe('parseShard', () => {
  it.each([
    ['', undefined],
    ['1/1', { index: 1, total: 1 }],
    ['2/4', { index: 2, total: 4 }],
    [' 3 / 3 ', { index: 3, total: 3 }],
  ])('accepts %j', (raw, expected) => {
    expect(parseShard(raw)).toEqual(expected);
  });

  it.each(['5/4', '0/3', 'a/b', '1/0', '2', '1/2/3', '-1/2', '1.5/2'])('rejects %j with the expected form', (raw) => {
    expect(() => parseShard(raw)).toThrow(`Input 'shard' must be i/n with 1 <= i <= n, e.g. 2/4 for the second of four shards (got '${raw.trim()}').`);
  });
});

const names = (plan: ReturnType<typeof planShards>): string[][] => plan.shards.map((shard) => shard.map((entry) => entry.file));

interface PlanRow { title: string; files: string[]; history: Record<string, number>; total: number; shards: string[][]; loads: number[] }

describe('planShards', () => {
  it.each<PlanRow>([
    {
      title: 'longest first onto the least-loaded shard',
      files: ['a', 'b', 'c', 'd', 'e'],
      history: { a: 5, b: 4, c: 3, d: 3, e: 2 },
      total: 2,
      shards: [['a', 'd'], ['b', 'c', 'e']],
      loads: [8, 9],
    },
    {
      title: 'files without history spread by count after the timed ones',
      files: ['t1', 't2', 'n1', 'n2', 'n3'],
      history: { t1: 10, t2: 1 },
      total: 2,
      shards: [['n2', 't1'], ['n1', 'n3', 't2']],
      loads: [10, 1],
    },
    {
      title: 'no history at all: round robin in name order',
      files: ['d', 'c', 'b', 'a', 'e'],
      history: {},
      total: 3,
      shards: [['a', 'd'], ['b', 'e'], ['c']],
      loads: [0, 0, 0],
    },
    {
      title: 'history of files that no longer exist is ignored',
      files: ['a', 'b'],
      history: { gone: 100, a: 1, b: 1 },
      total: 2,
      shards: [['a'], ['b']],
      loads: [1, 1],
    },
    {
      title: 'more shards than files leaves the last ones empty',
      files: ['a'],
      history: {},
      total: 3,
      shards: [['a'], [], []],
      loads: [0, 0, 0],
    },
  ])('$title', ({ files, history, total, shards, loads }) => {
    const plan = planShards(files, history, total);
    expect(names(plan)).toEqual(shards);
    expect(plan.loadsMs).toEqual(loads);
  });

  it('gives the same split whatever order the files are listed in (every shard computes it alike)', () => {
    const files = Array.from({ length: 30 }, (_, i) => `test/f${i}.test.js`);
    const history = Object.fromEntries(files.slice(0, 20).map((file, i) => [file, (i * 37) % 11 * 100]));
    const reference = names(planShards(files, history, 4));
    for (let seed = 1; seed < 6; seed += 1) {
      const shuffled = [...files].sort((a, b) => ((a.length * seed + a.charCodeAt(a.length - 9)) % 7) - ((b.length * seed + b.charCodeAt(b.length - 9)) % 7));
      expect(names(planShards(shuffled, history, 4))).toEqual(reference);
    }
    expect(reference.flat().sort()).toEqual([...files].sort());
  });

  it('puts the longest shard of a skewed suite within 1.2x of the ideal, where counting is far off', () => {
    const durations: Record<string, number> = {};
    // The long files fall on every fourth name: counting puts them all in one shard.
    for (let i = 0; i < 40; i += 1) durations[`t${String(i).padStart(2, '0')}`] = i % 4 === 0 && i < 16 ? 4000 : i < 12 ? 1200 : 150;
    const files = Object.keys(durations);
    const ideal = files.reduce((sum, file) => sum + durations[file], 0) / 4;
    const timed = Math.max(...shardLoads(names(planShards(files, durations, 4)), durations));
    const counted = Math.max(...shardLoads(planShardsByCount(files, 4), durations));
    expect(timed / ideal).toBeLessThanOrEqual(1.2);
    expect(counted / ideal).toBeGreaterThan(1.2);
  });
});

describe('timings between runs', () => {
  const earlier: TimingsFile = { schema: 1, run: '100-1', planned: { a: 1 }, timings: { a: 5, b: 7 } };

  it.each([
    ['nothing restored', undefined, '200-1', {}],
    ['an earlier run: its measured timings', earlier, '200-1', { a: 5, b: 7 }],
    ['a sibling shard of this run: the history it planned from', { ...earlier, run: '200-1' }, '200-1', { a: 1 }],
  ])('plans from %s', (_, restored, run, expected) => {
    expect(planningHistory(restored, run)).toEqual(expected);
  });

  it('saves the restored timings with its own measurements on top, keeping the planned history', () => {
    expect(nextTimings(earlier, '200-1', { b: 9.4, c: 3 })).toEqual({ schema: 1, run: '200-1', planned: { a: 5, b: 7 }, timings: { a: 5, b: 9, c: 3 } });
    // A later shard of the same run adds its own on top of its sibling's, and still plans from the same history.
    const sibling = nextTimings(earlier, '200-1', { b: 9 });
    expect(nextTimings(sibling, '200-1', { a: 2 })).toEqual({ schema: 1, run: '200-1', planned: { a: 5, b: 7 }, timings: { a: 2, b: 9 } });
  });

  it.each([
    ['not json', undefined],
    ['{"schema":2,"run":"1"}', undefined],
    ['{"schema":1,"run":"1","planned":{"a":1,"b":"x","c":-1},"timings":{"d":2}}', { schema: 1, run: '1', planned: { a: 1 }, timings: { d: 2 } }],
  ])('reads a restored file %j defensively', (text, expected) => {
    expect(parseTimingsFile(text)).toEqual(expected);
  });

  it('keys entries by project and runner, unique per run and shard', () => {
    const prefix = timingsKeyPrefix({ os: 'linux-x64', projectPath: 'service', runner: 'jest' });
    expect(prefix).toMatch(/^test-timings-v1-linux-x64-jest-[0-9a-f]{12}-$/);
    expect(timingsKeyPrefix({ os: 'linux-x64', projectPath: 'other', runner: 'jest' })).not.toBe(prefix);
    expect(timingsKey(prefix, '200-1', 'shard-2of4')).toBe(`${prefix}200-1-shard-2of4`);
  });
});

describe('missingShards', () => {
  it.each([
    [['1/3', '3/3'], ['2/3']],
    [['2/2', '1/2'], []],
    [[undefined], []],
  ])('%j misses %j', (labels, expected) => {
    expect(missingShards(labels)).toEqual(expected);
  });
});

describe('unevenSplit', () => {
  const all = ['a', 'b', 'c'];
  it.each([
    ['every file once', [{ files: ['a', 'c'], allFiles: all }, { files: ['b'], allFiles: all }], { missing: [], duplicated: [] }],
    ['shards that planned apart', [{ files: ['a', 'b'], allFiles: all }, { files: ['b'], allFiles: all }], { missing: ['c'], duplicated: ['b'] }],
    ['unsharded reports', [undefined], { missing: [], duplicated: [] }],
  ])('%s', (_, plans, expected) => {
    expect(unevenSplit(plans)).toEqual(expected);
  });
});
