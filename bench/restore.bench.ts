// setup-deps' exact hit against single-stream `tar -x` and store-only, on trees of 1k, 10k and 50k files (issue 13).
// Usage: tsx bench/restore.bench.ts   (root needed for the ext4 image; about 20 minutes with the defaults)
//   BENCH_ROUNDS=5 (after 1 warm-up round)   BENCH_DISKS=ext4,root   BENCH_TREES=1k,10k,50k,npm
//   BENCH_TRACE=1: one more traced exact hit per tree; BENCH_CPU_PROFILE=<dir>: with a V8 CPU profile of it written there
//   BENCH_BASELINE=<dir>: a folder holding another version's actions/ and dist/ (e.g. `git archive <commit> actions dist`);
//      its exact hit runs as variant B in the same rounds, against the same entries, and B/E is reported
// Per disk and tree, interleaved in each round (untimed between runs: the project's node_modules removed):
//   E  exact hit: dist/setup-deps/index.js run as a runner runs it (Node 24, INPUT_* env) against the cache service
//      stand-in of the e2e tests, holding the tree the same bundle's post step saved; timed from just before the
//      process is started until it has exited (the harness's reading of the step's files afterwards is not counted)
//   T  single stream: `tar --use-compress-program 'zstd -d' -xf tree.tar.zst -C <project>` of the same tree
//   S  store-only (npm tree only): `npm ci --no-audit --no-fund` with the npm cache warm (left by the cold job)
// Reports medians, E/T and S/E per round (medians of the per-round ratios), and a least-squares fit of E and T
// against the number of files (the intercept is the fixed part).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { CacheService } from '../test/support/cache-service.js';
import type { RunnerJob } from '../test/support/runner.js';

const execFileAsync = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const ACTION = join(REPO_ROOT, 'actions/setup-deps/action.yml');
const BASELINE = process.env.BENCH_BASELINE ? join(process.env.BENCH_BASELINE, 'actions/setup-deps/action.yml') : undefined;
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5;
const DISKS = (process.env.BENCH_DISKS ?? 'ext4,root').split(',').filter(Boolean);
const TREES = (process.env.BENCH_TREES ?? '1k,10k,50k,npm').split(',').filter(Boolean);
const EXT4_IMAGE = '/tmp/build-actions-restore-bench.img';
const EXT4_MOUNT = '/tmp/build-actions-restore-bench-ext4';
const ROOT_DIR = '/var/tmp/build-actions-restore-bench';

const { startCacheService } = await import('../test/support/cache-service.js');
const { createRunnerJob, resolveNode24 } = await import('../test/support/runner.js');
const { copyFixture } = await import('../test/support/fixture-copy.js');

const out: string[] = [];
const say = (line = ''): void => {
  out.push(line);
  console.log(line);
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const s3 = (ms: number): string => (ms / 1000).toFixed(3);
const spread = (values: number[]): string => `${s3(Math.min(...values))} / ${s3(median(values))} / ${s3(Math.max(...values))}`;
/** Per-round ratios: their median, and their range. */
const ratios = (values: number[]): string => `${median(values).toFixed(2)}x (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;

async function sh(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return (await execFileAsync(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();
}

async function timed(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  const started = performance.now();
  await sh(command, args, options);
  return performance.now() - started;
}

/** Files (not folders) under `dir`, as `find -type f` counts them. */
async function countFiles(dir: string): Promise<number> {
  return Number(await sh('sh', ['-c', 'find "$1" -type f | wc -l', 'sh', dir]));
}

/** `files` files in packages of 10 (package.json, index.js, 8 modules under lib/), 0.5-4 KB each. */
async function generatePackages(nodeModules: string, files: number): Promise<void> {
  for (let p = 0; p * 10 < files; p += 1) {
    const name = `gen-${String(p).padStart(5, '0')}`;
    const lib = join(nodeModules, name, 'lib');
    await mkdir(lib, { recursive: true });
    const writes = [writeFile(join(nodeModules, name, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js' }))];
    writes.push(writeFile(join(nodeModules, name, 'index.js'), `module.exports = require('./lib/m0.js');\n`));
    for (let m = 0; m < 8 && p * 10 + 2 + m < files + 2; m += 1) {
      writes.push(writeFile(join(lib, `m${m}.js`), `// ${name} module ${m}\n${`exports.v${m} = ${p * 31 + m};\n`.repeat(20 + ((p * 7 + m * 13) % 180))}`));
    }
    await Promise.all(writes);
  }
}

type Variant = 'E' | 'B' | 'T' | 'S';

interface Tree {
  name: string;
  disk: string;
  project: string;
  job: RunnerJob;
  archive: string;
  files: number;
  samples: Record<Variant, number[]>;
}

async function prepareDisk(disk: string): Promise<{ root: string; note: string }> {
  if (disk === 'ext4') {
    await execFileAsync('umount', [EXT4_MOUNT]).catch(() => undefined);
    await rm(EXT4_IMAGE, { force: true });
    await writeFile(EXT4_IMAGE, '');
    await truncate(EXT4_IMAGE, 8 * 2 ** 30);
    await sh('mkfs.ext4', ['-q', '-F', EXT4_IMAGE]);
    const features = /features:\s*(.*)/.exec(await sh('dumpe2fs', ['-h', EXT4_IMAGE]))?.[1] ?? '';
    if (!/\bhas_journal\b/.test(features)) throw new Error(`${EXT4_IMAGE} has no journal (${features})`);
    await mkdir(EXT4_MOUNT, { recursive: true });
    await sh('mount', ['-o', 'loop', EXT4_IMAGE, EXT4_MOUNT]);
    return { root: EXT4_MOUNT, note: `journaled ext4 image ${EXT4_IMAGE} (8 GiB sparse, on the root disk, mkfs.ext4 defaults, features: ${features}) on a loop device at ${EXT4_MOUNT}` };
  }
  await rm(ROOT_DIR, { recursive: true, force: true });
  await mkdir(ROOT_DIR, { recursive: true });
  const features = /features:\s*(.*)/.exec(await sh('sh', ['-c', 'dumpe2fs -h "$(findmnt -no SOURCE /)" 2>/dev/null']).catch(() => ''))?.[1] ?? '?';
  return { root: ROOT_DIR, note: `the root disk at ${ROOT_DIR} (ext4, features: ${features})` };
}

async function releaseDisk(disk: string): Promise<void> {
  if (disk === 'ext4') {
    await execFileAsync('umount', [EXT4_MOUNT]).catch(() => execFileAsync('umount', ['-l', EXT4_MOUNT]));
    await rm(EXT4_IMAGE, { force: true });
  } else await rm(ROOT_DIR, { recursive: true, force: true });
}

/** A cold job (main + post) saves the tree; the project is then ready for exact hits. */
async function prepareTree(name: string, disk: string, root: string, service: CacheService): Promise<Tree> {
  const workspace = join(root, name, 'workspace');
  const project = join(workspace, 'service');
  const home = join(root, name, 'home');
  await mkdir(home, { recursive: true });
  if (name === 'npm') await copyFixture(join(REPO_ROOT, 'examples/node-service'), project);
  else {
    await mkdir(project, { recursive: true });
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: `gen-${name}`, version: '1.0.0', private: true }));
    await sh('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: project, env: { ...process.env, NPM_CONFIG_USERCONFIG: '/dev/null' } });
  }
  const job = await createRunnerJob({ workspace });
  const npmrc = join(root, name, 'npmrc');
  await writeFile(npmrc, '');
  Object.assign(job.env, service.env(), { HOME: home, NPM_CONFIG_USERCONFIG: npmrc, XDG_CACHE_HOME: join(home, '.cache') });
  const cold = await job.runMain(ACTION, { 'working-directory': 'service' });
  if (cold.exitCode !== 0 || cold.outputs['cache-result'] !== 'miss') throw new Error(`${name}: cold main: exit ${cold.exitCode}, ${cold.outputs['cache-result']}\n${cold.stdout.slice(-3000)}`);
  if (name !== 'npm') await generatePackages(join(project, 'node_modules'), { '1k': 1000, '10k': 10_000, '50k': 50_000 }[name] ?? Number(name));
  const post = await job.runPost(ACTION, cold);
  if (post.exitCode !== 0 || !/installed tree \| saved/.test(post.summary)) throw new Error(`${name}: cold post did not save the tree:\n${post.stdout.slice(-3000)}`);
  const archive = join(root, name, 'tree.tar.zst');
  await sh('tar', ['--posix', '--use-compress-program', 'zstd -T0', '-cf', archive, '-C', project, 'node_modules']);
  const files = await countFiles(join(project, 'node_modules'));
  say(`  ${disk} ${name}: ${files} files under node_modules; tree archive ${(Number(await sh('stat', ['-c', '%s', archive])) / 1e6).toFixed(1)} MB`);
  return { name, disk, project, job, archive, files, samples: { E: [], B: [], T: [], S: [] } };
}

async function runVariant(tree: Tree, variant: Variant): Promise<number> {
  await rm(join(tree.project, 'node_modules'), { recursive: true, force: true });
  await sh('sync', []);
  if (variant === 'T') return timed('tar', ['--use-compress-program', 'zstd -d', '-xf', tree.archive, '-C', tree.project]);
  if (variant === 'S') {
    const started = performance.now();
    const step = await tree.job.runStep('npm', ['ci', '--no-audit', '--no-fund'], { cwd: tree.project });
    if (step.exitCode !== 0) throw new Error(`npm ci failed: ${step.stderr.slice(-2000)}`);
    return performance.now() - started;
  }
  const run = await tree.job.runMain(variant === 'B' ? BASELINE! : ACTION, { 'working-directory': 'service' });
  if (run.exitCode !== 0 || run.outputs['cache-result'] !== 'exact') throw new Error(`${tree.name}: exact hit expected, got exit ${run.exitCode} ${run.outputs['cache-result']}\n${run.stdout.slice(-3000)}`);
  return run.processMs;
}

function fit(points: Array<[number, number]>): { intercept: number; slope: number; r2: number } {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssr = points.reduce((s, [x, y]) => s + (y - (intercept + slope * x)) ** 2, 0);
  const sst = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  return { intercept, slope, r2: sst === 0 ? 1 : 1 - ssr / sst };
}

async function main(): Promise<void> {
  const node24 = await resolveNode24();
  if (!existsSync(join(REPO_ROOT, 'dist/setup-deps/index.js'))) throw new Error('dist/setup-deps is missing: npm run build first');
  say(`restore benchmark (issue 13), ${new Date().toISOString()}`);
  say(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  say(`versions: action Node ${await sh(node24, ['--version'])}, npm ${await sh('npm', ['--version'])}, ${(await sh('zstd', ['--version'])).replace(/^\*+\s*/, '')}, ${(await sh('tar', ['--version'])).split('\n')[0]}`);
  say(`bundle: dist/setup-deps/index.js of the working tree (git ${await sh('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT })}${(await sh('git', ['status', '--porcelain', '--', 'src'], { cwd: REPO_ROOT })) ? ', src modified' : ''})`);
  say(`method: per disk and tree, variants interleaved in each round; 1 warm-up round (discarded) + ${ROUNDS} rounds; node_modules removed (untimed, then sync) before every run`);
  for (const disk of DISKS) {
    const { root, note } = await prepareDisk(disk);
    process.env.TMPDIR = join(root, 'tmp'); // RUNNER_TEMP and the cache client's archives on the disk under test
    await mkdir(process.env.TMPDIR, { recursive: true });
    const service = await startCacheService({ storageDir: root, maxLifetimeMs: 3 * 3600_000 });
    const trees: Tree[] = [];
    try {
      say();
      say(`== ${disk}: ${note}`);
      for (const name of TREES) trees.push(await prepareTree(name, disk, root, service));
      for (let round = 0; round <= ROUNDS; round += 1) {
        for (const tree of trees) {
          const variants: Variant[] = [...(BASELINE ? ['B' as const] : []), 'E', 'T', ...(tree.name === 'npm' ? ['S' as const] : [])];
          for (const variant of round % 2 ? [...variants].reverse() : variants) {
            const ms = await runVariant(tree, variant);
            if (round > 0) tree.samples[variant].push(ms);
          }
        }
        console.error(`${disk}: round ${round}/${ROUNDS} done`);
      }
      if (process.env.BENCH_TRACE) {
        // Diagnostic, not timed: one more exact hit per tree with stdout lines and child processes timestamped.
        for (const tree of trees) {
          const trace = join(root, `${tree.name}-trace.tsv`);
          await rm(join(tree.project, 'node_modules'), { recursive: true, force: true });
          await tree.job.runMain(ACTION, { 'working-directory': 'service' }, {
            NODE_OPTIONS: `--require ${join(REPO_ROOT, 'bench/support/trace-preload.cjs')}${process.env.BENCH_CPU_PROFILE ? ` --cpu-prof --cpu-prof-interval 100 --cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}` : ''}`,
            BENCH_TRACE_FILE: trace,
          });
          say(`trace of an exact hit, ${tree.name} (ms since the process started):`);
          for (const line of (await readFile(trace, 'utf8')).split('\n').filter((record) => /^[\d.]+\t(preload|spawn|exit|process|http)|Cache Size|::group::|Cache result/.test(record))) say(`  ${line.slice(0, 200)}`);
        }
      }
      say(`${'tree'.padEnd(6)} ${'files'.padStart(6)}  ${'E exact hit min/med/max s'.padEnd(26)} ${'T tar -x min/med/max s'.padEnd(24)} ${'E/T (per round)'.padEnd(16)} ${'S store-only s'.padEnd(15)} S/E`);
      for (const tree of trees) {
        const et = tree.samples.E.map((e, i) => e / tree.samples.T[i]);
        const se = tree.samples.S.map((s, i) => s / tree.samples.E[i]);
        say(`${tree.name.padEnd(6)} ${String(tree.files).padStart(6)}  ${spread(tree.samples.E).padEnd(26)} ${spread(tree.samples.T).padEnd(24)} ${ratios(et).padEnd(16)} ${(se.length ? s3(median(tree.samples.S)) : '-').padEnd(15)} ${se.length ? ratios(se) : '-'}`);
        if (BASELINE) {
          const be = tree.samples.B.map((b, i) => b / tree.samples.E[i]);
          say(`${''.padEnd(6)} ${''.padStart(6)}  baseline B ${spread(tree.samples.B)} s: B/E ${ratios(be)} (${process.env.BENCH_BASELINE})`);
        }
      }
      // Cost against files is fitted on the generated trees, which differ in files only (0.5-4 KB each); the npm tree
      // (11k files, 127 MB) also costs in bytes, so it is reported beside them, not fitted with them.
      const generated = trees.filter((tree) => tree.name !== 'npm');
      for (const variant of ['E', 'T'] as const) {
        if (generated.length < 2) break;
        const line = fit(generated.map((tree) => [tree.files, median(tree.samples[variant])]));
        say(`fit ${variant} over the generated trees = ${s3(line.intercept)} s + ${(line.slope * 1000).toFixed(1)} µs/file x files (r² ${line.r2.toFixed(3)}; fixed part = intercept)`);
      }
      say(`per-round samples (ms): ${JSON.stringify(Object.fromEntries(trees.map((tree) => [tree.name, Object.fromEntries(Object.entries(tree.samples).map(([k, v]) => [k, v.map(Math.round)]))])))}`);
    } finally {
      await Promise.all(trees.map((tree) => tree.job.dispose()));
      await service.close();
      await releaseDisk(disk);
    }
  }
  const file = process.env.BENCH_OUTPUT;
  if (file) await writeFile(file, `${out.join('\n')}\n`);
}

await main();
