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
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const BENCH_ROOT = '/dev/shm/build-actions-bench';
// Before the test support is loaded: it takes os.tmpdir() for runner jobs (RUNNER_TEMP, where @actions/cache puts
// archives) and for the empty npmrc. Children inherit it, so npm's and pip's temporary files are on tmpfs too.
process.env.TMPDIR = join(BENCH_ROOT, 'tmp');

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCH_DIR = join(REPO_ROOT, 'bench');
const ROUNDS = positiveInt(process.env.BENCH_ROUNDS, 5);
const DIAGNOSTIC_RUNS = positiveInt(process.env.BENCH_DIAGNOSTIC_RUNS, 3, true);
const BUNDLE_SOURCE = process.env.BENCH_BUNDLE === 'head' ? 'head' : 'worktree';
const FILE_SYSTEM: 'tmpfs' | 'ext4' = process.env.BENCH_FS === 'ext4' ? 'ext4' : 'tmpfs';
const EXT4_IMAGE = `${BENCH_ROOT}.img`;
const EXT4_IMAGE_BYTES = 6 * 2 ** 30;
const LARGE_WHEEL_SOURCE = '/opt/pypi/files';
const STEP_TIMEOUT_MS = 15 * 60_000;
const SERVER_LIFETIME_MS = 4 * 3600_000;

const { startCacheService } = await import('../test/support/cache-service.js');
const { buildFixtureWheels, defaultFixtureWheelsDir, SYSTEM_WHEELS_DIR } = await import('../test/support/fixture-wheels.js');
const { startPackageIndex, normalizeProjectName } = await import('../test/support/package-index.js');
const { resolveNode24, run } = await import('../test/support/runner.js');
const { PROJECT_KINDS, installCommandsRun, startJob } = await import('../test/support/setup-deps-jobs.js');
type CacheService = Awaited<ReturnType<typeof startCacheService>>;
type PackageIndex = Awaited<ReturnType<typeof startPackageIndex>>;
type RunnerJob = Awaited<ReturnType<typeof startJob>>;
type ActionRun = Awaited<ReturnType<RunnerJob['runMain']>>;

type Variant = 'A' | 'B' | 'C' | 'D';
const VARIANTS: Variant[] = ['A', 'B', 'C', 'D'];
const VARIANT_NAMES: Record<Variant, string> = {
  A: 'A cold install',
  B: 'B store-only (restore store + install)',
  C: 'C setup-deps exact hit',
  D: 'D floor (tar -x of the archive)',
};

interface Command { command: string; args: string[] }
interface FixtureDefinition {
  name: string;
  description: string;
  tree: 'node_modules' | '.venv';
  /** Writes the project (without its tree) into `dest`, after removing whatever was there. */
  prepare(dest: string, index: PackageIndex): Promise<void>;
}
interface Fixture extends FixtureDefinition {
  workspace: string;
  project: string;
  install: Command[];
  storePath: string;
  storeKey: string;
  treeKey: string;
  archive: string;
  archiveBytes: number;
  storeArchiveBytes: number;
  extract: Command;
  coldJobSeconds: { main: number; post: number };
  samples: Record<Variant, number[]>;
  parts: { restore: number[]; install: number[] };
  treeEntries: Record<Variant, number[]>;
}

function positiveInt(text: string | undefined, fallback: number, zeroOk = false): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < (zeroOk ? 0 : 1)) throw new Error(`expected a ${zeroOk ? 'non-negative' : 'positive'} integer, got '${text}'`);
  return value;
}

const out: string[] = [];
function say(line = ''): void {
  out.push(line);
  console.log(line);
}

// ---- statistics ------------------------------------------------------------------------------------------------
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const summary = (values: number[]) => ({ min: Math.min(...values), median: median(values), max: Math.max(...values) });
const s3 = (value: number) => value.toFixed(3);
const r2 = (value: number) => value.toFixed(2);
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1)} MB`;
const pad = (text: string, width: number) => text.padEnd(width);
const lpad = (text: string, width: number) => text.padStart(width);

// ---- processes ---------------------------------------------------------------------------------------------------
async function timed(command: Command, cwd: string, env: Record<string, string>): Promise<number> {
  const started = process.hrtime.bigint();
  const result = await run(command.command, command.args, { env, cwd, timeoutMs: STEP_TIMEOUT_MS });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.exitCode !== 0) {
    throw new Error(`${show(command)} failed in ${cwd} (exit code ${result.exitCode}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  }
  return seconds;
}

async function output(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const { stdout } = await execFileAsync(command, args, { cwd: options.cwd ?? REPO_ROOT, env: options.env, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

function show(command: Command): string {
  return [command.command, ...command.args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The environment a workflow `run:` step of this job gets (without its file-command paths): captured untimed. */
async function stepEnvironment(job: RunnerJob): Promise<Record<string, string>> {
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
async function countEntries(dir: string): Promise<number> {
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
interface CpuSnapshot { wallNs: bigint; machineTicks: number; ownTicks: number }
function cpuSnapshot(): CpuSnapshot {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
  const own = readFileSync('/proc/self/stat', 'utf8');
  const fields = own.slice(own.lastIndexOf(')') + 2).split(' ').map(Number); // fields from the 3rd (state) on
  const [utime = 0, stime = 0, cutime = 0, cstime = 0] = fields.slice(11, 15);
  return { wallNs: process.hrtime.bigint(), machineTicks: user + nice + system + irq + softirq + steal, ownTicks: utime + stime + cutime + cstime };
}
/** Average cores used by everything but the bench and its children between two snapshots (USER_HZ = 100). */
function otherProcessesCores(a: CpuSnapshot, b: CpuSnapshot): number {
  const seconds = Number(b.wallNs - a.wallNs) / 1e9;
  const other = (b.machineTicks - a.machineTicks) - (b.ownTicks - a.ownTicks);
  return Math.max(0, other / 100 / seconds);
}

function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

// ---- fixtures ----------------------------------------------------------------------------------------------------
const kind = (name: string) => {
  const found = PROJECT_KINDS.find((k) => k.name === name);
  if (!found) throw new Error(`no project kind ${name} in test/support/setup-deps-jobs.ts`);
  return found;
};

const FIXTURES: FixtureDefinition[] = [
  {
    name: 'npm',
    description: 'examples/node-service (npm ci; packages from the npm registry)',
    tree: 'node_modules',
    prepare: (dest, index) => kind('npm').prepare(dest, index),
  },
  {
    name: 'pip',
    description: 'examples/python-service (3 fixture wheels: a SMALL tree, mostly the venv itself)',
    tree: '.venv',
    prepare: (dest, index) => kind('pip').prepare(dest, index),
  },
  {
    name: 'pip-large',
    description: `bench/fixtures/pip-large (41 pinned wheels: FastAPI, SQLAlchemy, pandas, numpy, pytest, mypy, ruff, black; from ${LARGE_WHEEL_SOURCE})`,
    tree: '.venv',
    async prepare(dest) {
      await rm(dest, { recursive: true, force: true });
      await mkdir(dest, { recursive: true });
      for (const file of ['requirements.txt', 'requirements-dev.txt']) await copyFile(join(BENCH_DIR, 'fixtures/pip-large', file), join(dest, file));
    },
  },
];

/** Copies the wheels pinned by bench/fixtures/pip-large into `dest`; undefined (and why) when some are missing. */
async function collectLargeWheels(dest: string): Promise<string | undefined> {
  if (!existsSync(LARGE_WHEEL_SOURCE)) return `${LARGE_WHEEL_SOURCE} does not exist on this machine`;
  const pins: Array<{ name: string; version: string }> = [];
  for (const file of ['requirements.txt', 'requirements-dev.txt']) {
    for (const line of (await readFile(join(BENCH_DIR, 'fixtures/pip-large', file), 'utf8')).split('\n')) {
      const match = /^([A-Za-z0-9._-]+)==(\S+)/.exec(line.trim());
      if (match) pins.push({ name: normalizeProjectName(match[1]!), version: match[2]! });
    }
  }
  const available = await readdir(LARGE_WHEEL_SOURCE);
  await mkdir(dest, { recursive: true });
  const missing: string[] = [];
  for (const pin of pins) {
    const files = available.filter((file) => {
      const [name, version] = file.split('-');
      return file.endsWith('.whl') && normalizeProjectName(name ?? '') === pin.name && version === pin.version;
    });
    if (files.length === 0) missing.push(`${pin.name}==${pin.version}`);
    for (const file of files) await copyFile(join(LARGE_WHEEL_SOURCE, file), join(dest, file));
  }
  return missing.length ? `wheels missing from ${LARGE_WHEEL_SOURCE}: ${missing.join(', ')}` : undefined;
}

// ---- the action bundle -------------------------------------------------------------------------------------------
interface BundleInfo { actionYml: string; source: string; sha256: string; gitBlob: string; headBlob?: string; head?: string }

/** Copies the action's metadata and bundles (with the cache worker they spawn) to BENCH_ROOT/bundle, keeping their relative layout. */
async function snapshotBundle(): Promise<BundleInfo> {
  const root = join(BENCH_ROOT, 'bundle');
  const files = ['actions/setup-deps/action.yml', 'dist/setup-deps/index.js', 'dist/setup-deps/package.json', 'dist/setup-deps-post/index.js', 'dist/setup-deps-post/package.json',
    'dist/cache-worker/index.js', 'dist/cache-worker/package.json'];
  const head = await output('git', ['rev-parse', 'HEAD']).catch(() => undefined);
  for (const file of files) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    if (BUNDLE_SOURCE === 'head') {
      const { stdout } = await execFileAsync('git', ['show', `HEAD:${file}`], { cwd: REPO_ROOT, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
      await writeFile(join(root, file), stdout);
    } else {
      await copyFile(join(REPO_ROOT, file), join(root, file));
    }
  }
  const main = readFileSync(join(root, 'dist/setup-deps/index.js'));
  const headBlob = await output('git', ['rev-parse', 'HEAD:dist/setup-deps/index.js']).catch(() => undefined);
  return {
    actionYml: join(root, 'actions/setup-deps/action.yml'),
    source: BUNDLE_SOURCE === 'head' ? `git HEAD ${head ?? '?'}` : `working tree of ${REPO_ROOT}`,
    sha256: createHash('sha256').update(main).digest('hex'),
    gitBlob: gitBlobSha(main),
    headBlob,
    head,
  };
}

/** The store-only restore of setup-node/setup-python: bench/support/restore-store.mjs bundled with ncc, as they ship. */
async function bundleRestoreScript(): Promise<string> {
  const outDir = join(BENCH_ROOT, 'restore-store');
  const ncc = join(REPO_ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  await execFileAsync(process.execPath, [ncc, 'build', join(BENCH_DIR, 'support/restore-store.mjs'), '-o', outDir, '-q'], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
  const script = (await readdir(outDir)).find((file) => /^index\.m?js$/.test(file));
  if (!script) throw new Error(`ncc wrote no index.mjs into ${outDir}`);
  return join(outDir, script);
}

// ---- cache entries -----------------------------------------------------------------------------------------------
interface SetupDepsStateShape { storePath?: string; storeKey: string; treeKey: string }

function setupDepsState(main: ActionRun): SetupDepsStateShape {
  const text = main.state['setup-deps'];
  if (!text) throw new Error(`setup-deps saved no state; stdout:\n${main.stdout.slice(-3000)}`);
  return JSON.parse(text) as SetupDepsStateShape;
}

/** Downloads an entry's blob the way the client finds it: GetCacheEntryDownloadURL, then a GET of the signed URL. */
async function downloadEntry(service: CacheService, key: string, dest: string): Promise<number> {
  const entry = service.entries().find((e) => e.key === key);
  if (!entry) throw new Error(`the cache service holds no entry ${key}`);
  const reply = await fetch(new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', service.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${service.env().ACTIONS_RUNTIME_TOKEN}` },
    body: JSON.stringify({ key, version: entry.version, restore_keys: [] }),
  });
  const body = (await reply.json()) as { ok?: boolean; signed_download_url?: string; matched_key?: string };
  if (!body.ok || !body.signed_download_url || body.matched_key !== key) throw new Error(`GetCacheEntryDownloadURL(${key}) answered ${JSON.stringify(body)}`);
  const blob = await fetch(body.signed_download_url);
  if (blob.status !== 200 || !blob.body) throw new Error(`GET of ${key}'s blob answered HTTP ${blob.status}`);
  await pipeline(Readable.fromWeb(blob.body as import('node:stream/web').ReadableStream), createWriteStream(dest));
  const size = (await stat(dest)).size;
  if (size !== entry.sizeBytes) throw new Error(`downloaded ${size} bytes of ${key}, the service says ${entry.sizeBytes}`);
  return size;
}

/** The floor's tar command: plain `zstd -d` when the frame allows it, and the archive's members' root. */
async function floorCommand(archive: string, workspace: string): Promise<{ command: Command; rootNote: string }> {
  const plain = await execFileAsync('zstd', ['-t', '-q', archive]).then(() => true, () => false);
  const program = plain ? 'zstd -d' : 'zstd -d --long=30';
  const listing = await output('tar', ['--use-compress-program', program, '-tf', archive]);
  const members = listing.split('\n').filter(Boolean);
  const absolute = members.filter((m) => m.startsWith('/')).length;
  const parentRelative = members.filter((m) => m.startsWith('../')).length;
  if (parentRelative) throw new Error(`${archive} has ${parentRelative} members outside the workspace (../): not an installed tree archive`);
  const root = absolute === members.length ? '/' : workspace;
  if (absolute && absolute !== members.length) throw new Error(`${archive} mixes absolute and relative members`);
  const rootNote = `${members.length} members, rooted ${root === '/' ? 'at / (absolute paths)' : 'at GITHUB_WORKSPACE (relative paths, as @actions/cache writes them with -P -C $GITHUB_WORKSPACE)'}, e.g. ${members.slice(0, 2).join(', ')}` +
    (plain ? '' : '; plain `zstd -d` refuses the frame (window over 128 MiB), so --long=30 as @actions/cache uses');
  return { command: { command: 'tar', args: ['--use-compress-program', program, '-xf', archive, '-C', root] }, rootNote };
}

// ---- diagnostics: where C's time goes -----------------------------------------------------------------------------
interface TraceRecord { ms: number; kind: string; text: string }
interface Breakdown {
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

// ---- main --------------------------------------------------------------------------------------------------------
let service: CacheService | undefined;
let index: PackageIndex | undefined;
let cleaned = false;

async function cleanup(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  await Promise.all([service?.close(), index?.close()]);
  await unmountBenchRoot();
  await rm(BENCH_ROOT, { recursive: true, force: true });
  await rm(EXT4_IMAGE, { force: true });
}

/** BENCH_FS=ext4: unmounts the image from BENCH_ROOT when it is mounted there (this run's, or a crashed run's). */
async function unmountBenchRoot(): Promise<void> {
  if (mountOf(BENCH_ROOT).mountPoint !== BENCH_ROOT) return;
  await execFileAsync('umount', [BENCH_ROOT]).catch(async (error: unknown) => {
    console.error(`umount ${BENCH_ROOT} failed (${String(error)}); detaching it lazily`);
    await execFileAsync('umount', ['-l', BENCH_ROOT]);
  });
}

/** A journaled ext4 image on a loop device, mounted at BENCH_ROOT: a runner's kind of file system (the image itself is on tmpfs). */
async function mountExt4(): Promise<string> {
  await writeFile(EXT4_IMAGE, '');
  await truncate(EXT4_IMAGE, EXT4_IMAGE_BYTES); // sparse: tmpfs holds only the blocks ext4 writes
  await execFileAsync('mkfs.ext4', ['-q', '-F', EXT4_IMAGE]);
  const features = await output('dumpe2fs', ['-h', EXT4_IMAGE]).then((text) => /features:\s*(.*)/.exec(text)?.[1] ?? '', () => '');
  if (!/\bhas_journal\b/.test(features)) throw new Error(`mkfs.ext4 made ${EXT4_IMAGE} without a journal (features: ${features})`);
  await mkdir(BENCH_ROOT, { recursive: true });
  await execFileAsync('mount', ['-o', 'loop', EXT4_IMAGE, BENCH_ROOT]);
  return features;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping, removing ${BENCH_ROOT}`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function claimBenchRoot(): Promise<void> {
  const pidFile = join(BENCH_ROOT, 'bench.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8'));
    let alive = false;
    try { process.kill(pid, 0); alive = pid !== process.pid; } catch { alive = false; }
    if (alive) throw new Error(`another bench (pid ${pid}) is using ${BENCH_ROOT}; wait for it or stop it`);
  }
  await unmountBenchRoot();
  await rm(BENCH_ROOT, { recursive: true, force: true });
  await rm(EXT4_IMAGE, { force: true });
  if (FILE_SYSTEM === 'ext4') ext4Features = await mountExt4();
  await mkdir(join(BENCH_ROOT, 'tmp'), { recursive: true });
  await writeFile(pidFile, String(process.pid));
}
let ext4Features: string | undefined;

function mountOf(path: string): { mountPoint: string; fsType: string } {
  let best = { mountPoint: '/', fsType: 'unknown' };
  for (const line of readFileSync('/proc/mounts', 'utf8').split('\n')) {
    const [, mountPoint, fsType] = line.split(' ');
    if (!mountPoint || !fsType) continue;
    if ((path === mountPoint || path.startsWith(mountPoint.endsWith('/') ? mountPoint : `${mountPoint}/`)) && mountPoint.length >= best.mountPoint.length) best = { mountPoint, fsType };
  }
  return best;
}

async function main(): Promise<void> {
  const selected = (process.env.BENCH_FIXTURES ?? 'npm,pip,pip-large').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of selected) if (!FIXTURES.some((f) => f.name === name)) throw new Error(`BENCH_FIXTURES: unknown fixture '${name}' (npm, pip, pip-large)`);

  await claimBenchRoot();
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
  [service, index] = await Promise.all([
    startCacheService({ storageDir: join(BENCH_ROOT, 'cache-service'), maxLifetimeMs: SERVER_LIFETIME_MS }),
    startPackageIndex({ wheelDirs, maxLifetimeMs: SERVER_LIFETIME_MS }),
  ]);
  say(`servers: cache service stand-in ${service.url} (storage under ${BENCH_ROOT}/cache-service), Python index ${index.url} (${index.wheels().length} wheels)`);
  await mkdir(join(BENCH_ROOT, 'archives'), { recursive: true });

  // Populate the cache: one cold job per fixture (main + post), as a first CI run would.
  say();
  say('populating the cache: one cold job (main + post) per fixture');
  for (const definition of definitions) {
    const workspace = join(BENCH_ROOT, definition.name, 'workspace');
    const project = join(workspace, 'service');
    await definition.prepare(project, index);
    const job = await startJob(workspace, service, index);
    // A step's environment before the action runs (afterwards the job's PATH has the action's additions).
    const env = await stepEnvironment(job);
    const coldMain = await job.runMain(bundle.actionYml, { 'working-directory': 'service' });
    if (coldMain.exitCode !== 0 || coldMain.outputs['cache-result'] !== 'miss') {
      throw new Error(`${definition.name}: the cold job's main step gave exit ${coldMain.exitCode}, cache-result=${coldMain.outputs['cache-result']}:\n${coldMain.stdout.slice(-4000)}\n${coldMain.stderr.slice(-2000)}`);
    }
    const post = await job.runPost(bundle.actionYml, coldMain);
    if (post.exitCode !== 0) throw new Error(`${definition.name}: the cold job's post step failed:\n${post.stdout.slice(-4000)}`);
    const state = setupDepsState(coldMain);
    const keys = service.entries().map((e) => e.key);
    if (!keys.includes(state.treeKey) || !keys.includes(state.storeKey) || !state.storePath) {
      throw new Error(`${definition.name}: post did not save both entries (tree ${state.treeKey}, store ${state.storeKey} at ${state.storePath}); entries: ${keys.join(', ')}\n${post.stdout.slice(-3000)}`);
    }
    // The install we time in A and B must be exactly what the action ran.
    const install: Command[] = definition.tree === 'node_modules'
      ? [{ command: 'npm', args: ['ci', '--no-audit', '--no-fund'] }]
      : await (async () => {
          const python = await output('python3', ['-c', 'import sys; print(sys.executable)'], { cwd: project, env });
          return [
            { command: python, args: ['-m', 'venv', '.venv'] },
            { command: join(project, '.venv/bin/python'), args: ['-m', 'pip', 'install', '--disable-pip-version-check', '-r', 'requirements.txt', '-r', 'requirements-dev.txt'] },
          ];
        })();
    const ran = installCommandsRun(coldMain);
    const same = ran.length === install.length && install.every((c, i) => {
      const line = ran[i]!;
      const wanted = [c.command, ...c.args].join(' ');
      // @actions/exec prints the program as it found it on PATH: npm -> /usr/bin/npm.
      const [program, ...rest] = line.split(' ');
      return line === wanted || (!c.command.includes('/') && basename(program!) === c.command && rest.join(' ') === c.args.join(' '));
    });
    if (!same) throw new Error(`${definition.name}: the action ran [${ran.join(' && ')}], the bench would time [${install.map(show).join(' && ')}]`);
    await job.dispose();

    const archive = join(BENCH_ROOT, 'archives', `${definition.name}-tree.tar.zst`);
    const archiveBytes = await downloadEntry(service, state.treeKey, archive);
    const storeArchiveBytes = service.entries().find((e) => e.key === state.storeKey)!.sizeBytes;
    const floor = await floorCommand(archive, workspace);
    fixtures.push({
      ...definition, workspace, project, install, storePath: state.storePath, storeKey: state.storeKey, treeKey: state.treeKey,
      archive, archiveBytes, storeArchiveBytes, extract: floor.command,
      coldJobSeconds: { main: coldMain.durationMs / 1000, post: post.durationMs / 1000 },
      samples: { A: [], B: [], C: [], D: [] }, parts: { restore: [], install: [] }, treeEntries: { A: [], B: [], C: [], D: [] },
    });
    say(`  ${definition.name}: main ${s3(coldMain.durationMs / 1000)} s + post ${s3(post.durationMs / 1000)} s; tree entry ${megabytes(archiveBytes)}, store entry ${megabytes(storeArchiveBytes)}`);
    say(`    tree archive: ${floor.rootNote}`);
  }

  // The commands.
  say();
  say('commands (cwd = the project, <ws>/service; each run in a fresh runner job: empty HOME, fresh RUNNER_TEMP):');
  for (const f of fixtures) {
    say(`  ${f.name}: ${f.description}`);
    say(`    workspace <ws> = ${f.workspace}, HOME = ${f.workspace}-home, store = ${f.storePath}`);
    say(`    A: ${f.install.map(show).join(' && ')}`);
    say(`    B: ${show({ command: node24, args: [restoreScript, f.storePath, f.storeKey] })}   (@actions/cache restoreCache, exact key)`);
    say(`       && ${f.install.map(show).join(' && ')}`);
    say(`    C: ${show({ command: node24, args: [join(bundleRoot, 'dist/setup-deps/index.js')] })}   (runner harness, INPUT_WORKING-DIRECTORY=service; asserts cache-result=exact)`);
    say(`    D: ${show(f.extract)}`);
  }
  say('  A/B/C env: a runner step\'s (test/support/runner.ts + setup-deps-jobs.ts startJob): NPM_CONFIG_USERCONFIG=<empty file>, PIP_INDEX_URL=<local index>, PIP_CONFIG_FILE=/dev/null, the cache service env');

  // Rounds.
  say();
  const runOne = async (f: Fixture, variant: Variant): Promise<number> => {
    await f.prepare(f.project, index!);
    if (variant === 'D') {
      const seconds = await timed(f.extract, f.workspace, { PATH: process.env.PATH ?? '' });
      f.treeEntries.D.push(await countEntries(join(f.project, f.tree)));
      return seconds;
    }
    const job = await startJob(f.workspace, service!, index!);
    try {
      if (variant === 'C') {
        const main = await job.runMain(bundle.actionYml, { 'working-directory': 'service' });
        if (main.exitCode !== 0 || main.outputs['cache-result'] !== 'exact' || main.outputs['cache-hit'] !== 'true') {
          throw new Error(`${f.name} C: expected cache-result=exact, got exit ${main.exitCode}, cache-result=${main.outputs['cache-result']}, cache-hit=${main.outputs['cache-hit']}:\n${main.stdout.slice(-4000)}\n${main.stderr.slice(-2000)}`);
        }
        f.treeEntries.C.push(await countEntries(join(f.project, f.tree)));
        return main.durationMs / 1000;
      }
      const env = await stepEnvironment(job);
      let restoreSeconds = 0;
      if (variant === 'B') {
        const started = process.hrtime.bigint();
        const result = await run(node24, [restoreScript, f.storePath, f.storeKey], { env, cwd: f.workspace, timeoutMs: STEP_TIMEOUT_MS });
        restoreSeconds = Number(process.hrtime.bigint() - started) / 1e9;
        const matched = /"matchedKey":\s*"([^"]*)"/.exec(result.stdout)?.[1];
        if (result.exitCode !== 0 || matched !== f.storeKey || !existsSync(f.storePath)) {
          throw new Error(`${f.name} B: the store restore did not hit ${f.storeKey} (exit ${result.exitCode}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`);
        }
      }
      let installSeconds = 0;
      for (const step of f.install) installSeconds += await timed(step, f.project, env);
      if (variant === 'B') {
        f.parts.restore.push(restoreSeconds);
        f.parts.install.push(installSeconds);
      }
      f.treeEntries[variant].push(await countEntries(join(f.project, f.tree)));
      return restoreSeconds + installSeconds;
    } finally {
      await job.dispose();
    }
  };

  const roundLoads: number[] = [];
  const roundOtherCores: number[] = [];
  for (let round = 0; round <= ROUNDS; round += 1) {
    const label = round === 0 ? 'warm-up' : `round ${round}/${ROUNDS}`;
    const cells: string[] = [];
    const before = cpuSnapshot();
    for (const f of fixtures) {
      const times: Partial<Record<Variant, number>> = {};
      for (const variant of VARIANTS) times[variant] = await runOne(f, variant);
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
  const diagnostics: Record<string, { runs: Breakdown[]; medianPhases: Record<string, number>; medianSpawns: Record<string, number> }> = {};
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

  // Report.
  const n = ROUNDS;
  say();
  say(`results (seconds over ${n} rounds; the warm-up round is not counted)`);
  say(`${pad('fixture', 10)} ${pad('variant', 40)} ${lpad('min', 8)} ${lpad('median', 8)} ${lpad('max', 8)}`);
  const results: Record<string, unknown> = {};
  const verdicts: string[] = [];
  for (const f of fixtures) {
    for (const variant of VARIANTS) {
      const st = summary(f.samples[variant]);
      say(`${pad(f.name, 10)} ${pad(VARIANT_NAMES[variant], 40)} ${lpad(s3(st.min), 8)} ${lpad(s3(st.median), 8)} ${lpad(s3(st.max), 8)}`);
    }
    const restore = summary(f.parts.restore);
    const install = summary(f.parts.install);
    say(`${pad('', 10)} ${pad('  B = restore of the store', 40)} ${lpad(s3(restore.min), 8)} ${lpad(s3(restore.median), 8)} ${lpad(s3(restore.max), 8)}`);
    say(`${pad('', 10)} ${pad('    + install', 40)} ${lpad(s3(install.min), 8)} ${lpad(s3(install.median), 8)} ${lpad(s3(install.max), 8)}`);
  }
  say();
  say('per-round ratios (same round) and their medians; targets: B/C >= 5, C/D <= 1.5');
  for (const f of fixtures) {
    const bc = f.samples.B.map((b, i) => b / f.samples.C[i]!);
    const cd = f.samples.C.map((c, i) => c / f.samples.D[i]!);
    const ac = f.samples.A.map((a, i) => a / f.samples.C[i]!);
    const bcMedian = median(bc);
    const cdMedian = median(cd);
    const bcMet = bcMedian >= 5;
    const cdMet = cdMedian <= 1.5;
    say(`${pad(f.name, 10)} B/C: ${bc.map(r2).join(' ')}  median ${r2(bcMedian)}  ${bcMet ? 'MET' : `MISSED (needs C <= ${s3(median(f.samples.B) / 5)} s at the median B)`}`);
    say(`${pad('', 10)} C/D: ${cd.map(r2).join(' ')}  median ${r2(cdMedian)}  ${cdMet ? 'MET' : `MISSED by ${r2(cdMedian / 1.5)}x (C would need <= ${s3(1.5 * median(f.samples.D))} s; it is ${s3(median(f.samples.C))} s, ${s3(median(f.samples.C) - 1.5 * median(f.samples.D))} s over)`}`);
    say(`${pad('', 10)} A/C: ${ac.map(r2).join(' ')}  median ${r2(median(ac))}  (for reference)`);
    verdicts.push(`${f.name}: B/C ${r2(bcMedian)} ${bcMet ? 'met' : 'missed'}, C/D ${r2(cdMedian)} ${cdMet ? 'met' : 'missed'}`);
    results[f.name] = {
      description: f.description,
      workspace: f.workspace,
      project: f.project,
      home: `${f.workspace}-home`,
      store_path: f.storePath,
      tree_key: f.treeKey,
      store_key: f.storeKey,
      tree_archive_bytes: f.archiveBytes,
      store_archive_bytes: f.storeArchiveBytes,
      cold_job_seconds: f.coldJobSeconds,
      commands: {
        A: f.install.map(show),
        B: [show({ command: node24, args: [restoreScript, f.storePath, f.storeKey] }), ...f.install.map(show)],
        C: show({ command: node24, args: [join(bundleRoot, 'dist/setup-deps/index.js')] }),
        D: show(f.extract),
      },
      seconds: Object.fromEntries(VARIANTS.map((v) => [v, { samples: f.samples[v], ...summary(f.samples[v]) }])),
      store_only_parts_seconds: { restore: { samples: f.parts.restore, ...summary(f.parts.restore) }, install: { samples: f.parts.install, ...summary(f.parts.install) } },
      ratios: {
        B_over_C: { per_round: bc, median: bcMedian, target: '>= 5', met: bcMet },
        C_over_D: { per_round: cd, median: cdMedian, target: '<= 1.5', met: cdMet },
        A_over_C: { per_round: ac, median: median(ac) },
      },
      tree_entries_after_run: f.treeEntries,
      diagnostics_c: diagnostics[f.name] ? { median_phases_ms: diagnostics[f.name]!.medianPhases, median_spawn_ms: diagnostics[f.name]!.medianSpawns, runs: diagnostics[f.name]!.runs } : undefined,
    };
  }

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
  say();
  say('tree entries after each run (files + folders under the tree, counted untimed; C and D include the tree marker):');
  for (const f of fixtures) say(`  ${pad(f.name, 10)} ${VARIANTS.map((v) => `${v} ${[...new Set(f.treeEntries[v])].join('/')}`).join(', ')}`);
  say();
  say(`verdict: ${verdicts.join('; ')}`);
  say(`load average after each round: ${roundLoads.map(r2).join(' ')}; CPU used by processes other than the bench's, in cores (of ${cpus().length}): ${roundOtherCores.map(r2).join(' ')}`);

  const date = startedAt.toISOString().slice(0, 10);
  const resultFile = join(BENCH_DIR, 'results', `setup-deps-${date}${FILE_SYSTEM === 'ext4' ? '-ext4' : ''}.json`);
  await mkdir(dirname(resultFile), { recursive: true });
  await writeFile(resultFile, `${JSON.stringify({
    benchmark: 'setup-deps',
    started_at: startedAt.toISOString(),
    finished_at: new Date().toISOString(),
    rounds: ROUNDS,
    warmup_rounds: 1,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model, load_average_per_round: roundLoads, other_processes_cores_per_round: roundOtherCores },
    versions,
    files: { root: BENCH_ROOT, filesystem: mount.fsType, mount_point: mount.mountPoint, description: fileSystem },
    bundle: { source: bundle.source, sha256: bundle.sha256, git_blob: bundle.gitBlob, head: bundle.head, head_blob: bundle.headBlob, same_as_head: bundle.headBlob === bundle.gitBlob },
    store_only_restore: { script: 'bench/support/restore-store.mjs', bundled_to: restoreScript, client: '@actions/cache (the repository\'s version), ncc bundle, Node 24' },
    fixtures: results,
    printed: out,
  }, null, 2)}\n`);
  console.log(`\nwrote ${resultFile}`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
