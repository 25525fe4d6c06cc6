import { jest } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { startRegistry, type DockerEngine, type Registry } from '../support/docker-engine.js';
import {
  annotations, appendToFile, freshEngine, imageJob, removeBaseImageArchive, prepareNodeService, preparePythonService, PUBLISH_IMAGE_ACTION, removeQuietly,
} from '../support/image-jobs.js';
import type { RunnerJob } from '../support/runner.js';

// The committed dist/ bundles of publish-image, run as a runner runs them, against a real Docker engine
// (Debian's dockerd, classic builder, a fresh data root per engine), a real registry with basic auth on
// 127.0.0.1, and the local stand-in for the Actions cache service.

jest.setTimeout(300_000);

let registry: Registry;
let service: CacheService;
let scratch: string;
const engines: DockerEngine[] = [];
const jobs: RunnerJob[] = [];

async function engine(): Promise<DockerEngine> {
  const started = await freshEngine();
  engines.push(started);
  return started;
}

beforeAll(async () => {
  [registry, service] = await Promise.all([startRegistry(), startCacheService({ maxLifetimeMs: 30 * 60_000 })]);
  scratch = await mkdtemp(join(tmpdir(), 'publish-image-e2e-'));
});

afterAll(async () => {
  await Promise.all(jobs.map((job) => job.dispose()));
  await Promise.all(engines.map((started) => started.stop()));
  await Promise.all([registry?.stop(), service?.close()]);
  await Promise.all([removeQuietly(scratch), removeBaseImageArchive()]);
});

/** The classic builder's steps that made an image without the cache (FROM and the --label steps aside), as their first two words. */
function madeAnew(output: string): string[] {
  return output.split(/^Step \d+\/\d+ : /m).slice(1)
    .filter((step) => !/^(FROM|LABEL)\s/.test(step) && /^ ---> [0-9a-f]{12}$/m.test(step) && !/^ ---> Using cache$/m.test(step))
    .map((step) => step.split(/\s+/).slice(0, 2).join(' '));
}

function pushInputs(): Record<string, string> {
  return { 'working-directory': 'service', registry: registry.address, username: registry.username, password: registry.password };
}

describe('the Node example (multi-stage Dockerfile)', () => {
  let workspace: string;
  let job: RunnerJob;
  let coldDigest: string;

  beforeAll(async () => {
    workspace = join(scratch, 'node');
    await prepareNodeService(join(workspace, 'service'));
  });

  it('cold: builds, checks, pushes version and latest, and the registry serves one digest for both; post logs out and saves the layers', async () => {
    const first = await engine();
    job = await imageJob(workspace, first, service);
    jobs.push(job);
    const main = await job.runMain(PUBLISH_IMAGE_ACTION, pushInputs());
    expect([main.exitCode, annotations(main, 'error')]).toEqual([0, []]);
    expect(main.outputs['cache-result']).toBe('miss');
    expect(main.outputs.tags.split('\n')).toEqual([`${registry.address}/node-service:1.0.0`, `${registry.address}/node-service:latest`]);
    coldDigest = main.outputs.digest;
    expect(coldDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await registry.manifestDigest('node-service', '1.0.0')).toBe(coldDigest);
    expect(await registry.manifestDigest('node-service', 'latest')).toBe(coldDigest);
    expect(main.secretsMasked).toContain(registry.password);
    const logged = main.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    expect(logged).not.toContain(registry.password);
    expect(main.outputs['scan-result']).toBe('skipped');
    expect(annotations(main, 'warning').join('\n')).toMatch(/vulnerability scan was SKIPPED, not passed/);
    expect(main.summary).toMatch(/Secret check \| passed/);
    expect(main.summary).toContain(coldDigest);
    expect(main.summary).toMatch(/\| Size \| [\d.]+ (KiB|MiB); No size history yet: the first push of the default branch sets it\. \|/);
    expect(service.entries().map((entry) => entry.key).filter((key) => key.startsWith('image-sizes-'))).toHaveLength(1);

    // The labels come from the run: the same commit gives the same labels.
    const inspected = await first.docker(['image', 'inspect', '--format', '{{json .Config.Labels}}', `${registry.address}/node-service:1.0.0`]);
    const labels = JSON.parse(inspected.stdout) as Record<string, string>;
    expect(labels).toMatchObject({
      'org.opencontainers.image.version': '1.0.0', 'org.opencontainers.image.title': 'node-service', 'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.source': 'https://github.com/octo-org/octo-repo', 'org.opencontainers.image.revision': 'c0ffee0000000000000000000000000000c0ffee',
    });

    const post = await job.runPost(PUBLISH_IMAGE_ACTION, main);
    expect([post.exitCode, annotations(post, 'warning')]).toEqual([0, []]);
    expect(post.stdout).toMatch(/Logged out of 127\.0\.0\.1:\d+/);
    expect(service.entries().map((entry) => entry.key).filter((key) => key.startsWith('build-actions-image-'))).toHaveLength(1);
    const config = await first.docker(['system', 'info', '--format', '{{json .}}']);
    expect(config.exitCode).toBe(0);
  });

  it('warm: after a source-only change, a fresh engine builds with the dependency layers from the cache and pushes a new digest', async () => {
    await appendToFile(join(workspace, 'service/src/app.ts'), '\n// a source-only change\n');
    // A fresh engine, as a new runner machine has; the job's paths (RUNNER_TEMP, the workspace) are the same, as on GitHub.
    const second = await engine();
    const main = await job.runMain(PUBLISH_IMAGE_ACTION, pushInputs(), second.env);
    expect([main.exitCode, annotations(main, 'error')]).toEqual([0, []]);
    expect(main.outputs['cache-result']).toBe('hit');
    const layers = /Layers \| (\d+) from cache, (\d+) built/.exec(main.summary);
    expect(layers).not.toBeNull();
    expect(Number(layers![1])).toBeGreaterThanOrEqual(4); // WORKDIR, ARG, COPY manifests, the dependency RUN at least
    // The final stage starts FROM base + WORKDIR like the dependency stage, yet takes its own chain from the cache: its
    // COPY of the dependency tree is reused, and only what the source change touched is made anew (the build stage's
    // COPY src and RUN; the final stage's COPY of dist and what follows it).
    expect(main.stdout).toMatch(/COPY --from=deps \/app\/node_modules \.\/node_modules\n ---> Using cache\n/);
    expect(madeAnew(main.stdout)).toEqual(['COPY src', 'RUN mkdir', 'COPY --from=build', 'COPY package.json', 'USER nobody', 'CMD ["cat",']);
    expect(main.outputs.digest).not.toBe(coldDigest);
    // The size change is against the default branch's last push (the size history the cold push saved).
    expect(main.summary).toMatch(/\| Size \| [\d.]+ (KiB|MiB), [+-][\d.]+ (B|KiB|MiB) \([+-][\d.]+%\) against the default branch's last push \(refs\/heads\/main\) \|/);
    expect(main.summary).toMatch(/In the registry \| [\d.]+ (KiB|MiB) compressed \|/);
    expect(await registry.manifestDigest('node-service', '1.0.0')).toBe(main.outputs.digest);
    expect(await registry.manifestDigest('node-service', 'latest')).toBe(main.outputs.digest);
    const post = await job.runPost(PUBLISH_IMAGE_ACTION, main, second.env);
    expect([post.exitCode, annotations(post, 'warning')]).toEqual([0, []]);
    expect(service.entries().map((entry) => entry.key).filter((key) => key.startsWith('build-actions-image-'))).toHaveLength(2);
  });

  it('a second warm rebuild on another fresh engine, from what the warm run saved, reuses the dependency tree again', async () => {
    const saved = service.entries().map((entry) => entry.key).filter((key) => key.startsWith('build-actions-image-')).pop();
    await appendToFile(join(workspace, 'service/src/app.ts'), '\n// another source-only change\n');
    const third = await engine();
    const main = await job.runMain(PUBLISH_IMAGE_ACTION, { ...pushInputs(), push: 'false' }, third.env);
    expect([main.exitCode, annotations(main, 'error')]).toEqual([0, []]);
    expect(main.stdout).toContain(`from ${saved}: `);
    expect(madeAnew(main.stdout)).toEqual(['COPY src', 'RUN mkdir', 'COPY --from=build', 'COPY package.json', 'USER nobody', 'CMD ["cat",']);
  });

  it('a run of another branch compares its size with the default branch and does not move the size history', async () => {
    const sizeKeys = () => service.entries().map((entry) => entry.key).filter((key) => key.startsWith('image-sizes-'));
    const before = sizeKeys();
    await appendToFile(join(workspace, 'service/src/app.ts'), `\n// ${'x'.repeat(4000)}\n`);
    const main = await job.runMain(PUBLISH_IMAGE_ACTION, pushInputs(), { GITHUB_REF: 'refs/heads/feature', GITHUB_REF_NAME: 'feature' });
    expect([main.exitCode, annotations(main, 'error')]).toEqual([0, []]);
    expect(main.summary).toMatch(/\| Size \| [\d.]+ (KiB|MiB), \+[\d.]+ (B|KiB) \(\+[\d.]+%\) against the default branch's last push \(refs\/heads\/main\) \|/);
    expect(main.stdout).toMatch(/Size history not saved: only builds of the default branch set it \(this is refs\/heads\/feature\)/);
    expect(main.summary).toMatch(/latest \| stays/);
    expect(sizeKeys()).toEqual(before);
    const unpushed = await job.runMain(PUBLISH_IMAGE_ACTION, { ...pushInputs(), push: 'false' });
    expect([unpushed.exitCode, annotations(unpushed, 'error')]).toEqual([0, []]);
    expect(unpushed.stdout).toContain('Size history not saved: only a push sets it.');
    expect(sizeKeys()).toEqual(before);
  });
});

describe('the Python example', () => {
  it('builds and pushes under the pyproject name and version; a prerelease tag leaves latest where it was', async () => {
    const workspace = join(scratch, 'python');
    await preparePythonService(join(workspace, 'service'));
    const started = await engine();
    const job = await imageJob(workspace, started, service);
    jobs.push(job);
    const stable = await job.runMain(PUBLISH_IMAGE_ACTION, pushInputs());
    expect([stable.exitCode, annotations(stable, 'error')]).toEqual([0, []]);
    expect(await registry.tags('python-service')).toEqual(['0.1.0', 'latest']);
    const latestBefore = await registry.manifestDigest('python-service', 'latest');

    await writeFile(join(workspace, 'service/service/__init__.py'), '__version__ = "0.2.0rc1"\n');
    const prerelease = await job.runMain(PUBLISH_IMAGE_ACTION, pushInputs(), { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v0.2.0-rc.1', GITHUB_REF: 'refs/tags/v0.2.0-rc.1' });
    expect([prerelease.exitCode, annotations(prerelease, 'error')]).toEqual([0, []]);
    expect(prerelease.outputs.tags).toBe(`${registry.address}/python-service:0.2.0-rc.1`);
    expect(prerelease.summary).toMatch(/latest \| stays: version '0.2.0-rc.1' is a prerelease/);
    expect(await registry.manifestDigest('python-service', '0.2.0-rc.1')).toBe(prerelease.outputs.digest);
    expect(await registry.manifestDigest('python-service', 'latest')).toBe(latestBefore);
    expect(prerelease.outputs.digest).not.toBe(latestBefore);

    const forced = await job.runMain(PUBLISH_IMAGE_ACTION, { ...pushInputs(), latest: 'true' }, { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v0.2.0-rc.1' });
    expect(forced.exitCode).toBe(1);
    expect(annotations(forced, 'error').join('\n')).toMatch(/Input 'latest' is true, but version '0.2.0-rc.1' is a prerelease: 'latest' is guarded/);
    expect(await registry.manifestDigest('python-service', 'latest')).toBe(latestBefore);
  });
});
