import { buildCacheKey, type BuildKeyParts } from '../../src/core/build/cache-key.js';
import { buildKeyParts, diffParts, treeKeyParts, verdict, type CacheExplanation } from '../../src/core/cache-explain.js';
import { cacheKeys, type TreeKeyInputs } from '../../src/core/cache-keys.js';
import { liveLine, runEndLine, stageEndLine, stageStartLine } from '../../src/core/local-progress.js';

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
