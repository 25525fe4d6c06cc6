// Benchmark of publish-image's layer cache: a rebuild after a source-only change on a fresh engine with the layers
// restored from the Actions cache (W), against the cold build of the same change (C). `npx tsx bench/publish-image.bench.ts`
// (needs `npm run build` first: it runs the dist/publish-image bundle, as a runner does).
//
// Each round, 1 warm-up round + BENCH_ROUNDS (default 3), interleaved C then W:
//   C cold  a fresh dockerd (its own data root, the base image loaded), an empty cache service: build the Node example's
//           multi-stage Dockerfile (test/fixtures/images/node-service.Dockerfile); then its post step saves the layers
//           (untimed).
//   W warm  the sources change (a line appended to src/app.ts, untimed); another fresh dockerd; the same action restores
//           the layers from the cache service, `docker load`s them and builds with --cache-from.
// Both run with push: false and scan: none (the push would cost both the same) and the build arg DEPS_WORK_KB
// (default 256): the dependency stage does that much CPU work per lockfile entry (517 entries), standing in for
// `npm ci` in a base image that has no Node, so the dependency layer dominates the cold build, as the issue asks.
// The time is the harness's durationMs of the main step (spawn to exit of the bundle's Node process): for W it
// includes the cache restore and `docker load`. Ratios are W/C of the same round, reported as min / median / max.
// Environment: BENCH_ROUNDS (default 3), DEPS_WORK_KB (default 256), DEPS_FILES (default 0: files of 8 KiB the
// dependency step also writes per lockfile entry; 22 adds 11,374 files, a real service's node_modules). The engines'
// data roots, the workspace and the cache service's blobs live under TMPDIR: on this machine's root disk (ext4
// without a journal, slow at creating files) `docker load` pays for that disk; TMPDIR on a journaled ext4 loop mount
// stands for a runner's disk (/work/shared/benchmarking.md). The disk is printed with the results.
import { execFileSync } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { spread } from './support/statistics.js';

const ROUNDS = Math.max(1, Number.parseInt(process.env.BENCH_ROUNDS ?? '3', 10) || 3);
const DEPS_WORK_KB = process.env.DEPS_WORK_KB ?? '256';
const DEPS_FILES = process.env.DEPS_FILES ?? '0';

const { startCacheService } = await import('../test/support/cache-service.js');
const { freshEngine, prepareNodeService, PUBLISH_IMAGE_ACTION } = await import('../test/support/image-jobs.js');
const { createRunnerJob } = await import('../test/support/runner.js');

const scratch = await mkdtemp(join(tmpdir(), 'publish-image-bench-'));
const service = await startCacheService({ maxLifetimeMs: 90 * 60_000 });
const inputs = { 'working-directory': 'service', image: 'bench-service', push: 'false', scan: 'none', 'build-args': `DEPS_WORK_KB=${DEPS_WORK_KB}\nDEPS_FILES=${DEPS_FILES}` };
const cold: number[] = [];
const warm: number[] = [];
const ratios: number[] = [];
const layerNotes: string[] = [];

try {
  for (let round = 0; round <= ROUNDS; round += 1) {
    const workspace = join(scratch, `round-${round}`);
    await prepareNodeService(join(workspace, 'service'));
    await appendFile(join(workspace, 'service/src/app.ts'), `\n// round ${round}\n`);
    service.deleteEntries();
    const job = await createRunnerJob({ workspace, env: service.env() });
    const first = await freshEngine();
    const c = await job.runMain(PUBLISH_IMAGE_ACTION, inputs, first.env);
    if (c.exitCode !== 0) throw new Error(`cold build failed:\n${c.stdout.slice(-3000)}`);
    const post = await job.runPost(PUBLISH_IMAGE_ACTION, c, first.env);
    if (post.exitCode !== 0 || service.entries().length !== 1) throw new Error(`the post step did not save the layers:\n${post.stdout.slice(-2000)}`);
    await first.stop();

    await appendFile(join(workspace, 'service/src/app.ts'), `\n// a source-only change\n`);
    const second = await freshEngine();
    const w = await job.runMain(PUBLISH_IMAGE_ACTION, inputs, second.env);
    if (w.exitCode !== 0 || w.outputs['cache-result'] !== 'hit') throw new Error(`warm build failed or missed the cache (${w.outputs['cache-result']}):\n${w.stdout.slice(-3000)}`);
    await second.stop();
    await job.dispose();
    const layers = /Layers \| ([^|]+)\|/.exec(w.summary)?.[1]?.trim() ?? '?';
    const line = `round ${round}${round === 0 ? ' (warm-up)' : ''}: C ${(c.durationMs / 1000).toFixed(1)} s, W ${(w.durationMs / 1000).toFixed(1)} s, W/C ${(w.durationMs / c.durationMs).toFixed(2)} (warm layers: ${layers}); load ${loadavg()[0].toFixed(1)}`;
    console.log(line);
    const phases = (summary: string) => [...summary.matchAll(/^\| ((?:Restore|Build|Search|Scan|Push)[^|]*) \| ([\d.]+ s) \|$/gm)].map((m) => `${m[1].replace(/ \S+:\S+$/, '')} ${m[2]}`).join(', ');
    console.log(`  C phases: ${phases(c.summary)}\n  W phases: ${phases(w.summary)}`);
    if (round === 0) continue;
    cold.push(c.durationMs / 1000);
    warm.push(w.durationMs / 1000);
    ratios.push(w.durationMs / c.durationMs);
    layerNotes.push(layers);
    await rm(workspace, { recursive: true, force: true });
  }
  const disk = execFileSync('df', ['--output=source,fstype,target', tmpdir()], { encoding: 'utf8' }).trim().split('\n').pop()?.trim().split(/\s+/) ?? [];
  console.log(`\npublish-image layer cache, ${ROUNDS} rounds, ${cpus().length} cores, DEPS_WORK_KB=${DEPS_WORK_KB}, DEPS_FILES=${DEPS_FILES}, TMPDIR ${tmpdir()} on ${disk.join(' ')} (min / median / max)`);
  console.log(`  C cold build, fresh engine, empty cache      ${spread(cold, 1)} s`);
  console.log(`  W source-only change, fresh engine, restored ${spread(warm, 1)} s`);
  console.log(`  W/C                                          ${spread(ratios)}   (target <= 0.30)`);
} finally {
  await service.close();
  await rm(scratch, { recursive: true, force: true });
}
