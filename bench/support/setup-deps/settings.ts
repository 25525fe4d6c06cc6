// The setup-deps bench's settings: where it works and what its environment variables ask (bench/setup-deps.bench.ts).
// The entry imports this module first: TMPDIR must point at tmpfs before the test support is loaded, since it takes
// os.tmpdir() for runner jobs (RUNNER_TEMP, where @actions/cache puts archives) and for the empty npmrc. Children
// inherit it, so npm's and pip's temporary files are on tmpfs too.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_ROOT = '/dev/shm/build-actions-bench';
process.env.TMPDIR = join(BENCH_ROOT, 'tmp');

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BENCH_DIR = join(REPO_ROOT, 'bench');
export const ROUNDS = positiveInt(process.env.BENCH_ROUNDS, 5);
export const DIAGNOSTIC_RUNS = positiveInt(process.env.BENCH_DIAGNOSTIC_RUNS, 3, true);
export const BUNDLE_SOURCE = process.env.BENCH_BUNDLE === 'head' ? 'head' : 'worktree';
export const FILE_SYSTEM: 'tmpfs' | 'ext4' = process.env.BENCH_FS === 'ext4' ? 'ext4' : 'tmpfs';
export const EXT4_IMAGE = `${BENCH_ROOT}.img`;
export const EXT4_IMAGE_BYTES = 6 * 2 ** 30;
export const LARGE_WHEEL_SOURCE = '/opt/pypi/files';
export const STEP_TIMEOUT_MS = 15 * 60_000;
export const SERVER_LIFETIME_MS = 4 * 3600_000;

function positiveInt(text: string | undefined, fallback: number, zeroOk = false): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < (zeroOk ? 0 : 1)) throw new Error(`expected a ${zeroOk ? 'non-negative' : 'positive'} integer, got '${text}'`);
  return value;
}
