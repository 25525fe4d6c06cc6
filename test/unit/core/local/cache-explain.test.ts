import { buildCacheKey, type BuildKeyParts } from '../../../../src/core/build/cache-key.js';
import { buildKeyParts, diffParts, storeKeyParts, treeKeyParts, verdict, type CacheExplanation } from '../../../../src/core/local/cache-explain.js';
import { cacheKeys, type TreeKeyInputs } from '../../../../src/core/deps/cache-keys.js';
import { liveLine, runEndLine, stageEndLine, stageStartLine } from '../../../../src/core/local/progress.js';

const tree: TreeKeyInputs = {
  platform: { os: 'linux', arch: 'x64' }, language: 'node', runtimeVersion: '24.1.0', packageManager: 'npm', packageManagerVersion: '11.0.0',
  files: [{ name: 'package.json', content: '{}' }, { name: 'package-lock.json', content: '{"a":1}' }],
};
const build: BuildKeyParts = { os: 'linux', arch: 'x64', projectPath: '.', trackedFiles: [{ path: 'src/a.ts', blob: '100644:aa' }], excluded: [], lockfiles: new Map([['package-lock.json', '{}']]), tools: { node: 'v24.1.0', npm: '11.0.0' }, recipe: 'r' };

describe('key parts: every change to a key input changes the key and names its part', () => {
  it.each<[string, Partial<TreeKeyInputs>, string]>([
    ['lockfile', { files: [tree.files[0], { name: 'package-lock.json', content: '{"a":2}' }] }, 'lockfile package-lock.json'],
    ['manifest', { files: [{ name: 'package.json', content: '{"x":1}' }, tree.files[1]] }, 'manifest package.json'],
    ['runtime', { runtimeVersion: '24.2.0' }, 'runtime node'],
    ['tool version', { packageManagerVersion: '11.1.0' }, 'tool version npm'],
    ['OS/arch', { platform: { os: 'linux', arch: 'arm64' } }, 'OS/arch platform'],
  ])('installed tree: %s', (_, change, named) => {
    const after = { ...tree, ...change };
    expect(cacheKeys(after).tree).not.toBe(cacheKeys(tree).tree);
    expect(diffParts(treeKeyParts(tree), treeKeyParts(after)).map((part) => `${part.kind} ${part.name}`)).toEqual([named]);
  });

  it.each<[string, Partial<BuildKeyParts>, string[]]>([
    ['sources', { trackedFiles: [{ path: 'src/a.ts', blob: '100644:bb' }] }, ['sources tracked files']],
    ['lockfile', { lockfiles: new Map([['package-lock.json', '{"b":1}']]) }, ['lockfile package-lock.json']],
    ['tools', { tools: { node: 'v24.2.0', npm: '11.0.0' } }, ['runtime node']],
    ['recipe', { recipe: 'other' }, ['recipe build recipe']],
  ])('build outputs: %s', (_, change, named) => {
    const after = { ...build, ...change };
    expect(buildCacheKey(after)).not.toBe(buildCacheKey(build));
    expect(diffParts(buildKeyParts(build), buildKeyParts(after)).map((part) => `${part.kind} ${part.name}`)).toEqual(named);
  });
});

describe('verdict', () => {
  const base: CacheExplanation = { cache: 'c', key: 'k2', matching: 'exact', parts: treeKeyParts(tree) };
  it.each<[Partial<CacheExplanation>, string]>([
    [{ saved: undefined }, 'no entry saved for this project yet: the next run is a miss and saves one'],
    [{ saved: { key: 'k2', created: 0 } }, 'unchanged: the next run is an exact hit'],
    [{ saved: { key: 'k1', created: 0 } }, 'the saved entry k1 has no recorded parts (saved by an older build-actions or on GitHub): cannot say what changed'],
    [{ saved: { key: 'k1', created: 0, parts: treeKeyParts({ ...tree, runtimeVersion: '22.0.0' }) } }, 'changed since the last saved entry: runtime node: 22.0.0 -> 24.1.0'],
    [{ key: undefined, note: 'not used: no Dockerfile' }, 'not used: no Dockerfile'],
  ])('%j', (change, expected) => {
    expect(verdict({ ...base, ...change })).toBe(expected);
  });
});

describe('progress lines', () => {
  it('plain lines, the live line and the end of the run', () => {
    expect(stageStartLine('test', 3, 4)).toBe('==> [3/4] test');
    expect(stageEndLine('test', 3, 4, 'failed', 2345)).toBe('<== [3/4] test: failed (2.3 s)');
    expect(liveLine('build', 4, 4, 5200)).toBe('/ [4/4] build 5 s');
    expect(runEndLine([{ stage: 'a', outcome: 'passed' }, { stage: 'b', outcome: 'stopped' }])).toBe('Failed: b (stopped).');
    expect(runEndLine([{ stage: 'a', outcome: 'passed' }])).toBe('All 1 stages passed.');
  });
});

describe('the cache-version part', () => {
  it('is a part of every exact key, shown as (none) when empty, and named when it changed', () => {
    expect(treeKeyParts(tree)).toContainEqual({ kind: 'cache-version', name: 'cache-version', value: '(none)' });
    expect(storeKeyParts({ ...tree, cacheVersion: '2' })).toContainEqual({ kind: 'cache-version', name: 'cache-version', value: '2' });
    expect(buildKeyParts({ ...build, cacheVersion: '2' })).toContainEqual({ kind: 'cache-version', name: 'cache-version', value: '2' });
    const saved: CacheExplanation['saved'] = { key: cacheKeys({ ...tree, cacheVersion: '1' }).tree, created: 0, parts: treeKeyParts({ ...tree, cacheVersion: '1' }) };
    const now = { ...tree, cacheVersion: '2' };
    expect(cacheKeys(now).tree).not.toBe(saved.key);
    expect(verdict({ cache: 'c', key: cacheKeys(now).tree, matching: 'exact', parts: treeKeyParts(now), saved })).toBe('changed since the last saved entry: cache-version: 1 -> 2');
    expect(verdict({ cache: 'c', key: cacheKeys(tree).tree, matching: 'exact', parts: treeKeyParts(tree), saved })).toBe('changed since the last saved entry: cache-version: 1 -> (none)');
    expect(verdict({ cache: 'c', key: buildCacheKey({ ...build, cacheVersion: '2' }), matching: 'exact', parts: buildKeyParts({ ...build, cacheVersion: '2' }), saved: { key: buildCacheKey(build), created: 0, parts: buildKeyParts(build) } }))
      .toBe('changed since the last saved entry: cache-version: (none) -> 2');
  });

  it('an entry recorded before the part existed counts as saved without a version: no change is made up', () => {
    const recordedBefore = treeKeyParts({ ...tree, runtimeVersion: '22.0.0' }).filter((part) => part.kind !== 'cache-version');
    expect(verdict({ cache: 'c', key: 'k2', matching: 'exact', parts: treeKeyParts(tree), saved: { key: 'k1', created: 0, parts: recordedBefore } })).toBe('changed since the last saved entry: runtime node: 22.0.0 -> 24.1.0');
    expect(diffParts(recordedBefore, treeKeyParts({ ...tree, runtimeVersion: '22.0.0', cacheVersion: '3' })).map((change) => `${change.kind}: ${change.before} -> ${change.after}`)).toEqual(['cache-version: (none) -> 3']);
  });
});
