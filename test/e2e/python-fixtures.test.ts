// The Python test support works end to end: the fixture wheels build, the local index serves them per PEP 503, and
// the real pip and Poetry commands that setup-deps runs install the fixture projects from it with no other network.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { buildFixtureWheels, defaultFixtureWheelsDir, SYSTEM_WHEELS_DIR } from '../support/fixture-wheels.js';
import { startPackageIndex, type PackageIndex } from '../support/package-index.js';
import { POETRY, preparePythonFixture, pythonProcessEnv } from '../support/python-fixtures.js';

const execFileAsync = promisify(execFile);

const timings: Record<string, number> = {};

async function run(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<string> {
  const started = Date.now();
  try {
    const { stdout } = await execFileAsync(command, args, { ...options, timeout: 180_000, maxBuffer: 16 << 20 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${label} failed: ${e.message}\n--- stdout\n${e.stdout ?? ''}\n--- stderr\n${e.stderr ?? ''}`);
  } finally {
    timings[label] = Date.now() - started;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Polls until `url` refuses connections (true), for at most 10 s (false): a server that should stop by itself. */
async function untilRefused(url: string): Promise<boolean> {
  for (let tries = 0; tries < 200; tries += 1) {
    if (!(await fetch(url).then(() => true, () => false))) return true;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  return false;
}

let index: PackageIndex;
let wheels: string[];
let scratch: string;

beforeAll(async () => {
  const started = Date.now();
  wheels = await buildFixtureWheels(defaultFixtureWheelsDir());
  timings['build fixture wheels'] = Date.now() - started;
  index = await startPackageIndex({ wheelDirs: [defaultFixtureWheelsDir(), SYSTEM_WHEELS_DIR] });
  scratch = await mkdtemp(join(tmpdir(), 'python-fixtures-'));
});

afterAll(async () => {
  await index?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
  console.log(
    `python fixture timings (ms):\n${Object.entries(timings)
      .map(([label, ms]) => `  ${label}: ${ms}`)
      .join('\n')}`,
  );
});

describe('fixture wheels', () => {
  it('builds every fixture package, and again without rebuilding', async () => {
    expect(wheels.map((w) => basename(w))).toEqual([
      'acme_greeting-1.0.0-py3-none-any.whl',
      'acme_greeting-1.1.0-py3-none-any.whl',
      'acme_testkit-1.0.0-py3-none-any.whl',
      'acme_units-1.0.0-py3-none-any.whl',
    ]);
    const before = await Promise.all(wheels.map(async (w) => (await stat(w)).mtimeMs));
    expect(await buildFixtureWheels(defaultFixtureWheelsDir())).toEqual(wheels);
    // Not rebuilt: the same files, untouched (timing it would measure the machine's load, not the stamps).
    expect(await Promise.all(wheels.map(async (w) => (await stat(w)).mtimeMs))).toEqual(before);
  });
});

describe('package index', () => {
  it('lists the fixture projects and the system wheels', async () => {
    expect(index.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/simple\/$/);
    const served = index.wheels().map((w) => basename(w));
    expect(served).toEqual(expect.arrayContaining(wheels.map((w) => basename(w))));
    expect(served.some((w) => w.startsWith('pip-'))).toBe(true);

    const res = await fetch(index.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const project of ['acme-greeting', 'acme-testkit', 'acme-units', 'pip', 'setuptools', 'wheel']) {
      expect(html).toContain(`<a href="/simple/${project}/">${project}</a>`);
    }
  });

  it('serves a project page with sha256 fragments and data-requires-python, and the files they name', async () => {
    const res = await fetch(new URL('Acme_Units', index.url)); // not normalized: redirected
    expect(res.url).toBe(`${index.url}acme-units/`);
    const html = await res.text();
    const link = /<a href="([^"#]+)#sha256=([0-9a-f]{64})" data-requires-python="&gt;=3\.9"/.exec(html);
    expect(link).not.toBeNull();
    const [, fileUrl, sha256] = link!;
    expect(fileUrl).toMatch(/\/acme_units-1\.0\.0-py3-none-any\.whl$/);
    const file = Buffer.from(await (await fetch(fileUrl!)).arrayBuffer());
    expect(createHash('sha256').update(file).digest('hex')).toBe(sha256);
    expect(file).toEqual(await readFile(wheels.find((w) => basename(w).startsWith('acme_units-'))!));

    const metadata = await (await fetch(`${fileUrl}.metadata`)).text();
    expect(metadata).toContain('Requires-Dist: acme-greeting');

    expect((await fetch(new URL('no-such-project/', index.url))).status).toBe(404);
  });

  it('close() is idempotent and stops serving', async () => {
    const other = await startPackageIndex({ wheelDirs: [defaultFixtureWheelsDir()] });
    expect((await fetch(other.url)).status).toBe(200);
    await Promise.all([other.close(), other.close()]);
    await other.close();
    await expect(fetch(other.url)).rejects.toThrow();
  });

  it('stops by itself after maxLifetimeMs', async () => {
    // Long enough to answer the first request on a loaded machine; the poll below waits for the stop itself.
    const shortLived = await startPackageIndex({ wheelDirs: [defaultFixtureWheelsDir()], maxLifetimeMs: 3_000 });
    expect((await fetch(shortLived.url)).status).toBe(200);
    await expect(untilRefused(shortLived.url)).resolves.toBe(true);
    await shortLived.close(); // still fine after the timer closed it
  });
});

describe('pip project (examples/python-service)', () => {
  it('installs its requirements from the local index into .venv and runs', async () => {
    const dir = join(scratch, 'python-service');
    await preparePythonFixture('python-service', dir, index);
    expect((await readdir(dir)).sort()).toEqual(
      ['.python-version', 'pyproject.toml', 'requirements-dev.txt', 'requirements.txt', 'service', 'tests', 'wheels'].sort(),
    );
    const cacheDir = join(scratch, 'pip-cache');
    const env = pythonProcessEnv(index, { cacheDir });

    await run('pip: python3 -m venv .venv', 'python3', ['-m', 'venv', '.venv'], { cwd: dir, env });
    const python = join(dir, '.venv/bin/python');
    const installArgs = ['-m', 'pip', 'install', '-r', 'requirements.txt', '-r', 'requirements-dev.txt'];
    const install = await run('pip: pip install -r requirements*.txt', python, installArgs, { cwd: dir, env });
    expect(install).toContain(`Looking in indexes: ${index.url}`);
    expect(install).toMatch(/Successfully installed acme-greeting-1\.0\.0 acme-testkit-1\.0\.0 acme-units-1\.0\.0/);

    const out = await run('pip: .venv/bin/python -m service', python, ['-m', 'service'], { cwd: dir, env });
    expect(out.trim()).toBe('python-service ok: acme-units 1.0.0, acme-greeting 1.0.0: Hello, units! 1.5 km = 1500 m');
    await run('pip: import acme_testkit', python, ['-c', 'import acme_testkit'], { cwd: dir, env });

    // The files are cacheable and 127.0.0.1 is a trusted host, so pip's HTTP cache under PIP_CACHE_DIR fills
    // (<cache>/http for pip 23.2, http-v2 from 23.3 on).
    expect((await readdir(join(cacheDir, 'pip'))).some((entry) => entry.startsWith('http'))).toBe(true);
  });
});

describe('Poetry project (test/fixtures/projects/poetry-service)', () => {
  it('locks against the local index, then installs into an in-project .venv from python3 on PATH', async () => {
    const dir = join(scratch, 'poetry-service');
    let started = Date.now();
    await preparePythonFixture('poetry-service', dir, index);
    timings['poetry: prepare (poetry lock --no-update)'] = Date.now() - started;

    const pyproject = await readFile(join(dir, 'pyproject.toml'), 'utf8');
    expect(pyproject).toContain(`url = "${index.url}"`);
    expect(await exists(join(dir, 'pyproject.toml.template'))).toBe(false);
    expect(await exists(join(dir, '.venv'))).toBe(false);
    const lock = await readFile(join(dir, 'poetry.lock'), 'utf8');
    expect(lock).toMatch(/name = "acme-units"\nversion = "1\.0\.0"/);
    expect(lock).toMatch(/name = "acme-greeting"\nversion = "1\.0\.0"/);
    expect(lock).toMatch(/acme_units-1\.0\.0-py3-none-any\.whl", hash = "sha256:[0-9a-f]{64}"/);

    const env = { ...pythonProcessEnv(index, { cacheDir: join(scratch, 'poetry-cache') }) };
    env.POETRY_VIRTUALENVS_IN_PROJECT = 'true';
    const python3 = (await run('which python3', 'sh', ['-c', 'command -v python3'], { cwd: dir, env })).trim();

    await run('poetry: poetry env use <python3>', POETRY, ['env', 'use', python3], { cwd: dir, env });
    const install = await run('poetry: poetry install --no-interaction', POETRY, ['install', '--no-interaction'], {
      cwd: dir,
      env,
    });
    expect(install).toContain('Installing acme-units (1.0.0)');
    expect(install).toContain('Installing the current project: poetry-service (0.1.0)');

    // The venv is in the project and made from python3 on PATH (pyenv's), not from the Python Poetry runs under.
    const expectedVersion = (
      await run('python3 --version', python3, ['-c', 'import platform; print(platform.python_version())'], {
        cwd: dir,
        env,
      })
    ).trim();
    const pyvenv = await readFile(join(dir, '.venv/pyvenv.cfg'), 'utf8');
    expect(pyvenv).toMatch(new RegExp(`^version_info = ${expectedVersion.replace(/\./g, '\\.')}\\.`, 'm'));

    const python = join(dir, '.venv/bin/python');
    const out = await run('poetry: .venv/bin/python -m poetry_service', python, ['-m', 'poetry_service'], {
      cwd: dir,
      env,
    });
    expect(out.trim()).toBe('poetry-service ok: acme-units 1.0.0, acme-greeting 1.0.0: Hello, units! 2 m = 200 cm');
    const where = await run(
      'poetry: poetry run python -c "import acme_units"',
      POETRY,
      ['run', 'python', '-c', 'import acme_units, sys; print(acme_units.__file__); print(sys.prefix)'],
      { cwd: dir, env },
    );
    expect(where).toContain(join(dir, '.venv/lib/'));

    // Changing the lockfile: bump acme-greeting and re-lock; the second version is there for this.
    started = Date.now();
    await run(
      'poetry: poetry add acme-greeting@1.1.0 --lock',
      POETRY,
      ['add', 'acme-greeting@1.1.0', '--lock', '--no-interaction'],
      { cwd: dir, env },
    );
    expect(await readFile(join(dir, 'poetry.lock'), 'utf8')).toMatch(/name = "acme-greeting"\nversion = "1\.1\.0"/);
    timings['poetry: add acme-greeting@1.1.0 --lock'] = Date.now() - started;
  });
});
