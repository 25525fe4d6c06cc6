import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CacheService } from '../support/cache-service.js';
import { copyFixture } from '../support/fixture-copy.js';
import {
  createLane,
  installCommandsRun,
  preparationEnv,
  PROJECT_KINDS,
  REPO_ROOT,
  SETUP_DEPS_ACTION,
  startJob,
  useSetupDepsSuite,
  type JobOptions,
  type ProjectKind,
} from '../support/setup-deps-jobs.js';
import { run, type ActionRun, type RunnerJob } from '../support/runner.js';

// The committed dist/ bundles, run under Node 24 as a runner runs them, against the local stand-in for the
// Actions cache service, real package managers, and the local Python package index.
// Cases are independent (each makes what it needs, whatever ran before) and run side by side (it.concurrent).

const suite = useSetupDepsSuite('setup-deps-e2e');

interface JobResult {
  job: RunnerJob;
  main: ActionRun;
  post: ActionRun;
  project: string;
}

/** One workflow job: checkout (the fixture copied fresh), setup-deps, then its post step. */
async function runJob(kind: ProjectKind, workspace: string, service: CacheService, options: JobOptions & { keepProject?: boolean } = {}): Promise<JobResult> {
  const project = join(workspace, 'service');
  if (!options.keepProject) await kind.prepare(project, suite.index);
  const job = suite.track(await startJob(workspace, service, suite.index, options));
  const main = await job.runMain(SETUP_DEPS_ACTION, { 'working-directory': 'service', ...options.inputs });
  const post = await job.runPost(SETUP_DEPS_ACTION, main);
  return { job, main, post, project };
}

function errors(step: ActionRun): string[] {
  return step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message);
}

const saveRequests = (service: CacheService, since: number) =>
  service.requests().slice(since).filter((request) => request.path.includes('CreateCacheEntry'));

/**
 * Each kind of project has its lane: its own cache service and workspace, whose jobs take turns (they are successive
 * runs of one workflow), while the lanes of the five kinds run side by side. The cold job, which fills the cache, runs
 * once per lane for whichever case needs it first: the warm case does not depend on the cold case having run before.
 */
interface KindLane {
  service: CacheService;
  workspace: string;
  turn: <T>(body: () => Promise<T>) => Promise<T>;
  cold: Promise<JobResult & { proof: { exitCode: number; stdout: string; stderr: string } }>;
}
const lanes = new Map<string, Promise<KindLane>>();
function laneOf(kind: ProjectKind): Promise<KindLane> {
  let lane = lanes.get(kind.name);
  if (!lane) {
    lane = (async () => {
      const service = await suite.newService();
      const workspace = join(suite.scratch, `${kind.name}-workspace`);
      const turn = createLane();
      const cold = turn(async () => {
        const result = await runJob(kind, workspace, service);
        const proof = await result.job.runStep(kind.prove.command, kind.prove.args, { cwd: result.project });
        return { ...result, proof };
      });
      cold.catch(() => undefined); // reported by the cases that await it
      return { service, workspace, turn, cold };
    })();
    lanes.set(kind.name, lane);
  }
  return lane;
}

describe('setup-deps on each kind of project', () => {
  it.concurrent.each(PROJECT_KINDS)('$name, cold: installs, exports what later steps need, and saves the tree and the download store', async (kind) => {
    const lane = await laneOf(kind);
    const { main, post, project, proof } = await lane.cold;
    expect(errors(main)).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-result': 'miss', 'package-manager': kind.name });
    expect(installCommandsRun(main).length).toBeGreaterThan(0);
    expect(main.summary).toContain('**miss**');
    expect(post.exitCode).toBe(0);
    expect(lane.service.entries().map((entry) => entry.key)).toEqual(expect.arrayContaining([main.outputs['cache-key'], expect.stringMatching(new RegExp(`^build-actions-store-v1-.*-${kind.name}-`))]));
    expect(post.summary).toMatch(/installed tree \| saved/);
    if (kind.tree === '.venv') {
      expect(main.addedPaths).toEqual([join(project, '.venv', 'bin')]);
      expect(main.exportedEnv.VIRTUAL_ENV).toBe(join(project, '.venv'));
    }
    expect([proof.exitCode, proof.stderr]).toEqual([0, expect.any(String)]);
  });

  it.concurrent.each(PROJECT_KINDS)('$name, warm on a fresh runner: restores the exact tree, runs no install, saves nothing, and the project works', async (kind) => {
    const lane = await laneOf(kind);
    await lane.cold;
    await lane.turn(async () => {
      const before = lane.service.requests().length;
      const { job, main, post, project } = await runJob(kind, lane.workspace, lane.service);
      expect(errors(main)).toEqual([]);
      expect(main.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-result': 'exact' });
      expect(installCommandsRun(main)).toEqual([]);
      expect(main.summary).toContain('**exact**');
      expect(main.summary).toContain('Install | skipped');
      expect(saveRequests(lane.service, before)).toEqual([]);
      expect(post.summary).toContain('Nothing saved');
      const proof = await job.runStep(kind.prove.command, kind.prove.args, { cwd: project });
      expect([proof.exitCode, proof.stdout + proof.stderr]).toEqual([0, expect.any(String)]);
    });
  });

  it.concurrent.each(PROJECT_KINDS)('$name, a lockfile change misses the tree, restores the download store, installs and saves the new tree', async (kind) => {
    const lane = await laneOf(kind);
    await lane.cold;
    await lane.turn(async () => {
      const project = join(lane.workspace, 'service');
      await kind.prepare(project, suite.index);
      const home = await mkdtemp(join(suite.scratch, 'prep-home-'));
      await kind.changeLockfile(project, preparationEnv(suite.index, home));
      const { job, main, post } = await runJob(kind, lane.workspace, lane.service, { keepProject: true });
      expect(errors(main)).toEqual([]);
      expect(main.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-result': 'partial' });
      expect(main.summary).toContain('Download store | restored from');
      expect(installCommandsRun(main).length).toBeGreaterThan(0);
      expect(lane.service.entries().map((entry) => entry.key)).toContain(main.outputs['cache-key']);
      expect(post.summary).toMatch(/installed tree \| saved/);
      const proof = await job.runStep(kind.prove.command, kind.prove.args, { cwd: project });
      expect(proof.exitCode).toBe(0);
    });
  });
});

describe('bad input fails with a clear error and leaves nothing half-written', () => {

  const fixtureKind = (relative: string): ProjectKind => ({
    ...PROJECT_KINDS[0],
    prepare: async (dest) => {
      await rm(dest, { recursive: true, force: true });
      await mkdir(dest, { recursive: true });
      if (relative !== '') await copyFixture(join(REPO_ROOT, relative), dest);
    },
  });

  it.concurrent.each([
    ['an unknown package-manager', '', { 'package-manager': 'pipenv' }, /Input 'package-manager' must be one of auto, npm, yarn, pnpm, pip, poetry \(got 'pipenv'\)/],
    ['a boolean that is not true/false', 'examples/node-service', { cache: 'yes' }, /Input 'cache' must be true or false \(got 'yes'\)/],
    ['a working-directory that does not exist', '', { 'working-directory': 'no/such/folder' }, /Input 'working-directory' is 'no\/such\/folder', but .*no\/such\/folder is not a directory/],
    ['no manifest at all', '', {}, /No project to install in .*: looked for package\.json, requirements\*\.txt, pyproject\.toml with \[tool\.poetry\], poetry\.lock/],
    ['npm without a lockfile', 'test/fixtures/projects/npm-no-lockfile', {}, /npm needs a lockfile .* has none \(looked for package-lock\.json, npm-shrinkwrap\.json\)\. Run 'npm install' locally and commit package-lock\.json/],
    ['npm with a lockfile out of sync', 'test/fixtures/projects/npm-out-of-sync', {}, /package-lock\.json in .* is out of sync with package\.json: 'ms' .* is in package\.json but not in package-lock\.json\. Run 'npm install' locally/],
    ['two lockfiles that disagree with packageManager', 'test/fixtures/projects/conflicting-lockfiles', {}, /package\.json says packageManager 'pnpm@.*', but the lockfiles in .* are package-lock\.json, yarn\.lock \(no pnpm-lock\.yaml\)/],
  ])('%s', async (_what, relative, inputs, message) => {
    const workspace = join(suite.scratch, `bad-${Math.random().toString(36).slice(2)}`);
    const service = await suite.newService();
    const before = service.requests().length;
    const { main, post, project } = await runJob(fixtureKind(relative), workspace, service, { inputs });
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([expect.stringMatching(message)]);
    expect(main.stdout).not.toMatch(/\n\s+at /); // a message for the user, not a stack
    expect(existsSync(join(project, 'node_modules'))).toBe(false);
    expect(post.exitCode).toBe(0);
    expect(saveRequests(service, before)).toEqual([]);
  });

  it.concurrent('a runtime that does not satisfy engines.node names what was found, what is required, and the fix', async () => {
    const workspace = join(suite.scratch, 'engines');
    const kind: ProjectKind = {
      ...PROJECT_KINDS[0],
      prepare: async (dest) => {
        await PROJECT_KINDS[0].prepare(dest, suite.index);
        const manifest = JSON.parse(await readFile(join(dest, 'package.json'), 'utf8')) as Record<string, unknown>;
        manifest.engines = { node: '>=99' };
        await writeFile(join(dest, 'package.json'), JSON.stringify(manifest, null, 2));
      },
    };
    const { main } = await runJob(kind, workspace, await suite.newService());
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([
      expect.stringMatching(/^Node\.js \d+\.\d+\.\d+ is on PATH, but package\.json engines\.node requires '>=99'\. Add actions\/setup-node before this step with 'node-version-file: package\.json'/),
    ]);
  });

  it.concurrent('a Python that does not satisfy requires-python says how to fix the workflow', async () => {
    const workspace = join(suite.scratch, 'python-version');
    const pip = PROJECT_KINDS.find((kind) => kind.name === 'pip')!;
    const kind: ProjectKind = {
      ...pip,
      prepare: async (dest) => {
        await pip.prepare(dest, suite.index);
        // (.python-version is removed: pyenv's shim on this machine would switch interpreters on it)
        await rm(join(dest, '.python-version'));
        const file = join(dest, 'pyproject.toml');
        await writeFile(file, (await readFile(file, 'utf8')).replace(/requires-python = ".*"/, 'requires-python = ">=3.99"'));
      },
    };
    const { main, project } = await runJob(kind, workspace, await suite.newService());
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([
      expect.stringMatching(/^Python 3\.\d+\.\d+ is on PATH, but pyproject\.toml requires-python requires '>=3\.99'\. Add actions\/setup-python before this step with 'python-version-file: pyproject\.toml'/),
    ]);
    expect(existsSync(join(project, '.venv'))).toBe(false);
  });

  it.concurrent('an install that fails reports the command and its last lines, removes the half-made tree, and saves nothing', async () => {
    const workspace = join(suite.scratch, 'install-fails');
    const yarn = PROJECT_KINDS.find((kind) => kind.name === 'yarn')!;
    const kind: ProjectKind = {
      ...yarn,
      prepare: async (dest) => {
        await yarn.prepare(dest, suite.index);
        const manifest = JSON.parse(await readFile(join(dest, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
        manifest.dependencies['is-number'] = '7.0.0';
        await writeFile(join(dest, 'package.json'), JSON.stringify(manifest, null, 2));
      },
    };
    const service = await suite.newService();
    const before = service.requests().length;
    const { main, post, project } = await runJob(kind, workspace, service);
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([expect.stringMatching(/^'yarn install --frozen-lockfile --non-interactive' failed with exit code 1 in .*\. Its last lines:\n[\s\S]*lockfile/)]);
    expect(existsSync(join(project, 'node_modules'))).toBe(false);
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('Nothing to save: the install did not succeed');
    expect(saveRequests(service, before)).toEqual([]);
  });

  it.concurrent('an install past timeout-minutes is stopped with every process it started, reported as a timeout, its half tree removed, nothing saved', async () => {
    // npm ci runs the root package's postinstall, which starts a child that never ends and never ends itself.
    const workspace = join(suite.scratch, 'install-times-out');
    const project = join(workspace, 'service');
    const hang = [
      "const { spawn } = require('node:child_process');",
      "const fs = require('node:fs');",
      "const group = Number(fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[2]);",
      "const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });",
      "fs.writeFileSync('pids.json', JSON.stringify({ script: process.pid, child: child.pid, group }));",
      "console.log('postinstall: warming up, for ever');",
      'setInterval(() => {}, 1000);',
    ].join('\n');
    const files: Record<string, string> = {
      'dep/package.json': JSON.stringify({ name: 'dep', version: '1.0.0' }),
      'package.json': JSON.stringify({ name: 'slow-install', version: '1.0.0', private: true, dependencies: { dep: 'file:./dep' }, scripts: { postinstall: 'node hang.js' } }, null, 2),
      'hang.js': hang,
    };
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(project, name, '..'), { recursive: true });
      await writeFile(join(project, name), text);
    }
    // The lockfile only (--ignore-scripts): the postinstall would never end.
    const lock = await run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'], { cwd: project, env: preparationEnv(suite.index, await mkdtemp(join(suite.scratch, 'prep-home-'))), timeoutMs: 120_000 });
    expect(lock.exitCode).toBe(0);
    const service = await suite.newService();
    const npm = PROJECT_KINDS.find((kind) => kind.name === 'npm')!;
    const { main, post } = await runJob(npm, workspace, service, { keepProject: true, inputs: { 'timeout-minutes': '0.2' } });

    expect(main.exitCode).toBe(1);
    expect(errors(main)).toEqual([
      expect.stringMatching(new RegExp(`^'npm ci --no-audit --no-fund' did not finish within 0\\.2 min \\(timeout-minutes\\) in ${project.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} and was stopped with every process it started; what it made was removed and nothing is saved to the cache\\.`)),
    ]);
    expect(errors(main)[0]).not.toMatch(/failed with exit code/);
    // The postinstall ran (it wrote its pids), and nothing of its process group is left: npm, the script, its child.
    const pids = JSON.parse(await readFile(join(project, 'pids.json'), 'utf8')) as { script: number; child: number; group: number };
    const table = execFileSync('ps', ['-eo', 'pid=,pgid=,stat='], { encoding: 'utf8' }).split('\n').map((line) => line.trim().split(/\s+/)).filter((row) => row.length === 3);
    const living = table.filter(([pid, group, stat]) => !stat.startsWith('Z') && (Number(group) === pids.group || Number(pid) === pids.script || Number(pid) === pids.child));
    expect(living).toEqual([]);
    expect(pids.group).not.toBe(process.pid);
    expect(existsSync(join(project, 'node_modules'))).toBe(false);
    expect([post.exitCode, post.stdout.includes('Nothing to save: the install did not succeed')]).toEqual([0, true]);
    expect(saveRequests(service, 0)).toEqual([]);
    expect(service.entries()).toEqual([]);
    console.log(`setup-deps with a postinstall that never ends (timeout-minutes 0.2 = 12 s): main step ${(main.durationMs / 1000).toFixed(1)} s`);
  }, 180_000);
});

