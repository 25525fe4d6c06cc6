import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LOCAL_USAGE } from '../../../src/core/local/cli-arguments.js';
import { localRunFolder } from '../../../src/core/local/run-plan.js';
import { runLocalCommand } from '../../../src/local/local-command.js';
import { tempDirectories } from '../support/temp-dir.js';

const temp = tempDirectories('build-actions-local-command-');
afterAll(() => temp.cleanup());

async function run(argv: string[]): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await runLocalCommand(argv, (text) => (output += text));
  return { code, output };
}

describe('runLocalCommand', () => {
  it('--help prints the usage and exits 0', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, output: LOCAL_USAGE });
  });

  it('an unknown option prints the error and the usage, and exits 2', async () => {
    const { code, output } = await run(['--verbose']);
    expect(code).toBe(2);
    expect(output).toBe(`error: Unknown option '--verbose'. Options: --working-directory, --package-manager, --cache, --cache-version, --checks, --fail-on, --lint-script, --type-check-script, --audit-level, --fail-on-outdated, --max-parallel, --coverage, --coverage-threshold, --shard, --args, --allow-no-tests, --results-directory, --merge-shards, --test-script, --timeout-minutes, --build-script, --package, --artifacts-directory, --max-size, --max-size-increase, --fail-on-size, --context, --file, --image, --registry, --username, --password, --version, --latest, --tags, --build-args, --secrets, --target, --push, --scan, --severity-threshold, --stages, --image-max-size, --cache-dir, --password-stdin, --help.\n\n${LOCAL_USAGE}`);
  });

  it('a bad input fails the stage with the input message, runs post, and exits 1', async () => {
    const cacheDir = path.join(await temp.make(), 'cache');
    const { code, output } = await run(['setup-deps', '--cache', 'yes', '--cache-dir', cacheDir]);
    expect(code).toBe(1);
    expect(output).toBe(
      "error: Input 'cache' must be true or false (got 'yes').\nNothing to save: the setup-deps step did not get as far as the cache.\n",
    );
    expect(existsSync(cacheDir)).toBe(false);
  });

  it('a DIRECTORY that does not exist fails with the working-directory message', async () => {
    const missing = path.join(await temp.make(), 'nope');
    const { code, output } = await run([missing, '--cache-dir', path.join(await temp.make(), 'cache')]);
    expect(code).toBe(1);
    expect(output).toContain(`error: Input 'working-directory' is '${missing}', but ${missing} is not a directory.`);
  });

  it("writes test results into the project's run folder under the cache: never into the project or the caller's current folder", async () => {
    const project = await temp.make();
    await mkdir(path.join(project, 'test'));
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'x', type: 'module', scripts: { test: 'node --test test/' } }));
    await writeFile(path.join(project, 'test/a.test.js'), "import test from 'node:test';\ntest('works', () => {});\n");
    const caller = await temp.make();
    const cacheDir = path.join(await temp.make(), 'cache');
    const runFolder = localRunFolder(cacheDir, project);
    const before = process.cwd();
    process.chdir(caller);
    try {
      const { code, output } = await run(['test', project, '--coverage', 'false', '--cache-dir', cacheDir]);
      expect([code, output]).toEqual([0, expect.stringContaining('Tests: 1 passed, 0 failed, 0 skipped, 1 in all (node)')]);
      expect(output).toContain(`Writing test results to ${runFolder}/test-results (outside the project; 'build-actions cache clear' removes them).\n`);
      expect(output).toContain(`Result files: ${runFolder}/test-results/junit.xml\n`);
    } finally {
      process.chdir(before);
    }
    expect(existsSync(path.join(runFolder, 'test-results/junit.xml'))).toBe(true);
    expect((await readdir(project)).sort()).toEqual(['package.json', 'test']);
    expect(await readdir(caller)).toEqual([]);
    // cache clear DIR takes that project's run folder; cache clear, every one.
    expect((await run(['cache', 'clear', project, '--cache-dir', cacheDir])).code).toBe(0);
    expect(existsSync(runFolder)).toBe(false);
  });

  it('a results-directory outside the repository and the run folder is refused by name', async () => {
    const project = await temp.make();
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'x', scripts: { test: 'node --test' } }));
    const elsewhere = await temp.make();
    const cacheDir = path.join(await temp.make(), 'cache');
    const { code, output } = await run(['test', project, '--results-directory', elsewhere, '--cache-dir', cacheDir]);
    expect(code).toBe(1);
    expect(output).toContain(`error: Input 'results-directory' is '${path.relative(project, elsewhere)}', which leads to ${elsewhere}, outside the workspace ${project} and the run's temporary folder ${localRunFolder(cacheDir, project)}.`);
  });
});

describe('runLocalCommand: the registry password', () => {
  const PASSWORD = 'hunter2-registry-password';
  async function withStdin(argv: string[], stdin: string): Promise<{ code: number; output: string }> {
    let output = '';
    const code = await runLocalCommand(argv, (text) => (output += text), false, async () => stdin);
    return { code, output };
  }

  it('--password works, with a warning first, and the value is never printed', async () => {
    const project = await temp.make();
    const { code, output } = await run(['publish-image', project, '--registry', '127.0.0.1:1', '--username', 'u', '--password', PASSWORD, '--cache-dir', path.join(await temp.make(), 'cache')]);
    expect(code).toBe(1);
    expect(output).toMatch(/^warning: --password puts the registry password on the command line, where other users see it \(ps\) and the shell keeps it in its history: use --password-stdin or BUILD_ACTIONS_REGISTRY_PASSWORD instead\.\n/);
    expect(output).not.toContain(PASSWORD);
  });

  it('--password-stdin reads it from standard input: no warning, never printed', async () => {
    const project = await temp.make();
    const { code, output } = await withStdin(['publish-image', project, '--registry', '127.0.0.1:1', '--username', 'u', '--password-stdin', '--cache-dir', path.join(await temp.make(), 'cache')], `${PASSWORD}\n`);
    expect(code).toBe(1);
    expect(output).not.toMatch(/warning: --password/);
    expect(output).not.toContain(PASSWORD);
  });

  it('--password-stdin with nothing on standard input: exit 2, nothing run', async () => {
    const { code, output } = await withStdin(['publish-image', '--password-stdin'], '');
    expect([code, output]).toEqual([2, `error: Option '--password-stdin' read no password from standard input: pipe it in, e.g. printf '%s' "$TOKEN" | build-actions ... --password-stdin.\n`]);
  });
});

describe('runLocalCommand: a word that is neither a stage nor a folder', () => {
  it('is an unknown stage, exit 2', async () => {
    const { code, output } = await run(['tset']);
    expect([code, output]).toEqual([2, "error: Unknown stage or command 'tset', and no folder of that name. Stages: run, setup-deps, quality-checks, test, build, publish-image; commands: explain, cache clear, init. See build-actions --help.\n"]);
  });
});

it('run: a failing test stops the build and the image, each with its progress line, and the end line names both kinds', async () => {
  const project = await temp.make();
  await mkdir(path.join(project, 'test'));
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'svc', version: '1.0.0', private: true, type: 'module', scripts: { test: 'node --test test/', build: 'node -e 0' } }));
  await writeFile(path.join(project, 'test/a.test.js'), "import test from 'node:test';\ntest('breaks', () => { throw new Error('broken'); });\n");
  execFileSync('npm', ['install', '--package-lock-only', '--offline', '--no-audit', '--no-fund'], { cwd: project });
  const { code, output } = await run(['run', project, '--checks', 'config', '--coverage', 'false', '--cache-dir', path.join(await temp.make(), 'cache')]);
  expect(code).toBe(1);
  expect(output).toMatch(/<== \[3\/5\] test: failed \(\d+\.\d s\)\n(.*\n)*<== \[4\/5\] build: skipped: test failed\n<== \[5\/5\] publish-image: skipped: test failed\n/);
  expect(output).toMatch(/\nFailed: test \(failed\); skipped: build, publish-image\.\n$/);
}, 120_000);

describe('run without a Docker engine', () => {
  /** A small npm project (no dependencies) with a Dockerfile, and DOCKER_HOST at a socket nobody listens on. */
  async function projectWithoutEngine(): Promise<{ project: string; restore: () => void }> {
    const project = await temp.make();
    await mkdir(path.join(project, 'test'));
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'svc', version: '1.0.0', private: true, type: 'module', scripts: { test: 'node --test test/' } }));
    await writeFile(path.join(project, 'test/a.test.js'), "import test from 'node:test';\ntest('works', () => {});\n");
    await writeFile(path.join(project, 'Dockerfile'), 'FROM scratch\n');
    execFileSync('npm', ['install', '--package-lock-only', '--offline', '--no-audit', '--no-fund'], { cwd: project });
    const before = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = `unix://${path.join(project, 'no-engine.sock')}`;
    return { project, restore: () => (before === undefined ? delete process.env.DOCKER_HOST : (process.env.DOCKER_HOST = before)) };
  }

  it('skips the image with a note (how to install or start Docker, or --stages), and exits 0 on the other four verdicts', async () => {
    const { project, restore } = await projectWithoutEngine();
    try {
      const { code, output } = await run(['run', project, '--checks', 'config', '--coverage', 'false', '--cache-dir', path.join(await temp.make(), 'cache')]);
      expect(code).toBe(0);
      expect(output).toMatch(/<== \[4\/5\] build: passed[^\n]*\n==> \[5\/5\] publish-image\n<== \[5\/5\] publish-image: skipped: no Docker engine here \(The Docker engine does not answer \(docker version: [^\n]*\)\)\. Install Docker \(https:\/\/docs\.docker\.com\/engine\/install\/\) or start its engine [^\n]*; to leave it out: --stages setup-deps,quality-checks,test,build\n/);
      expect(output).toMatch(/\n4 stages passed; skipped: publish-image\.\n$/);
    } finally {
      restore();
    }
  }, 120_000);

  it('named in --stages, the image stage fails with the same advice (exit 1), and no stack', async () => {
    const { project, restore } = await projectWithoutEngine();
    try {
      const { code, output } = await run(['run', project, '--stages', 'publish-image', '--cache-dir', path.join(await temp.make(), 'cache')]);
      expect(code).toBe(1);
      expect(output).toMatch(/<== \[1\/1\] publish-image: failed \(\d+\.\d s\)/);
      expect(output).toMatch(/error: publish-image: no Docker engine here \(The Docker engine does not answer/);
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      restore();
    }
  }, 60_000);
});
