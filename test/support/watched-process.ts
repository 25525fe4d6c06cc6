// Long-lived helper programs for the end-to-end tests (dockerd, docker-registry, verdaccio): started under a
// watchdog on a free port of 127.0.0.1, waited for, and stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

export async function waitFor(what: string, check: () => Promise<boolean>, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited early:\n${log().slice(-3000)}`);
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not become ready in ${timeoutMs} ms:\n${log().slice(-3000)}`);
}

/**
 * Runs a long-lived program under a watchdog: it is killed when this process exits, or after maxLifetimeMs.
 * The watchdog is `sh` with fixed arguments (the program and its argument array are passed as "$@").
 */
export function spawnWatched(program: string, args: string[], maxLifetimeMs: number, env: NodeJS.ProcessEnv): ChildProcess {
  const script = 'parent=$1; life=$2; shift 2; "$@" & child=$!; ' +
    'trap \'kill -TERM $child 2>/dev/null; wait $child; exit 0\' TERM INT; ' +
    'waited=0; while kill -0 $parent 2>/dev/null && kill -0 $child 2>/dev/null && [ $waited -lt $life ]; do sleep 1 & wait $!; waited=$((waited+1)); done; ' +
    'kill -TERM $child 2>/dev/null; wait $child';
  return spawn('sh', ['-c', script, 'watchdog', String(process.pid), String(Math.ceil(maxLifetimeMs / 1000)), program, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
}

export async function stopChild(child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const closed = new Promise((resolve) => child.once('close', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await closed;
  clearTimeout(timer);
}

