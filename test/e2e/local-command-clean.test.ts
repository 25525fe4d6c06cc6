import { jest } from '@jest/globals';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitAll } from '../support/build-projects.js';
import { copyFixture } from '../support/fixture-copy.js';
import { REPO_ROOT, removeQuietly } from '../support/image-jobs.js';
import { cleanProcessEnv, resolveNode24, run } from '../support/runner.js';

// The local command leaves nothing of its own in the project: `run` from the bundle (dist/cli/index.js under
// Node 24) on a copy of examples/node-service made a git repository with only the project's own .gitignore
// (node_modules/, dist/, coverage/). Test results, coverage and the npm pack tarball go to the project's run
// folder under the cache directory, and `git status --porcelain` shows nothing new afterwards.

jest.setTimeout(600_000);

const CLI = join(REPO_ROOT, 'dist/cli/index.js');

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'local-command-clean-'));
});

afterAll(async () => {
  await removeQuietly(scratch);
});

async function git(cwd: string, args: string[]): Promise<string> {
  const result = await run('git', args, { cwd, env: cleanProcessEnv() });
  expect([result.exitCode, result.stderr]).toEqual([0, '']);
  return result.stdout;
}

it('run on examples/node-service: git status shows nothing new, the results and the package are in the run folder', async () => {
  const project = await copyFixture(join(REPO_ROOT, 'examples/node-service'), join(scratch, 'node-service'));
  // Packed with --package true below: 'files' keeps its tests out of the tarball, so the package passes verification.
  const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(project, 'package.json'), `${JSON.stringify({ ...manifest, files: ['dist'] }, null, 2)}\n`);
  await commitAll(project);
  const cacheDir = join(scratch, 'cache');
  const npmrc = join(scratch, 'empty-npmrc');
  await writeFile(npmrc, '');
  const env = { ...cleanProcessEnv(), NPM_CONFIG_USERCONFIG: npmrc, NPM_CONFIG_UPDATE_NOTIFIER: 'false', TMPDIR: scratch };
  // --package true: the private example is packed too, so a tarball is made and must not land in the project.
  const result = await run(await resolveNode24(), [CLI, 'run', '.', '--cache-dir', cacheDir, '--package', 'true'], { env, cwd: project, timeoutMs: 540_000 });
  expect([result.exitCode, result.stdout.slice(-3000)]).toEqual([0, expect.any(String)]);
  expect(result.stdout).toMatch(/\n4 stages passed; skipped: publish-image\.\n$/);

  const runs = await readdir(join(cacheDir, 'runs'));
  expect(runs).toEqual([expect.stringMatching(/^node-service-[0-9a-f]{12}$/)]);
  const runFolder = join(cacheDir, 'runs', runs[0]);
  expect(result.stdout).toContain(`Writing test results to ${runFolder}/test-results and packages to ${runFolder}/artifacts (outside the project; 'build-actions cache clear' removes them).\n`);
  expect(result.stdout).toContain(`Result files: ${runFolder}/test-results/junit.xml, ${runFolder}/test-results/coverage/lcov.info\n`);
  expect(existsSync(join(runFolder, 'test-results/junit.xml'))).toBe(true);
  expect(existsSync(join(runFolder, 'test-results/coverage/lcov.info'))).toBe(true);
  expect(await readdir(join(runFolder, 'artifacts'))).toEqual(['node-service-1.0.0.tgz']);

  // Nothing new for git, and among the ignored files only what the project's own commands make (its install and build).
  expect(await git(project, ['status', '--porcelain'])).toBe('');
  expect(await git(project, ['status', '--porcelain', '--ignored'])).toBe('!! dist/\n!! node_modules/\n');
});
