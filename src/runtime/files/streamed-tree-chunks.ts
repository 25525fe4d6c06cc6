import { mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CHUNK_MANIFEST_FILE, parseChunkManifest } from '../../core/deps/tree-chunks.js';
import type { TarFileWriter } from './tar-stream.js';
import { judgeExtraction, startChunkExtractor, type ChunkExtraction, type ChunkExtractor, type ChunkOutcome, type RestoredTimes } from './tree-chunks.js';

/** A chunk or manifest name as the save writes them: a plain file name, nothing that climbs out of the folder. */
const PLAIN_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * Bytes that may wait in memory for the extractors: past this, the download waits for the chunk being written.
 * Below it, the download runs ahead of the extraction, so every chunk's extractor starts as its first bytes arrive.
 */
const BUFFERED_BYTES_LIMIT = 256 * 1024 * 1024;

/**
 * Extracts a tree's chunk archives while its cache entry still streams in (see CacheStore.restoreStreamed): each
 * chunk's bytes go straight into its own `tar -x` as they arrive (nothing is written to disk first), so all the
 * chunks extract at once while the rest downloads. Each chunk makes its own folders, so the order of the entry's
 * files does not matter; the manifest, wherever it comes, judges the whole at the end, as extractTreeChunks does.
 */
export class StreamedChunkExtraction {
  private manifestText: string | undefined;
  private readonly outcomes = new Map<string, Promise<ChunkOutcome>>();
  /** Extractors whose input is still open: a restore that stopped half way leaves some, and finish closes them. */
  private readonly open = new Set<NodeJS.WritableStream>();

  private staging: Promise<unknown> | undefined;

  /** Extractors started before any chunk came (startExtractors): each takes the next chunk, and its name then. */
  private readonly waiting: Array<{ extractor: ChunkExtractor; chunk: { name: string } }> = [];

  /**
   * `listings`: a folder for the extractors' listings (made when the first chunk comes; the caller removes it).
   * `times`: the modification times the restored files get (see RestoredTimes).
   */
  constructor(
    private readonly directory: string,
    private readonly listings: string,
    private readonly times: RestoredTimes = 'saved',
  ) {}

  /**
   * Starts `count` extractors now, before the entry's first chunk comes: called while the lookup is in flight, so a
   * chunk's first bytes meet a running tar instead of waiting 2 to 5 ms for one to start (on the process's one
   * thread, which the download also needs). finish stops those no chunk came for.
   */
  startExtractors(count: number): void {
    mkdirSync(this.listings, { recursive: true });
    this.staging ??= Promise.resolve();
    for (let index = 0; index < count; index += 1) {
      const chunk = { name: 'none (started ahead of the entry)' };
      const listing = path.join(this.listings, `extractor-${this.waiting.length}.list`);
      this.waiting.push({ extractor: startChunkExtractor(() => chunk.name, this.directory, listing, { times: this.times }), chunk });
    }
  }

  /** The sink for the restore: takes the manifest and the chunk files, skips anything else. */
  readonly sink = async (name: string, _size: number): Promise<TarFileWriter | undefined> => {
    const base = name.split('/').pop() ?? '';
    if (!PLAIN_NAME.test(base) || this.outcomes.has(base)) return undefined;
    if (base === CHUNK_MANIFEST_FILE) return this.manifestWriter();
    await (this.staging ??= mkdir(this.listings, { recursive: true }));
    return this.chunkWriter(base);
  };

  private manifestWriter(): TarFileWriter {
    const parts: Buffer[] = [];
    return {
      write: async (bytes) => void parts.push(Buffer.from(bytes)),
      end: async () => void (this.manifestText = Buffer.concat(parts).toString('utf8')),
    };
  }

  private buffered(): number {
    let bytes = 0;
    for (const input of this.open) bytes += (input as NodeJS.WritableStream & { writableLength?: number }).writableLength ?? 0;
    return bytes;
  }

  private chunkWriter(base: string): TarFileWriter {
    const ahead = this.waiting.shift();
    if (ahead !== undefined) ahead.chunk.name = base;
    const extractor = ahead?.extractor ?? startChunkExtractor(base, this.directory, path.join(this.listings, `${base}.list`), { times: this.times });
    const input = extractor.input!;
    this.outcomes.set(base, extractor.done);
    this.open.add(input);
    let ended = false;
    void extractor.done.then(() => {
      ended = true;
      this.open.delete(input);
    });
    return {
      write: async (bytes) => {
        if (ended) return; // tar gave up: its outcome says why
        if (input.write(bytes) || this.buffered() < BUFFERED_BYTES_LIMIT) return;
        await new Promise<void>((resolve) => {
          input.once('drain', resolve);
          void extractor.done.then(() => resolve());
        });
      },
      end: async () => {
        this.open.delete(input);
        input.end();
      },
    };
  }

  /**
   * Waits for every extractor (call it once the restore has ended, whatever its outcome: an input still open is
   * closed, and its tar fails on the cut archive), then judges the whole against the manifest.
   */
  async finish(): Promise<ChunkExtraction> {
    for (const input of this.open) input.end();
    this.open.clear();
    // Extractors no chunk came for: their input ends empty, and their failure says nothing about the entry.
    const unused = this.waiting.splice(0).map(({ extractor }) => (extractor.input?.end(), extractor.done));
    await Promise.all(unused);
    const outcomes = new Map<string, ChunkOutcome>();
    for (const [file, outcome] of this.outcomes) outcomes.set(file, await outcome);
    const reading = parseChunkManifest(this.manifestText);
    if ('problem' in reading) return { ok: false, problem: reading.problem };
    return judgeExtraction(reading.manifest, outcomes);
  }
}
