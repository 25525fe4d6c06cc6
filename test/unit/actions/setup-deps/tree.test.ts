import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chunkStaging, restoredTimes } from '../../../../src/actions/setup-deps/tree-cache.js';
import { renderText } from '../../../../src/core/summary-document.js';
import type { CacheStore } from '../../../../src/runtime/cache/cache-store.js';
import { DEPENDENCIES, DEV_DEPENDENCIES, makeHarness, runMain, runPost, writeNpmProject, type Harness } from '../../support/setup-deps-harness.js';
import { tempDirectories } from '../../support/temp-dir.js';

// Issue 7 item 13: what tools leave in an installed tree, a stale tree under a restore, and the warning for an
// entry that restores an incomplete tree. The real local cache store; a fake package manager at the process
// boundary.

const temp = tempDirectories('build-actions-setup-deps-tree-');
afterEach(() => temp.cleanup());

async function npmHarness(): Promise<Harness> {
  const harness = await makeHarness(await temp.make());
  await writeNpmProject(harness.project);
  return harness;
}

/** What ESLint, Prettier, Babel (node_modules/.cache) and Vite or vitest (node_modules/.vite) write as they run. */
async function runToolsThatCacheInNodeModules(project: string): Promise<void> {
  await mkdir(path.join(project, 'node_modules/.cache/eslint'), { recursive: true });
  await writeFile(path.join(project, 'node_modules/.cache/eslint/.eslintcache'), '{}');
  await mkdir(path.join(project, 'node_modules/.cache/prettier'), { recursive: true });
  await mkdir(path.join(project, 'node_modules/.vite/vitest'), { recursive: true });
  await writeFile(path.join(project, 'node_modules/.vite/vitest/results.json'), '{"results":[]}');
}

describe('setup-deps and the installed tree after tools have run', () => {
  it('tool caches written under node_modules after an exact hit: the next run is still an exact hit, with no warning', async () => {
    const harness = await npmHarness();
    const cold = await runMain(harness);
    await runPost(harness, cold.io);
    const warm = await runMain(harness);
    expect(warm.result?.cacheResult).toBe('exact');
    await runToolsThatCacheInNodeModules(harness.project);

    const next = await runMain(harness);
    expect(next.error).toBeUndefined();
    expect(next.io.warningMessages).toEqual([]);
    expect(next.result?.cacheResult).toBe('exact');
    expect(next.fake.installLines()).toEqual([]);
    expect(existsSync(path.join(harness.project, 'node_modules/.vite/vitest/results.json'))).toBe(true);
  });

  it('a tree saved with a tool cache in it, restored on a fresh runner, is whole after the tool prunes its cache', async () => {
    const harness = await npmHarness();
    const cold = await runMain(harness);
    await runToolsThatCacheInNodeModules(harness.project);
    await runPost(harness, cold.io);
    await rm(path.join(harness.project, 'node_modules'), { recursive: true });
    const warm = await runMain(harness);
    expect(warm.result?.cacheResult).toBe('exact');
    await rm(path.join(harness.project, 'node_modules/.cache'), { recursive: true });

    const next = await runMain(harness);
    expect(next.io.warningMessages).toEqual([]);
    expect(next.result?.cacheResult).toBe('exact');
    // Whole as it stands: not restored again.
    expect(next.io.summaries.map(renderText).join('')).toContain('the installed tree is already in place');
  });

  it("a restored npm tree has the restore's modification times, as npm ci gives what it installs; a virtualenv keeps its saved ones", async () => {
    const harness = await npmHarness();
    const cold = await runMain(harness);
    const files = (await promisify(execFile)('find', ['node_modules', '-type', 'f'], { cwd: harness.project })).stdout.split('\n').filter(Boolean);
    const longAgo = new Date('2001-02-03T04:05:06Z');
    for (const file of files) await utimes(path.join(harness.project, file), longAgo, longAgo);
    await runPost(harness, cold.io);
    await rm(path.join(harness.project, 'node_modules'), { recursive: true });

    const before = Date.now() - 1000; // file times may be truncated to the second
    const warm = await runMain(harness);
    expect(warm.result?.cacheResult).toBe('exact');
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect((await stat(path.join(harness.project, file))).mtimeMs).toBeGreaterThanOrEqual(before);
    // Python checks each .pyc against its source's recorded time: a venv's times are restored as saved.
    expect(restoredTimes('python')).toBe('saved');
  });

  it("a stale tree (another lockfile's) is replaced by the restore, not extracted over", async () => {
    const harness = await npmHarness();
    const first = await runMain(harness);
    await runPost(harness, first.io);
    // The lockfile changes and back (a branch switch, a reverted bump), in the same checkout.
    await writeNpmProject(harness.project, { ...DEPENDENCIES, 'is-even': '^1.0.0' }, DEV_DEPENDENCIES);
    const other = await runMain(harness);
    await runPost(harness, other.io);
    expect(existsSync(path.join(harness.project, 'node_modules/is-even'))).toBe(true);
    await writeNpmProject(harness.project);

    const back = await runMain(harness);
    expect(back.error).toBeUndefined();
    expect(back.io.warningMessages).toEqual([]);
    expect(back.result?.cacheResult).toBe('exact');
    expect(back.fake.installLines()).toEqual([]);
    expect(existsSync(path.join(harness.project, 'node_modules/is-even'))).toBe(false);
    expect(existsSync(path.join(harness.project, 'node_modules/left-pad/index.js'))).toBe(true);
  });

  it("an entry that restores an incomplete tree: installs afresh, and the warning gives the local cache's own delete command, which works", async () => {
    const harness = await npmHarness();
    const cold = await runMain(harness);
    await runPost(harness, cold.io);
    await rm(path.join(harness.project, 'node_modules'), { recursive: true });
    // An entry whose chunks lost part of the tree before it was saved (a folder gone during the save): the chunk is
    // repacked without left-pad and the manifest counts what it now holds, so every archive extracts as listed and
    // only the tree check (against the marker's counts) can tell.
    const lossy: CacheStore = {
      ...harness.cache,
      async restore(paths, primaryKey, restoreKeys) {
        const result = await harness.cache.restore(paths, primaryKey, restoreKeys);
        if (result.outcome !== 'hit' || paths[0] !== chunkStaging(harness.project)) return result;
        const unpacked = await temp.make();
        const chunk = path.join(paths[0], 'chunk-0.tar.zst');
        await promisify(execFile)('tar', ['--zstd', '-xf', chunk, '-C', unpacked]);
        await rm(path.join(unpacked, 'node_modules/left-pad'), { recursive: true });
        await promisify(execFile)('tar', ['--zstd', '-cf', chunk, '-C', unpacked, 'node_modules']);
        const listed = (await promisify(execFile)('tar', ['--zstd', '-tf', chunk])).stdout.split('\n').filter(Boolean).length;
        const manifestFile = path.join(paths[0], 'manifest.json');
        const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { chunks: Array<{ entries: number; ancestors: number }> };
        manifest.chunks[0].entries = listed - manifest.chunks[0].ancestors;
        await writeFile(manifestFile, JSON.stringify(manifest));
        return result;
      },
    };
    const broken = await runMain({ ...harness, cache: lossy });
    expect(broken.error).toBeUndefined();
    expect(broken.fake.installLines()).toEqual(['npm ci --no-audit --no-fund']);
    expect(broken.result?.cacheResult).toBe('error');
    expect(broken.io.warningMessages).toHaveLength(1);
    const [warning] = broken.io.warningMessages;
    expect(warning).toMatch(/^The cache entry build-actions-deps-\S+ restored an incomplete tree \(node_modules holds \d+ entries, \d+ were saved\); installing afresh\./);
    expect(warning).not.toContain('gh cache delete');
    const command = /to delete it now: (rm .*)\.$/.exec(warning)?.[1];
    expect(command).toContain(harness.cacheDirectory);

    await promisify(execFile)('sh', ['-c', command ?? 'false']);
    await rm(path.join(harness.project, 'node_modules'), { recursive: true, force: true });
    const after = await runMain(harness);
    expect(after.result?.cacheResult).not.toBe('exact');
    expect(after.fake.installLines()).toEqual(['npm ci --no-audit --no-fund']);
  });

  it.each([
    ['corrupt', async (chunk: string) => {
      const data = await readFile(chunk);
      await writeFile(chunk, data.subarray(0, data.length - 1000));
    }, /could not be extracted/],
    ['missing', (chunk: string) => rm(chunk), /chunk chunk-0\.tar\.zst is missing from the entry/],
  ] as const)('a %s chunk in the entry: a warning, the half tree removed, a clean install', async (_what, damage, problem) => {
    const harness = await npmHarness();
    const cold = await runMain(harness);
    // A file the install does not make, first in the tree: only a half extraction could leave it.
    await mkdir(path.join(harness.project, 'node_modules/aaa-stray'), { recursive: true });
    // Incompressible and larger than zstd's blocks, so that a chunk cut short still extracts it before failing.
    await writeFile(path.join(harness.project, 'node_modules/aaa-stray/index.js'), randomBytes(600_000));
    await runPost(harness, cold.io);
    await rm(path.join(harness.project, 'node_modules'), { recursive: true });
    const damaged: CacheStore = {
      ...harness.cache,
      async restore(paths, primaryKey, restoreKeys) {
        const result = await harness.cache.restore(paths, primaryKey, restoreKeys);
        if (result.outcome === 'hit' && paths[0] === chunkStaging(harness.project)) await damage(path.join(paths[0], 'chunk-0.tar.zst'));
        return result;
      },
    };
    const run = await runMain({ ...harness, cache: damaged });
    expect(run.error).toBeUndefined();
    expect(run.result?.cacheResult).toBe('error');
    expect(run.io.warningMessages).toEqual([expect.stringMatching(/^Restoring the installed dependencies from the cache failed \(the entry build-actions-deps-\S+ is damaged: /)]);
    expect(run.io.warningMessages[0]).toMatch(problem);
    expect(run.fake.installLines()).toEqual(['npm ci --no-audit --no-fund']);
    expect(existsSync(path.join(harness.project, 'node_modules/aaa-stray'))).toBe(false);
    expect(existsSync(path.join(harness.project, 'node_modules/left-pad/index.js'))).toBe(true);
    expect(existsSync(chunkStaging(harness.project))).toBe(false);
    // The damaged entry keeps its key: the post step does not archive the tree for a save that would be refused, and
    // the warning says how to delete the entry so that the next run can save a good one.
    expect(run.io.warningMessages[0]).toMatch(/The entry stays until it is evicted; to delete it now: rm /);
    const post = await runPost(harness, run.io);
    expect(post.saves.map((save) => save.what)).not.toContain('installed tree');
  });
});
