import { CACHE_SCHEMA, TREE_SCHEMA, cacheKeys, type TreeKeyInputs } from '../../../../src/core/deps/cache-keys.js';

const BASE: TreeKeyInputs = {
  platform: { os: 'linux', arch: 'x64', image: 'ubuntu24' },
  language: 'node',
  runtimeVersion: '20.11.0',
  packageManager: 'npm',
  packageManagerVersion: '10.2.4',
  files: [
    { name: 'package.json', content: '{"name":"app"}' },
    { name: 'package-lock.json', content: '{"lockfileVersion":3}' },
  ],
};

const base = cacheKeys(BASE);

describe('cacheKeys: the tree key', () => {
  it('reads as schema, platform, runtime, package manager and a digest', () => {
    expect(base.tree).toMatch(new RegExp(`^build-actions-deps-${TREE_SCHEMA}-linux-x64-ubuntu24-node20\\.11\\.0-npm10\\.2\\.4-[0-9a-f]{40}$`));
  });

  it('is the same for the same inputs, whatever the order of the files', () => {
    expect(cacheKeys({ ...BASE, files: [...BASE.files].reverse() })).toEqual(base);
  });

  it.each<[string, Partial<TreeKeyInputs>]>([
    ['platform os', { platform: { ...BASE.platform, os: 'darwin' } }],
    ['platform arch', { platform: { ...BASE.platform, arch: 'arm64' } }],
    ['platform image', { platform: { ...BASE.platform, image: 'ubuntu22' } }],
    ['no platform image', { platform: { os: 'linux', arch: 'x64' } }],
    ['runtime version', { runtimeVersion: '20.11.1' }],
    ['runtime identity', { runtimeIdentity: 'CPython /opt/hostedtoolcache/Python/3.12.3/x64' }],
    ['language', { language: 'python' }],
    ['package manager', { packageManager: 'pnpm' }],
    ['package manager version', { packageManagerVersion: '10.2.5' }],
    ['package.json content', { files: [{ name: 'package.json', content: '{"name":"app2"}' }, BASE.files[1]] }],
    ['package-lock.json content', { files: [BASE.files[0], { name: 'package-lock.json', content: '{"lockfileVersion":2}' }] }],
    ['a file name', { files: [BASE.files[0], { name: 'npm-shrinkwrap.json', content: BASE.files[1].content }] }],
    ['an added file', { files: [...BASE.files, { name: 'pnpm-workspace.yaml', content: '' }] }],
    ['content moved between files', { files: [{ name: 'package.json', content: '{"name":"app"}{"lockfileVersion":3}' }, { name: 'package-lock.json', content: '' }] }],
    ['location', { location: '/home/runner/work/app/app' }],
  ])('changes with the %s', (_what, change) => {
    expect(cacheKeys({ ...BASE, ...change }).tree).not.toBe(base.tree);
  });

  it('keeps apart versions that differ only past the readable part of the key', () => {
    const long = `20.11.0-nightly${'0'.repeat(40)}`;
    expect(cacheKeys({ ...BASE, runtimeVersion: `${long}a` }).tree).not.toBe(cacheKeys({ ...BASE, runtimeVersion: `${long}b` }).tree);
    expect(cacheKeys({ ...BASE, packageManagerVersion: `${long}a` }).tree).not.toBe(cacheKeys({ ...BASE, packageManagerVersion: `${long}b` }).tree);
  });

  it('changes between two different runtime identities and two locations', () => {
    const a = cacheKeys({ ...BASE, runtimeIdentity: 'CPython /usr', location: '/a' });
    expect(cacheKeys({ ...BASE, runtimeIdentity: 'CPython /opt', location: '/a' }).tree).not.toBe(a.tree);
    expect(cacheKeys({ ...BASE, runtimeIdentity: 'CPython /usr', location: '/b' }).tree).not.toBe(a.tree);
  });
});

describe('cacheKeys: the download store key', () => {
  it('changes with the files', () => {
    expect(cacheKeys({ ...BASE, files: [BASE.files[0], { name: 'package-lock.json', content: '{}' }] }).store).not.toBe(base.store);
  });

  it.each<[string, Partial<TreeKeyInputs>]>([
    ['runtime version', { runtimeVersion: '22.1.0' }],
    ['runtime identity', { runtimeIdentity: 'CPython /usr' }],
    ['package manager version', { packageManagerVersion: '10.9.0' }],
    ['location', { location: '/elsewhere' }],
  ])('does not change with the %s (downloads are shared across them)', (_what, change) => {
    expect(cacheKeys({ ...BASE, ...change }).store).toBe(base.store);
  });

  it.each<[string, Partial<TreeKeyInputs>]>([
    ['platform', { platform: { os: 'win32', arch: 'x64' } }],
    ['package manager', { packageManager: 'yarn' }],
  ])('is kept apart per %s, prefix included', (_what, change) => {
    const other = cacheKeys({ ...BASE, ...change });
    expect(other.storeRestorePrefix).not.toBe(base.storeRestorePrefix);
    expect(other.store.startsWith(base.storeRestorePrefix)).toBe(false);
  });

  it('has its restore prefix as a prefix, and the prefix ends before the digest', () => {
    expect(base.store.startsWith(base.storeRestorePrefix)).toBe(true);
    expect(base.store.slice(base.storeRestorePrefix.length)).toMatch(/^[0-9a-f]{40}$/);
    expect(base.storeRestorePrefix).toBe(`build-actions-store-${CACHE_SCHEMA}-linux-x64-ubuntu24-npm-`);
  });

  it('the tree key never starts with the store prefix (a store restore can never pick a tree)', () => {
    expect(base.tree.startsWith(base.storeRestorePrefix)).toBe(false);
  });
});

describe('cacheKeys: what the cache service accepts', () => {
  it.each<[string, Partial<TreeKeyInputs>]>([
    ['ordinary inputs', {}],
    ['versions with odd characters', { runtimeVersion: '3.13.0rc1, free-threaded', packageManagerVersion: '1.8.3 (Poetry)' }],
    ['an image name with a comma', { platform: { os: 'linux', arch: 'x64', image: 'ubuntu24,custom' } }],
    ['a package manager version that is a whole line of output', { packageManagerVersion: `warning: ${'x'.repeat(600)}, npm is old` }],
    ['a long runtime version', { runtimeVersion: `20.11.0-${'nightly'.repeat(100)}` }],
    ['a long location and identity', { location: `/${'deep/'.repeat(200)}`, runtimeIdentity: 'CPython '.repeat(100) }],
  ])('keys hold no commas and are under 512 characters: %s', (_what, change) => {
    const keys = cacheKeys({ ...BASE, ...change });
    for (const key of [keys.tree, keys.store, keys.storeRestorePrefix]) {
      expect(key).not.toContain(',');
      expect(key.length).toBeLessThan(512);
    }
  });
});
