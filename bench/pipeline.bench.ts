// The whole pipeline as a user runs it: the local command's `run` (the bundle dist/cli/index.js under Node 24) on a
// copy of examples/node-service in a git checkout, cold against warm, interleaved pairs in the same run (see
// /work/shared/benchmarking.md). `npm run build && npx tsx bench/pipeline.bench.ts` (root, for the image variant).
//
// Each round, 1 warm-up round + BENCH_ROUNDS (default 3), the variants interleaved:
//   C4 cold, four stages   a fresh copy (no node_modules, no dist, no test results), an empty local cache directory:
//                          `run service --stages setup-deps,quality-checks,test,build --cache-dir <empty>`
//   W4 warm, four stages   the same command again on the unchanged project (its own cache directory, now full)
//   C5 cold, five stages   the same with a Dockerfile (test/fixtures/images/node-service.Dockerfile: busybox stand-ins
//                          for npm ci and tsc, nothing can be pulled here) on a fresh engine (its own data root, only
//                          the base image): `run service --cache-dir <empty>`, the image built and checked, not pushed
//   W5 warm, five stages   again on the same engine (a developer's engine keeps its images) and the same cache
// The npm download store (~/.npm) is kept between runs, as on a developer's machine (the local command does not
// cache it): cold means an empty local cache, no node_modules and no build outputs, not an empty download store.
// Times: the process, spawn to exit; per stage, the seconds column of the stage table the run prints; outside stages,
// the rest (start-up, the post steps that save the caches and the layers, the summary). Ratios are
// W/C of the same round: min / median / max. Everything (projects, caches, TMPDIR, HOME) is on tmpfs (/dev/shm).
// Environment: BENCH_ROUNDS (default 3); BENCH_IMAGE=auto|true|false (auto: the five-stage variants when a Docker
// engine can be started here, as the tests start one).
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spread } from './support/statistics.js';

const ROUNDS = Math.max(1, Number.parseInt(process.env.BENCH_ROUNDS ?? '3', 10) || 3);
const IMAGE = process.env.BENCH_IMAGE ?? 'auto';
const STAGES = ['setup-deps', 'quality-checks', 'test', 'build', 'publish-image'] as const;

const { commitAll } = await import('../test/support/build-projects.js');
const { dockerPrerequisiteProblem } = await import('../test/support/docker-engine.js');
const { copyFixture } = await import('../test/support/fixture-copy.js');
const { freshEngine, REPO_ROOT } = await import('../test/support/image-jobs.js');
const { cleanProcessEnv, resolveNode24, run } = await import('../test/support/runner.js');

const problem = dockerPrerequisiteProblem();
if (IMAGE === 'true' && problem) throw new Error(`BENCH_IMAGE=true, but no Docker engine can be started here: ${problem}`);
const withImage = IMAGE !== 'false' && problem === undefined;

const ROOT = '/dev/shm/build-actions-bench-pipeline';
const CLI = join(REPO_ROOT, 'dist/cli/index.js');
const node = await resolveNode24();

/** The stage table's seconds and cache column, by stage (a stage that did not run is absent). */
function stageTable(stdout: string): Record<string, { seconds: number; cache: string }> {
  const table = stdout.slice(stdout.indexOf('== Pipeline: '));
  const rows: Record<string, { seconds: number; cache: string }> = {};
  for (const stage of STAGES) {
    const match = new RegExp(`^ {2}${stage} +.*? {2,}(\\d+\\.\\d) s {2,}(\\S.*)$`, 'm').exec(table);
    if (match) rows[stage] = { seconds: Number(match[1]), cache: match[2].trim() };
  }
  return rows;
}

interface Sample {
  seconds: number;
  stages: Record<string, { seconds: number; cache: string }>;
}

/** The run's seconds that no stage row counts: start-up, the post steps (cache saves, layer save), the summary. */
function outsideStages(sample: Sample): number {
  return sample.seconds - Object.values(sample.stages).reduce((sum, stage) => sum + stage.seconds, 0);
}

const HOME = join(ROOT, 'home');
const npmrc = join(ROOT, 'empty-npmrc');

async function runOnce(workspace: string, cacheDir: string, args: string[], env: Record<string, string>): Promise<Sample> {
  const tmp = join(workspace, 'tmp');
  await mkdir(tmp, { recursive: true });
  const started = performance.now();
  const result = await run(node, [CLI, 'run', 'service', '--cache-dir', cacheDir, ...args], {
    cwd: workspace, timeoutMs: 900_000,
    env: { ...cleanProcessEnv(), HOME, NPM_CONFIG_USERCONFIG: npmrc, NPM_CONFIG_UPDATE_NOTIFIER: 'false', TMPDIR: tmp, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.exitCode !== 0) throw new Error(`run failed (exit ${result.exitCode}) in ${workspace}:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-2000)}`);
  return { seconds, stages: stageTable(result.stdout) };
}

/** A fresh git checkout of the example as `service`, with the test Dockerfile when `image`. */
async function checkout(name: string, image: boolean): Promise<string> {
  const workspace = join(ROOT, name);
  await rm(workspace, { recursive: true, force: true });
  const service = await copyFixture(join(REPO_ROOT, 'examples/node-service'), join(workspace, 'service'));
  if (image) {
    await cp(join(REPO_ROOT, 'test/fixtures/images/node-service.Dockerfile'), join(service, 'Dockerfile'));
    await writeFile(join(service, '.dockerignore'), 'node_modules\n.git\n');
  }
  await writeFile(join(workspace, '.gitignore'), 'node_modules/\ndist/\ncoverage/\ntest-results/\ntmp/\n');
  await commitAll(workspace);
  return workspace;
}

const FOUR = ['--stages', 'setup-deps,quality-checks,test,build'];
const variants = withImage ? (['C4', 'W4', 'C5', 'W5'] as const) : (['C4', 'W4'] as const);
type Variant = (typeof variants)[number];
const samples = new Map<Variant, Sample[]>(variants.map((variant) => [variant, []]));
const ratios: Record<'4' | '5', number[]> = { 4: [], 5: [] };
const loads: string[] = [];

await rm(ROOT, { recursive: true, force: true });
await mkdir(HOME, { recursive: true });
await writeFile(npmrc, '');
const describe = (sample: Sample): string =>
  `${sample.seconds.toFixed(1)} s (${STAGES.filter((stage) => sample.stages[stage]).map((stage) => `${stage} ${sample.stages[stage].seconds.toFixed(1)} ${sample.stages[stage].cache}`).join(', ')}; outside stages ${outsideStages(sample).toFixed(1)})`;

console.log(`# bench/pipeline.bench.ts, ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
console.log(`# bundle ${CLI} under ${node}; files on tmpfs under ${ROOT}; ${ROUNDS} rounds + 1 warm-up; variants ${variants.join(' ')}${withImage ? '' : ` (no image variants: ${problem ?? 'BENCH_IMAGE=false'})`}`);
try {
  for (let round = 0; round <= ROUNDS; round += 1) {
    const label = round === 0 ? 'warm-up' : `round ${round}/${ROUNDS}`;
    const four = await checkout('four', false);
    await rm(join(ROOT, 'cache-four'), { recursive: true, force: true });
    const c4 = await runOnce(four, join(ROOT, 'cache-four'), FOUR, {});
    const w4 = await runOnce(four, join(ROOT, 'cache-four'), FOUR, {});
    const line: string[] = [`C4 ${describe(c4)}`, `W4 ${describe(w4)}`];
    let c5: Sample | undefined;
    let w5: Sample | undefined;
    if (withImage) {
      const five = await checkout('five', true);
      await rm(join(ROOT, 'cache-five'), { recursive: true, force: true });
      const engine = await freshEngine();
      try {
        c5 = await runOnce(five, join(ROOT, 'cache-five'), [], engine.env);
        w5 = await runOnce(five, join(ROOT, 'cache-five'), [], engine.env);
      } finally {
        await engine.stop();
      }
      if (!c5.stages['publish-image'] || !w5.stages['publish-image']) throw new Error('publish-image did not run in a five-stage variant');
      line.push(`C5 ${describe(c5)}`, `W5 ${describe(w5)}`);
    }
    const load = loadavg()[0].toFixed(2);
    console.log(`${label}\n  ${line.join('\n  ')}\n  load average ${load}`);
    if (round === 0) continue;
    loads.push(load);
    samples.get('C4')!.push(c4);
    samples.get('W4')!.push(w4);
    ratios[4].push(w4.seconds / c4.seconds);
    if (c5 && w5) {
      samples.get('C5' as Variant)!.push(c5);
      samples.get('W5' as Variant)!.push(w5);
      ratios[5].push(w5.seconds / c5.seconds);
    }
  }

  console.log(`\nresults, seconds over ${ROUNDS} rounds (min / median / max; the warm-up round is not counted)`);
  console.log(['variant'.padEnd(22), ...['whole run', ...STAGES, 'outside stages'].map((cell) => cell.padStart(20))].join(''));
  const names: Record<Variant, string> = { C4: 'C4 cold, 4 stages', W4: 'W4 warm, 4 stages', C5: 'C5 cold, 5 stages', W5: 'W5 warm, 5 stages' };
  for (const variant of variants) {
    const list = samples.get(variant)!;
    const cells = [
      spread(list.map((sample) => sample.seconds), 1),
      ...STAGES.map((stage) => spread(list.flatMap((sample) => (sample.stages[stage] ? [sample.stages[stage].seconds] : [])), 1)),
      spread(list.map(outsideStages), 1),
    ];
    console.log(`${names[variant].padEnd(22)}${cells.map((cell) => cell.padStart(20)).join('')}`);
  }
  const caches = (variant: Variant): string => STAGES.map((stage) => `${stage} ${[...new Set(samples.get(variant)!.map((sample) => sample.stages[stage]?.cache ?? '—'))].join('|')}`).join(', ');
  for (const variant of variants) console.log(`  cache column ${variant}: ${caches(variant)}`);
  console.log(`\nwarm/cold of the same round (min / median / max)`);
  console.log(`  four stages  W4/C4 ${spread(ratios[4], 2)}   rounds: ${ratios[4].map((ratio) => ratio.toFixed(2)).join(' ')}`);
  if (withImage) console.log(`  five stages  W5/C5 ${spread(ratios[5], 2)}   rounds: ${ratios[5].map((ratio) => ratio.toFixed(2)).join(' ')}`);
  console.log(`load average (1 min) after each round: ${loads.join(' ')}`);
} finally {
  await rm(ROOT, { recursive: true, force: true });
}
