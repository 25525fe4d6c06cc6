// Benchmark of quality-checks' concurrency: the wall time of the checks run in parallel against the same checks run
// one after another, and against the slowest single check alone, on the same fixture. `npx tsx bench/quality-checks.bench.ts`.
//
// Per fixture, interleaved P S and one run per single check in every round, 1 warm-up round + BENCH_ROUNDS (default 5):
//   P parallel    the dist/quality-checks bundle, max-parallel 2 (this machine's cores), checks lint,type-check,config
//   S sequential  the same bundle and checks with max-parallel 1: the sum of the checks, one after another
//   1 per check   the same bundle with checks set to that one check alone (lint, type-check)
// Each is the action's main step run as a runner runs it (test/support/runner.ts); the time is the harness's
// durationMs (spawn to exit of the action's Node process, so each variant includes the same ~0.2 s bundle start-up).
// Ratios are taken round by round (the machine's speed drifts) and reported as min / median / max.
// Untimed preparation: one `npm ci` of examples/node-service and one venv for the Python fixture, on tmpfs
// (/dev/shm); the checks read the projects and write nothing but their output.
// Fixtures: node = examples/node-service through its own lint and type-check scripts (ESLint with typescript-eslint,
// tsc); python = test/fixtures/projects/quality-python-errors (pylint and mypy from Debian through a venv).
// Environment: BENCH_ROUNDS (default 5), BENCH_FIXTURES (comma list of node, python; default both).
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summary } from './support/statistics.js';

const BENCH_ROOT = '/dev/shm/build-actions-quality-bench';
process.env.TMPDIR = join(BENCH_ROOT, 'tmp');

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const ACTION = join(REPO_ROOT, 'actions/quality-checks/action.yml');
const ROUNDS = Math.max(1, Number.parseInt(process.env.BENCH_ROUNDS ?? '5', 10) || 5);
const FIXTURES = (process.env.BENCH_FIXTURES ?? 'node,python').split(',').map((name) => name.trim()).filter(Boolean);
const CHECKS = ['lint', 'type-check'];

const { cleanProcessEnv, createRunnerJob, run } = await import('../test/support/runner.js');

interface Fixture {
  name: string;
  folder: string;
  prepare(destination: string, env: Record<string, string>): Promise<void>;
}

async function mustRun(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  const result = await run(command, args, { cwd, env, timeoutMs: 600_000 });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${result.stdout}\n${result.stderr}`);
}

const FIXTURE_KINDS: Fixture[] = [
  {
    name: 'node',
    folder: 'node-service',
    async prepare(destination, env) {
      const source = join(REPO_ROOT, 'examples/node-service');
      await cp(source, destination, { recursive: true, filter: (from) => !/\/(node_modules|dist)(\/|$)/.test(from.slice(source.length)) });
      await mustRun('npm', ['ci', '--no-audit', '--no-fund'], destination, env);
    },
  },
  {
    name: 'python',
    folder: 'python-errors',
    async prepare(destination, env) {
      await cp(join(REPO_ROOT, 'test/fixtures/projects/quality-python-errors'), destination, { recursive: true });
      await mustRun('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '.venv'], destination, env);
    },
  },
];

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const ratio = (value: number): string => `${value.toFixed(3)}x`;

await rm(BENCH_ROOT, { recursive: true, force: true });
await mkdir(join(BENCH_ROOT, 'tmp'), { recursive: true });
const workspace = join(BENCH_ROOT, 'workspace');
await mkdir(workspace, { recursive: true });
const emptyNpmrc = join(BENCH_ROOT, 'empty-npmrc');
await writeFile(emptyNpmrc, '');
const prepareEnv = { ...cleanProcessEnv(), TMPDIR: process.env.TMPDIR!, NPM_CONFIG_USERCONFIG: emptyNpmrc };

console.log(`quality-checks bench: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`workspace on tmpfs: ${workspace}; ${ROUNDS} rounds after 1 warm-up; fixtures ${FIXTURES.join(', ')}`);

for (const fixture of FIXTURE_KINDS.filter((kind) => FIXTURES.includes(kind.name))) {
  await fixture.prepare(join(workspace, fixture.folder), prepareEnv);
  const variants: Array<{ key: string; inputs: Record<string, string> }> = [
    { key: 'parallel', inputs: { checks: [...CHECKS, 'config'].join(','), 'max-parallel': '2' } },
    { key: 'sequential', inputs: { checks: [...CHECKS, 'config'].join(','), 'max-parallel': '1' } },
    ...CHECKS.map((check) => ({ key: check, inputs: { checks: check, 'max-parallel': '1' } })),
  ];
  console.log(`\n== ${fixture.name} (${fixture.folder}) ==`);
  for (const variant of variants) {
    const shown = Object.entries({ 'working-directory': fixture.folder, ...variant.inputs }).map(([name, value]) => `${name}=${value}`).join(' ');
    console.log(`  ${variant.key.padEnd(10)} dist/quality-checks/index.js with ${shown}`);
  }
  const times: Record<string, number[]> = Object.fromEntries(variants.map((variant) => [variant.key, []]));
  const overSlowest: number[] = [];
  const overSum: number[] = [];
  for (let round = 0; round <= ROUNDS; round += 1) {
    const measured: Record<string, number> = {};
    for (const variant of variants) {
      const job = await createRunnerJob({ workspace, env: { NPM_CONFIG_USERCONFIG: emptyNpmrc } });
      const step = await job.runMain(ACTION, { 'working-directory': fixture.folder, ...variant.inputs });
      await job.dispose();
      if (!/\| (lint|type-check) /.test(step.summary)) throw new Error(`${fixture.name} ${variant.key}: no checks ran:\n${step.stdout}\n${step.stderr}`);
      if (/crashed/.test(step.summary)) throw new Error(`${fixture.name} ${variant.key}: a check crashed:\n${step.summary}`);
      measured[variant.key] = step.durationMs;
    }
    const slowest = Math.max(...CHECKS.map((check) => measured[check]));
    const line = `${variants.map((variant) => `${variant.key} ${seconds(measured[variant.key])}`).join(', ')} (load ${loadavg()[0].toFixed(2)})`;
    if (round === 0) {
      console.log(`  warm-up: ${line}`);
      continue;
    }
    for (const variant of variants) times[variant.key].push(measured[variant.key]);
    overSlowest.push(measured.parallel / slowest);
    overSum.push(measured.parallel / measured.sequential);
    console.log(`  round ${round}: ${line}; parallel/slowest ${ratio(measured.parallel / slowest)}, parallel/sequential ${ratio(measured.parallel / measured.sequential)}`);
  }
  console.log('  medians (min / median / max):');
  for (const variant of variants) {
    const { min, median, max } = summary(times[variant.key]);
    console.log(`    ${variant.key.padEnd(10)} ${seconds(min)} / ${seconds(median)} / ${seconds(max)}`);
  }
  const slow = summary(overSlowest);
  const sum = summary(overSum);
  console.log(`  parallel / slowest single check: ${ratio(slow.min)} / ${ratio(slow.median)} / ${ratio(slow.max)} (target: within 1.15x)`);
  console.log(`  parallel / sequential (sum):     ${ratio(sum.min)} / ${ratio(sum.median)} / ${ratio(sum.max)}`);
}
await rm(BENCH_ROOT, { recursive: true, force: true });
