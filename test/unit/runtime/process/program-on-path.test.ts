import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { programOnPath } from '../../../../src/runtime/process/program-on-path.js';
import { tempDirectories } from '../../support/temp-dir.js';

const temp = tempDirectories('build-actions-program-on-path-');
afterEach(() => temp.cleanup());

async function folderWith(files: Record<string, number>): Promise<string> {
  const folder = await temp.make();
  for (const [name, mode] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), '#!/bin/sh\n');
    await chmod(path.join(folder, name), mode);
  }
  return folder;
}

describe('programOnPath', () => {
  it('finds the executable in the first PATH folder that has one, skipping files that are not executable', async () => {
    const [plain, first, second] = await Promise.all([folderWith({ gtar: 0o644 }), folderWith({ gtar: 0o755 }), folderWith({ gtar: 0o755 })]);
    const PATH = ['', plain, first, second].join(path.delimiter);
    expect(programOnPath('gtar', { PATH })).toBe(path.join(first, 'gtar'));
  });

  it('is undefined when no PATH folder has it, and when PATH is empty or unset', async () => {
    const folder = await folderWith({ other: 0o755 });
    expect(programOnPath('gtar', { PATH: folder })).toBeUndefined();
    expect(programOnPath('gtar', { PATH: '' })).toBeUndefined();
    expect(programOnPath('gtar', {})).toBeUndefined();
  });
});
