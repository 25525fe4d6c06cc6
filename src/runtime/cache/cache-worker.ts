/**
 * The child side of a bounded cache call (see actions-cache-store.ts): runs one restoreCache or saveCache
 * of the real @actions/cache client, and tells the parent over IPC which HTTP call is in flight and how many
 * bytes the transfers have moved, so the parent can abandon the call by killing this process group.
 */
import * as cache from '@actions/cache';
import dc from 'node:diagnostics_channel';
import { rmSync } from 'node:fs';
import type { ClientRequest } from 'node:http';
import type { Socket } from 'node:net';
import { cacheCallName, isTransfer, type CacheCallName } from '../../core/cache/deadlines.js';

export type CacheWorkerRequest =
  | { op: 'restore'; paths: string[]; primaryKey: string; restoreKeys: string[] }
  | { op: 'save'; paths: string[]; key: string };

export type CacheWorkerMessage =
  | { kind: 'start'; id: number; call: CacheCallName }
  | { kind: 'end'; id: number }
  | { kind: 'bytes'; bytes: number }
  | { kind: 'result'; value: string | number | null }
  | { kind: 'thrown'; name: string; message: string };

export async function runCacheWorker(): Promise<void> {
  const send = (message: CacheWorkerMessage): Promise<void> =>
    new Promise((resolve) => (process.send ? process.send(message, undefined, {}, () => resolve()) : resolve()));
  const live = new Map<number, () => number>();
  let finishedBytes = 0;
  let nextId = 0;
  dc.subscribe('http.client.request.start', (message) => {
    const request = (message as { request: ClientRequest }).request;
    const id = (nextId += 1);
    const call = cacheCallName(request.method, request.path);
    void send({ kind: 'start', id, call });
    let counted = (): number => 0;
    if (isTransfer(call)) {
      request.on('socket', (socket: Socket) => {
        const read = socket.bytesRead;
        const written = socket.bytesWritten;
        counted = () => socket.bytesRead - read + (socket.bytesWritten - written);
        live.set(id, () => counted());
      });
    }
    request.on('close', () => {
      finishedBytes += counted();
      live.delete(id);
      void send({ kind: 'end', id });
    });
  });
  const progress = setInterval(() => {
    let bytes = finishedBytes;
    for (const count of live.values()) bytes += count();
    void send({ kind: 'bytes', bytes });
  }, 200);
  progress.unref();

  // Started ahead of its call (prepare): if the parent ends without asking, leave nothing behind.
  const unasked = (): void => {
    const temp = process.env.BUILD_ACTIONS_WORKER_TEMP;
    if (temp) rmSync(temp, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('disconnect', unasked);
  if (!process.connected) unasked();
  const request = await new Promise<CacheWorkerRequest>((resolve) => process.once('message', (value) => resolve(value as CacheWorkerRequest)));
  process.off('disconnect', unasked);
  let answer: CacheWorkerMessage;
  try {
    const value =
      request.op === 'restore'
        ? await cache.restoreCache(request.paths, request.primaryKey, request.restoreKeys)
        : await cache.saveCache(request.paths, request.key);
    answer = { kind: 'result', value: value ?? null };
  } catch (error) {
    answer = { kind: 'thrown', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
  }
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  await send(answer);
  // The client may keep idle sockets open: the parent has its answer, so nothing here is worth waiting for.
  process.exit(0);
}
