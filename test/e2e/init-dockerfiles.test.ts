import { jest } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNodeBaseImage, importPythonBaseImage } from '../support/base-images.js';
import { startDockerEngine, type DockerEngine } from '../support/docker-engine.js';
import { copyFixture } from '../support/fixture-copy.js';
import { REPO_ROOT, removeQuietly } from '../support/image-jobs.js';
import { cleanProcessEnv, resolveNode24, run } from '../support/runner.js';

// `build-actions init` (the bundle, as a user runs it) on copies of the examples, then a real `docker build` of the
// Dockerfile and .dockerignore it wrote, on a real engine (Debian's dockerd, classic builder). The FROM lines name
// node:24-slim and python:3.12-slim, which cannot be pulled here: test/support/base-images.ts makes stand-ins under
// those names from this machine's Node 24, npm, Debian's Python and pip. The Node build runs `npm ci` against the npm
// registry (--network=host); the Python build installs from the example's wheels folder (--network=none).

jest.setTimeout(900_000);

const CLI = join(REPO_ROOT, 'dist/cli/index.js');

let engine: DockerEngine;
let scratch: string;

beforeAll(async () => {
  engine = await startDockerEngine();
  scratch = await mkdtemp(join(tmpdir(), 'init-dockerfiles-e2e-'));
});

afterAll(async () => {
  await engine?.stop();
  await removeQuietly(scratch);
});

/** A copy of the example with init's files in it (init writes them: the copy has no Dockerfile). */
async function initialized(example: string): Promise<{ service: string; dockerfile: string }> {
  const service = await copyFixture(join(REPO_ROOT, 'examples', example), join(scratch, example));
  const result = await run(await resolveNode24(), [CLI, 'init', service], { env: cleanProcessEnv(), cwd: scratch, timeoutMs: 60_000 });
  expect([result.exitCode, result.stdout]).toEqual([0, expect.stringContaining(`wrote    ${join(service, 'Dockerfile')}`)]);
  expect(result.stdout).toContain(`wrote    ${join(service, '.dockerignore')}`);
  return { service, dockerfile: await readFile(join(service, 'Dockerfile'), 'utf8') };
}

async function docker(args: string[], cwd = scratch): Promise<string> {
  const result = await engine.docker(args, { cwd });
  if (result.exitCode !== 0) throw new Error(`docker ${args.join(' ')} failed (${result.exitCode}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

async function config(image: string): Promise<{ User: string; Cmd: string[] }> {
  return JSON.parse(await docker(['image', 'inspect', '--format', '{{json .Config}}', image])) as { User: string; Cmd: string[] };
}

it('node-service: the multi-stage Dockerfile builds; the image runs as node with init\'s CMD and production dependencies only', async () => {
  const { service, dockerfile } = await initialized('node-service');
  expect(dockerfile).toMatch(/^FROM node:24-slim AS deps$/m);
  expect(dockerfile).toContain('CMD ["node","dist/server.js"]');
  await importNodeBaseImage(engine, 'node:24-slim', await resolveNode24());

  await docker(['build', '--network=host', '--tag', 'init-node:test', '.'], service);
  const { User, Cmd } = await config('init-node:test');
  expect([User, Cmd]).toEqual(['node', ['node', 'dist/server.js']]);

  // Run as the image's user: not root, the build output there, the production dependencies load, no dev dependency.
  const probe = [
    'id -u',
    'ls dist/server.js',
    "node -e \"for (const name of ['express', 'pino', 'zod']) require(name); console.log('production dependencies load')\"",
    'for dev in jest typescript eslint ts-jest supertest @types; do [ -e node_modules/$dev ] && echo "dev dependency: $dev"; done; true',
  ].join(' && ');
  const output = await docker(['run', '--rm', '--network=none', 'init-node:test', 'sh', '-c', probe]);
  expect(output.trim().split('\n')).toEqual(['1000', 'dist/server.js', 'production dependencies load']);
  const packages = (await docker(['run', '--rm', '--network=none', 'init-node:test', 'ls', 'node_modules'])).split('\n');
  expect(packages).toEqual(expect.arrayContaining(['express', 'pino', 'zod']));
});

it('python-service: the Dockerfile builds offline from the wheels folder; the image runs its CMD as the app user, without the dev requirements', async () => {
  const { service, dockerfile } = await initialized('python-service');
  expect(dockerfile).toMatch(/^FROM python:3\.12-slim$/m);
  expect(dockerfile).toContain('CMD ["python","-m","service"]');
  await importPythonBaseImage(engine, 'python:3.12-slim');

  await docker(['build', '--network=none', '--tag', 'init-python:test', '.'], service);
  const { User, Cmd } = await config('init-python:test');
  expect([User, Cmd]).toEqual(['app', ['python', '-m', 'service']]);

  // The image's own command, as its own user.
  const report = await docker(['run', '--rm', '--network=none', 'init-python:test']);
  expect(report.trim()).toMatch(/^python-service ok: acme-units 1\.0\.0, acme-greeting 1\.0\.0: /);
  const probe = "id -u; python -c 'import acme_testkit' 2>/dev/null && echo 'dev requirement installed'; true";
  const output = await docker(['run', '--rm', '--network=none', 'init-python:test', 'sh', '-c', probe]);
  expect(output.trim().split('\n')).toEqual(['10001']);
});
