// Where C's time goes: a few more exact-hit runs per fixture with bench/support/trace-preload.cjs, which timestamps
// the action's output lines and child processes, broken down into phases (these runs are not in the samples).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startJob } from '../../../test/support/setup-deps-jobs.js';
import { median } from '../statistics.js';
import type { Bench, Fixture } from './model.js';
import { lpad, pad, say } from './printed.js';
import { BENCH_DIR, BENCH_ROOT, DIAGNOSTIC_RUNS } from './settings.js';

// ---- diagnostics: where C's time goes -----------------------------------------------------------------------------
interface TraceRecord { ms: number; kind: string; text: string }
export interface Breakdown {
  totalMs: number;
  phases: Record<string, number>;
  spawns: Array<{ ms: number; command: string }>;
}

function breakdown(trace: TraceRecord[], durationMs: number): Breakdown {
  const find = (kind: string, test: (text: string) => boolean, after = -1) => {
    const at = trace.findIndex((r, i) => i > after && r.kind === kind && test(r.text));
    return at;
  };
  const preload = trace.find((r) => r.kind === 'preload')?.ms ?? 0;
  const first = trace.find((r) => r.kind === 'stdout')?.ms ?? preload;
  const detectAt = find('stdout', (t) => t.startsWith('::group::Detect'));
  const detectEndAt = find('stdout', (t) => t.startsWith('::endgroup::'), detectAt);
  const restoreAt = find('stdout', (t) => t.startsWith('::group::Restore'));
  const restoreEndAt = find('stdout', (t) => t.startsWith('::endgroup::'), restoreAt);
  const lastOut = [...trace].reverse().find((r) => r.kind === 'stdout')?.ms ?? first;
  const exit = trace.find((r) => r.kind === 'process')?.ms ?? lastOut;
  const at = (i: number) => trace[i]?.ms ?? Number.NaN;
  const spawns = trace
    .filter((r) => r.kind === 'exit')
    .map((r) => {
      const match = /^([\d.]+)ms code=\S+ (.*)$/.exec(r.text);
      const command = (match?.[2] ?? r.text).replace(/runner-job-[^/\s]+\/temp\/[^/\s]+\//g, 'runner-job-*/temp/*/');
      return { ms: Number(match?.[1] ?? Number.NaN), command, endMs: r.ms };
    });
  const restoreSpawns = spawns.filter((s) => s.endMs > at(restoreAt) && s.endMs <= at(restoreEndAt));
  const tarSpawn = restoreSpawns.find((s) => /^(\S*\/)?tar /.test(s.command) && / -x/.test(s.command));
  const tarMs = tarSpawn?.ms ?? 0;
  const tarEnd = tarSpawn?.endMs ?? at(restoreAt);
  const phases: Record<string, number> = {
    'node start-up (to first JS)': preload,
    'bundle load + init (to first output line)': first - preload,
    'inputs, masking (to detect group)': at(detectAt) - first,
    'detect + toolchain probe (group)': at(detectEndAt) - at(detectAt),
    'keys (detect group end -> restore group)': at(restoreAt) - at(detectEndAt),
    'restore: lookup + download (to tar start)': tarEnd - tarMs - at(restoreAt),
    'restore: tar -x (unzstd) of the tree': tarMs,
    'restore: after tar (cleanup + tree check)': at(restoreEndAt) - tarEnd,
    'outputs + summary (to last line)': lastOut - at(restoreEndAt),
    'to process exit': exit - lastOut,
    'process teardown + spawn (harness)': durationMs - exit,
  };
  return { totalMs: durationMs, phases, spawns: spawns.map(({ ms, command }) => ({ ms, command })) };
}

/** Per fixture: the traced runs and their median phases and child processes (empty with BENCH_DIAGNOSTIC_RUNS=0). */
export type Diagnostics = Record<string, { runs: Breakdown[]; medianPhases: Record<string, number>; medianSpawns: Record<string, number> }>;

export async function traceExactHits(fixtures: Fixture[], bench: Bench): Promise<Diagnostics> {
  const { service, index, bundle } = bench;
  const diagnostics: Diagnostics = {};
  if (DIAGNOSTIC_RUNS > 0) {
    const tracePreload = join(BENCH_DIR, 'support/trace-preload.cjs');
    for (const f of fixtures) {
      const runs: Breakdown[] = [];
      for (let i = 0; i < DIAGNOSTIC_RUNS; i += 1) {
        await f.prepare(f.project, index);
        const job = await startJob(f.workspace, service, index);
        const traceFile = join(BENCH_ROOT, `trace-${f.name}-${i}.tsv`);
        const mainRun = await job.runMain(bundle.actionYml, { 'working-directory': 'service' }, { NODE_OPTIONS: `--require ${tracePreload}`, BENCH_TRACE_FILE: traceFile });
        await job.dispose();
        if (mainRun.outputs['cache-result'] !== 'exact') throw new Error(`${f.name}: traced run gave cache-result=${mainRun.outputs['cache-result']}`);
        const trace = (await readFile(traceFile, 'utf8')).split('\n').filter(Boolean).map((line) => {
          const [ms, kind, ...text] = line.split('\t');
          return { ms: Number(ms), kind: kind!, text: text.join('\t') };
        });
        runs.push(breakdown(trace, mainRun.durationMs));
      }
      const medianPhases = Object.fromEntries(Object.keys(runs[0]!.phases).map((phase) => [phase, median(runs.map((r) => r.phases[phase]!))]));
      const spawnNames = [...new Set(runs.flatMap((r) => r.spawns.map((s) => s.command)))];
      const medianSpawns = Object.fromEntries(spawnNames.map((name) => [name, median(runs.map((r) => r.spawns.filter((s) => s.command === name).reduce((sum, s) => sum + s.ms, 0)))]));
      diagnostics[f.name] = { runs, medianPhases, medianSpawns };
    }
  }
  return diagnostics;
}

export function printDiagnostics(fixtures: Fixture[], diagnostics: Diagnostics): void {
  if (DIAGNOSTIC_RUNS > 0) {
    say();
    say(`where C's time goes: median of ${DIAGNOSTIC_RUNS} traced runs per fixture (NODE_OPTIONS=--require bench/support/trace-preload.cjs; not in the samples above), ms`);
    const phases = Object.keys(diagnostics[fixtures[0]!.name]!.medianPhases);
    say(`${pad('phase', 46)} ${fixtures.map((f) => lpad(f.name, 10)).join(' ')}`);
    for (const phase of phases) say(`${pad(phase, 46)} ${fixtures.map((f) => lpad(diagnostics[f.name]!.medianPhases[phase]!.toFixed(0), 10)).join(' ')}`);
    say(`${pad('total (harness durationMs)', 46)} ${fixtures.map((f) => lpad(median(diagnostics[f.name]!.runs.map((r) => r.totalMs)).toFixed(0), 10)).join(' ')}`);
    say('child processes the action ran (median ms, summed per command line):');
    for (const f of fixtures) {
      for (const [command, ms] of Object.entries(diagnostics[f.name]!.medianSpawns)) say(`  ${pad(f.name, 10)} ${lpad(ms.toFixed(0), 6)}  ${command.length > 150 ? `${command.slice(0, 150)}…` : command}`);
    }
  }
}
