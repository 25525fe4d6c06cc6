import { CHUNK_FORMAT, makeChunkManifest, parentFolder, parseChunkManifest, planTreeChunks } from '../../../../src/core/deps/tree-chunks.js';

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

describe('chunk manifests', () => {
  const paths = ['node_modules', 'node_modules/a', 'node_modules/a/lib', 'node_modules/a/lib/x.js', 'node_modules/a/lib/y.js', 'node_modules/b'].map((path) => ({ path }));
  const manifest = makeChunkManifest(
    [{ start: 0, end: 4, entries: 4, bytes: 10 }, { start: 4, end: 6, entries: 2, bytes: 5 }],
    paths,
    (index) => `chunk-${index}.tar.zst`,
  );

  it("records each chunk's first folder, made before the extractors start", () => {
    expect(manifest.chunks.map((chunk) => chunk.parent)).toEqual(['', 'node_modules/a/lib']);
  });

  it.each([
    ['node_modules', ''],
    ['node_modules/a/lib/x.js', 'node_modules/a/lib'],
    ['packages/a/node_modules/b', 'packages/a/node_modules'],
  ])('parentFolder(%s) = %j', (relative, parent) => expect(parentFolder(relative)).toBe(parent));

  it('reads back what was written', () => {
    expect(parseChunkManifest(JSON.stringify(manifest))).toEqual({
      manifest: {
        format: CHUNK_FORMAT,
        version: 1,
        chunks: [
          { file: 'chunk-0.tar.zst', entries: 4, bytes: 10, parent: '' },
          { file: 'chunk-1.tar.zst', entries: 2, bytes: 5, parent: 'node_modules/a/lib' },
        ],
      },
    });
  });

  it.each([
    ['missing', undefined, /has no manifest\.json/],
    ['not JSON', '{', /not JSON/],
    ['another format', JSON.stringify({ format: 'x', version: 1, chunks: [] }), /not a chunk manifest of version 1/],
    ['a later version', JSON.stringify({ ...manifest, version: 2 }), /not a chunk manifest of version 1/],
    ['no chunks', JSON.stringify({ ...manifest, chunks: [] }), /lists no chunks/],
    ['a name that climbs out', JSON.stringify({ ...manifest, chunks: [{ file: '../../etc/passwd', entries: 1, bytes: 1, parent: '' }] }), /not a plain name/],
    ['a hidden name', JSON.stringify({ ...manifest, chunks: [{ file: '..', entries: 1, bytes: 1, parent: '' }] }), /not a plain name/],
    ['a parent that climbs out', JSON.stringify({ ...manifest, chunks: [{ file: 'c.tar.zst', entries: 1, bytes: 1, parent: 'node_modules/../../x' }] }), /parent folder outside the project/],
    ['an absolute parent', JSON.stringify({ ...manifest, chunks: [{ file: 'c.tar.zst', entries: 1, bytes: 1, parent: '/etc' }] }), /parent folder outside the project/],
    ['no parent', JSON.stringify({ ...manifest, chunks: [{ file: 'c.tar.zst', entries: 1, bytes: 1 }] }), /parent folder outside the project/],
  ])('%s: a problem, not a throw', (_what, text, problem) => {
    const reading = parseChunkManifest(text);
    expect('problem' in reading && reading.problem).toMatch(problem);
  });
});
