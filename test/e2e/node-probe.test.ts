import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT_ACTION } from '../support/build-projects.js';
import { PROJECT_KINDS, SETUP_DEPS_ACTION, startJob, useSetupDepsSuite } from '../support/setup-deps-jobs.js';

// The `node --version` that the bundles of setup-deps and of the root action start as they load (its answer is part
// of the cache key): asked once, in the project's folder, of the node on PATH. A `node` on PATH that records its
// calls stands in front of the real one; the bundles themselves run under the runner's Node 24, not through PATH.

const suite = useSetupDepsSuite('node-probe-e2e');
const NPM = PROJECT_KINDS.find((kind) => kind.name === 'npm')!;
const REAL_NODE = execFileSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).trim();
const REAL_VERSION = execFileSync(REAL_NODE, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');

/** A folder holding `node`, which appends "<folder it ran in>|<arguments>" to `log`, then runs the real node. */
async function recordingNode(folder: string, log: string): Promise<string> {
  const bin = join(folder, 'recording-bin');
  await mkdir(bin, { recursive: true });
  await writeFile(join(bin, 'node'), `#!/bin/sh\nprintf '%s|%s\\n' "$PWD" "$*" >> '${log}'\nexec '${REAL_NODE}' "$@"\n`);
  await chmod(join(bin, 'node'), 0o755);
  return bin;
}

async function versionQueries(log: string): Promise<string[]> {
  const lines = (await readFile(log, 'utf8').catch(() => '')).split('\n');
  return lines.filter((line) => line.endsWith('|--version'));
}

describe.each([
  ['setup-deps', SETUP_DEPS_ACTION, {}],
  ['the root action (setup-deps stage only)', ROOT_ACTION, { stages: 'setup-deps' }],
])("%s: node's version", (name, action, inputs) => {
  it('is asked once, in the project folder, of the node on PATH, and its answer is in the key', async () => {
    const workspace = join(suite.scratch, name.split(' ')[0]);
    const project = join(workspace, 'service');
    await NPM.prepare(project, suite.index);
    const log = join(suite.scratch, `${name.split(' ')[0]}-node-calls.log`);
    const bin = await recordingNode(suite.scratch, log);
    const job = suite.track(await startJob(workspace, await suite.newService(), suite.index, { env: { PATH: `${bin}:${process.env.PATH}` } }));

    const main = await job.runMain(action, { 'working-directory': 'service', ...inputs });
    expect(main.exitCode).toBe(0);
    expect(await versionQueries(log)).toEqual([`${project}|--version`]);
    expect(main.outputs['cache-key']).toContain(`-node${REAL_VERSION}-`);
  });
});
