/**
 * A restore from GitHub's cache service (v2) without the @actions/cache client: one lookup call, then the archive
 * streamed from its signed URL straight into `tar -x` (no temporary archive, no worker process, no client bundle
 * to load). The entry is the one the client saved: the same version, the same tar and zstd, the same paths. Every
 * call runs under the same deadlines as the client's (core/cache/deadlines.ts).
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type https from 'node:https';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { findOverrun, type CacheDeadlines, type CallInFlight, type Overrun, type TransferProgress } from '../../core/cache/deadlines.js';
import {
  cacheEntryVersion,
  directCacheAccess,
  extractArguments,
  lookupBody,
  lookupUrl,
  readLookupReply,
  type DirectCacheAccess,
  type LookupReply,
} from '../../core/cache/service-protocol.js';
import { coalescedWrites } from '../files/coalesced-writes.js';
import { readTarStream } from '../files/tar-stream.js';
import { childEnding, endingDetail } from '../process/child-ending.js';
import { programOnPath } from '../process/program-on-path.js';
import type { ArchiveFileSink } from './cache-store.js';

/** Whether this Node decompresses zstd itself (22.15 and later); otherwise a `zstd -d` process does it. */
export function canStreamZstd(): boolean {
  return typeof (zlib as { createZstdDecompress?: unknown }).createZstdDecompress === 'function';
}

interface Decompressor {
  input: NodeJS.WritableStream;
  output: AsyncIterable<Buffer>;
  stop(error: Error): void;
  /** What the decompressor said when it failed (the zstd process's message), if it did. */
  problem(): string | undefined;
}

/** zstd decompression as a stream: Node's own where it has one (the actions' Node 24), else a `zstd -d` process. */
function zstdDecompressor(): Decompressor {
  if (canStreamZstd()) {
    // Large output pieces: the tar reader and the extractor pipes then handle a few hundred pieces, not thousands.
    // Large input pieces too: what the download brings while one piece decompresses goes in as one.
    const stream = zlib.createZstdDecompress({ chunkSize: 1024 * 1024 });
    const input = coalescedWrites(stream);
    input.on('error', () => undefined); // it fails with the decompressor, whose reader reports why
    return {
      input,
      output: stream,
      stop: (error) => {
        input.destroy(error);
        stream.destroy(error);
      },
      problem: () => undefined,
    };
  }
  const child = spawn('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let exit: number | null | undefined;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.on('error', () => undefined);
  child.on('error', (error) => (stderr ||= error.message));
  child.on('close', (code) => (exit = code));
  return {
    input: child.stdin,
    output: child.stdout,
    stop: (error) => {
      child.kill('SIGKILL');
      child.stdout.destroy(error);
    },
    problem: () => (exit !== 0 && stderr.trim() !== '' ? `zstd: ${stderr.trim().split('\n').slice(-1)[0]}` : undefined),
  };
}

export type DirectRestoreOutcome =
  | { kind: 'hit'; matchedKey: string; bytes: number }
  | { kind: 'miss' }
  | { kind: 'overrun'; overrun: Overrun }
  | { kind: 'failed'; message: string; fault: 'service' | 'archive' };

/** Whether `zstd` is an executable file in a PATH folder (the client picks zstd over gzip by running it). */
export function zstdOnPath(env: NodeJS.ProcessEnv = process.env): boolean {
  return programOnPath('zstd', env) !== undefined;
}

/** The direct access this process's environment allows, or undefined (the client does the restore). */
export function directAccessFromEnvironment(env: NodeJS.ProcessEnv = process.env): DirectCacheAccess | undefined {
  const decision = directCacheAccess(env, process.platform, zstdOnPath(env));
  return 'access' in decision ? decision.access : undefined;
}

const RETRY_DELAYS_MS = [1000, 2000];

/**
 * node:https, loaded on the first https call: it brings TLS (about 4 ms of a process's start, more with node:crypto
 * not yet loaded), which a cache service reached over plain http never needs.
 */
let httpsModule: typeof https | undefined;
function loadHttps(): typeof https {
  return (httpsModule ??= createRequire(import.meta.url)('node:https') as typeof https);
}

function request(url: string, options: http.RequestOptions, body?: string): http.ClientRequest {
  const transport = new URL(url).protocol === 'https:' ? loadHttps() : http;
  const sent = transport.request(url, options);
  sent.end(body);
  return sent;
}

/**
 * Watches one restore: the lookup under the metadata deadline, the download under the transfer deadline (a floor
 * plus the time its bytes would take at the minimum rate). `stop` is called once, when a deadline passes.
 */
class RestoreWatch {
  readonly inFlight: CallInFlight[] = [];
  transfer: TransferProgress | undefined;
  overrun: Overrun | undefined;
  private readonly timer: NodeJS.Timeout;
  private stops: Array<() => void> = [];

  constructor(deadlines: CacheDeadlines, now: () => number) {
    this.timer = setInterval(() => {
      if (this.overrun !== undefined) return;
      this.overrun = findOverrun(deadlines, this.inFlight, this.transfer, now());
      if (this.overrun !== undefined) for (const stop of this.stops) stop();
    }, 100);
  }

  onOverrun(stop: () => void): void {
    this.stops.push(stop);
  }

  end(): void {
    clearInterval(this.timer);
    this.stops = [];
  }
}

async function lookup(
  access: DirectCacheAccess,
  body: string,
  watch: RestoreWatch,
  now: () => number,
  whileLooking?: () => void,
): Promise<LookupReply> {
  for (let attempt = 0; ; attempt += 1) {
    const call: CallInFlight = { call: 'lookup', startedAt: now() };
    watch.inFlight.push(call);
    const reply = await new Promise<LookupReply>((resolve) => {
      const sent = request(
        lookupUrl(access.resultsUrl),
        { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${access.token}`, 'User-Agent': 'build-actions' } },
        body,
      );
      watch.onOverrun(() => sent.destroy());
      // Once the request is out (not before: the caller's work would hold it back), while the service answers.
      if (attempt === 0 && whileLooking !== undefined) sent.once('finish', whileLooking);
      sent.on('error', (error) => resolve({ problem: `Failed to GetCacheEntryDownloadURL: ${error.message}`, retry: false }));
      sent.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('error', (error) => resolve({ problem: `Failed to GetCacheEntryDownloadURL: ${error.message}`, retry: true }));
        response.on('end', () => resolve(readLookupReply(response.statusCode ?? 0, text)));
      });
    });
    watch.inFlight.splice(watch.inFlight.indexOf(call), 1);
    if (watch.overrun !== undefined || !('problem' in reply) || !reply.retry || attempt >= RETRY_DELAYS_MS.length) return reply;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
  }
}

/**
 * Where a downloaded archive goes: `input` takes its bytes, `stop` abandons it, and `done` settles once it has ended,
 * with what was wrong with the archive, or undefined.
 */
interface ArchiveConsumer {
  input: NodeJS.WritableStream;
  stop(error: Error): void;
  done: Promise<string | undefined>;
}

/** `tar -x` in `workspace`, as the client extracts its archive. */
function tarExtraction(workspace: string): ArchiveConsumer {
  const tar = spawn('tar', extractArguments(workspace), { cwd: workspace, stdio: ['pipe', 'ignore', 'pipe'] });
  tar.stdin.on('error', () => undefined); // tar gave up early: its exit says why
  return {
    input: tar.stdin,
    stop: () => {
      tar.kill('SIGKILL');
      tar.stdin.destroy();
    },
    done: childEnding(tar).then((ending) => (ending.code === 0 ? undefined : `tar failed to extract the cache archive: ${endingDetail(ending)}`)),
  };
}

/** zstd and a tar reader in-process, handing each file to `sink`: nothing is written here. */
function entryStream(sink: ArchiveFileSink): ArchiveConsumer {
  const unzstd = zstdDecompressor();
  return {
    input: unzstd.input,
    stop: (error) => unzstd.stop(error),
    done: readTarStream(unzstd.output, sink).then(
      () => undefined,
      (error: Error) => `the cache archive could not be extracted: ${unzstd.problem() ?? error.message}`,
    ),
  };
}

/** Downloads the archive at `url` under the transfer deadline into the consumer `consume` makes once the answer is 2xx. */
function download(url: string, consume: () => ArchiveConsumer, watch: RestoreWatch, now: () => number): Promise<DirectRestoreOutcome & { kind: 'hit' | 'failed' | 'overrun' }> {
  return new Promise((resolve) => {
    const call: CallInFlight = { call: 'download', startedAt: now() };
    watch.inFlight.push(call);
    const progress: TransferProgress = { startedAt: now(), bytes: 0 };
    watch.transfer = progress;
    let settled = false;
    const finish = (outcome: DirectRestoreOutcome & { kind: 'hit' | 'failed' | 'overrun' }): void => {
      if (settled) return;
      settled = true;
      watch.inFlight.splice(watch.inFlight.indexOf(call), 1);
      resolve(watch.overrun !== undefined ? { kind: 'overrun', overrun: watch.overrun } : outcome);
    };
    let consumer: ArchiveConsumer | undefined;
    let downloadProblem: string | undefined;
    const sent = request(url, { method: 'GET' });
    watch.onOverrun(() => {
      sent.destroy();
      consumer?.stop(new Error('abandoned'));
      // The consumer (a tar process, or writes in flight) has ended before the outcome is told.
      void (consumer?.done ?? Promise.resolve()).then(() => finish({ kind: 'overrun', overrun: watch.overrun! }));
    });
    sent.on('error', (error) => {
      downloadProblem ??= `the cache download failed: ${error.message}`;
      if (consumer === undefined) finish({ kind: 'failed', message: downloadProblem, fault: 'service' });
      else consumer.stop(error);
    });
    sent.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        response.resume();
        return finish({ kind: 'failed', message: `the cache download was answered ${status}`, fault: 'service' });
      }
      const into = (consumer = consume());
      response.on('data', (chunk: Buffer) => (progress.bytes += chunk.length));
      response.on('error', (error) => {
        downloadProblem ??= `the cache download stopped: ${error.message}`;
        into.stop(error);
      });
      response.on('close', () => {
        if (response.complete) return;
        downloadProblem ??= 'the cache download stopped before its end';
        into.stop(new Error(downloadProblem));
      });
      response.pipe(into.input);
      void into.done.then((archiveProblem) => {
        if (downloadProblem !== undefined) finish({ kind: 'failed', message: downloadProblem, fault: 'service' });
        else if (archiveProblem !== undefined) finish({ kind: 'failed', message: archiveProblem, fault: 'archive' });
        else finish({ kind: 'hit', matchedKey: '', bytes: progress.bytes });
      });
    });
  });
}

/**
 * Looks `primaryKey` (then the restore keys, by prefix) up and extracts the entry found into the workspace, or,
 * with `sink`, hands its files to the sink as they stream (nothing written by the restore itself: the caller
 * decides where each file goes, and may start working on one before the next arrives).
 * `paths` must be given exactly as the saving client was given them: they make the entry's version.
 */
export async function restoreDirect(
  access: DirectCacheAccess,
  paths: string[],
  primaryKey: string,
  restoreKeys: string[],
  deadlines: CacheDeadlines,
  options: { workspace?: string; now?: () => number; log?: (line: string) => void; sink?: ArchiveFileSink; whileLooking?: () => void } = {},
): Promise<DirectRestoreOutcome> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const workspace = options.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd();
  const watch = new RestoreWatch(deadlines, now);
  try {
    const reply = await lookup(access, lookupBody(primaryKey, restoreKeys, cacheEntryVersion(paths, 'zstd-without-long')), watch, now, options.whileLooking);
    if (watch.overrun !== undefined) return { kind: 'overrun', overrun: watch.overrun };
    if ('problem' in reply) return { kind: 'failed', message: reply.problem, fault: 'service' };
    if (!reply.found) return { kind: 'miss' };
    log(reply.matchedKey === primaryKey ? `Cache hit for: ${reply.matchedKey}` : `Cache hit for restore-key: ${reply.matchedKey}`);
    const sink = options.sink;
    const downloaded = await download(reply.downloadUrl, sink ? () => entryStream(sink) : () => tarExtraction(workspace), watch, now);
    if (downloaded.kind !== 'hit') return downloaded;
    log(`Cache Size: ~${Math.round(downloaded.bytes / (1024 * 1024))} MB (${downloaded.bytes} B)`);
    log('Cache restored successfully');
    return { ...downloaded, matchedKey: reply.matchedKey };
  } finally {
    watch.end();
  }
}
