import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { localWorkspace } from '../../../src/local/workspace.js';
import { runCommand } from '../../../src/runtime/process/run-command.js';
import { tempDirectories } from '../support/temp-dir.js';

// The local command's workspace is the project's repository root, as a runner's is the checkout, so the keys name
// the project by its path in the repository wherever the command runs from (real git).
const temp = tempDirectories('local-workspace-');
afterEach(() => temp.cleanup());

async function repository(): Promise<{ root: string; project: string; elsewhere: string }> {
  const base = await temp.make();
  const root = path.join(base, 'repo');
  const project = path.join(root, 'services', 'orders');
  const elsewhere = path.join(base, 'elsewhere');
  await mkdir(project, { recursive: true });
  await mkdir(elsewhere);
  const init = await runCommand('git', ['init', '-q', root], { silent: true });
  expect(init.exitCode).toBe(0);
  return { root, project, elsewhere };
}

describe('localWorkspace', () => {
  it('is the repository root, with the project by its path in it, whichever folder the command runs from', async () => {
    const { root, project, elsewhere } = await repository();
    const expected = { workspace: root, workingDirectory: path.join('services', 'orders') };
    expect(await localWorkspace(runCommand, project, project)).toEqual(expected);
    expect(await localWorkspace(runCommand, root, project)).toEqual(expected);
    expect(await localWorkspace(runCommand, elsewhere, project)).toEqual(expected);
    expect(await localWorkspace(runCommand, project, root)).toEqual({ workspace: root, workingDirectory: '.' });
  });

  it('outside git: the current folder, or the project itself when it lies outside the current folder', async () => {
    const base = await temp.make();
    const project = path.join(base, 'plain', 'app');
    await mkdir(project, { recursive: true });
    expect(await localWorkspace(runCommand, path.join(base, 'plain'), project)).toEqual({ workspace: path.join(base, 'plain'), workingDirectory: 'app' });
    expect(await localWorkspace(runCommand, project, project)).toEqual({ workspace: project, workingDirectory: '.' });
    const other = path.join(base, 'other');
    await mkdir(other);
    expect(await localWorkspace(runCommand, other, project)).toEqual({ workspace: project, workingDirectory: project });
  });

  it('a folder that does not exist is left to the actions to refuse, named as given', async () => {
    const base = await temp.make();
    const missing = path.join(base, 'nope');
    expect(await localWorkspace(runCommand, path.join(base, 'cwd'), missing)).toEqual({ workspace: missing, workingDirectory: missing });
  });
});
