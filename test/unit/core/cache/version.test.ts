import { readBuildInputs } from '../../../../src/actions/build/inputs.js';
import { readPublishImageInputs } from '../../../../src/actions/publish-image/inputs.js';
import { readSetupDepsInputs } from '../../../../src/actions/setup-deps/inputs.js';
import { readTestInputs } from '../../../../src/actions/testing/inputs.js';
import { buildCacheKey, sizeHistoryPrefix, type BuildKeyParts } from '../../../../src/core/build/cache-key.js';
import { cacheKeys, type TreeKeyInputs } from '../../../../src/core/deps/cache-keys.js';
import { cacheVersionSegment, parseCacheVersion } from '../../../../src/core/cache/version.js';
import { isConfigurationError } from '../../../../src/core/errors.js';
import { layerCacheKeys, type LayerCacheFacts } from '../../../../src/core/image/build-plan.js';
import { scanDatabaseKeys } from '../../../../src/core/image/scan.js';
import { timingsKey, timingsKeyPrefix } from '../../../../src/core/testing/timings.js';

// `cache-version` in every key builder of every caching action: empty leaves the keys byte for byte as they were
// (existing entries stay valid), a value enters every key and restore prefix, and no lookup of one version can
// match an entry saved under another, not even by a prefix.

const TREE: TreeKeyInputs = {
  platform: { os: 'linux', arch: 'x64', image: 'ubuntu24' },
  language: 'node',
  runtimeVersion: '20.11.0',
  packageManager: 'npm',
  packageManagerVersion: '10.2.4',
  files: [{ name: 'package.json', content: '{"name":"app"}' }, { name: 'package-lock.json', content: '{"lockfileVersion":3}' }],
};
const BUILD: BuildKeyParts = {
  os: 'linux', arch: 'x64', projectPath: 'svc',
  trackedFiles: [{ path: 'src/a.ts', blob: '100644:aaa' }, { path: 'package.json', blob: '100644:ppp' }],
  excluded: ['dist-artifacts'], lockfiles: new Map([['package-lock.json', '{}']]), tools: { node: '24.1.0', npm: '11.0.0' }, recipe: 'build: tsc',
};
const LAYERS: LayerCacheFacts = { platform: { os: 'linux', arch: 'x64' }, repository: 'reg.io/team/api', dockerfile: 'Dockerfile', dockerfileText: 'FROM a', branch: 'feat/x', defaultBranch: 'main' };
const TIMINGS = { os: 'linux-x64', projectPath: 'service', runner: 'jest' };

function refusal(raw: string): string {
  try {
    parseCacheVersion(raw);
  } catch (error) {
    expect(isConfigurationError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`'${raw}' was accepted`);
}

describe('the cache-version input', () => {
  it.each([['', ''], ['  ', ''], ['2', '2'], [' v2 ', 'v2'], ['2024-06-01', '2024-06-01'], ['release_1.2', 'release_1.2'], ['x'.repeat(32), 'x'.repeat(32)]])('accepts %j as %j', (raw, value) => {
    expect(parseCacheVersion(raw)).toBe(value);
  });

  it.each(['1 2', 'v+1', 'a,b', 'a/b', 'ä', '$(id)', 'two\nlines', 'x'.repeat(33)])('refuses %j, naming the input, the value and what is accepted', (raw) => {
    const message = refusal(raw);
    expect(message).toMatch(/^Input 'cache-version' must be a short token of 1 to 32 letters, digits, '\.', '_' or '-', e\.g\. 2 or 2024-06-01 \(got '/);
    expect(message).toContain(raw.trim().slice(0, 40));
  });

  it('says how long a value over the limit is, and shortens a very long one', () => {
    expect(refusal('x'.repeat(33))).toContain(', 33 characters)');
    expect(refusal('y'.repeat(500))).toBe(`Input 'cache-version' must be a short token of 1 to 32 letters, digits, '.', '_' or '-', e.g. 2 or 2024-06-01 (got '${'y'.repeat(40)}…', 500 characters).`);
  });
});

/** Every key of every builder for one cache version: what a run looks up (exact, then by prefix) and what it saves. */
function allKeys(cacheVersion: string | undefined): Record<string, { lookups: string[]; saved: string[] }> {
  const tree = cacheKeys({ ...TREE, cacheVersion });
  const layers = layerCacheKeys({ ...LAYERS, cacheVersion });
  const timings = timingsKeyPrefix({ ...TIMINGS, cacheVersion });
  const sizes = sizeHistoryPrefix('linux', 'svc', cacheVersion);
  const scan = scanDatabaseKeys('trivy', { os: 'linux', arch: 'x64' }, '2026-01-02', cacheVersion);
  return {
    'setup-deps tree': { lookups: [tree.tree], saved: [tree.tree] },
    'setup-deps store': { lookups: [tree.store, tree.storeRestorePrefix], saved: [tree.store] },
    'build outputs': { lookups: [buildCacheKey({ ...BUILD, cacheVersion })], saved: [buildCacheKey({ ...BUILD, cacheVersion })] },
    'build size history': { lookups: [sizes], saved: [`${sizes}123-1-1700000000000`] },
    'test timings': { lookups: [`${timings}123-`, timings], saved: [timingsKey(timings, '123-1', 'merged')] },
    'publish-image layers': { lookups: [layers.primaryKey, ...layers.restoreKeys], saved: [layers.saveKey('sha256:0123456789abcdef0123')] },
    'publish-image gha scope': { lookups: [layers.ghaScope], saved: [layers.ghaScope] },
    'publish-image scanner database': { lookups: [scan.key, scan.prefix], saved: [scan.key] },
  };
}

describe('keys without a cache version', () => {
  // The keys of these inputs before the input existed (computed by that release's code): entries saved then stay valid.
  const BEFORE = {
    'setup-deps tree': 'build-actions-deps-v3-linux-x64-ubuntu24-node20.11.0-npm10.2.4-9c3ef520682e7530c9b5b093a8fb1fa0f6f62ac1',
    'setup-deps store': 'build-actions-store-v1-linux-x64-ubuntu24-npm-494767835350e567050d2fac17261ea06c0ee19d',
    'setup-deps store prefix': 'build-actions-store-v1-linux-x64-ubuntu24-npm-',
    'build outputs': 'build-outputs-v1-linux-x64-d72a24268e57fb546486a5aa3108880057812796',
    'build size history': 'build-sizes-v1-linux-efea7ff0dd150725-',
    'test timings': 'test-timings-v1-linux-x64-jest-9df6b026a8c6-',
    'publish-image layers': [
      'build-actions-image-v1-linux-x64-api-7e2b70124b55-feat_x-33b8dd0b545e-',
      'build-actions-image-v1-linux-x64-api-7e2b70124b55-feat_x-',
      'build-actions-image-v1-linux-x64-api-7e2b70124b55-main-',
      'build-actions-image-v1-linux-x64-api-7e2b70124b55-feat_x-33b8dd0b545e-0123456789abcdef',
    ],
    'publish-image gha scope': 'api-7e2b70124b55',
    'publish-image scanner database': ['build-actions-scandb-trivy-linux-x64-2026-01-02', 'build-actions-scandb-trivy-linux-x64-'],
  };

  it.each([undefined, ''])('are byte for byte the keys of the release before (cacheVersion %j)', (cacheVersion) => {
    const tree = cacheKeys({ ...TREE, cacheVersion });
    const layers = layerCacheKeys({ ...LAYERS, cacheVersion });
    const scan = scanDatabaseKeys('trivy', { os: 'linux', arch: 'x64' }, '2026-01-02', cacheVersion);
    expect({
      'setup-deps tree': tree.tree,
      'setup-deps store': tree.store,
      'setup-deps store prefix': tree.storeRestorePrefix,
      'build outputs': buildCacheKey({ ...BUILD, cacheVersion }),
      'build size history': sizeHistoryPrefix('linux', 'svc', cacheVersion),
      'test timings': timingsKeyPrefix({ ...TIMINGS, cacheVersion }),
      'publish-image layers': [layers.primaryKey, ...layers.restoreKeys, layers.saveKey('sha256:0123456789abcdef0123')],
      'publish-image gha scope': layers.ghaScope,
      'publish-image scanner database': [scan.key, scan.prefix],
    }).toEqual(BEFORE);
    expect(layers.scope).toBe('api-7e2b70124b55');
  });
});

describe('keys with a cache version', () => {
  it('carry it, visibly, in every key and every restore prefix of every caching action', () => {
    for (const [cache, keys] of Object.entries(allKeys('2024-06-01'))) {
      for (const key of [...keys.lookups, ...keys.saved]) expect([cache, key]).toEqual([cache, expect.stringContaining('cache-version+2024-06-01+')]);
    }
    expect(cacheKeys({ ...TREE, cacheVersion: '2' }).tree).toMatch(/^build-actions-deps-v3-cache-version\+2\+-linux-x64-ubuntu24-node20\.11\.0-npm10\.2\.4-[0-9a-f]{40}$/);
  });

  it('keep the local names (stage tags, folders) that Docker and the file system need, whatever the version', () => {
    const layers = layerCacheKeys({ ...LAYERS, cacheVersion: 'V_2' });
    expect(layers.scope).toBe('api-7e2b70124b55');
    expect(layers.stageTag('deps')).toBe('build-actions-cache/api-7e2b70124b55:stage-deps');
  });

  // As the cache service matches: each lookup exactly, then as a prefix of a saved key. '1-linux-x64-ubuntu24-npm'
  // and '1-feat_x' would reach the keys of version 1 if the version ended with '-' as the other segments do.
  const VERSIONS = [undefined, '1', '2', '1.0', '10', '1-x', '1-linux-x64-ubuntu24-npm', '1-linux-x64-api-7e2b70124b55-feat_x', 'cache-version'];
  const pairs = VERSIONS.flatMap((a) => VERSIONS.filter((b) => b !== a).map((b) => [a ?? '(none)', b ?? '(none)'] as const));

  it.each(pairs)('of version %s never restore an entry saved under %s, not even by a prefix match', (a, b) => {
    const version = (name: string) => (name === '(none)' ? undefined : name);
    const lookingUp = allKeys(version(a));
    const savedBy = allKeys(version(b));
    for (const [cache, keys] of Object.entries(lookingUp)) {
      const matched = savedBy[cache].saved.filter((saved) => keys.lookups.some((lookup) => saved.startsWith(lookup)));
      expect([cache, matched]).toEqual([cache, []]);
    }
  });

  it('and a run of the same version finds its own entries (the check above can match)', () => {
    for (const [cache, keys] of Object.entries(allKeys('1'))) {
      expect([cache, keys.saved.every((saved) => keys.lookups.some((lookup) => saved.startsWith(lookup)))]).toEqual([cache, true]);
    }
  });

  it('segment: empty for no version, else the input name, the value and a terminator no version holds', () => {
    expect(cacheVersionSegment(undefined)).toBe('');
    expect(cacheVersionSegment('')).toBe('');
    expect(cacheVersionSegment('2')).toBe('cache-version+2+-');
  });
});

describe('every caching action reads it, the same way', () => {
  const readers = {
    'setup-deps': (read: (name: string) => string) => readSetupDepsInputs(read).cacheVersion,
    test: (read: (name: string) => string) => readTestInputs(read).cacheVersion,
    build: (read: (name: string) => string) => readBuildInputs(read).cacheVersion,
    'publish-image': (read: (name: string) => string) => readPublishImageInputs(read).cacheVersion,
  };

  it.each(Object.entries(readers))('%s', (_action, read) => {
    expect(read(() => '')).toBe('');
    expect(read((name) => (name === 'cache-version' ? ' 2 ' : ''))).toBe('2');
    expect(() => read((name) => (name === 'cache-version' ? 'v 2' : ''))).toThrow("Input 'cache-version' must be a short token");
  });
});
