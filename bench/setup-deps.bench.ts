// Benchmark of setup-deps' exact hit against a cold install, the store-only approach of actions/setup-node and
// actions/setup-python, and the raw extraction of the same archive (the floor). `npm run bench`; see bench/README.md.
//
// Per fixture, interleaved A B C D in every round, 1 warm-up round + BENCH_ROUNDS (default 5):
//   A cold        empty download store, then the install our action runs (npm ci / python -m venv + pip install)
//   B store-only  restore the download store with the real @actions/cache client (an ncc bundle run under Node 24,
//                 as setup-node/setup-python do), then the same install
//   C exact hit   the dist/setup-deps bundle (main step), run as a runner runs it (test/support/runner.ts), against
//                 the cache service stand-in that holds the tree entry; every run must report cache-result=exact
//   D floor       tar -x of the very archive C restores, nothing else
// Untimed between runs: a fresh copy of the project without its tree, an emptied HOME (so an empty store), a fresh
// runner job. Only the measured command is timed (A, B, D: spawn to exit of the command; C: the harness's
// durationMs, spawn to exit of the action's Node process). Everything lives on tmpfs under BENCH_ROOT.
//
// Environment: BENCH_ROUNDS (default 5), BENCH_FIXTURES (comma list of npm, pip, pip-large; default all),
// BENCH_DIAGNOSTIC_RUNS (traced C runs per fixture after the rounds, default 3), BENCH_BUNDLE (worktree | head:
// which dist/setup-deps to run; default worktree, snapshotted at start so a rebuild during the run cannot mix),
// BENCH_FS (tmpfs | ext4: ext4 mounts a journaled ext4 image, kept on tmpfs, at BENCH_ROOT through a loop device,
// as a runner's disk; needs root; results then go to setup-deps-<date>-ext4.json).
// The parts live in bench/support/setup-deps/ (settings, fixtures and their cold job, the variants, BENCH_ROOT and its
// disk, the traced diagnostics, the report); this file runs them in order: claim, prepare, rounds, report.
// First: settings points TMPDIR at tmpfs before the test support is loaded (modules run in the order imported).
import { BENCH_ROOT, EXT4_IMAGE, EXT4_IMAGE_BYTES, FILE_SYSTEM, ROUNDS, SERVER_LIFETIME_MS } from './support/setup-deps/settings.js';
import { mkdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { startCacheService } from '../test/support/cache-service.js';
import { buildFixtureWheels, defaultFixtureWheelsDir, SYSTEM_WHEELS_DIR } from '../test/support/fixture-wheels.js';
import { startPackageIndex } from '../test/support/package-index.js';
import { resolveNode24 } from '../test/support/runner.js';
import { claimBenchRoot, cleanup, cleanUpOnSignals, mountOf, servers } from './support/setup-deps/bench-root.js';
import { bundleRestoreScript, snapshotBundle } from './support/setup-deps/bundle.js';
import { coldJob } from './support/setup-deps/cold-job.js';
import { traceExactHits } from './support/setup-deps/diagnostics.js';
import { collectLargeWheels, FIXTURES } from './support/setup-deps/fixtures.js';
import { VARIANTS, type Bench, type Fixture, type Variant } from './support/setup-deps/model.js';
import { pad, r2, s3, say } from './support/setup-deps/printed.js';
import { cpuSnapshot, otherProcessesCores, output } from './support/setup-deps/processes.js';
import { report } from './support/setup-deps/report.js';
import { printCommands, runVariant } from './support/setup-deps/variants.js';

cleanUpOnSignals();

async function main(): Promise<void> {
  const selected = (process.env.BENCH_FIXTURES ?? 'npm,pip,pip-large').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of selected) if (!FIXTURES.some((f) => f.name === name)) throw new Error(`BENCH_FIXTURES: unknown fixture '${name}' (npm, pip, pip-large)`);

  const ext4Features = await claimBenchRoot();
  const mount = mountOf(BENCH_ROOT);
  if (FILE_SYSTEM === 'tmpfs' && mount.fsType !== 'tmpfs') throw new Error(`${BENCH_ROOT} is on ${mount.fsType} (${mount.mountPoint}), not tmpfs: see /work/shared/benchmarking.md`);
  if (FILE_SYSTEM === 'ext4' && (mount.fsType !== 'ext4' || mount.mountPoint !== BENCH_ROOT)) throw new Error(`${BENCH_ROOT} should be the ext4 image's mount point, but is on ${mount.fsType} at ${mount.mountPoint}`);
  const fileSystem = FILE_SYSTEM === 'tmpfs'
    ? `tmpfs (mounted at ${mount.mountPoint})`
    : `a journaled ext4 image (${EXT4_IMAGE}, ${EXT4_IMAGE_BYTES / 2 ** 30} GiB sparse, mkfs.ext4 defaults, features: ${ext4Features}) on a loop device, mounted at ${BENCH_ROOT}`;
  const startedAt = new Date();
  const node24 = await resolveNode24();
  const bundle = await snapshotBundle();
  const bundleRoot = dirname(dirname(dirname(bundle.actionYml)));
  const restoreScript = await bundleRestoreScript();

  const versions = {
    host_node: process.version,
    action_node: await output(node24, ['--version']),
    npm: await output('npm', ['--version'], { env: { ...process.env, NPM_CONFIG_USERCONFIG: '/dev/null' } }),
    python3: await output('python3', ['--version']),
    zstd: (await output('zstd', ['--version'])).replace(/^\*+\s*/, ''),
    tar: (await output('tar', ['--version'])).split('\n')[0]!,
  };

  say(`setup-deps benchmark, ${startedAt.toISOString()}`);
  say(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map(r2).join(' ')}`);
  say(`versions: action Node ${versions.action_node}, node on PATH ${versions.host_node}, npm ${versions.npm}, ${versions.python3}, ${versions.zstd}, ${versions.tar}`);
  say(`files: everything (workspaces, HOMEs and download stores, RUNNER_TEMP, TMPDIR, cache service storage, archives) under ${BENCH_ROOT}, on ${fileSystem}`);
  say(`bundle: dist/setup-deps/index.js from the ${bundle.source}, copied to ${bundleRoot} (sha256 ${bundle.sha256.slice(0, 16)}…, ` +
    `${bundle.headBlob === undefined ? 'HEAD unknown' : bundle.headBlob === bundle.gitBlob ? 'same as HEAD\'s' : `DIFFERS from HEAD ${bundle.head?.slice(0, 10)}'s (uncommitted rebuild)`})`);
  say(`method: per fixture A B C D interleaved in each round; 1 warm-up round (discarded) + ${ROUNDS} rounds; untimed preparation between runs`);

  // Servers: the cache service stand-in and the local Python index (fixture wheels, Debian's wheels, the large set).
  const wheels = defaultFixtureWheelsDir();
  await buildFixtureWheels(wheels);
  const wheelDirs = [wheels, SYSTEM_WHEELS_DIR];
  const fixtures: Fixture[] = [];
  const definitions = FIXTURES.filter((f) => selected.includes(f.name));
  if (definitions.some((f) => f.name === 'pip-large')) {
    const largeWheels = join(BENCH_ROOT, 'pip-large-wheels');
    const problem = await collectLargeWheels(largeWheels);
    if (problem) {
      say(`pip-large: SKIPPED (${problem})`);
      definitions.splice(definitions.findIndex((f) => f.name === 'pip-large'), 1);
    } else {
      wheelDirs.push(largeWheels);
    }
  }
  await mkdir(join(BENCH_ROOT, 'cache-service'), { recursive: true });
  const [service, index] = await Promise.all([
    startCacheService({ storageDir: join(BENCH_ROOT, 'cache-service'), maxLifetimeMs: SERVER_LIFETIME_MS }),
    startPackageIndex({ wheelDirs, maxLifetimeMs: SERVER_LIFETIME_MS }),
  ]);
  servers.service = service;
  servers.index = index;
  const bench: Bench = { node24, bundle, bundleRoot, restoreScript, service, index };
  say(`servers: cache service stand-in ${service.url} (storage under ${BENCH_ROOT}/cache-service), Python index ${index.url} (${index.wheels().length} wheels)`);
  await mkdir(join(BENCH_ROOT, 'archives'), { recursive: true });

  // Populate the cache: one cold job per fixture (main + post), as a first CI run would.
  say();
  say('populating the cache: one cold job (main + post) per fixture');
  for (const definition of definitions) fixtures.push(await coldJob(definition, service, index, bundle.actionYml));

  // The commands.
  say();
  printCommands(fixtures, bench);

  // Rounds.
  say();
  const roundLoads: number[] = [];
  const roundOtherCores: number[] = [];
  for (let round = 0; round <= ROUNDS; round += 1) {
    const label = round === 0 ? 'warm-up' : `round ${round}/${ROUNDS}`;
    const cells: string[] = [];
    const before = cpuSnapshot();
    for (const f of fixtures) {
      const times: Partial<Record<Variant, number>> = {};
      for (const variant of VARIANTS) times[variant] = await runVariant(f, variant, bench);
      if (round > 0) for (const variant of VARIANTS) f.samples[variant].push(times[variant]!);
      cells.push(`${f.name} A ${s3(times.A!)} B ${s3(times.B!)} C ${s3(times.C!)} D ${s3(times.D!)}`);
    }
    if (round === 0) for (const f of fixtures) f.parts = { restore: [], install: [] };
    const load = loadavg()[0]!;
    const otherCores = otherProcessesCores(before, cpuSnapshot());
    if (round > 0) {
      roundLoads.push(load);
      roundOtherCores.push(otherCores);
    }
    say(`${pad(label, 12)} ${cells.join(' | ')}   (load ${r2(load)}, other processes ${r2(otherCores)} cores)`);
  }

  // Diagnostics: where C's time goes (traced runs, not part of the samples).
  const diagnostics = await traceExactHits(fixtures, bench);

  await report(fixtures, diagnostics, bench, { startedAt, versions, mount, fileSystem, roundLoads, roundOtherCores });
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
