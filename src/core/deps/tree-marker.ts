/**
 * A small record written into the installed tree just before it is saved: the key it was saved under and
 * how many entries it held. A tree is whole when the marker names the same key and at least as many entries
 * are on disk: a restore that stopped half way has fewer. More is fine: tools add to an installed tree as
 * they run (ESLint, Babel, Prettier and nx under node_modules/.cache, Vite and vitest under
 * node_modules/.vite, Python's __pycache__ folders in a venv), and those additions do not make it wrong.
 */
export const TREE_MARKER_FILE = '.build-actions-tree.json';

/**
 * Entries at the top of a tree folder that are never counted: the marker, and the folders where tools keep
 * their own caches (they may also shrink them, which must not make a tree look incomplete).
 */
export const UNCOUNTED_TREE_ENTRIES: readonly string[] = [TREE_MARKER_FILE, '.cache', '.vite', '.vitest', '.eslintcache'];

export interface TreeMarker {
  schema: 1;
  key: string;
  /** Entries (files, folders, links) under each tree folder, the marker itself excluded. */
  entries: Record<string, number>;
}

export function makeTreeMarker(key: string, entries: Record<string, number>): TreeMarker {
  return { schema: 1, key, entries };
}

export type TreeVerdict = { whole: true } | { whole: false; problem: string };

export function verifyTree(markerText: string | undefined, key: string, counted: Record<string, number>): TreeVerdict {
  if (markerText === undefined) return { whole: false, problem: `${TREE_MARKER_FILE} is missing` };
  let marker: TreeMarker;
  try {
    marker = JSON.parse(markerText) as TreeMarker;
  } catch {
    return { whole: false, problem: `${TREE_MARKER_FILE} is unreadable` };
  }
  if (marker.schema !== 1 || marker.key !== key) {
    return { whole: false, problem: `${TREE_MARKER_FILE} belongs to another key (${String(marker.key)})` };
  }
  for (const [folder, expected] of Object.entries(marker.entries ?? {})) {
    const found = counted[folder] ?? 0;
    if (found < expected) return { whole: false, problem: `${folder} holds ${found} entries, ${expected} were saved` };
  }
  return { whole: true };
}
