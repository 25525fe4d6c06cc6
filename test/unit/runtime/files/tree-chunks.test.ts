import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, readdir, readFile, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractTreeChunks, listTreeEntries, writeTreeChunks } from '../../../../src/runtime/files/tree-chunks.js';
import { tempDirectories } from '../../support/temp-dir.js';

// Real tar and zstd: the installed tree saved as chunk archives, and extracted by several tar processes at once.

/** Chunks of 50 entries and more, so that a tree of a few hundred files makes four. */
const SMALL = { minEntriesPerChunk: 50 };

const temp = tempDirectories('build-actions-tree-chunks-');
afterEach(() => temp.cleanup());

/** A node_modules of `packages` packages, 5 files each, a scoped one, a .bin link and an odd file name. */
async function writeTree(project: string, packages: number): Promise<void> {
  for (let i = 0; i < packages; i += 1) {
    const folder = path.join(project, 'node_modules', `pkg-${String(i).padStart(4, '0')}`, 'lib');
    await mkdir(folder, { recursive: true });
    for (let f = 0; f < 4; f += 1) await writeFile(path.join(folder, `file-${f}.js`), `module.exports = ${i * 10 + f};\n`.repeat(f + 1));
    await writeFile(path.join(folder, '..', 'package.json'), JSON.stringify({ name: `pkg-${i}`, version: '1.0.0' }));
  }
  await mkdir(path.join(project, 'node_modules/@scope/tool/bin'), { recursive: true });
  await writeFile(path.join(project, 'node_modules/@scope/tool/bin/run.js'), '#!/usr/bin/env node\n', { mode: 0o755 });
  await mkdir(path.join(project, 'node_modules/.bin'), { recursive: true });
  await symlink('../@scope/tool/bin/run.js', path.join(project, 'node_modules/.bin/run'));
  await writeFile(path.join(project, 'node_modules/@scope/tool/name with\nnewline.txt'), 'odd');
}

/** Every entry with its kind, mode and content (or link target): what "the same tree" means here. */
async function describeTree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await listTreeEntries(root, ['node_modules'])) {
    const full = path.join(root, entry.path);
    const info = await lstat(full);
    const mode = (info.mode & 0o777).toString(8);
    out[entry.path] = info.isSymbolicLink() ? `link ${await readlink(full)}` : info.isDirectory() ? `dir ${mode}` : `file ${mode} ${await readFile(full, 'utf8')}`;
  }
  return out;
}

async function saved(packages: number): Promise<{ project: string; staging: string; target: string }> {
  const project = await temp.make();
  await writeTree(project, packages);
  const staging = path.join(await temp.make(), 'chunks');
  const target = await temp.make();
  return { project, staging, target };
}

describe('tree chunks with real tar', () => {
  it('a large tree: four chunks, all extracted at once, give back the same tree (modes, links, odd names) and list every entry', async () => {
    const { project, staging, target } = await saved(60);
    const manifest = await writeTreeChunks(project, ['node_modules'], staging, SMALL);
    expect(manifest.chunks.map((chunk) => chunk.file)).toEqual(['chunk-0.tar.zst', 'chunk-1.tar.zst', 'chunk-2.tar.zst', 'chunk-3.tar.zst']);
    expect(manifest.chunks.reduce((sum, chunk) => sum + chunk.entries, 0)).toBe((await listTreeEntries(project, ['node_modules'])).length);
    expect((await readdir(staging)).sort()).toEqual(['chunk-0.tar.zst', 'chunk-1.tar.zst', 'chunk-2.tar.zst', 'chunk-3.tar.zst', 'manifest.json']);

    // Every chunk after the first begins inside a package: it carries the folders above it.
    expect(manifest.chunks.map((chunk) => chunk.ancestors > 0)).toEqual([false, true, true, true]);

    const result = await extractTreeChunks(staging, target);
    const entries = (await listTreeEntries(project, ['node_modules'])).map((entry) => entry.path);
    expect(result.ok && { chunks: result.chunks, entries: result.members.length }).toEqual({ chunks: 4, entries: entries.length });
    expect(result.ok && result.members.map((member) => member.replace(/\/$/, '')).filter((member) => !member.includes('\\'))).toEqual(
      entries.filter((entry) => !entry.includes('\n')),
    );
    expect(await describeTree(target)).toEqual(await describeTree(project));
    // The extractors' listings are read and removed: the staging folder holds what the entry held.
    expect((await readdir(staging)).sort()).toEqual(['chunk-0.tar.zst', 'chunk-1.tar.zst', 'chunk-2.tar.zst', 'chunk-3.tar.zst', 'manifest.json']);
  });

  it('a small tree: one chunk', async () => {
    const { project, staging, target } = await saved(3);
    expect((await writeTreeChunks(project, ['node_modules'], staging, SMALL)).chunks).toHaveLength(1);
    expect(await extractTreeChunks(staging, target)).toMatchObject({ ok: true, chunks: 1 });
    expect(await describeTree(target)).toEqual(await describeTree(project));
  });

  it("times 'saved' keeps the archived modification times; 'restore' stamps the restore's, as an install does", async () => {
    const { project, staging } = await saved(3);
    const file = 'node_modules/pkg-0001/lib/file-2.js';
    const folder = 'node_modules/pkg-0001/lib';
    const longAgo = new Date('2001-02-03T04:05:06Z');
    await utimes(path.join(project, file), longAgo, longAgo);
    await utimes(path.join(project, folder), longAgo, longAgo);
    await writeTreeChunks(project, ['node_modules'], staging, SMALL);

    const kept = await temp.make();
    expect(await extractTreeChunks(staging, kept, 'saved')).toMatchObject({ ok: true });
    expect((await stat(path.join(kept, file))).mtime).toEqual(longAgo);
    expect((await stat(path.join(kept, folder))).mtime).toEqual(longAgo);

    const stamped = await temp.make();
    const before = Date.now() - 1000; // file times may be truncated to the second
    expect(await extractTreeChunks(staging, stamped, 'restore')).toMatchObject({ ok: true });
    for (const entry of [file, folder]) expect((await stat(path.join(stamped, entry))).mtimeMs).toBeGreaterThanOrEqual(before);
    // Everything else is the same tree.
    expect(await describeTree(stamped)).toEqual(await describeTree(kept));
  });

  it("modes come through the restoring process's umask, as an install makes them", async () => {
    const { project, staging, target } = await saved(3);
    const file = 'node_modules/@scope/tool/bin/run.js';
    await chmod(path.join(project, file), 0o777);
    await chmod(path.join(project, 'node_modules/pkg-0002'), 0o777);
    await writeTreeChunks(project, ['node_modules'], staging, SMALL);
    const umask = process.umask(0o027);
    try {
      expect(await extractTreeChunks(staging, target)).toMatchObject({ ok: true });
    } finally {
      process.umask(umask);
    }
    expect((await stat(path.join(target, file))).mode & 0o777).toBe(0o750);
    expect((await stat(path.join(target, 'node_modules/pkg-0002'))).mode & 0o777).toBe(0o750);
    expect((await stat(path.join(target, 'node_modules/pkg-0001/package.json'))).mode & 0o777).toBe(0o640);
  });

  it('a missing chunk: a problem before anything is extracted', async () => {
    const { project, staging, target } = await saved(60);
    await writeTreeChunks(project, ['node_modules'], staging, SMALL);
    await rm(path.join(staging, 'chunk-2.tar.zst'));
    expect(await extractTreeChunks(staging, target)).toEqual({ ok: false, problem: 'chunk chunk-2.tar.zst is missing from the entry' });
    expect(await readdir(target)).toEqual([]);
  });

  it('a chunk that holds other than its manifest line lists: a problem naming both counts', async () => {
    const { project, staging, target } = await saved(60);
    const manifest = await writeTreeChunks(project, ['node_modules'], staging, SMALL);
    const listed = manifest.chunks[2].ancestors + manifest.chunks[2].entries;
    manifest.chunks[2].entries += 1;
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest));
    expect(await extractTreeChunks(staging, target)).toEqual({ ok: false, problem: `chunk chunk-2.tar.zst held ${listed} entries, its manifest lists ${listed + 1}` });
  });

  it('a missing manifest: a problem', async () => {
    const { project, staging, target } = await saved(3);
    await writeTreeChunks(project, ['node_modules'], staging, SMALL);
    await rm(path.join(staging, 'manifest.json'));
    expect(await extractTreeChunks(staging, target)).toEqual({ ok: false, problem: 'the entry has no manifest.json' });
  });

  it.each([
    ['corrupt (bytes flipped in the middle)', (data: Buffer) => { for (let i = Math.floor(data.length / 2); i < Math.floor(data.length / 2) + 64; i += 1) data[i] ^= 0xff; return data; }],
    ['truncated', (data: Buffer) => data.subarray(0, Math.floor(data.length / 2))],
  ])('a %s chunk: a problem naming the chunk', async (_what, damage) => {
    const { project, staging, target } = await saved(60);
    await writeTreeChunks(project, ['node_modules'], staging, SMALL);
    const chunk = path.join(staging, 'chunk-1.tar.zst');
    await writeFile(chunk, damage(await readFile(chunk)));
    const result = await extractTreeChunks(staging, target);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^chunk chunk-1\.tar\.zst could not be extracted: /);
  });
});

// A macOS machine: `tar` is bsdtar (Debian's libarchive-tools gives the same program), GNU tar only as `gtar`.
describe('where tar is bsdtar, as on macOS', () => {
  const bsdtar = '/usr/bin/bsdtar';
  const gnuTar = execFileSync('sh', ['-c', 'command -v tar'], { encoding: 'utf8' }).trim();
  const PATH = process.env.PATH;
  afterEach(() => {
    process.env.PATH = PATH;
  });

  /** A PATH whose first folder holds `tar` (bsdtar) and, with `gtar`, GNU tar under that name. */
  async function macPath(gtar: boolean): Promise<string> {
    const folder = await temp.make();
    await symlink(bsdtar, path.join(folder, 'tar'));
    if (gtar) await symlink(gnuTar, path.join(folder, 'gtar'));
    return `${folder}${path.delimiter}${PATH}`;
  }

  it('with gtar on PATH (a macOS runner): the chunks are made and extracted with it, and give back the same tree', async () => {
    const { project, staging, target } = await saved(60);
    process.env.PATH = await macPath(true);
    expect((await writeTreeChunks(project, ['node_modules'], staging, SMALL)).chunks).toHaveLength(4);
    expect(await extractTreeChunks(staging, target, 'restore')).toMatchObject({ ok: true, chunks: 4 });
    expect(await describeTree(target)).toEqual(await describeTree(project));
  });

  it('without gtar: the extraction fails with a problem that says to install GNU tar, and bsdtar\'s own words', async () => {
    const { project, staging, target } = await saved(3);
    await writeTreeChunks(project, ['node_modules'], staging, SMALL);
    process.env.PATH = await macPath(false);
    const result = await extractTreeChunks(staging, target);
    expect(result).toMatchObject({ ok: false, problem: expect.stringMatching(/^chunk chunk-0\.tar\.zst could not be extracted: .*\(this tar is not GNU tar: it refused --[a-z-]+; the dependency cache needs GNU tar: install it as gtar/s) });
  });
});
