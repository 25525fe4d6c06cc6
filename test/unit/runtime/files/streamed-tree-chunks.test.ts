import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { StreamedChunkExtraction } from '../../../../src/runtime/files/streamed-tree-chunks.js';
import { readTarStream, type TarFileWriter } from '../../../../src/runtime/files/tar-stream.js';
import { listTreeEntries, writeTreeChunks } from '../../../../src/runtime/files/tree-chunks.js';
import { tempDirectories } from '../../support/temp-dir.js';

// Real tar: archives made by GNU tar --posix (as @actions/cache makes them), read as a stream, and the tree's
// chunk archives extracted by real tar and zstd while that stream is still being read.

const temp = tempDirectories('build-actions-streamed-chunks-');
afterEach(() => temp.cleanup());

/** The archive as it streams: its bytes in pieces of `piece` bytes (headers and data split anywhere). */
function pieces(bytes: Buffer, piece: number): AsyncIterable<Buffer> {
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += piece) parts.push(bytes.subarray(at, at + piece));
  return Readable.from(parts);
}

/** A sink that keeps every file's bytes, in the order the files came. */
function collecting(): { files: Array<[string, string]>; sink: (name: string) => Promise<TarFileWriter> } {
  const files: Array<[string, string]> = [];
  return {
    files,
    sink: async (name) => {
      const parts: Buffer[] = [];
      return { write: async (bytes) => void parts.push(Buffer.from(bytes)), end: async () => void files.push([name, Buffer.concat(parts).toString('utf8')]) };
    },
  };
}

function posixTar(cwd: string, names: string[]): Buffer {
  return execFileSync('tar', ['--posix', '-cf', '-', '-C', cwd, ...names], { maxBuffer: 64 * 1024 * 1024 });
}

describe('readTarStream', () => {
  it('hands over every regular file in order, with long names from PAX headers, whatever the piece size', async () => {
    const root = await temp.make();
    const long = `${'deep/'.repeat(30)}file-with-a-long-name.txt`;
    await mkdir(path.join(root, 'src', path.dirname(long)), { recursive: true });
    await writeFile(path.join(root, 'src/a.txt'), 'alpha');
    await writeFile(path.join(root, 'src', long), 'x'.repeat(1500));
    await writeFile(path.join(root, 'src/empty'), '');
    await symlink('a.txt', path.join(root, 'src/link'));
    const archive = posixTar(root, ['src/a.txt', `src/${long}`, 'src/empty', 'src/link']);
    for (const piece of [1, 7, 512, 100_000]) {
      const { files, sink } = collecting();
      expect(await readTarStream(pieces(archive, piece), sink)).toBe(3);
      expect(files).toEqual([['src/a.txt', 'alpha'], [`src/${long}`, 'x'.repeat(1500)], ['src/empty', '']]);
    }
  });

  it('skips a file its sink declines, and throws on an archive cut short', async () => {
    const root = await temp.make();
    await writeFile(path.join(root, 'one'), '1'.repeat(2000));
    await writeFile(path.join(root, 'two'), '2');
    const archive = posixTar(root, ['one', 'two']);
    const { files, sink } = collecting();
    expect(await readTarStream(pieces(archive, 300), async (name) => (name === 'one' ? undefined : sink(name)))).toBe(2);
    expect(files).toEqual([['two', '2']]);
    await expect(readTarStream(pieces(archive.subarray(0, 1800), 300), collecting().sink)).rejects.toThrow('the archive ends inside an entry (truncated)');
    await expect(readTarStream(pieces(archive.subarray(0, 512 * 4 + 512 * 2), 300), collecting().sink)).rejects.toThrow(/truncated/);
  });
});

/** A node_modules of `packages` packages with a link and an executable. */
async function writeTree(project: string, packages: number): Promise<void> {
  for (let i = 0; i < packages; i += 1) {
    const folder = path.join(project, 'node_modules', `pkg-${String(i).padStart(4, '0')}`, 'lib');
    await mkdir(folder, { recursive: true });
    for (let f = 0; f < 4; f += 1) await writeFile(path.join(folder, `file-${f}.js`), `module.exports = ${i * 10 + f};\n`.repeat(f + 1));
  }
  await mkdir(path.join(project, 'node_modules/.bin'), { recursive: true });
  await writeFile(path.join(project, 'node_modules/pkg-0000/run.js'), '#!/usr/bin/env node\n', { mode: 0o755 });
  await symlink('../pkg-0000/run.js', path.join(project, 'node_modules/.bin/run'));
}

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

/** A saved tree: its chunk folder inside `workspace`, and the outer archive of that folder as the cache client makes it. */
async function savedEntry(order?: (names: string[]) => string[]): Promise<{ project: string; staging: string; outer: Buffer; manifest: string[] }> {
  const workspace = await temp.make();
  const project = path.join(workspace, 'service');
  await writeTree(project, 120);
  const staging = path.join(project, '.chunks');
  const manifest = (await writeTreeChunks(project, ['node_modules'], staging, { minEntriesPerChunk: 50 })).chunks.map((chunk) => chunk.file);
  const names = ['manifest.json', ...manifest];
  const outer = posixTar(workspace, (order ?? ((list) => list))(names).map((name) => `service/.chunks/${name}`));
  return { project, staging, outer, manifest };
}

/** `ahead`: extractors started before the stream (as during the lookup). */
async function streamInto(outer: Buffer, target: string, ahead = 0) {
  const extraction = new StreamedChunkExtraction(target, path.join(target, '.listings'));
  if (ahead > 0) extraction.startExtractors(ahead);
  let error: unknown;
  await readTarStream(pieces(outer, 64 * 1024), extraction.sink).catch((thrown: unknown) => (error = thrown));
  return { result: await extraction.finish(), error };
}

describe('StreamedChunkExtraction with real tar and zstd', () => {
  it('gives back the same tree, with the manifest first or last in the stream, and lists every entry', async () => {
    const manifestLast = (names: string[]): string[] => [...names.slice(1), names[0]];
    const chunksBackwards = (names: string[]): string[] => [names[0], ...names.slice(1).reverse()];
    for (const order of [undefined, manifestLast, chunksBackwards]) {
      const { project, outer, manifest } = await savedEntry(order);
      expect(manifest).toHaveLength(4);
      const target = await temp.make();
      const { result, error } = await streamInto(outer, target);
      expect(error).toBeUndefined();
      expect(result).toMatchObject({ ok: true, chunks: 4 });
      expect(result.ok && result.members.length).toBe((await listTreeEntries(project, ['node_modules'])).length);
      // The extractors' listings are read and removed.
      expect(await readdir(path.join(target, '.listings'))).toEqual([]);
      expect(await describeTree(target)).toEqual(await describeTree(project));
    }
  });

  it("starts a chunk's extractor on its first bytes: files are on disk while the rest of that chunk is still held back", async () => {
    const { outer } = await savedEntry();
    const target = await temp.make();
    const extraction = new StreamedChunkExtraction(target, path.join(target, '.listings'));
    // The first chunk (after the manifest) holds node_modules and the first packages; half of the entry is about two chunks.
    const firstFile = path.join(target, 'node_modules/pkg-0000/lib/file-0.js');
    let seenWhileHeld = false;
    async function* heldBack(): AsyncIterable<Buffer> {
      yield outer.subarray(0, 4096 * 6);
      for (let waited = 0; waited < 10_000 && !seenWhileHeld; waited += 20) {
        seenWhileHeld = await lstat(firstFile).then(() => true, () => false);
        if (!seenWhileHeld) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      yield outer.subarray(4096 * 6);
    }
    await readTarStream(heldBack(), extraction.sink);
    expect(seenWhileHeld).toBe(true);
    expect(await extraction.finish()).toMatchObject({ ok: true, chunks: 4 });
  });

  it('a chunk missing from the entry, a manifest missing, a damaged chunk: each a problem, after every extractor ended', async () => {
    const { staging, outer, manifest } = await savedEntry((names) => names.filter((name) => name !== 'chunk-2.tar.zst'));
    const target = await temp.make();
    expect((await streamInto(outer, target)).result).toEqual({ ok: false, problem: 'chunk chunk-2.tar.zst is missing from the entry' });

    const noManifest = posixTar(path.dirname(path.dirname(staging)), manifest.map((name) => `service/.chunks/${name}`));
    expect((await streamInto(noManifest, await temp.make())).result).toEqual({ ok: false, problem: 'the entry has no manifest.json' });

    const chunk = path.join(staging, 'chunk-1.tar.zst');
    const bytes = await readFile(chunk);
    bytes.fill(0x41, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 64);
    await writeFile(chunk, bytes);
    const damaged = posixTar(path.dirname(path.dirname(staging)), ['manifest.json', ...manifest].map((name) => `service/.chunks/${name}`));
    const fresh = await temp.make();
    const { result } = await streamInto(damaged, fresh);
    expect(!result.ok && result.problem).toMatch(/^chunk chunk-1\.tar\.zst could not be extracted: /);
  });

  it('a stream cut short: the reader throws, and finish still waits for the extractors and reports the missing chunks', async () => {
    const { outer } = await savedEntry();
    const target = await temp.make();
    const extraction = new StreamedChunkExtraction(target, path.join(target, '.listings'));
    await expect(readTarStream(pieces(outer.subarray(0, Math.floor(outer.length * 0.6)), 4096), extraction.sink)).rejects.toThrow(/truncated/);
    const result = await extraction.finish();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^chunk chunk-[23]\.tar\.zst (is missing from the entry|could not be extracted: .+)$/);
    await rm(target, { recursive: true, force: true });
  });

  it('extractors started ahead take the chunks as they come (2 ahead of 4 chunks: the others start on their first bytes)', async () => {
    for (const ahead of [2, 4]) {
      const { project, outer } = await savedEntry((names) => [...names.slice(1), names[0]]);
      const target = await temp.make();
      const { result, error } = await streamInto(outer, target, ahead);
      expect(error).toBeUndefined();
      expect(result).toMatchObject({ ok: true, chunks: 4 });
      expect(await readdir(path.join(target, '.listings'))).toEqual([]);
      expect(await describeTree(target)).toEqual(await describeTree(project));
    }
  });

  it('extractors started ahead of an entry that never comes (a miss) end at finish: no listing, no process, nothing extracted', async () => {
    const target = await temp.make();
    const listings = path.join(target, '.listings');
    const extraction = new StreamedChunkExtraction(target, listings);
    extraction.startExtractors(3);
    expect((await readdir(listings)).length).toBeLessThanOrEqual(3);
    expect(await extraction.finish()).toEqual({ ok: false, problem: 'the entry has no manifest.json' });
    expect(await readdir(listings)).toEqual([]);
    expect(await readdir(target)).toEqual(['.listings']);
    const running = execFileSync('ps', ['-eo', 'args']).toString().split('\n').filter((line) => line.includes(listings));
    expect(running).toEqual([]);
  });

  it('a damaged chunk that an extractor started ahead took is named in the problem', async () => {
    const { staging, manifest } = await savedEntry();
    const chunk = path.join(staging, 'chunk-0.tar.zst');
    const bytes = await readFile(chunk);
    bytes.fill(0x41, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 64);
    await writeFile(chunk, bytes);
    const damaged = posixTar(path.dirname(path.dirname(staging)), ['manifest.json', ...manifest].map((name) => `service/.chunks/${name}`));
    const { result } = await streamInto(damaged, await temp.make(), 4);
    expect(!result.ok && result.problem).toMatch(/^chunk chunk-0\.tar\.zst could not be extracted: /);
  });

  it('takes only plain names from the stream: a chunk name that climbs out of the folder is skipped', async () => {
    const extraction = new StreamedChunkExtraction('/nonexistent-target', '/nonexistent-target/.listings');
    expect(await extraction.sink('service/.chunks/..', 10)).toBeUndefined();
    expect(await extraction.sink('service/.chunks/.hidden', 10)).toBeUndefined();
    expect(await extraction.finish()).toEqual({ ok: false, problem: 'the entry has no manifest.json' });
  });
});
