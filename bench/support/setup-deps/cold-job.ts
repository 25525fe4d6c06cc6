// Populating the cache: one cold job per fixture (main + post), as a first CI run would. It also fixes what the
// variants run: the install the action ran (A, B), the entries it saved (B, C) and the tree archive (D).
import { basename, join } from 'node:path';
import { installCommandsRun, startJob } from '../../../test/support/setup-deps-jobs.js';
import { downloadEntry, floorCommand, setupDepsState } from './cache-entries.js';
import type { CacheService, Command, Fixture, FixtureDefinition, PackageIndex } from './model.js';
import { megabytes, s3, say } from './printed.js';
import { output, show, stepEnvironment } from './processes.js';
import { BENCH_ROOT } from './settings.js';

/** Runs the fixture's cold job against the cache service and returns the fixture as the rounds measure it. */
export async function coldJob(definition: FixtureDefinition, service: CacheService, index: PackageIndex, actionYml: string): Promise<Fixture> {
  const workspace = join(BENCH_ROOT, definition.name, 'workspace');
  const project = join(workspace, 'service');
  await definition.prepare(project, index);
  const job = await startJob(workspace, service, index);
  // A step's environment before the action runs (afterwards the job's PATH has the action's additions).
  const env = await stepEnvironment(job);
  const coldMain = await job.runMain(actionYml, { 'working-directory': 'service' });
  if (coldMain.exitCode !== 0 || coldMain.outputs['cache-result'] !== 'miss') {
    throw new Error(`${definition.name}: the cold job's main step gave exit ${coldMain.exitCode}, cache-result=${coldMain.outputs['cache-result']}:\n${coldMain.stdout.slice(-4000)}\n${coldMain.stderr.slice(-2000)}`);
  }
  const post = await job.runPost(actionYml, coldMain);
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
  const fixture: Fixture = {
    ...definition, workspace, project, install, storePath: state.storePath, storeKey: state.storeKey, treeKey: state.treeKey,
    archive, archiveBytes, storeArchiveBytes, extract: floor.command,
    coldJobSeconds: { main: coldMain.durationMs / 1000, post: post.durationMs / 1000 },
    samples: { A: [], B: [], C: [], D: [] }, parts: { restore: [], install: [] }, treeEntries: { A: [], B: [], C: [], D: [] },
  };
  say(`  ${definition.name}: main ${s3(coldMain.durationMs / 1000)} s + post ${s3(post.durationMs / 1000)} s; tree entry ${megabytes(archiveBytes)}, store entry ${megabytes(storeArchiveBytes)}`);
  say(`    tree archive: ${floor.rootNote}`);
  return fixture;
}
