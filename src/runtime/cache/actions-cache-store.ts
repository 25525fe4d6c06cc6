import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  CACHE_DEADLINES_VARIABLE,
  describeCacheDeadlines,
  findOverrun,
  isTransfer,
  parseCacheDeadlines,
  type CacheDeadlines,
  type CallInFlight,
  type Overrun,
  type TransferProgress,
} from '../../core/cache/deadlines.js';
import type { ArchiveFileSink, CacheRestoreResult, CacheSaveResult, CacheStore } from './cache-store.js';
import { loggedArchiveBytes, loggedFault, loggedLine, relayClientLine, type CapturedLog } from './client-log-capture.js';
import type { CacheWorkerMessage, CacheWorkerRequest } from './cache-worker.js';
import { directAccessFromEnvironment, restoreDirect, type DirectRestoreOutcome } from './direct-restore.js';
import type { DirectCacheAccess } from '../../core/cache/service-protocol.js';

export interface ActionsCacheStoreOptions {
  now?: () => number;
  /** The value of BUILD_ACTIONS_CACHE_DEADLINES (default: read from the environment). */
  deadlines?: string;
  /** The cache-worker bundle (default: dist/cache-worker/index.js beside the running bundle). */
  workerScript?: string;
  /**
   * Restores through the service directly (direct-restore.ts) rather than the client, when the environment allows
   * it (default: read from the environment; null: always the client).
   */
  directAccess?: DirectCacheAccess | null;
}

type WorkerOutcome =
  | { kind: 'result'; value: string | number | null }
  | { kind: 'thrown'; name: string; message: string }
  | { kind: 'overrun'; overrun: Overrun }
  | { kind: 'failed'; message: string };

function defaultWorkerScript(): string {
  return process.env.BUILD_ACTIONS_CACHE_WORKER || path.join(path.dirname(process.argv[1] ?? '.'), '..', 'cache-worker', 'index.js');
}

function stopProcessTree(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Runs one client call in a child process under the deadlines. @actions/cache runs its retries, sleeps and
 * sockets inside whatever process calls it, and offers no way to cancel; racing its promise in-process would
 * leave its retry timers (about 30 s of them) holding the step open and its sockets alive. A child in its own
 * process group can be stopped whole (sockets, tar, timers) at the deadline, and its temporary folder (the
 * client's partial archive) removed with it.
 */
/** A worker process started ahead of its call, waiting for its request (its bundle loads meanwhile). */
interface SpareWorker {
  child: ChildProcess;
  temp: string;
}

async function startWorker(script: string): Promise<SpareWorker> {
  const temp = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'cache-call-'));
  const child = spawn(process.execPath, [script], {
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // BUILD_ACTIONS_WORKER_TEMP: a worker never asked removes its own folder when this process goes away.
    env: { ...process.env, RUNNER_TEMP: temp, BUILD_ACTIONS_WORKER_TEMP: temp },
  });
  // Until it is asked, a spare must not keep this process alive.
  child.unref();
  child.channel?.unref();
  (child.stdout as unknown as { unref?: () => void } | null)?.unref?.();
  (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  child.on('error', () => undefined);
  return { child, temp };
}

async function callInWorker(
  worker: SpareWorker,
  request: CacheWorkerRequest,
  deadlines: CacheDeadlines,
  now: () => number,
  log: CapturedLog,
): Promise<WorkerOutcome> {
  const { child, temp } = worker;
  child.ref();
  child.channel?.ref();
  try {
    return await new Promise<WorkerOutcome>((resolve) => {
      const inFlight = new Map<number, CallInFlight>();
      let transfer: TransferProgress | undefined;
      let answer: WorkerOutcome | undefined;
      let settled = false;
      const settle = (outcome: WorkerOutcome): void => {
        if (settled) return;
        settled = true;
        clearInterval(watchdog);
        resolve(outcome);
      };
      createInterface({ input: child.stdout! }).on('line', (line) => relayClientLine(log, line, (text) => process.stdout.write(text)));
      child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
      child.on('message', (message: CacheWorkerMessage) => {
        if (message.kind === 'start') {
          inFlight.set(message.id, { call: message.call, startedAt: now() });
          if (isTransfer(message.call)) transfer ??= { startedAt: now(), bytes: 0 };
        } else if (message.kind === 'end') inFlight.delete(message.id);
        else if (message.kind === 'bytes') {
          if (transfer) transfer.bytes = message.bytes;
        } else answer = message;
      });
      child.on('error', (error) => settle({ kind: 'failed', message: `the cache client could not start: ${error.message}` }));
      child.on('close', (code, signal) => settle(answer ?? { kind: 'failed', message: `the cache client ended (${signal ?? `exit code ${code}`}) without an answer` }));
      if (child.exitCode !== null || child.signalCode !== null) {
        settle({ kind: 'failed', message: `the cache client ended (${child.signalCode ?? `exit code ${child.exitCode}`}) before it was asked` });
      }
      const watchdog = setInterval(() => {
        const overrun = findOverrun(deadlines, [...inFlight.values()], transfer, now());
        if (overrun === undefined) return;
        stopProcessTree(child);
        settle({ kind: 'overrun', overrun });
      }, 100);
      child.send(request);
    });
  } finally {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The GitHub Actions cache, through the real @actions/cache client, every call under a deadline. */
export function createActionsCacheStore(options: ActionsCacheStoreOptions = {}): CacheStore {
  const now = options.now ?? Date.now;
  let deadlines: CacheDeadlines | undefined;
  let setupProblem: string | undefined;
  try {
    deadlines = parseCacheDeadlines(options.deadlines ?? process.env[CACHE_DEADLINES_VARIABLE]);
  } catch (error) {
    setupProblem = (error as Error).message;
  }
  /** Set once a call was abandoned: the service is not asked again in this process. */
  let down: string | undefined;
  const script = options.workerScript ?? defaultWorkerScript();
  /** A worker started by prepare(), for the next call. */
  let spare: Promise<SpareWorker> | undefined;
  const direct = options.directAccess === undefined ? directAccessFromEnvironment() : (options.directAccess ?? undefined);

  /** Why the service is not asked at all: the deadlines could not be read, or a call was abandoned earlier. */
  const refusal = (): string | undefined => {
    if (setupProblem !== undefined || deadlines === undefined) return setupProblem ?? 'no deadlines';
    return down === undefined ? undefined : `not asked, because earlier in this job ${down}`;
  };
  const call = async (request: CacheWorkerRequest, log: CapturedLog): Promise<WorkerOutcome> => {
    const refused = refusal();
    if (refused !== undefined || deadlines === undefined) return { kind: 'failed', message: refused ?? 'no deadlines' };
    const worker = await (spare ?? startWorker(script));
    spare = undefined;
    const outcome = await callInWorker(worker, request, deadlines, now, log);
    if (outcome.kind === 'overrun') down = outcome.overrun.message;
    return outcome;
  };
  const abandoned = (overrun: Overrun): string => `${overrun.message}; the call was abandoned and the cache is not used again in this job`;
  const directResult = (outcome: DirectRestoreOutcome, started: number): CacheRestoreResult => {
    const milliseconds = now() - started;
    if (outcome.kind === 'overrun') {
      down = outcome.overrun.message;
      return { outcome: 'error', milliseconds, message: abandoned(outcome.overrun), fault: 'service' };
    }
    if (outcome.kind === 'failed') return { outcome: 'error', milliseconds, message: outcome.message, fault: outcome.fault };
    if (outcome.kind === 'miss') return { outcome: 'miss', milliseconds };
    return { outcome: 'hit', matchedKey: outcome.matchedKey, bytes: outcome.bytes, milliseconds };
  };
  const restoreStreamed =
    direct !== undefined
      ? async (paths: string[], primaryKey: string, sink: ArchiveFileSink, whileLooking?: () => void): Promise<CacheRestoreResult> => {
          const started = now();
          const refused = refusal();
          if (refused !== undefined || deadlines === undefined) return { outcome: 'error', milliseconds: 0, message: refused ?? 'no deadlines', fault: 'service' };
          return directResult(await restoreDirect(direct, paths, primaryKey, [], deadlines, { now, sink, whileLooking }), started);
        }
      : undefined;

  return {
    description: 'GitHub Actions cache',
    bounds: deadlines ? describeCacheDeadlines(deadlines) : undefined,
    deleteHint: (_paths: string[], key: string) => `gh cache delete ${key}`,
    ...(restoreStreamed ? { restoreStreamed } : {}),
    prepare() {
      // The client's bundle takes a good part of a second to load: it loads while the caller works out its keys.
      // A direct restore needs no client, so none is started for it (saves start their own).
      if (direct === undefined && spare === undefined && setupProblem === undefined && down === undefined) spare = startWorker(script);
    },
    async restore(paths, primaryKey, restoreKeys): Promise<CacheRestoreResult> {
      const started = now();
      if (direct !== undefined && deadlines !== undefined && down === undefined) {
        return directResult(await restoreDirect(direct, paths, primaryKey, restoreKeys, deadlines, { now }), started);
      }
      const log: CapturedLog = { lines: [] };
      const outcome = await call({ op: 'restore', paths, primaryKey, restoreKeys }, log);
      const milliseconds = now() - started;
      if (outcome.kind === 'overrun') return { outcome: 'error', milliseconds, message: abandoned(outcome.overrun), fault: 'service' };
      if (outcome.kind !== 'result') return { outcome: 'error', milliseconds, message: outcome.message, fault: 'service' };
      const fault = loggedFault(log);
      if (fault !== undefined) return { outcome: 'error', milliseconds, message: fault, fault: faultKind(fault) };
      if (typeof outcome.value !== 'string') return { outcome: 'miss', milliseconds };
      return { outcome: 'hit', matchedKey: outcome.value, bytes: loggedArchiveBytes(log), milliseconds };
    },
    async save(paths, key): Promise<CacheSaveResult> {
      const started = now();
      const log: CapturedLog = { lines: [] };
      const outcome = await call({ op: 'save', paths, key }, log);
      const milliseconds = now() - started;
      if (outcome.kind === 'overrun') return { outcome: 'error', milliseconds, message: abandoned(outcome.overrun) };
      if (outcome.kind !== 'result') return { outcome: 'error', milliseconds, message: outcome.message };
      const bytes = loggedArchiveBytes(log) ?? sizeFromDebugLog(log.lines);
      if (typeof outcome.value === 'number' && outcome.value !== -1) return { outcome: 'saved', bytes, milliseconds };
      // Every failed reservation is logged alike ("another job may be creating this cache"); only the
      // client's debug line names the cause, and only a 409 means the entry exists.
      const cause = loggedLine(log, /Failed to reserve cache: /)?.replace(/^.*Failed to reserve cache: (Error: )?/, '');
      if (cause !== undefined && /\(409\)|already_exists|already exists/i.test(cause)) {
        return { outcome: 'exists', milliseconds, message: `an entry with key ${key} already exists` };
      }
      const message = cause ?? loggedFault(log) ?? loggedLine(log, /Failed to save: /)?.replace(/^.*Failed to save: /, '') ?? 'the cache client did not save the entry';
      return { outcome: 'error', milliseconds, message: message.replace(/%0A/g, ' ') };
    },
  };
}

/** A tar or zstd failure is one bad archive; anything else is the service failing. */
function faultKind(message: string): 'service' | 'archive' {
  return /\btar\b|zstd|extract/i.test(message) ? 'archive' : 'service';
}

function sizeFromDebugLog(lines: string[]): number | undefined {
  for (const line of lines) {
    const match = /File Size: (\d+)/.exec(line);
    if (match) return Number(match[1]);
  }
  return undefined;
}
