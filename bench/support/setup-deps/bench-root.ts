// The setup-deps bench's working folder, BENCH_ROOT: claimed for one run (on tmpfs, or with BENCH_FS=ext4 a journaled
// ext4 image mounted there through a loop device), and removed with the servers stopped at the end or on a signal.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CacheService, PackageIndex } from './model.js';
import { execFileAsync, output } from './processes.js';
import { BENCH_ROOT, EXT4_IMAGE, EXT4_IMAGE_BYTES, FILE_SYSTEM } from './settings.js';

/** The servers the clean-up stops: set once they are started. */
export const servers: { service?: CacheService; index?: PackageIndex } = {};
let cleaned = false;

export async function cleanup(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  await Promise.all([servers.service?.close(), servers.index?.close()]);
  await unmountBenchRoot();
  await rm(BENCH_ROOT, { recursive: true, force: true });
  await rm(EXT4_IMAGE, { force: true });
}

/** On SIGINT and SIGTERM: clean up, then exit with 130. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping, removing ${BENCH_ROOT}`);
      void cleanup().finally(() => process.exit(130));
    });
  }
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

/** Takes BENCH_ROOT for this run (refused while another bench's pid there is alive); the ext4 image's features when BENCH_FS=ext4. */
export async function claimBenchRoot(): Promise<string | undefined> {
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
  const ext4Features = FILE_SYSTEM === 'ext4' ? await mountExt4() : undefined;
  await mkdir(join(BENCH_ROOT, 'tmp'), { recursive: true });
  await writeFile(pidFile, String(process.pid));
  return ext4Features;
}

export function mountOf(path: string): { mountPoint: string; fsType: string } {
  let best = { mountPoint: '/', fsType: 'unknown' };
  for (const line of readFileSync('/proc/mounts', 'utf8').split('\n')) {
    const [, mountPoint, fsType] = line.split(' ');
    if (!mountPoint || !fsType) continue;
    if ((path === mountPoint || path.startsWith(mountPoint.endsWith('/') ? mountPoint : `${mountPoint}/`)) && mountPoint.length >= best.mountPoint.length) best = { mountPoint, fsType };
  }
  return best;
}
