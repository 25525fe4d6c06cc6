import { jest } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { startRegistry, type DockerEngine, type Registry } from '../support/docker-engine.js';
import {
  annotations, appendToFile, freshEngine, imageJob, removeBaseImageArchive, preparePythonService, PUBLISH_IMAGE_ACTION, removeQuietly, REPO_ROOT, scannerStandInPath,
} from '../support/image-jobs.js';
import { cleanProcessEnv, resolveNode24, run, type RunnerJob } from '../support/runner.js';

// What must stop an image before it reaches the registry, and the faults that must not break a build: the
// committed bundles against a real engine and registry. One engine serves this file; each test has its own
// workspace and image name, so none sees another's image.

jest.setTimeout(300_000);

let registry: Registry;
let service: CacheService;
let docker: DockerEngine;
let scratch: string;
const jobs: RunnerJob[] = [];

beforeAll(async () => {
  [registry, service, docker] = await Promise.all([startRegistry(), startCacheService({ maxLifetimeMs: 30 * 60_000 }), freshEngine()]);
  scratch = await mkdtemp(join(tmpdir(), 'publish-image-checks-'));
});

afterAll(async () => {
  await Promise.all(jobs.map((job) => job.dispose()));
  await Promise.all([registry?.stop(), service?.close(), docker?.stop()]);
  await Promise.all([removeQuietly(scratch), removeBaseImageArchive()]);
});

async function workspaceFor(name: string): Promise<string> {
  const workspace = join(scratch, name);
  await preparePythonService(join(workspace, 'service'));
  return workspace;
}

async function job(workspace: string, env: Record<string, string> = {}, withCache = true): Promise<RunnerJob> {
  const started = await imageJob(workspace, docker, withCache ? service : undefined, { env });
  jobs.push(started);
  return started;
}

function inputs(image: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'working-directory': 'service', image, registry: registry.address, username: registry.username, password: registry.password, ...extra };
}

it('refuses a credential-looking build arg before building, without printing its value, and pushes nothing', async () => {
  const workspace = await workspaceFor('build-arg');
  const step = await (await job(workspace)).runMain(PUBLISH_IMAGE_ACTION, inputs('build-arg-app', { 'build-args': 'NODE_ENV=production\nNPM_TOKEN=npm_abcdefSECRETvalue' }));
  expect(step.exitCode).toBe(1);
  const error = annotations(step, 'error').join('\n');
  expect(error).toMatch(/'build-args' has 'NPM_TOKEN', whose name looks like a credential/);
  expect(error).toMatch(/secrets need buildx/);
  expect(`${step.stdout}${step.stderr}`).not.toContain('npm_abcdefSECRETvalue');
  expect(await registry.tags('build-arg-app')).toEqual([]);
});

it('catches a private key and a .env copied into a layer before the push, naming the layer and path, and leaves the registry untouched', async () => {
  const workspace = await workspaceFor('secret-file');
  await mkdir(join(workspace, 'service/keys'));
  await writeFile(join(workspace, 'service/keys/deploy.pem'), '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n');
  await writeFile(join(workspace, 'service/.env'), 'DATABASE_URL=postgres://app:pw@db/app\n');
  await appendToFile(join(workspace, 'service/Dockerfile'), 'COPY keys ./keys\nCOPY .env ./\n');
  const main = await (await job(workspace)).runMain(PUBLISH_IMAGE_ACTION, inputs('secret-file-app'));
  expect(main.exitCode).toBe(1);
  const error = annotations(main, 'error').join('\n');
  expect(error).toMatch(/The image holds secrets, so nothing was pushed: a private key in layer \d+ of \d+ \([0-9a-f]{12}\) at \/srv\/keys\/deploy\.pem; a \.env file in layer \d+ of \d+ \([0-9a-f]{12}\) at \/srv\/\.env/);
  expect(error).not.toContain('b3BlbnNzaC1rZXktdjEAAAAA');
  expect(main.summary).toMatch(/Secret check \| \*\*failed\*\*/);
  expect(await registry.tags('secret-file-app')).toEqual([]);
  expect(JSON.parse(main.state['publish-image']!)).toMatchObject({ skipReason: 'the image holds a secret: its layers are not cached' });
});

it('catches the registry password baked into a layer by a RUN step (searched by value in every file)', async () => {
  const workspace = await workspaceFor('secret-value');
  await appendToFile(join(workspace, 'service/Dockerfile'), `USER root\nRUN echo "${registry.password}" | tr 'a' 'a' > /srv/settings.txt\n`);
  const main = await (await job(workspace)).runMain(PUBLISH_IMAGE_ACTION, inputs('secret-value-app'));
  expect(main.exitCode).toBe(1);
  const error = annotations(main, 'error').join('\n');
  expect(error).toMatch(/a secret value in the command that made the layer in history step \d+/);
  expect(error).toMatch(/a file holding a secret value in layer \d+ of \d+ \([0-9a-f]{12}\) at \/srv\/settings\.txt/);
  expect(`${main.stdout}${main.stderr}`.split(registry.password).length).toBeLessThanOrEqual(1 + (main.stdout.match(/::add-mask::/g) ?? []).length);
  expect(await registry.tags('secret-value-app')).toEqual([]);
});

describe('the scan gate, with a stand-in program for trivy that prints trivy\'s documented JSON (no scanner can be installed here)', () => {
  const report = (severity: string) => JSON.stringify({
    SchemaVersion: 2, ArtifactName: 'x', Results: [{ Target: 'srv (busybox)', Class: 'os-pkgs', Vulnerabilities: [
      { VulnerabilityID: 'CVE-2026-1111', PkgName: 'busybox', InstalledVersion: '1.36.1', FixedVersion: '1.36.2', Severity: severity, Title: 'test finding' },
    ] }],
  });

  async function scanJob(name: string, severity: string) {
    const workspace = await workspaceFor(name);
    const bin = await scannerStandInPath(scratch);
    const reportFile = join(workspace, 'report.json');
    const log = join(workspace, 'scanned.log');
    await writeFile(reportFile, report(severity));
    const started = await job(workspace, { STAND_IN_REPORT: reportFile, STAND_IN_LOG: log, PATH: `${bin}:${process.env.PATH}` });
    return { started, log };
  }

  it('a HIGH finding fails before the push (threshold high): the table in the summary, SARIF written, registry untouched', async () => {
    const { started, log } = await scanJob('scan-high', 'HIGH');
    const main = await started.runMain(PUBLISH_IMAGE_ACTION, inputs('scan-high-app'));
    expect(main.exitCode).toBe(1);
    expect(annotations(main, 'error').join('\n')).toMatch(/The vulnerability scan \(trivy\) found 1 finding\(s\) at or above 'high' \(CVE-2026-1111 in busybox\), so nothing was pushed/);
    expect(main.outputs['scan-result']).toBe('failed');
    expect(main.summary).toMatch(/\| high \| CVE-2026-1111 \| busybox \| 1.36.1 \| 1.36.2 \|/);
    const sarif = JSON.parse(await readFile(main.outputs['sarif-file'], 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(sarif.runs[0].results).toEqual([expect.objectContaining({ ruleId: 'CVE-2026-1111', level: 'error' })]);
    expect((await readFile(log, 'utf8')).trim()).toBe(main.outputs['image-id']); // the scanned image is the one built
    expect(await registry.tags('scan-high-app')).toEqual([]);
  });

  it('a MEDIUM finding passes the high threshold and the image is pushed', async () => {
    const { started } = await scanJob('scan-medium', 'MEDIUM');
    const main = await started.runMain(PUBLISH_IMAGE_ACTION, inputs('scan-medium-app'));
    expect([main.exitCode, annotations(main, 'error')]).toEqual([0, []]);
    expect(main.outputs['scan-result']).toBe('passed');
    expect(await registry.tags('scan-medium-app')).toEqual(['0.1.0', 'latest']);
  });

  it("keeps the scanner's database in the Actions cache: the first run's post saves it, a fresh runner restores it and the scanner reuses it", async () => {
    const dbLog = join(scratch, 'scan-db.log');
    const first = await scanJob('scan-db-first', 'MEDIUM');
    Object.assign(first.started.env, { STAND_IN_DB_LOG: dbLog });
    const main = await first.started.runMain(PUBLISH_IMAGE_ACTION, inputs('scan-db-app', { push: 'false' }));
    expect([main.exitCode, main.outputs['scan-result']]).toEqual([0, 'passed']);
    const post = await first.started.runPost(PUBLISH_IMAGE_ACTION, main);
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/Scanner database: saved \(build-actions-scandb-trivy-linux-x64-\d{4}-\d{2}-\d{2}\)/);
    expect(service.entries().map((entry) => entry.key)).toContainEqual(expect.stringMatching(/^build-actions-scandb-trivy-linux-x64-/));

    // A fresh runner: the same paths (as on GitHub's hosted runners, whose RUNNER_TEMP never changes), nothing on disk.
    await rm(join(first.started.runnerTemp, 'build-actions-trivy-db'), { recursive: true });
    const again = await first.started.runMain(PUBLISH_IMAGE_ACTION, inputs('scan-db-app', { push: 'false' }));
    expect([again.exitCode, again.outputs['scan-result']]).toEqual([0, 'passed']);
    expect((await readFile(dbLog, 'utf8')).trim().split('\n')).toEqual(['downloaded', 'reused']);
    const post2 = await first.started.runPost(PUBLISH_IMAGE_ACTION, again);
    expect(post2.stdout).not.toContain('Scanner database: saved'); // today's entry was restored: not saved again
  });

  it('a scanner asked for by name that is not installed is a clear error', async () => {
    const workspace = await workspaceFor('scan-missing');
    const main = await (await job(workspace)).runMain(PUBLISH_IMAGE_ACTION, inputs('scan-missing-app', { scan: 'grype' }));
    expect(main.exitCode).toBe(1);
    expect(annotations(main, 'error').join('\n')).toMatch(/Input 'scan' is 'grype', but grype is not installed/);
    expect(await registry.tags('scan-missing-app')).toEqual([]);
  });
});

it('registry down: the login fails with a message naming the registry, nothing is pushed, post still runs', async () => {
  const workspace = await workspaceFor('registry-down');
  const down = await startRegistry();
  const address = down.address;
  await down.stop();
  const started = await job(workspace);
  const main = await started.runMain(PUBLISH_IMAGE_ACTION, { ...inputs('registry-down-app'), registry: address });
  expect(main.exitCode).toBe(1);
  expect(annotations(main, 'error').join('\n')).toContain(`Logging in to ${address} as '${registry.username}' failed, so nothing was pushed`);
  const post = await started.runPost(PUBLISH_IMAGE_ACTION, main);
  expect(post.exitCode).toBe(0);
});

it('a wrong password: the registry refuses the login, and the error says so without the password', async () => {
  const workspace = await workspaceFor('bad-login');
  const main = await (await job(workspace)).runMain(PUBLISH_IMAGE_ACTION, inputs('bad-login-app', { password: 'not-the-password-123' }));
  expect(main.exitCode).toBe(1);
  const error = annotations(main, 'error').join('\n');
  expect(error).toMatch(/Logging in to 127\.0\.0\.1:\d+ as 'ci-user' failed/);
  expect(error).not.toContain('not-the-password-123');
  expect(await registry.tags('bad-login-app')).toEqual([]);
});

it('cache service down: a warning, a cold build, and the image is still pushed; the post step does not fail', async () => {
  const workspace = await workspaceFor('cache-down');
  const down = await startCacheService();
  const env = down.env();
  await down.close();
  const started = await imageJob(workspace, docker, undefined, { env });
  jobs.push(started);
  const main = await started.runMain(PUBLISH_IMAGE_ACTION, inputs('cache-down-app'));
  expect([main.exitCode, annotations(main, 'error')]).toEqual([0, []]);
  expect(main.outputs['cache-result']).toBe('error');
  expect(annotations(main, 'warning').join('\n')).toMatch(/Restoring the layer cache failed/);
  expect(await registry.manifestDigest('cache-down-app', '0.1.0')).toBe(main.outputs.digest);
  const post = await started.runPost(PUBLISH_IMAGE_ACTION, main);
  expect(post.exitCode).toBe(0);
  expect(annotations(post, 'warning').join('\n')).toMatch(/Saving the layer cache failed/);
});

it.each([
  ['file', 'missing.Dockerfile', /No Dockerfile: looked for .*service\/missing\.Dockerfile \(input 'file' is 'missing\.Dockerfile'/],
  ['file', '../../etc/passwd', /Input 'file' must be a path inside the working directory, without '\.\.'/],
  ['image', 'Bad Name;$(id)', /Input 'image' must be a repository name/],
  ['tags', 'ok,\nbad tag', /Input 'tags' must give tags/],
  ['latest', 'yes', /Input 'latest' must be one of auto, true, false \(got 'yes'\)/],
  ['context', 'x'.repeat(70_000), /Input 'context' is longer than 65536 characters/],
  ['build-args', 'A=1\nB=$(touch /tmp/pwned)\nC=ünï`id`', null],
  ['version', '1.0\n2.0', /Input 'version' must be a single line/],
] as Array<[string, string, RegExp | null]>)('hostile input %s (#%#): a named error and nothing pushed, or accepted as data', async (name, value, message) => {
  const workspace = await workspaceFor(`bad-${name}`);
  const main = await (await job(workspace)).runMain(PUBLISH_IMAGE_ACTION, { ...inputs(`bad-${name}-app`), [name]: value, push: message === null ? 'false' : 'true' });
  if (message === null) {
    // Shell metacharacters and non-ASCII in build-arg values are data: the build runs, no shell ever sees them.
    expect([main.exitCode, annotations(main, 'error')]).toEqual([0, []]);
    expect(existsSync('/tmp/pwned')).toBe(false);
    return;
  }
  expect(main.exitCode).toBe(1);
  const error = annotations(main, 'error').join('\n');
  expect(error).toMatch(message);
  expect(error).not.toMatch(/\n\s+at /);
  expect(await registry.tags(`bad-${name}-app`)).toEqual([]);
});

it('the local command\'s publish-image stage builds and checks without pushing, and a second run reuses the layers from the local cache', async () => {
  const workspace = await workspaceFor('local-command');
  const cacheDir = join(workspace, 'local-cache');
  const node = await resolveNode24();
  const cli = join(REPO_ROOT, 'dist/cli/index.js');
  const env = { ...cleanProcessEnv(), ...docker.env, TMPDIR: join(workspace, 'tmp') };
  await mkdir(env.TMPDIR, { recursive: true });
  const args = [cli, 'publish-image', 'service', '--image', 'local-app', '--registry', registry.address, '--cache-dir', cacheDir];
  const first = await run(node, args, { env, cwd: workspace, timeoutMs: 280_000 });
  expect([first.exitCode, first.stderr]).toEqual([0, expect.any(String)]);
  expect(first.stdout).toMatch(/Digest\s+not pushed: input 'push' is false/);
  expect(first.stdout).toMatch(/Saved the layer cache/);
  await appendToFile(join(workspace, 'service/service/__main__.py'), '\n# a source-only change\n');
  await docker.docker(['image', 'rm', '--force', `${registry.address}/local-app:0.1.0`]);
  const second = await run(node, args, { env, cwd: workspace, timeoutMs: 280_000 });
  expect(second.exitCode).toBe(0);
  expect(second.stdout).toMatch(/Layer cache\s+hit/);
  expect(second.stdout).toMatch(/Layers\s+[1-9]\d* from cache/);
  expect(await registry.tags('local-app')).toEqual([]);
});
