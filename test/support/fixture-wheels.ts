// Builds the fixture Python packages (test/fixtures/python-packages/<name>-<version>/, each a setuptools project)
// into wheels with Debian's tooling: `/usr/bin/python3 -m build --wheel --no-isolation` (Debian packages
// python3-build and python3-setuptools; no network needed). Each source is copied to a scratch directory first, so
// setuptools' build/ and *.egg-info never land in the committed fixtures.
//
// Idempotent and cheap when nothing changed: a stamp file per package in outDir records the sha256 of its sources
// and the wheel built from them; a package is rebuilt only when its sources changed or its wheel is gone. Wheels and
// stamps are written under a temporary name and renamed into place, so concurrent callers sharing outDir are safe.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** test/fixtures/python-packages: one directory per package version. */
export const FIXTURE_PACKAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/python-packages');

/** A per-checkout place for the built wheels, kept between runs (tmp/ at the repository root is git-ignored). */
export function defaultFixtureWheelsDir(): string {
  return resolve(FIXTURE_PACKAGES_DIR, '../../../tmp/fixture-wheels');
}

/** Where Debian's python3-*-whl packages put pip, setuptools and wheel wheels; the index serves it too. */
export const SYSTEM_WHEELS_DIR = '/usr/share/python-wheels';

/** The Python that builds the wheels: Debian's, which has python3-build and python3-setuptools. */
const BUILD_PYTHON = process.env.FIXTURE_WHEELS_PYTHON ?? '/usr/bin/python3';

/** Fixed timestamps in the wheels (wheel honours SOURCE_DATE_EPOCH), so a rebuild gives the same bytes. */
const SOURCE_DATE_EPOCH = '315532800'; // 1980-01-01, the earliest a zip can hold

const STAMP_SUFFIX = '.fixture-stamp.json';

interface Stamp {
  sourceSha256: string;
  wheel: string;
}

/**
 * Builds every fixture package into outDir and returns the absolute paths of their wheels (in package order).
 * Fast when already built: nothing runs when each package's stamp matches its sources.
 */
export async function buildFixtureWheels(outDir: string): Promise<string[]> {
  const out = resolve(outDir);
  await mkdir(out, { recursive: true });
  const packages = (await readdir(FIXTURE_PACKAGES_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const wheels: string[] = [];
  for (const name of packages) {
    // One at a time: a build takes ~0.4 s and the machine has 2 cores.
    wheels.push(await buildOne(join(FIXTURE_PACKAGES_DIR, name), name, out));
  }
  return wheels;
}

async function buildOne(sourceDir: string, name: string, out: string): Promise<string> {
  const sourceSha256 = await hashTree(sourceDir);
  const stampPath = join(out, `${name}${STAMP_SUFFIX}`);
  const stamp = await readStamp(stampPath);
  if (stamp && stamp.sourceSha256 === sourceSha256 && (await isFile(join(out, stamp.wheel)))) {
    return join(out, stamp.wheel);
  }

  const scratch = await mkdtemp(join(tmpdir(), `fixture-wheel-${name}-`));
  try {
    const src = join(scratch, 'src');
    const dist = join(scratch, 'dist');
    await cp(sourceDir, src, { recursive: true, filter: (path) => !isBuildLeftover(path) });
    try {
      await execFileAsync(BUILD_PYTHON, ['-m', 'build', '--wheel', '--no-isolation', '--outdir', dist, src], {
        cwd: scratch,
        env: { ...process.env, SOURCE_DATE_EPOCH, PYTHONDONTWRITEBYTECODE: '1' },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `building the fixture wheel ${name} failed (needs Debian's python3-build and python3-setuptools): ` +
          `${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
      );
    }
    const built = (await readdir(dist)).filter((file) => file.endsWith('.whl'));
    if (built.length !== 1) throw new Error(`building ${name} gave ${built.length} wheels: ${built.join(', ')}`);
    const wheel = built[0]!;
    // Same filesystem as outDir is not guaranteed for the scratch dir: copy next to the target, then rename.
    const partial = join(out, `.${wheel}.${process.pid}.${Date.now()}.partial`);
    await cp(join(dist, wheel), partial);
    await rename(partial, join(out, wheel));
    const stampPartial = `${stampPath}.${process.pid}.${Date.now()}.partial`;
    await writeFile(stampPartial, `${JSON.stringify({ sourceSha256, wheel } satisfies Stamp)}\n`);
    await rename(stampPartial, stampPath);
    return join(out, wheel);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function isBuildLeftover(path: string): boolean {
  const base = path.split('/').pop() ?? '';
  return base === 'build' || base === 'dist' || base === '__pycache__' || base.endsWith('.egg-info');
}

/** sha256 over the relative paths and contents of every file under dir (build leftovers excluded). */
async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (current: string): Promise<void> => {
    const entries = (await readdir(current, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (isBuildLeftover(path)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        hash.update(`${relative(dir, path)}\0`);
        hash.update(await readFile(path));
        hash.update('\0');
      }
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

async function readStamp(path: string): Promise<Stamp | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<Stamp>;
    return typeof parsed.sourceSha256 === 'string' && typeof parsed.wheel === 'string'
      ? { sourceSha256: parsed.sourceSha256, wheel: parsed.wheel }
      : undefined;
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
