import { makeTreeMarker, TREE_MARKER_FILE, UNCOUNTED_TREE_ENTRIES, verifyTree } from '../../../../src/core/deps/tree-marker.js';

const KEY = 'build-actions-deps-v1-linux-x64-node20.11.0-npm10.2.4-abc';
const MARKER = JSON.stringify(makeTreeMarker(KEY, { node_modules: 120, 'packages/a/node_modules': 7 }));

describe('tree marker', () => {
  it('is a schema-1 record of the key and the entry counts', () => {
    expect(makeTreeMarker(KEY, { node_modules: 3 })).toEqual({ schema: 1, key: KEY, entries: { node_modules: 3 } });
    expect(TREE_MARKER_FILE).toBe('.build-actions-tree.json');
  });

  it('tool caches and the marker are never counted', () => {
    expect(UNCOUNTED_TREE_ENTRIES).toEqual([TREE_MARKER_FILE, '.cache', '.vite', '.vitest', '.eslintcache']);
  });

  it.each<[string, string | undefined, string, Record<string, number>, ReturnType<typeof verifyTree>]>([
    ['whole', MARKER, KEY, { node_modules: 120, 'packages/a/node_modules': 7 }, { whole: true }],
    ['whole, with an extra folder not recorded', MARKER, KEY, { node_modules: 120, 'packages/a/node_modules': 7, 'packages/b/node_modules': 1 }, { whole: true }],
    ['more entries than saved (tools added to the tree as they ran)', MARKER, KEY, { node_modules: 131, 'packages/a/node_modules': 9 }, { whole: true }],
    ['no marker', undefined, KEY, { node_modules: 120 }, { whole: false, problem: '.build-actions-tree.json is missing' }],
    ['an unreadable marker', '{"schema":1,', KEY, {}, { whole: false, problem: '.build-actions-tree.json is unreadable' }],
    ['another key', MARKER, 'other-key', { node_modules: 120, 'packages/a/node_modules': 7 }, { whole: false, problem: `.build-actions-tree.json belongs to another key (${KEY})` }],
    ['another schema', JSON.stringify({ schema: 2, key: KEY, entries: {} }), KEY, {}, { whole: false, problem: `.build-actions-tree.json belongs to another key (${KEY})` }],
    ['a restore that stopped half way', MARKER, KEY, { node_modules: 64, 'packages/a/node_modules': 7 }, { whole: false, problem: 'node_modules holds 64 entries, 120 were saved' }],
    ['a member folder missing', MARKER, KEY, { node_modules: 120 }, { whole: false, problem: 'packages/a/node_modules holds 0 entries, 7 were saved' }],
  ])('%s', (_name, markerText, key, counted, verdict) => {
    expect(verifyTree(markerText, key, counted)).toEqual(verdict);
  });
});
