import { jest } from '@jest/globals';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitAll } from '../support/build-projects.js';
import { startRegistry, type DockerEngine, type Registry } from '../support/docker-engine.js';
import { copyFixture } from '../support/fixture-copy.js';
import { freshEngine, removeBaseImageArchive, REPO_ROOT, removeQuietly } from '../support/image-jobs.js';
import { cleanProcessEnv, resolveNode24, run } from '../support/runner.js';

// The local command's `run` from the bundle (dist/cli/index.js under Node 24, as a user runs it) on a copy of
// examples/node-service in a git checkout: all five stages, the image built and checked by a real Docker engine
// (Debian's dockerd, classic builder, its own data root, the busybox base image) with the layer cache in the local
// cache directory, pushed to a real registry (basic auth, 127.0.0.1) only with --push.

jest.setTimeout(900_000);

const CLI = join(REPO_ROOT, 'dist/cli/index.js');
const DOCKERFILE = join(REPO_ROOT, 'test/fixtures/images/node-service.Dockerfile');

let engine: DockerEngine;
let registry: Registry;
let scratch: string;
let cacheDir: string;
let npmrc: string;

beforeAll(async () => {
  [engine, registry] = await Promise.all([freshEngine(), startRegistry()]);
  scratch = await mkdtemp(join(tmpdir(), 'local-command-e2e-'));
  cacheDir = join(scratch, 'local-cache');
  // npm with its defaults, as on a developer's machine or a runner (not this machine's user npmrc).
  npmrc = join(scratch, 'empty-npmrc');
  await writeFile(npmrc, '');
});

afterAll(async () => {
  await Promise.all([engine?.stop(), registry?.stop()]);
  await Promise.all([removeQuietly(scratch), removeBaseImageArchive()]);
});

/** A git checkout holding a copy of examples/node-service as `service`, with the test Dockerfile or without one. */
async function checkout(name: string, withDockerfile: boolean): Promise<string> {
  const workspace = join(scratch, name);
  const service = await copyFixture(join(REPO_ROOT, 'examples/node-service'), join(workspace, 'service'));
  if (withDockerfile) {
    await cp(DOCKERFILE, join(service, 'Dockerfile'));
    await writeFile(join(service, '.dockerignore'), 'node_modules\n.git\n');
  }
  await writeFile(join(workspace, '.gitignore'), 'node_modules/\ndist/\ncoverage/\ntest-results/\ntmp/\n');
  await commitAll(workspace);
  return workspace;
}

async function buildActions(workspace: string, args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const env = { ...cleanProcessEnv(), ...engine.env, NPM_CONFIG_USERCONFIG: npmrc, NPM_CONFIG_UPDATE_NOTIFIER: 'false', TMPDIR: join(workspace, 'tmp') };
  await mkdir(env.TMPDIR, { recursive: true });
  return run(await resolveNode24(), [CLI, 'run', 'service', '--cache-dir', cacheDir, ...args], { env, cwd: workspace, timeoutMs: 600_000 });
}

/** The stage table's row of `stage` (result, seconds, cache), from the printed summary. */
function row(stdout: string, stage: string): string {
  return new RegExp(`^ {2}${stage} +(.*)$`, 'm').exec(stdout.slice(stdout.indexOf('== Pipeline: ')))?.[1].replace(/ {2,}/g, ' | ') ?? '';
}

describe('build-actions run (all five stages)', () => {
  let workspace: string;
  const login = (): string[] => ['--registry', registry.address, '--username', registry.username, '--password', registry.password];

  beforeAll(async () => {
    workspace = await checkout('with-dockerfile', true);
  });

  it('without --push: builds and checks the image with the local layer cache, and pushes nothing (registry untouched)', async () => {
    const first = await buildActions(workspace, login());
    expect([first.exitCode, first.stderr]).toEqual([0, expect.any(String)]);
    expect(first.stdout).toMatch(/^==> \[5\/5\] publish-image\n/m);
    expect(first.stdout).toMatch(/^<== \[5\/5\] publish-image: passed \(\d+\.\d s\)$/m);
    expect(first.stdout).toMatch(/\nAll 5 stages passed\.\n$/);
    expect(row(first.stdout, 'publish-image')).toMatch(/^✅ passed \| \d+\.\d s \| miss$/);
    expect(first.stdout).toMatch(/Digest\s+not pushed: input 'push' is false/);
    expect(first.stdout).toMatch(/Secret check\s+passed/);
    expect(first.stdout).toMatch(/Saved the layer cache/);
    expect(first.stdout).not.toContain(registry.password);
    expect(await registry.tags('node-service')).toEqual([]);
    // The image is in the engine, under the name it would be pushed as.
    const inspected = await engine.docker(['image', 'inspect', '--format', '{{.Config.User}}', `${registry.address}/node-service:1.0.0`]);
    expect([inspected.exitCode, inspected.stdout.trim()]).toEqual([0, 'nobody']);
  });

  it('with --push: the second run on the unchanged project skips install and build (exact hits), reuses the layers, and pushes', async () => {
    const second = await buildActions(workspace, [...login(), '--push']);
    expect([second.exitCode, second.stderr]).toEqual([0, expect.any(String)]);
    expect(row(second.stdout, 'setup-deps')).toMatch(/^✅ passed \| \d+\.\d s \| exact$/);
    expect(row(second.stdout, 'build')).toMatch(/^✅ passed \| \d+\.\d s \| hit \(build skipped\)$/);
    expect(row(second.stdout, 'publish-image')).toMatch(/^✅ passed \| \d+\.\d s \| hit$/);
    expect(second.stdout).toMatch(/Layers\s+[1-9]\d* from cache/);
    const digest = /Digest\s+`?(sha256:[0-9a-f]{64})`?/.exec(second.stdout)?.[1];
    expect(digest).toMatch(/^sha256:/);
    expect(await registry.manifestDigest('node-service', '1.0.0')).toBe(digest);
    expect(second.stdout).not.toContain(registry.password);
  });
});

it('run on a project without a Dockerfile: publish-image skipped with the note, the exit code from the other four stages', async () => {
  const workspace = await checkout('without-dockerfile', false);
  const result = await buildActions(workspace, []);
  expect([result.exitCode, result.stderr]).toEqual([0, expect.any(String)]);
  expect(result.stdout).toContain(`<== [5/5] publish-image: skipped: no Dockerfile (looked for ${join(workspace, 'service/Dockerfile')}), so no image to build; 'build-actions init' writes one, --file names another\n`);
  expect(row(result.stdout, 'publish-image')).toMatch(/^⏭️ skipped: no Dockerfile/);
  expect(result.stdout).toMatch(/\n4 stages passed; skipped: publish-image\.\n$/);
  expect(result.stdout).not.toMatch(/^error: /m);
});
