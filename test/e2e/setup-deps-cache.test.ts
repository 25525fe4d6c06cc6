import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CacheFault, CacheService } from '../support/cache-service.js';
import {
  installCommandsRun,
  preparationEnv,
  PROJECT_KINDS,
  SETUP_DEPS_ACTION,
  startJob,
  useSetupDepsSuite,
  type JobOptions,
  type ProjectKind,
} from '../support/setup-deps-jobs.js';
import type { ActionRun, RunnerJob } from '../support/runner.js';

// The committed dist/ bundles, run under Node 24 as a runner runs them, against the local stand-in for the
// Actions cache service, real package managers, and the local Python package index.
// This file: what happens when the cache service fails, and when a save is (not) made. Cases are independent (each has
// its own cache service and workspace) and run side by side (it.concurrent).

const suite = useSetupDepsSuite('setup-deps-cache-e2e');

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

function warnings(step: ActionRun): string[] {
  return step.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
}

/**
 * Flips bytes in the middle of one chunk archive inside a stored tree entry (the client's zstd-compressed tar of the
 * staging folder), and writes the entry back with the same members in the same order (compressed as the client
 * does with this zstd: without long mode, which its unzstd would refuse).
 */
async function corruptChunkInEntry(archive: string, chunkFile: string): Promise<void> {
  const unpacked = await mkdtemp(join(suite.scratch, 'entry-'));
  const sh = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  sh('sh', ['-c', 'zstd -d --long=30 -c "$1" | tar -xf - -P -C "$2"', 'sh', archive, unpacked]);
  const members = sh('sh', ['-c', 'zstd -d --long=30 -c "$1" | tar -tf - -P', 'sh', archive]).split('\n').filter(Boolean);
  const chunk = members.find((member) => member.endsWith(`/${chunkFile}`));
  if (chunk === undefined) throw new Error(`no ${chunkFile} in ${members.join(', ')}`);
  const data = await readFile(join(unpacked, chunk));
  for (let i = Math.floor(data.length / 2); i < Math.floor(data.length / 2) + 256; i += 1) data[i] ^= 0xff;
  await writeFile(join(unpacked, chunk), data);
  await writeFile(join(unpacked, '.members'), `${members.join('\n')}\n`);
  sh('sh', ['-c', 'tar --posix -cf - -P -C "$1" --no-recursion --files-from "$1/.members" | zstd -T0 -q -f -o "$2"', 'sh', unpacked, archive]);
  await rm(unpacked, { recursive: true, force: true });
}

const saveRequests = (service: CacheService, since: number) =>
  service.requests().slice(since).filter((request) => request.path.includes('CreateCacheEntry'));

describe('cache faults degrade to a correct install with a warning', () => {
  const npm = PROJECT_KINDS.find((kind) => kind.name === 'npm')!;
  let seeded: CacheService;

  beforeAll(async () => {
    // The entries to restore: the npm tree and store of the example, saved by one cold job. Each case gets its own
    // service holding copies of them, so that its fault touches nothing else and the cases run side by side.
    seeded = await suite.newService();
    const cold = await runJob(npm, join(suite.scratch, 'faults-seed'), seeded);
    expect(cold.post.summary).toMatch(/installed tree \| saved/);
  });
  const faultyService = async (fault: CacheFault): Promise<CacheService> => {
    const service = await suite.newService(seeded.storedEntries());
    service.setFault(fault);
    return service;
  };

  it.concurrent.each([
    ['down', 'the cache service is down'],
    ['rate-limit', 'the cache service answers 429'],
    ['corrupt-archive', 'the archive is corrupt'],
    ['truncated-archive', 'the archive is truncated, so the restore stops half way'],
  ] as const)('%s: %s', async (fault, _what) => {
    const workspace = join(suite.scratch, `fault-${fault}`);
    let service: CacheService;
    if (fault === 'down' || fault === 'rate-limit') service = await faultyService(fault);
    else {
      // A bad archive needs an entry this job would restore: the client's cache version hashes the absolute paths, so
      // the entries are saved by a cold job at this very workspace, which is then laid anew before the faulty job.
      service = await suite.newService();
      const seed = await runJob(npm, workspace, service);
      expect(seed.post.summary).toMatch(/installed tree \| saved/);
      await rm(workspace, { recursive: true, force: true });
      service.setFault(fault);
    }
    const before = service.requests().length;
    const { job, main, post, project } = await runJob(npm, workspace, service);
    const requests = service.requests().slice(before).map((request) => request.path);
    if (fault === 'down' || fault === 'rate-limit') {
      // the service is failing: nothing more is asked of it in this job, and the summary says why
      expect(requests.filter((path) => path.includes('CreateCacheEntry'))).toEqual([]);
      expect(post.summary).toMatch(/Nothing saved: the cache service failed during the restore/);
    } else {
      // a bad archive is not a failing service: the download store is still tried (and is bad too here, since every
      // download is corrupted); the tree key is held by the bad entry, so the tree is not offered for a save the
      // service would refuse, and the warning says how to delete that entry
      expect(requests.filter((path) => path.includes('GetCacheEntryDownloadURL'))).toHaveLength(2);
      expect(main.summary).toContain('Restoring the npm download store failed');
      expect(warnings(main).join('\n')).toMatch(/The entry stays until it is evicted; to delete it now: gh cache delete build-actions-deps-/);
      expect(post.summary).not.toMatch(/installed tree/);
      expect(requests.filter((path) => path.includes('CreateCacheEntry'))).toHaveLength(1);
    }
    expect(main.exitCode).toBe(0);
    expect(post.exitCode).toBe(0);
    expect(errors(main)).toEqual([]);
    expect(errors(post)).toEqual([]);
    expect(main.outputs['cache-result']).toBe('error');
    expect(main.outputs['cache-hit']).toBe('false');
    expect(warnings(main).join('\n')).toMatch(/Restoring the installed dependencies from the cache failed|incomplete/);
    expect(installCommandsRun(main)).toEqual([expect.stringContaining('npm ci')]);
    const proof = await job.runStep('npm', ['test'], { cwd: project });
    expect(proof.exitCode).toBe(0);
  });

  it.concurrent('a corrupt chunk inside the stored tree entry: a warning, a clean install, a green job', async () => {
    const workspace = join(suite.scratch, 'fault-corrupt-chunk');
    const service = await suite.newService();
    const seed = await runJob(npm, workspace, service);
    expect(seed.post.summary).toMatch(/installed tree \| saved/);
    await rm(workspace, { recursive: true, force: true });
    const tree = service.storedEntries().find((entry) => entry.key.startsWith('build-actions-deps-'))!;
    await corruptChunkInEntry(tree.archive, 'chunk-0.tar.zst');

    const { job, main, post, project } = await runJob(npm, workspace, service);
    expect([main.exitCode, post.exitCode]).toEqual([0, 0]);
    expect(errors(main)).toEqual([]);
    expect(main.outputs).toMatchObject({ 'cache-result': 'error', 'cache-hit': 'false' });
    expect(warnings(main).join('\n')).toMatch(/Restoring the installed dependencies from the cache failed \(the entry build-actions-deps-\S+ is damaged: chunk chunk-0\.tar\.zst could not be extracted/);
    expect(installCommandsRun(main)).toEqual([expect.stringContaining('npm ci')]);
    // The damaged entry holds the key: the post step neither archives the tree nor asks to save it.
    expect(warnings(main).join('\n')).toMatch(/to delete it now: gh cache delete build-actions-deps-/);
    expect(post.summary).not.toMatch(/installed tree/);
    expect((await job.runStep('npm', ['test'], { cwd: project })).exitCode).toBe(0);
  });

  it.concurrent('server-error: 5xx answers are retried by the client, then the install runs; no error annotation', async () => {
    const service = await faultyService('server-error');
    const { main, post } = await runJob(npm, join(suite.scratch, 'fault-server-error'), service, { inputs: {} });
    expect([main.exitCode, post.exitCode]).toEqual([0, 0]);
    expect(errors(main)).toEqual([]);
    expect(errors(post)).toEqual([]);
    expect(main.outputs['cache-result']).toBe('error');
    expect(installCommandsRun(main)).toEqual([expect.stringContaining('npm ci')]);
    // one call's retries (about 30 s) are paid once: the store restore and the saves are not attempted
    expect(post.summary).toMatch(/Nothing saved: the cache service failed during the restore/);
    const lookups = service.requests().filter((request) => request.path.includes('GetCacheEntryDownloadURL'));
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.length).toBeLessThanOrEqual(5); // the client's attempts for the tree's lookup alone
    expect(saveRequests(service, 0)).toEqual([]);
  }, 300_000);

  it.concurrent('a save that fails leaves the job green with a warning', async () => {
    const service = await suite.newService();
    const workspace = join(suite.scratch, 'save-fails');
    const project = join(workspace, 'service');
    await npm.prepare(project, suite.index);
    const job = suite.track(await startJob(workspace, service, suite.index));
    const main = await job.runMain(SETUP_DEPS_ACTION, { 'working-directory': 'service' });
    expect(main.exitCode).toBe(0);
    service.setFault('rate-limit');
    const post = await job.runPost(SETUP_DEPS_ACTION, main);
    expect(post.exitCode).toBe(0);
    expect(errors(post)).toEqual([]);
    expect(warnings(post).join('\n')).toContain('Saving the installed tree to the cache failed');
    expect(post.summary).toMatch(/installed tree \| failed/);
  });
});

describe('when the cache is saved', () => {
  const npm = PROJECT_KINDS.find((kind) => kind.name === 'npm')!;

  it.concurrent('saves after a later step of the job failed, as long as the install succeeded', async () => {
    const workspace = join(suite.scratch, 'later-step-fails');
    const project = join(workspace, 'service');
    await npm.prepare(project, suite.index);
    const service = await suite.newService();
    const job = suite.track(await startJob(workspace, service, suite.index));
    const main = await job.runMain(SETUP_DEPS_ACTION, { 'working-directory': 'service', 'package-manager': 'npm' });
    expect(main.exitCode).toBe(0);
    const failing = await job.runStep('node', ['-e', 'process.exit(3)'], { cwd: project });
    expect(failing.exitCode).toBe(3);
    const post = await job.runPost(SETUP_DEPS_ACTION, main);
    expect(post.exitCode).toBe(0);
    expect(post.summary).toMatch(/installed tree \| saved/);
    expect(service.entries().map((entry) => entry.key)).toContain(main.outputs['cache-key']);
  });

  it.concurrent.each([
    ['pull_request_target', {}],
    ['workflow_run', {}],
    ['pull_request', { pull_request: { number: 7, head: { ref: 'x', repo: { full_name: 'fork/octo-repo', fork: true } }, base: { ref: 'main', repo: { full_name: 'octo-org/octo-repo' } } } }],
  ] as const)('never on %s: restore only, and the summary says why', async (eventName, payload) => {
    const workspace = join(suite.scratch, `untrusted-${eventName}`);
    const yarn = PROJECT_KINDS.find((kind) => kind.name === 'yarn')!;
    const project = join(workspace, 'service');
    await yarn.prepare(project, suite.index);
    await yarn.changeLockfile(project, preparationEnv(suite.index, await mkdtemp(join(suite.scratch, 'prep-home-'))));
    const service = await suite.newService();
    const before = service.requests().length;
    const { main, post } = await runJob(yarn, workspace, service, { keepProject: true, event: { name: eventName, payload: payload as Record<string, unknown> } });
    expect(main.exitCode).toBe(0);
    expect(saveRequests(service, before)).toEqual([]);
    expect(service.requests().slice(before).some((request) => request.path.includes('GetCacheEntryDownloadURL'))).toBe(true);
    expect(main.summary).toMatch(/untrusted code: restore only/);
    expect(post.summary).toMatch(/Nothing saved: .*untrusted code: restore only/);
  });

  it.concurrent('keys a pip venv on the files its requirements include (-r, -c)', async () => {
    const pip = PROJECT_KINDS.find((kind) => kind.name === 'pip')!;
    const workspace = join(suite.scratch, 'pip-includes');
    const withConstraints = (constraint: string): ProjectKind => ({
      ...pip,
      prepare: async (dest) => {
        await pip.prepare(dest, suite.index);
        await mkdir(join(dest, 'constraints'), { recursive: true });
        await writeFile(join(dest, 'constraints', 'pins.txt'), constraint);
        const file = join(dest, 'requirements.txt');
        await writeFile(file, `${await readFile(file, 'utf8')}\n-c constraints/pins.txt\n`);
      },
    });
    const service = await suite.newService();
    const first = await runJob(withConstraints('acme-greeting==1.0.0\n'), workspace, service);
    const second = await runJob(withConstraints('acme-greeting==1.0.0\nacme-units==1.0.0\n'), workspace, service);
    expect([first.main.exitCode, second.main.exitCode]).toEqual([0, 0]);
    expect(second.main.outputs['cache-key']).not.toBe(first.main.outputs['cache-key']);
    expect(second.main.outputs['cache-result']).toBe('partial');
  });

  it.concurrent("never with cache: false, and reports 'disabled'", async () => {
    const workspace = join(suite.scratch, 'cache-false');
    const service = await suite.newService();
    const before = service.requests().length;
    const { main, post } = await runJob(npm, workspace, service, { inputs: { cache: 'false' } });
    expect(main.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-result': 'disabled' });
    expect(service.requests().length).toBe(before);
    expect(post.summary).toContain("Nothing saved: input 'cache' is false");
  });
});


describe('cache-version rotates every key', () => {
  const npm = PROJECT_KINDS.find((kind) => kind.name === 'npm')!;

  it.concurrent('saved under 1: a run with 2 (or none) restores nothing, not even the download store by prefix; a run with 1 again is an exact hit', async () => {
    const workspace = join(suite.scratch, 'cache-version');
    const service = await suite.newService();
    const fresh = async (version: string): Promise<JobResult> => {
      await rm(join(workspace, 'service'), { recursive: true, force: true });
      return runJob(npm, workspace, service, { inputs: { 'cache-version': version } });
    };
    const one = await fresh('1');
    expect([one.main.exitCode, one.post.exitCode, one.main.outputs['cache-result']]).toEqual([0, 0, 'miss']);
    expect(service.entries().map((entry) => entry.key)).toEqual([
      expect.stringMatching(/^build-actions-deps-v3-cache-version\+1\+-linux-/),
      expect.stringMatching(/^build-actions-store-v1-cache-version\+1\+-linux-/),
    ]);

    // The same lockfile: without the version the store's exact key, and its prefix, would find version 1's entries.
    for (const other of ['2', '']) {
      const run = await fresh(other);
      expect([other, run.main.exitCode, run.main.outputs['cache-result'], run.main.outputs['cache-hit']]).toEqual([other, 0, 'miss', 'false']);
      expect(installCommandsRun(run.main)).toEqual([expect.stringContaining('npm ci')]);
      expect(run.main.outputs['cache-key']).toMatch(other === '' ? /^build-actions-deps-v3-linux-/ : /^build-actions-deps-v3-cache-version\+2\+-linux-/);
      expect(run.post.summary).toMatch(/installed tree \| saved/);
    }
    expect(service.entries()).toHaveLength(6);

    const again = await fresh('1');
    expect(again.main.outputs).toMatchObject({ 'cache-result': 'exact', 'cache-hit': 'true', 'cache-key': one.main.outputs['cache-key'] });
    expect(installCommandsRun(again.main)).toEqual([]);
    expect((await again.job.runStep('npm', ['test'], { cwd: again.project })).exitCode).toBe(0);

    const refused = await fresh('1 2');
    expect(refused.main.exitCode).toBe(1);
    expect(errors(refused.main)).toEqual([expect.stringMatching(/^Input 'cache-version' must be a short token of 1 to 32 letters, digits, '\.', '_' or '-', .*\(got '1 2'\)\.$/)]);
  }, 300_000);
});
