import { CHUNK_FORMAT, chunkMembers, countMembersByFolder, makeChunkManifest, parentFolder, parseChunkManifest, planTreeChunks } from '../../../../src/core/deps/tree-chunks.js';

const files = (count: number, bytes = 100): Array<{ bytes: number }> => Array.from({ length: count }, () => ({ bytes }));
const spans = (ranges: ReturnType<typeof planTreeChunks>): Array<[number, number]> => ranges.map((range) => [range.start, range.end]);

describe('planTreeChunks', () => {
  it.each([
    ['an empty tree: no chunks', 0, []],
    ['fewer entries than one chunk is worth: one chunk', 499, [[0, 499]]],
    ['two chunks worth', 1000, [[0, 500], [500, 1000]]],
    ['three chunks worth', 1600, [[0, 533], [533, 1067], [1067, 1600]]],
    ['many entries: at most four chunks', 10_000, [[0, 2500], [2500, 5000], [5000, 7500], [7500, 10_000]]],
  ] as const)('%s (%i equal files)', (_what, count, expected) => {
    expect(spans(planTreeChunks(files(count)))).toEqual(expected);
  });

  it('balances files and bytes together: a run of large files makes a shorter chunk', () => {
    // 1000 entries; the first 100 hold 90% of the bytes.
    const entries = [...files(100, 9000), ...files(900, 111)];
    const ranges = planTreeChunks(entries, 2, 1);
    expect(ranges).toHaveLength(2);
    // Each chunk carries about half the summed shares (entries share + bytes share).
    const share = (range: (typeof ranges)[number]): number => range.entries / 1000 + range.bytes / entries.reduce((sum, entry) => sum + entry.bytes, 0);
    for (const range of ranges) expect(share(range)).toBeCloseTo(1, 1);
    expect(ranges[0].entries).toBeLessThan(ranges[1].entries);
  });

  it('folders and links (0 bytes) count as entries; a tree of them only is split on entries', () => {
    expect(spans(planTreeChunks(files(8, 0), 4, 2))).toEqual([[0, 2], [2, 4], [4, 6], [6, 8]]);
  });

  it('one huge file gets a chunk to itself, and no chunk is empty', () => {
    const entries = [{ bytes: 0 }, { bytes: 10_000_000 }, ...files(6, 10)];
    const ranges = planTreeChunks(entries, 4, 1);
    expect(ranges.every((range) => range.entries > 0)).toBe(true);
    expect(ranges.map((range) => range.entries).reduce((a, b) => a + b)).toBe(entries.length);
    expect(ranges.some((range) => range.start <= 1 && range.end === 2)).toBe(true);
  });

  it.each([1, 2, 3, 4, 5, 7, 8, 100])('every entry is in exactly one chunk, in order (%i entries, up to 4 chunks)', (count) => {
    const ranges = planTreeChunks(files(count, 5), 4, 1);
    expect(ranges.length).toBe(Math.min(4, count));
    expect(ranges[0].start).toBe(0);
    expect(ranges[ranges.length - 1].end).toBe(count);
    for (let i = 1; i < ranges.length; i += 1) expect(ranges[i].start).toBe(ranges[i - 1].end);
    expect(ranges.every((range) => range.end > range.start && range.entries === range.end - range.start)).toBe(true);
  });
});

describe('chunkMembers: each chunk begins with the folders above its first entry', () => {
  const paths = ['node_modules', 'node_modules/a', 'node_modules/a/lib', 'node_modules/a/lib/x.js', 'node_modules/a/lib/y.js', 'node_modules/b'].map((path) => ({ path }));

  it.each([
    ['a chunk that starts at the tree folder: none', 0, 4, [], ['node_modules', 'node_modules/a', 'node_modules/a/lib', 'node_modules/a/lib/x.js']],
    ['a chunk that starts inside a package: the folders down to it, top first', 4, 6, ['node_modules', 'node_modules/a', 'node_modules/a/lib'], ['node_modules/a/lib/y.js', 'node_modules/b']],
    ['a chunk that starts at a package: its tree folder', 1, 3, ['node_modules'], ['node_modules/a', 'node_modules/a/lib']],
  ] as const)('%s', (_what, start, end, ancestors, members) => {
    expect(chunkMembers(paths, { start, end }, ['node_modules'])).toEqual({ ancestors, members });
  });

  it("a workspace member's tree: the folders from its own tree folder down, never the project's folders above it", () => {
    const member = ['packages/a/node_modules', 'packages/a/node_modules/x', 'packages/a/node_modules/x/i.js'].map((path) => ({ path }));
    expect(chunkMembers(member, { start: 2, end: 3 }, ['node_modules', 'packages/a/node_modules'])).toEqual({
      ancestors: ['packages/a/node_modules', 'packages/a/node_modules/x'],
      members: ['packages/a/node_modules/x/i.js'],
    });
  });
});

describe('countMembersByFolder', () => {
  it('counts what a walk of each folder counts: everything below it, not the folder, not the uncounted names at its top', () => {
    const members = [
      'node_modules/',
      'node_modules/a/',
      'node_modules/a/index.js',
      'node_modules/.cache/',
      'node_modules/.cache/x',
      'node_modules/a/.cache',
      'node_modules/.build-actions-tree.json',
      'packages/p/node_modules/b/',
      'packages/p/node_modules/b/i.js',
      'elsewhere.txt',
    ];
    expect(countMembersByFolder(members, ['node_modules', 'packages/p/node_modules'], ['.cache', '.build-actions-tree.json'])).toEqual({
      node_modules: 3,
      'packages/p/node_modules': 2,
    });
  });

  it('a folder nothing was extracted into counts 0', () => {
    expect(countMembersByFolder([], ['.venv'], [])).toEqual({ '.venv': 0 });
  });
});

describe('chunk manifests', () => {
  const manifest = makeChunkManifest(
    [{ start: 0, end: 4, entries: 4, bytes: 10 }, { start: 4, end: 6, entries: 2, bytes: 5 }],
    [0, 3],
    (index) => `chunk-${index}.tar.zst`,
  );

  it.each([
    ['node_modules', ''],
    ['node_modules/a/lib/x.js', 'node_modules/a/lib'],
    ['packages/a/node_modules/b', 'packages/a/node_modules'],
  ])('parentFolder(%s) = %j', (relative, parent) => expect(parentFolder(relative)).toBe(parent));

  it('reads back what was written', () => {
    expect(parseChunkManifest(JSON.stringify(manifest))).toEqual({
      manifest: {
        format: CHUNK_FORMAT,
        version: 2,
        chunks: [
          { file: 'chunk-0.tar.zst', entries: 4, ancestors: 0, bytes: 10 },
          { file: 'chunk-1.tar.zst', entries: 2, ancestors: 3, bytes: 5 },
        ],
      },
    });
  });

  it.each([
    ['missing', undefined, /has no manifest\.json/],
    ['not JSON', '{', /not JSON/],
    ['another format', JSON.stringify({ format: 'x', version: 2, chunks: [] }), /not a chunk manifest of version 2/],
    ['the earlier version (chunks without their folders)', JSON.stringify({ ...manifest, version: 1 }), /not a chunk manifest of version 2/],
    ['no chunks', JSON.stringify({ ...manifest, chunks: [] }), /lists no chunks/],
    ['a name that climbs out', JSON.stringify({ ...manifest, chunks: [{ file: '../../etc/passwd', entries: 1, ancestors: 0, bytes: 1 }] }), /not a plain name/],
    ['a hidden name', JSON.stringify({ ...manifest, chunks: [{ file: '..', entries: 1, ancestors: 0, bytes: 1 }] }), /not a plain name/],
    ['a chunk listed twice', JSON.stringify({ ...manifest, chunks: [manifest.chunks[0], manifest.chunks[0]] }), /lists chunk-0\.tar\.zst twice/],
    ['no folder count', JSON.stringify({ ...manifest, chunks: [{ file: 'c.tar.zst', entries: 1, bytes: 1 }] }), /no count of its entries and folders/],
    ['a negative count', JSON.stringify({ ...manifest, chunks: [{ file: 'c.tar.zst', entries: -1, ancestors: 0, bytes: 1 }] }), /no count of its entries and folders/],
  ])('%s: a problem, not a throw', (_what, text, problem) => {
    const reading = parseChunkManifest(text);
    expect('problem' in reading && reading.problem).toMatch(problem);
  });
});
