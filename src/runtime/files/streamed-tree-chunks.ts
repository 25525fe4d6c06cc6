import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { CHUNK_MANIFEST_FILE, parseChunkManifest, type ChunkManifest } from '../../core/deps/tree-chunks.js';
import type { TarFileWriter } from './tar-stream.js';
import { extractChunk, extractorCount, makeChunkParents, type ChunkExtraction } from './tree-chunks.js';

/** A chunk or manifest name as the save writes them: a plain file name, nothing that climbs out of the folder. */
const PLAIN_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * Extracts a tree's chunk archives while its cache entry still streams in (see CacheStore.restoreStreamed): each
 * chunk is written to `staging` as it arrives and handed to an extractor as soon as it is whole and the manifest is
 * known, up to `width` extractors at once, so the first chunks extract while the last ones download. The same
 * checks as extractTreeChunks: a missing manifest or chunk, or a chunk that fails, is a problem for `finish`.
 */
export class StreamedChunkExtraction {
  private manifest: ChunkManifest | undefined;
  private manifestProblem: string | undefined;
  private readonly whole = new Set<string>();
  private readonly started = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private readonly failures: string[] = [];
  private parents: Promise<void> | undefined;
  /** Chunk files still being written: a restore that stopped half way leaves them open, and finish closes them. */
  private readonly open = new Set<FileHandle>();

  constructor(
    private readonly staging: string,
    private readonly directory: string,
    private readonly width: number = extractorCount(),
  ) {}

  /** The sink for the restore: takes the manifest and the chunk files, skips anything else. */
  readonly sink = async (name: string, _size: number): Promise<TarFileWriter | undefined> => {
    const base = name.split('/').pop() ?? '';
    if (!PLAIN_NAME.test(base)) return undefined;
    if (base === CHUNK_MANIFEST_FILE) return this.manifestWriter();
    await mkdir(this.staging, { recursive: true });
    const handle = await open(path.join(this.staging, base), 'w');
    return this.chunkWriter(handle, base);
  };

  private manifestWriter(): TarFileWriter {
    const parts: Buffer[] = [];
    return {
      write: async (bytes) => void parts.push(Buffer.from(bytes)),
      end: async () => {
        const reading = parseChunkManifest(Buffer.concat(parts).toString('utf8'));
        if ('problem' in reading) this.manifestProblem = reading.problem;
        else {
          this.manifest = reading.manifest;
          this.parents = makeChunkParents(reading.manifest, this.directory);
          this.pump();
        }
      },
    };
  }

  private chunkWriter(handle: FileHandle, base: string): TarFileWriter {
    this.open.add(handle);
    return {
      write: async (bytes) => {
        await handle.write(bytes);
      },
      end: async () => {
        this.open.delete(handle);
        await handle.close();
        this.whole.add(base);
        this.pump();
      },
    };
  }

  /** Starts extractors for the whole chunks the manifest lists, while fewer than `width` run. */
  private pump(): void {
    const manifest = this.manifest;
    if (manifest === undefined) return;
    for (const chunk of manifest.chunks) {
      if (this.running.size >= this.width) return;
      if (!this.whole.has(chunk.file) || this.started.has(chunk.file)) continue;
      this.started.add(chunk.file);
      const extraction = (async () => {
        await this.parents;
        const failure = await extractChunk(path.join(this.staging, chunk.file), chunk.file, this.directory);
        if (failure !== undefined) this.failures.push(failure);
      })().finally(() => {
        this.running.delete(extraction);
        this.pump();
      });
      this.running.add(extraction);
    }
  }

  /** Waits for every extractor (call it once the restore has ended, whatever its outcome), then judges the whole. */
  async finish(): Promise<ChunkExtraction> {
    for (const handle of this.open) await handle.close().catch(() => undefined);
    this.open.clear();
    this.pump();
    while (this.running.size > 0) {
      await Promise.race(this.running);
      this.pump();
    }
    if (this.manifest === undefined) return { ok: false, problem: this.manifestProblem ?? `the entry has no ${CHUNK_MANIFEST_FILE}` };
    const missing = this.manifest.chunks.find((chunk) => !this.whole.has(chunk.file));
    if (missing !== undefined) return { ok: false, problem: `chunk ${missing.file} is missing from the entry` };
    if (this.failures.length > 0) return { ok: false, problem: this.failures.join('; ') };
    return { ok: true, chunks: this.manifest.chunks.length };
  }
}
