import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanProcessEnv, createRunnerJob, run, type ActionRun, type Annotation, type RunnerJob } from '../support/runner.js';

// Issue 7, items 3 to 6: the quality-checks bundle (dist/, under Node 24, as a runner runs it) on projects of the
// shapes a first run on real repositories got wrong. Real tools: TypeScript, ESLint from one `npm ci` of
// examples/node-service; biome from the registry; Debian's flake8, black and pylint.

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ACTION = join(REPO_ROOT, 'actions/quality-checks/action.yml');
const FIXTURES = join(REPO_ROOT, 'test/fixtures/projects');

let scratch: string;
let workspace: string;
let emptyNpmrc: string;
const jobs: RunnerJob[] = [];

async function mustRun(command: string, args: string[], cwd: string, env: Record<string, string> = cleanProcessEnv()): Promise<string> {
  const result = await run(command, args, { cwd, env, timeoutMs: 300_000 });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Sources stored as *.ts.fixture (the repository's own type check leaves their deliberate errors alone) get their names back. */
async function unfixture(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const child = join(folder, entry.name);
    if (entry.isDirectory()) await unfixture(child);
    else if (entry.name.endsWith('.ts.fixture')) await rename(child, child.slice(0, -'.fixture'.length));
  }
}

/** A Node fixture sharing the example service's installed node_modules (TypeScript 5.9, ESLint 10). */
async function nodeFixture(name: string, folder: string): Promise<string> {
  const destination = join(workspace, folder);
  await cp(join(FIXTURES, name), destination, { recursive: true });
  await unfixture(destination);
  await symlink('../example/node_modules', join(destination, 'node_modules'));
  return destination;
}

async function pythonFixture(name: string, folder: string, venv: 'system-site-packages' | 'isolated' | 'none'): Promise<string> {
  const destination = join(workspace, folder);
  await cp(join(FIXTURES, name), destination, { recursive: true });
  if (venv !== 'none') await mustRun('/usr/bin/python3', ['-m', 'venv', ...(venv === 'system-site-packages' ? ['--system-site-packages'] : ['--without-pip']), '.venv'], destination);
  return destination;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'quality-shapes-e2e-'));
  workspace = join(scratch, 'workspace');
  emptyNpmrc = join(scratch, 'empty-npmrc');
  await mkdir(workspace, { recursive: true });
  await writeFile(emptyNpmrc, '');
  const env = { ...cleanProcessEnv(), NPM_CONFIG_USERCONFIG: emptyNpmrc };
  const example = join(workspace, 'example');
  const source = join(REPO_ROOT, 'examples/node-service');
  await cp(source, example, { recursive: true, filter: (from) => !/(^|\/)(node_modules|dist)(\/|$)/.test(path.relative(source, from)) });
  const biome = join(workspace, 'node-biome');
  await cp(join(FIXTURES, 'quality-node-biome'), biome, { recursive: true });
  await Promise.all([
    mustRun('npm', ['ci', '--no-audit', '--no-fund'], example, env),
    mustRun('npm', ['ci', '--no-audit', '--no-fund'], biome, env),
    pythonFixture('quality-python-flake8-black', 'python-flake8-black', 'system-site-packages'),
    pythonFixture('quality-python-nolinter', 'python-nolinter', 'none'),
    (async () => {
      // A venv of its own (no system packages, so no pylint in it) with a package only it has.
      const ledger = await pythonFixture('quality-python-pylint-venv', 'python-pylint-venv', 'isolated');
      const site = (await mustRun(join(ledger, '.venv/bin/python'), ['-c', 'import site; print(site.getsitepackages()[0])'], ledger)).trim();
      await writeFile(join(site, 'venvonly.py'), '"""A helper only the venv has."""\n\n\ndef rounded(value):\n    """Rounded to cents."""\n    return round(value, 2)\n');
    })(),
  ]);
  await Promise.all([
    nodeFixture('quality-node-solution', 'node-solution'),
    nodeFixture('quality-node-nx', 'node-nx'),
    (async () => {
      const rewrites = await nodeFixture('quality-node-rewrites', 'node-rewrites');
      await mustRun('git', ['init', '-q'], rewrites);
      await mustRun('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', 'package.json', 'eslint.config.js', 'src'], rewrites);
      await mustRun('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'fixture'], rewrites);
    })(),
  ]);
}, 300_000);

afterAll(async () => {
  await Promise.all(jobs.map((job) => job.dispose()));
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function runStep(inputs: Record<string, string>): Promise<ActionRun> {
  const job = await createRunnerJob({ workspace, env: { NPM_CONFIG_USERCONFIG: emptyNpmrc } });
  jobs.push(job);
  return job.runMain(ACTION, inputs);
}

function shown(annotations: Annotation[]): string[] {
  return annotations.map((a) => `${a.level} ${[a.file, a.line, a.col].filter((part) => part !== undefined).join(':')} ${a.title ?? ''}: ${a.message}`);
}

describe('quality-checks on the shapes of real projects (issue 7)', () => {
  it("item 3, Vite's solution-style tsconfig (files: [] with references): every referenced project is checked, and the files counted", async () => {
    const step = await runStep({ 'working-directory': 'node-solution', checks: 'type-check' });
    expect(shown(step.annotations.filter((a) => a.file !== undefined))).toEqual([
      "error node-solution/src/main.ts:5:14 tsc TS2322: Type 'string' is not assignable to type 'number'.",
      "error node-solution/tools/config.ts:1:14 tsc TS2322: Type 'number' is not assignable to type 'string'.",
    ]);
    expect(step.summary).toContain('| type-check (tsc -b --noEmit) | **failed**: 2 errors |');
    expect(step.summary).toContain('- **type-check (tsc -b --noEmit)**: checked 2 files of the referenced projects');
    expect(step.exitCode).toBe(1);
  });

  it("item 3, nx's composite projects importing each other: tsc -b builds them (--noEmit is refused there) and finds the error", async () => {
    const step = await runStep({ 'working-directory': 'node-nx', checks: 'type-check' });
    expect(shown(step.annotations.filter((a) => a.file !== undefined))).toEqual([
      "error node-nx/apps/api/src/main.ts:3:14 tsc TS2322: Type 'number' is not assignable to type 'string'.",
    ]);
    expect(step.summary).toContain('| type-check (tsc -b) | **failed**: 1 error |');
    expect(step.summary).toContain('- **type-check (tsc -b)**: checked 2 files of the referenced projects (and 1 declaration file)');
  });

  it('item 4, a lint script that rewrites the sources (eslint --fix): fails, names the file and the fix, and the file is restored', async () => {
    const original = await readFile(join(workspace, 'node-rewrites/src/app.js'), 'utf8');
    const step = await runStep({ 'working-directory': 'node-rewrites', checks: 'lint' });
    expect(shown(step.annotations.filter((a) => a.file !== undefined))).toEqual([
      expect.stringMatching(
        /^error node-rewrites\/src\/app\.js quality-checks rewrites-sources: 'lint' \(eslint --fix \.\) changed this file while checking it; a check must only read the sources: .*name a check-only script with the 'lint-script' input\. It was restored to its content before the check\.$/,
      ),
    ]);
    expect(step.exitCode).toBe(1);
    expect(await readFile(join(workspace, 'node-rewrites/src/app.js'), 'utf8')).toBe(original);
    expect(await mustRun('git', ['status', '--porcelain', '--untracked-files=no'], join(workspace, 'node-rewrites'))).toBe('');
  });

  it("item 5, biome's 'Found 1 warning.' (exit code 0): one warning, annotated, never 'passed, 0 warnings'", async () => {
    const step = await runStep({ 'working-directory': 'node-biome', checks: 'lint' });
    expect(shown(step.annotations)).toEqual([
      'warning node-biome/src/total.js:2:9 biome lint/correctness/noUnusedVariables: This variable unused is unused.',
    ]);
    expect(step.summary).toContain('| lint (npm run lint) | 1 warning |');
    expect(step.outputs).toMatchObject({ 'warning-count': '1', 'failed-checks': '' });
    expect(step.exitCode).toBe(0);
  });

  it('item 6, a project that configures flake8 and black: both run from its venv, each finding read; pylint does not run', async () => {
    const step = await runStep({ 'working-directory': 'python-flake8-black', checks: 'lint' });
    expect(shown(step.annotations.filter((a) => a.file !== undefined))).toEqual([
      'error python-flake8-black/shop/carts.py black format: black would reformat this file (black fixes it)',
      "error python-flake8-black/shop/carts.py:5:16 flake8 E201: whitespace after '('",
      "error python-flake8-black/shop/carts.py:5:48 flake8 E202: whitespace before ')'",
      'error python-flake8-black/shop/prices.py black format: black would reformat this file (black fixes it)',
      "error python-flake8-black/shop/prices.py:2:1 flake8 F401: 'os' imported but unused",
    ]);
    expect(step.summary).toContain('| lint (flake8) | **failed**: 3 errors |');
    expect(step.summary).toContain('| lint (black) | **failed**: 2 errors |');
    expect(step.summary).not.toContain('pylint');
    expect(step.stdout).toMatch(/\[command\]\S*python-flake8-black\/\.venv\/bin\/python -m flake8 --format=default/);
  });

  it("item 6, pylint from PATH on a venv it is not part of: it sees the venv's packages (no false import-error)", async () => {
    const step = await runStep({ 'working-directory': 'python-pylint-venv', checks: 'lint' });
    expect(step.annotations.filter((a) => /import-error|E0401/.test(`${a.title} ${a.message}`))).toEqual([]);
    expect(step.summary).toContain('| lint (pylint) | passed |');
    expect(step.stdout).toMatch(/\[command\]\/usr\/bin\/pylint --init-hook=import sys; sys\.path\.extend\(\[".*python-pylint-venv\/\.venv\/lib\/python3\.\d+\/site-packages"/);
    expect(step.exitCode).toBe(0);
  });

  it('item 6, no Python linter configured: lint is skipped with how to turn one on', async () => {
    const step = await runStep({ 'working-directory': 'python-nolinter' });
    expect(step.summary).toContain('| lint (python) | skipped |');
    expect(step.summary).toContain('- **lint (python)**: no Python linter is configured: add a [tool.ruff] section to pyproject.toml');
    expect(step.exitCode).toBe(0);
  });
});
