import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLocalCacheStore } from '../../../../src/runtime/cache/local-cache-store.js';
import { tempDirectories } from '../../support/temp-dir.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const temp = tempDirectories('build-actions-local-cache-');
afterEach(() => temp.cleanup());

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), content);
  }
}

async function setup(): Promise<{ project: string; cacheDir: string; clock: { now: number } }> {
  const project = await temp.make();
  const cacheDir = path.join(await temp.make(), 'cache');
  return { project, cacheDir, clock: { now: 1_000 } };
}

describe('createLocalCacheStore', () => {
  it('describes itself by its folder', async () => {
    expect(createLocalCacheStore('/var/cache/x').description).toBe('local cache at /var/cache/x');
  });

  it('saves a tree and restores it whole into the same place', async () => {
    const { project, cacheDir, clock } = await setup();
    const store = createLocalCacheStore(cacheDir, () => clock.now);
    await writeTree(project, { 'node_modules/left-pad/index.js': 'module.exports = 1;\n', 'node_modules/.bin/tool': '#!/bin/sh\n' });
    const paths = [path.join(project, 'node_modules')];

    const saved = await store.save(paths, 'deps-key-1');
    expect(saved.outcome).toBe('saved');
    expect(saved.bytes).toBeGreaterThan(0);

    await rm(path.join(project, 'node_modules'), { recursive: true });
    const restored = await store.restore(paths, 'deps-key-1', []);
    expect(restored).toMatchObject({ outcome: 'hit', matchedKey: 'deps-key-1', bytes: saved.bytes });
    expect(await readFile(path.join(project, 'node_modules/left-pad/index.js'), 'utf8')).toBe('module.exports = 1;\n');
    expect(await readFile(path.join(project, 'node_modules/.bin/tool'), 'utf8')).toBe('#!/bin/sh\n');
  });

  it('saves and restores folders found by a pattern', async () => {
    const { project, cacheDir } = await setup();
    const store = createLocalCacheStore(cacheDir);
    await writeTree(project, { 'node_modules/a.js': 'a', 'packages/one/node_modules/b.js': 'b', 'packages/two/node_modules/c.js': 'c' });
    const paths = [path.join(project, 'node_modules'), path.join(project, 'packages/*/node_modules')];
    expect((await store.save(paths, 'ws')).outcome).toBe('saved');
    await rm(path.join(project, 'packages'), { recursive: true });
    await rm(path.join(project, 'node_modules'), { recursive: true });
    expect((await store.restore(paths, 'ws', [])).outcome).toBe('hit');
    expect(await readFile(path.join(project, 'packages/two/node_modules/c.js'), 'utf8')).toBe('c');
    expect(await readFile(path.join(project, 'node_modules/a.js'), 'utf8')).toBe('a');
  });

  it('a missing key is a miss', async () => {
    const { project, cacheDir } = await setup();
    const store = createLocalCacheStore(cacheDir);
    expect(await store.restore([path.join(project, 'node_modules')], 'nothing-here', ['noth'])).toMatchObject({ outcome: 'miss' });
  });

  it('a restore key matches by prefix and picks the newest entry', async () => {
    const { project, cacheDir, clock } = await setup();
    const store = createLocalCacheStore(cacheDir, () => clock.now);
    const storeDir = path.join(project, 'store');
    const paths = [storeDir];
    await writeTree(storeDir, { 'index': 'old' });
    clock.now = 1_000;
    expect((await store.save(paths, 'store-npm-aaaa')).outcome).toBe('saved');
    await writeTree(storeDir, { 'index': 'newest' });
    clock.now = 3_000;
    expect((await store.save(paths, 'store-npm-cccc')).outcome).toBe('saved');
    await writeTree(storeDir, { 'index': 'middle' });
    clock.now = 2_000;
    expect((await store.save(paths, 'store-npm-bbbb')).outcome).toBe('saved');
    await rm(storeDir, { recursive: true });

    const restored = await store.restore(paths, 'store-npm-dddd', ['store-npm-']);
    expect(restored).toMatchObject({ outcome: 'hit', matchedKey: 'store-npm-cccc' });
    expect(await readFile(path.join(storeDir, 'index'), 'utf8')).toBe('newest');
  });

  it('an exact match of the primary key wins over a newer entry that only shares its prefix', async () => {
    const { project, cacheDir, clock } = await setup();
    const store = createLocalCacheStore(cacheDir, () => clock.now);
    const paths = [path.join(project, 'store')];
    await writeTree(project, { 'store/index': 'exact' });
    clock.now = 1_000;
    await store.save(paths, 'key');
    await writeTree(project, { 'store/index': 'longer' });
    clock.now = 2_000;
    await store.save(paths, 'key-longer');
    expect(await store.restore(paths, 'key', [])).toMatchObject({ outcome: 'hit', matchedKey: 'key' });
    expect(await readFile(path.join(project, 'store/index'), 'utf8')).toBe('exact');
  });

  it('an entry saved for other paths is a miss (the version differs), as in the Actions cache', async () => {
    const { project, cacheDir } = await setup();
    const store = createLocalCacheStore(cacheDir);
    await writeTree(project, { 'node_modules/a.js': 'a', '.venv/b': 'b' });
    expect((await store.save([path.join(project, 'node_modules')], 'k')).outcome).toBe('saved');
    expect(await store.restore([path.join(project, '.venv')], 'k', ['k'])).toMatchObject({ outcome: 'miss' });
  });

  it('saving a key that exists again is "exists", and leaves the entry as it was', async () => {
    const { project, cacheDir } = await setup();
    const store = createLocalCacheStore(cacheDir);
    const paths = [path.join(project, 'node_modules')];
    await writeTree(project, { 'node_modules/a.js': 'first' });
    expect((await store.save(paths, 'k')).outcome).toBe('saved');
    await writeTree(project, { 'node_modules/a.js': 'second' });
    expect(await store.save(paths, 'k')).toMatchObject({ outcome: 'exists', message: 'an entry with key k exists' });
    await store.restore(paths, 'k', []);
    expect(await readFile(path.join(project, 'node_modules/a.js'), 'utf8')).toBe('first');
  });

  it('saving paths that do not exist is an error outcome', async () => {
    const { project, cacheDir } = await setup();
    const store = createLocalCacheStore(cacheDir);
    expect(await store.save([path.join(project, 'node_modules')], 'k')).toMatchObject({ outcome: 'error', message: 'nothing to save: no path exists' });
  });

  it('a corrupt archive is an error outcome, not a throw', async () => {
    const { project, cacheDir } = await setup();
    const store = createLocalCacheStore(cacheDir);
    const paths = [path.join(project, 'node_modules')];
    await writeTree(project, { 'node_modules/a.js': 'a'.repeat(10_000) });
    await store.save(paths, 'k');
    const archives = (await readdir(cacheDir)).filter((name) => name.endsWith('.tar.zst'));
    expect(archives).toHaveLength(1);
    await writeFile(path.join(cacheDir, archives[0]), 'this is not a zstd archive');
    const restored = await store.restore(paths, 'k', []);
    expect(restored.outcome).toBe('error');
    expect(restored.message).toMatch(/^extracting .*\.tar\.zst failed: /);
  });

  it('an unreadable entry record is skipped, not fatal', async () => {
    const { project, cacheDir } = await setup();
    const store = createLocalCacheStore(cacheDir);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(path.join(cacheDir, 'broken.json'), '{ not json');
    expect(await store.restore([path.join(project, 'node_modules')], 'k', [])).toMatchObject({ outcome: 'miss' });
  });

  it('a failed save leaves no half-written file in the cache folder', async () => {
    const { project, cacheDir } = await setup();
    const paths = [path.join(project, 'node_modules')];
    await writeTree(project, { 'node_modules/a.js': 'a' });
    // A real process whose PATH has tar but no zstd: tar starts, its compressor cannot, the archive is cut short.
    // (Jest gives tests a copy of process.env, so the save runs in a child process with its own environment.)
    const bin = await temp.make();
    await symlink(execFileSync('which', ['tar'], { encoding: 'utf8' }).trim(), path.join(bin, 'tar'));
    const script = [
      `const { createLocalCacheStore } = await import(${JSON.stringify(path.join(ROOT, 'src/runtime/cache/local-cache-store.ts'))});`,
      `const result = await createLocalCacheStore(${JSON.stringify(cacheDir)}).save(${JSON.stringify(paths)}, 'k');`,
      'process.stdout.write(JSON.stringify(result));',
    ].join('\n');
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { PATH: bin, HOME: project },
      encoding: 'utf8',
    });
    const result = JSON.parse(output) as { outcome: string; message?: string };
    expect(result.outcome).toBe('error');
    expect(result.message).toMatch(/^archiving failed: .*zstd/s);
    expect(await readdir(cacheDir)).toEqual([]);
    expect(await createLocalCacheStore(cacheDir).restore(paths, 'k', [])).toMatchObject({ outcome: 'miss' });
  });

  it('a cache folder that cannot be created is an error outcome, not a throw', async () => {
    const { project } = await setup();
    const blocker = path.join(await temp.make(), 'a-file');
    await writeFile(blocker, 'in the way');
    const store = createLocalCacheStore(path.join(blocker, 'cache'));
    await writeTree(project, { 'node_modules/a.js': 'a' });
    const result = await store.save([path.join(project, 'node_modules')], 'k');
    expect(result.outcome).toBe('error');
    expect(result.message).toContain('ENOTDIR');
  });
});
