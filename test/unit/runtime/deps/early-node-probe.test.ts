import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeProjectFolder, startNodeProbeIn } from '../../../../src/runtime/deps/early-node-probe.js';
import { tempDirectories } from '../../support/temp-dir.js';

// The `node --version` setup-deps' bundle starts before the rest of it loads: where it is asked, and that it is the
// real `node` on PATH that answers, in that folder.

const temp = tempDirectories('build-actions-early-node-probe-');
afterEach(() => temp.cleanup());

async function workspaceWith(folders: Record<string, boolean>): Promise<string> {
  const workspace = await temp.make();
  for (const [folder, hasPackageJson] of Object.entries(folders)) {
    await mkdir(path.join(workspace, folder), { recursive: true });
    if (hasPackageJson) await writeFile(path.join(workspace, folder, 'package.json'), '{}');
  }
  return workspace;
}

describe('nodeProjectFolder (where the early probe asks)', () => {
  it("is the working-directory input's folder in the workspace, trimmed, the workspace itself when the input is empty", async () => {
    const workspace = await workspaceWith({ '.': true, 'services/api': true });
    expect(nodeProjectFolder({ GITHUB_WORKSPACE: workspace, 'INPUT_WORKING-DIRECTORY': ' services/api ' }, '/elsewhere')).toBe(path.join(workspace, 'services/api'));
    expect(nodeProjectFolder({ GITHUB_WORKSPACE: workspace, 'INPUT_WORKING-DIRECTORY': '' }, '/elsewhere')).toBe(workspace);
    expect(nodeProjectFolder({ GITHUB_WORKSPACE: workspace }, '/elsewhere')).toBe(workspace);
    // Without GITHUB_WORKSPACE, the process's folder (as the action's context reads it).
    expect(nodeProjectFolder({ 'INPUT_WORKING-DIRECTORY': 'services/api' }, workspace)).toBe(path.join(workspace, 'services/api'));
  });

  it('is undefined for a folder without package.json, or one that does not exist: nothing is started', async () => {
    const workspace = await workspaceWith({ py: false });
    expect(nodeProjectFolder({ GITHUB_WORKSPACE: workspace, 'INPUT_WORKING-DIRECTORY': 'py' })).toBeUndefined();
    expect(nodeProjectFolder({ GITHUB_WORKSPACE: workspace, 'INPUT_WORKING-DIRECTORY': 'missing' })).toBeUndefined();
  });

  it("is undefined for a folder main's own rule refuses (outside the workspace), even one that holds package.json", async () => {
    const root = await workspaceWith({ ws: false, outside: true });
    expect(nodeProjectFolder({ GITHUB_WORKSPACE: path.join(root, 'ws'), 'INPUT_WORKING-DIRECTORY': '../outside' })).toBeUndefined();
    expect(nodeProjectFolder({ GITHUB_WORKSPACE: path.join(root, 'ws'), 'INPUT_WORKING-DIRECTORY': path.join(root, 'outside') })).toBeUndefined();
  });
});

describe('startNodeProbeIn (real node)', () => {
  it("runs the node on PATH in the folder, under the probes' deadline, and answers what that node says", async () => {
    const folder = await temp.make();
    const probe = startNodeProbeIn(folder);
    expect(probe.directory).toBe(folder);
    const result = await probe.result;
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toBe(execFileSync('node', ['--version'], { encoding: 'utf8' }).trim());
    expect(result.timedOut).toBeUndefined();
  });

  it('a folder that does not exist: a failed result, never a rejection that could fail the step unasked', async () => {
    const result = await startNodeProbeIn(path.join(await temp.make(), 'gone')).result;
    expect(result.exitCode).not.toBe(0);
  });
});
