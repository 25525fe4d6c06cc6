import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRunnerJob, type ActionRun, type RunnerJob } from '../support/runner.js';

// The committed quality-checks and test bundles, run as a runner runs them, on projects whose tool never ends and
// leaves a child of its own running. Each step must stop the whole tree at its timeout-minutes, report a timeout
// with the tool's last lines (not a crash, not a pass), and leave no process behind: read from the process table.

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUALITY = join(REPO_ROOT, 'actions/quality-checks/action.yml');
const TEST = join(REPO_ROOT, 'actions/test/action.yml');

let scratch: string;
const jobs: RunnerJob[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'stopped-tools-e2e-'));
});
afterAll(async () => {
  await Promise.all(jobs.map((job) => job.dispose()));
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Processes whose command line carries `marker`. */
function alive(marker: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(marker) && !/\bps -eo\b/.test(line));
}

/** A script that prints, starts a child that sleeps forever, and sleeps forever itself. */
const HANG = `const { spawn } = require('node:child_process');
const marker = process.argv[2];
spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', marker], { stdio: 'ignore' });
console.log('checking 1 of 2 files');
console.log('still checking, for ever');
setInterval(() => {}, 1000);
`;

async function project(name: string, scripts: Record<string, string>, files: Record<string, string>): Promise<{ workspace: string; marker: string }> {
  const workspace = join(scratch, name);
  await mkdir(workspace, { recursive: true });
  const marker = `stopped-tool-${randomUUID()}`;
  const manifest = { name, version: '1.0.0', private: true, scripts: Object.fromEntries(Object.entries(scripts).map(([key, value]) => [key, value.replace('MARKER', marker)])) };
  await writeFile(join(workspace, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const [file, text] of Object.entries(files)) await writeFile(join(workspace, file), text.replace('MARKER', marker));
  return { workspace, marker };
}

async function runStep(workspace: string, action: string, inputs: Record<string, string>): Promise<ActionRun> {
  const job = await createRunnerJob({ workspace });
  jobs.push(job);
  return job.runMain(action, inputs);
}

describe('a tool that never ends is stopped at timeout-minutes, with nothing left running', () => {
  it('quality-checks: the hanging lint script is reported as timed out with its last lines; the step fails', async () => {
    const { workspace, marker } = await project('lint-hangs', { lint: 'node hang.js MARKER' }, { 'hang.js': HANG });
    const step = await runStep(workspace, QUALITY, { checks: 'lint', 'timeout-minutes': '0.05' });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['failed-checks']).toBe('lint');
    expect(step.summary).toMatch(/\| lint \(npm run lint\) \| \*\*failed\*\*: timed out \|/);
    expect(step.summary).toMatch(/timed out: 'npm run lint' did not finish within 0\.05 min \(timeout-minutes\) and was stopped/);
    expect(step.summary).toMatch(/\*\*lint \(npm run lint\)\*\* timed out: .*its last lines: .*still checking, for ever/);
    expect(step.summary).not.toMatch(/crashed/);
    expect(step.stdout).toContain('stopped at its timeout (3 s)');
    expect(alive(marker)).toEqual([]);
    console.log(`quality-checks with a hanging lint (timeout-minutes 0.05 = 3 s): step ${(step.durationMs / 1000).toFixed(1)} s`);
  }, 120_000);

  it('test: a test that never settles under node --test is stopped; the verdict is a timeout, not a crash or a pass', async () => {
    const { workspace, marker } = await project('test-hangs', { test: 'node --test' }, {
      'hang.test.js': `const test = require('node:test');
const { spawn } = require('node:child_process');
test('waits for ever', () => new Promise(() => {
  spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'MARKER'], { stdio: 'ignore' });
  console.log('waiting for a server that never answers');
}));
`,
    });
    const step = await runStep(workspace, TEST, { coverage: 'false', 'timeout-minutes': '0.05' });
    expect(step.exitCode).toBe(1);
    const failure = step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n');
    expect(failure).toMatch(/did not finish within 0\.05 min \(timeout-minutes\) and was stopped with every process it started/);
    expect(failure).not.toMatch(/crashed/);
    expect(alive(marker)).toEqual([]);
    console.log(`test with a hanging test (timeout-minutes 0.05 = 3 s): step ${(step.durationMs / 1000).toFixed(1)} s`);
  }, 120_000);
});
