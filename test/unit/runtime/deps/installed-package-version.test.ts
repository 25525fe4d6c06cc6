import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installedPackageVersion } from '../../../../src/runtime/deps/installed-package-version.js';

/**
 * What `tool --version` prints, checked: a tool that could not start, timed out or failed is an error that says so,
 * never a TypeError on a missing stdout. Run without npm's lifecycle variables and update notices, so that what it
 * prints is the version alone.
 */
function printedVersion(tool: string): Promise<string> {
  const env: Record<string, string> = { NPM_CONFIG_UPDATE_NOTIFIER: 'false', COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', CI: 'true' };
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^npm_/i.test(name)) env[name] ??= value;
  }
  return new Promise((resolve, reject) => {
    execFile(tool, ['--version'], { env, timeout: 60_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${tool} --version failed (${error.message}); stderr: ${stderr}`));
      else resolve(stdout.trim());
    });
  });
}

describe('installedPackageVersion', () => {
  it.each([['npm'], ['yarn'], ['pnpm']])('reads what `%s --version` prints, from the package the executable on PATH belongs to', async (tool) => {
    const printed = await printedVersion(tool);
    expect(printed).toMatch(/^\d+\.\d+\.\d+\S*$/);
    expect(await installedPackageVersion(tool, tool)).toBe(printed);
  });

  describe('with a made-up PATH', () => {
    let root: string;
    beforeAll(async () => {
      root = await mkdtemp(path.join(tmpdir(), 'installed-version-'));
      await mkdir(path.join(root, 'lib/node_modules/tool/bin'), { recursive: true });
      await writeFile(path.join(root, 'lib/node_modules/tool/package.json'), JSON.stringify({ name: 'tool', version: '4.5.6' }));
      await writeFile(path.join(root, 'lib/node_modules/tool/bin/tool.js'), '#!/bin/sh\n');
      await chmod(path.join(root, 'lib/node_modules/tool/bin/tool.js'), 0o755);
      await mkdir(path.join(root, 'bin'));
      await symlink('../lib/node_modules/tool/bin/tool.js', path.join(root, 'bin/tool'));
      await mkdir(path.join(root, 'shim/bin'), { recursive: true });
      await writeFile(path.join(root, 'shim/package.json'), JSON.stringify({ name: 'corepack', version: '0.30.0' }));
      await writeFile(path.join(root, 'shim/bin/tool'), '#!/bin/sh\n');
      await chmod(path.join(root, 'shim/bin/tool'), 0o755);
    });
    afterAll(() => rm(root, { recursive: true, force: true }));

    it('follows the link to the package', async () => {
      expect(await installedPackageVersion('tool', 'tool', { PATH: path.join(root, 'bin') })).toBe('4.5.6');
    });
    it('gives up on a package of another name (a corepack shim), so the caller asks the tool', async () => {
      expect(await installedPackageVersion('tool', 'tool', { PATH: path.join(root, 'shim/bin') })).toBeUndefined();
    });
    it('gives up when the program is not on PATH', async () => {
      expect(await installedPackageVersion('tool', 'tool', { PATH: path.join(root, 'nothing') })).toBeUndefined();
    });
  });
});
