// The processes the setup-deps bench runs and what it reads of the machine: timed commands, a step's environment,
// the entries of a tree, the CPU other processes take.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { run } from '../../../test/support/runner.js';
import type { Command, RunnerJob } from './model.js';
import { REPO_ROOT, STEP_TIMEOUT_MS } from './settings.js';

export const execFileAsync = promisify(execFile);

export async function timed(command: Command, cwd: string, env: Record<string, string>): Promise<number> {
  const started = process.hrtime.bigint();
  const result = await run(command.command, command.args, { env, cwd, timeoutMs: STEP_TIMEOUT_MS });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.exitCode !== 0) {
    throw new Error(`${show(command)} failed in ${cwd} (exit code ${result.exitCode}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  }
  return seconds;
}

export async function output(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const { stdout } = await execFileAsync(command, args, { cwd: options.cwd ?? REPO_ROOT, env: options.env, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

export function show(command: Command): string {
  return [command.command, ...command.args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The environment a workflow `run:` step of this job gets (without its file-command paths): captured untimed. */
export async function stepEnvironment(job: RunnerJob): Promise<Record<string, string>> {
  const result = await job.runStep('env', ['-0']);
  if (result.exitCode !== 0) throw new Error(`env -0 failed: ${result.stderr}`);
  const env: Record<string, string> = {};
  for (const entry of result.stdout.split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) delete env[name];
  return env;
}

/** Files, folders and links under `dir` (not following links), as `find dir -mindepth 1 | wc -l` counts them. */
export async function countEntries(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let count = 0;
  const pending = [dir];
  while (pending.length) {
    const current = pending.pop()!;
    for (const entry of await readdir(current, { withFileTypes: true })) {
      count += 1;
      if (entry.isDirectory()) pending.push(join(current, entry.name));
    }
  }
  return count;
}

/** CPU time of the whole machine (/proc/stat) and of this process with its waited-for descendants (/proc/self/stat), in ticks. */
export interface CpuSnapshot { wallNs: bigint; machineTicks: number; ownTicks: number }
export function cpuSnapshot(): CpuSnapshot {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
  const own = readFileSync('/proc/self/stat', 'utf8');
  const fields = own.slice(own.lastIndexOf(')') + 2).split(' ').map(Number); // fields from the 3rd (state) on
  const [utime = 0, stime = 0, cutime = 0, cstime = 0] = fields.slice(11, 15);
  return { wallNs: process.hrtime.bigint(), machineTicks: user + nice + system + irq + softirq + steal, ownTicks: utime + stime + cutime + cstime };
}
/** Average cores used by everything but the bench and its children between two snapshots (USER_HZ = 100). */
export function otherProcessesCores(a: CpuSnapshot, b: CpuSnapshot): number {
  const seconds = Number(b.wallNs - a.wallNs) / 1e9;
  const other = (b.machineTicks - a.machineTicks) - (b.ownTicks - a.ownTicks);
  return Math.max(0, other / 100 / seconds);
}

export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}
