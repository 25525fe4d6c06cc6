import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheService, type CacheFault, type CacheService } from '../support/cache-service.js';
import { startPackageIndex, type PackageIndex } from '../support/package-index.js';
import type { ActionRun, RunnerJob } from '../support/runner.js';
import { installCommandsRun, PROJECT_KINDS, REPO_ROOT, SETUP_DEPS_ACTION, startJob } from '../support/setup-deps-jobs.js';

// The committed bundles against a cache service that stops answering, under the default deadlines. Each job must
// end with a correct install, a warning naming the call that did not answer, and the step's time bounded. The
// seconds each fault costs are printed (the README's cache section quotes them); no timing is asserted.

const npm = PROJECT_KINDS.find((kind) => kind.name === 'npm')!;
let service: CacheService;
let index: PackageIndex;
let scratch: string;
const jobs: RunnerJob[] = [];

beforeAll(async () => {
  [service, index] = await Promise.all([startCacheService({ maxLifetimeMs: 45 * 60_000 }), startPackageIndex({ wheelDirs: [] })]);
  scratch = await mkdtemp(join(tmpdir(), 'bounded-waits-e2e-'));
});

afterAll(async () => {
  await Promise.all(jobs.map((job) => job.dispose()));
  await Promise.all([service?.close(), index?.close()]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function report(figure: string): void {
  console.log(`Seconds spent on a stalled cache service (default deadlines): ${figure}`);
}

function annotations(step: ActionRun, level: 'error' | 'warning'): string[] {
  return step.annotations.filter((annotation) => annotation.level === level).map((annotation) => annotation.message);
}

/** The 'Restore' seconds of main's summary, and each save's seconds of post's. */
function summarySeconds(summary: string, row: RegExp): number | undefined {
  const match = row.exec(summary);
  return match ? Number(match[1]) : undefined;
}

/**
 * Cache-worker processes started by this job's steps that are still alive (none may outlive a step). Other test
 * files run setup-deps at the same time, so a worker is this job's only if its RUNNER_TEMP (a cache-call-*
 * folder the step makes) lies under this job's runner temp.
 */
function workersAlive(job: RunnerJob): string[] {
  const table = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .filter((line) => line.includes(join(REPO_ROOT, 'dist/cache-worker')))
    .filter((line) => {
      try {
        const environment = readFileSync(`/proc/${line.trim().split(/\s+/)[0]}/environ`, 'utf8').split('\0');
        return environment.some((entry) => entry.startsWith(`RUNNER_TEMP=${join(job.runnerTemp, 'cache-call-')}`));
      } catch {
        return false; // ended between the two reads
      }
    });
}

async function leftInTemp(job: RunnerJob): Promise<string[]> {
  return (await readdir(job.runnerTemp)).filter((name) => name.startsWith('cache-call-'));
}

/** The npm example in a fresh workspace, with a description that gives it a key of its own. */
async function prepare(label: string): Promise<{ workspace: string; project: string }> {
  const workspace = join(scratch, label);
  const project = join(workspace, 'service');
  await npm.prepare(project, index);
  const file = join(project, 'package.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  manifest.description = `bounded waits: ${label}`;
  await writeFile(file, JSON.stringify(manifest, null, 2));
  return { workspace, project };
}

async function runJob(workspace: string, fault: { main?: CacheFault; post?: CacheFault }): Promise<{ job: RunnerJob; main: ActionRun; post: ActionRun }> {
  const job = await startJob(workspace, service, index);
  jobs.push(job);
  service.setFault(fault.main);
  const main = await job.runMain(SETUP_DEPS_ACTION, { 'working-directory': 'service' });
  service.setFault(fault.post);
  const post = await job.runPost(SETUP_DEPS_ACTION, main);
  service.setFault(undefined);
  return { job, main, post };
}

async function expectCorrectInstall(job: RunnerJob, project: string, main: ActionRun, post: ActionRun): Promise<void> {
  expect([main.exitCode, post.exitCode]).toEqual([0, 0]);
  expect(annotations(main, 'error')).toEqual([]);
  expect(annotations(post, 'error')).toEqual([]);
  expect(installCommandsRun(main)).toEqual([expect.stringContaining('npm ci')]);
  expect((await job.runStep('npm', ['test'], { cwd: project })).exitCode).toBe(0);
  expect(await leftInTemp(job)).toEqual([]);
  expect(workersAlive(job)).toEqual([]);
}

describe('a stalled cache service costs a bounded wait, a warning and a cold install', () => {
  it('accepts the connection and never answers: the lookup is abandoned, nothing more is asked, the install runs', async () => {
    const { workspace, project } = await prepare('silent');
    const before = service.requests().length;
    const { job, main, post } = await runJob(workspace, { main: 'hang', post: 'hang' });
    await expectCorrectInstall(job, project, main, post);
    expect(main.outputs['cache-result']).toBe('error');
    expect(annotations(main, 'warning').join('\n')).toMatch(/did not answer the lookup call within \d+(\.\d)? s/);
    expect(main.summary).toMatch(/Cache deadlines \| lookup, reserve and finalize 10 s each/);
    // the service is treated as down for the rest of the job: one lookup, no store lookup, no save
    expect(service.requests().slice(before).map((request) => request.path)).toEqual([expect.stringContaining('GetCacheEntryDownloadURL')]);
    expect(post.summary).toMatch(/Nothing saved: the cache service failed during the restore/);
    report(`silent service: restore ${summarySeconds(main.summary, /\| Restore \| ([\d.]+) s/)} s; main step ${(main.durationMs / 1000).toFixed(1)} s; post ${(post.durationMs / 1000).toFixed(1)} s`);
  }, 900_000);

  it('answers the lookup, then trickles the download at 1 KB/s: the download is abandoned, its partial archive removed', async () => {
    const { workspace, project } = await prepare('trickle');
    const saved = await runJob(workspace, {});
    expect(saved.post.summary).toMatch(/installed tree \| saved/);
    await rm(project, { recursive: true, force: true });
    await npm.prepare(project, index);
    const file = join(project, 'package.json');
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    manifest.description = 'bounded waits: trickle';
    await writeFile(file, JSON.stringify(manifest, null, 2));

    const { job, main, post } = await runJob(workspace, { main: 'trickle-download' });
    await expectCorrectInstall(job, project, main, post);
    expect(main.outputs['cache-result']).toBe('error');
    expect(annotations(main, 'warning').join('\n')).toMatch(/the cache download moved [\d.]+ KB in [\d.]+ s, slower than 1 MB\/s after a 30 s floor/);
    expect(post.summary).toMatch(/Nothing saved: the cache service failed during the restore/);
    report(`trickled download: restore ${summarySeconds(main.summary, /\| Restore \| ([\d.]+) s/)} s; main step ${(main.durationMs / 1000).toFixed(1)} s`);
  }, 900_000);

  it('hangs on the save: the upload is abandoned with a warning, the next save is not tried, the job stays green', async () => {
    const { workspace, project } = await prepare('save-hangs');
    const { job, main, post } = await runJob(workspace, { post: 'hang-upload' });
    await expectCorrectInstall(job, project, main, post);
    expect(main.outputs['cache-result']).toBe('miss');
    const warned = annotations(post, 'warning').join('\n');
    expect(warned).toMatch(/Saving the installed tree to the cache failed \(the cache upload moved [\d.]+ (KB|MB) in [\d.]+ s/);
    expect(post.summary).toMatch(/installed tree \| failed/);
    expect(post.summary).toMatch(/download store \| failed: not asked, because earlier in this job/);
    expect(service.entries().map((entry) => entry.key)).not.toContain(main.outputs['cache-key']);
    report(`upload never answered: post step ${(post.durationMs / 1000).toFixed(1)} s (tree save ${summarySeconds(post.summary, /installed tree \| failed[^|]*\| ([\d.]+) s/)} s)`);
  }, 900_000);
});
