import { lastLines } from '../../core/process-output.js';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { parseToolVersion } from '../../core/deps/package-managers.js';
import { readTextIfExists } from '../files/file-system.js';
import type { RunCommand } from '../process/run-command.js';

export interface PinnedTool {
  /** The folder to put first on PATH: it holds the tool's executables. */
  binDirectory: string;
  /** The tool's executable, by absolute path. */
  executable: string;
  /** What the tool itself printed for --version. */
  version: string;
  /** Installed now (false: found in the tool folder from an earlier run). */
  installed: boolean;
}

/** Where pinned tools go: the runner's tool cache (kept on self-hosted runners), else its temp folder, else the system's. */
export function toolRoot(env: Record<string, string | undefined>): string {
  return path.join(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || os.tmpdir(), 'build-actions-tools');
}

/**
 * Installs `name@version` from the npm registry into its own folder under `root` with `npm install --global
 * --prefix` (npm checks the tarball against the registry's integrity hash), or reuses what an earlier run
 * put there, and asks the tool its version.
 */
export async function installPinnedTool(run: RunCommand, name: string, version: string, root: string, cwd: string): Promise<PinnedTool> {
  const prefix = path.join(root, `${name}-${version}`);
  const binDirectory = process.platform === 'win32' ? prefix : path.join(prefix, 'bin');
  const executable = path.join(binDirectory, process.platform === 'win32' ? `${name}.cmd` : name);
  const manifest = path.join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules', name, 'package.json');
  const present = (JSON.parse((await readTextIfExists(manifest)) ?? '{}') as { version?: string }).version === version;
  if (!present) {
    await mkdir(root, { recursive: true });
    const args = ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--no-update-notifier', `${name}@${version}`];
    const result = await run('npm', args, { cwd: root, silent: true });
    if (result.exitCode !== 0 || result.notFound) {
      // A half-made install (stopped at the timeout, or failed part way) must not pass for the tool on the next run.
      await rm(prefix, { recursive: true, force: true });
      const output = lastLines(`${result.stdout}\n${result.stderr}`, 10);
      throw new ConfigurationError(
        `package.json pins ${name}@${version}, and installing that version failed ('npm ${args.join(' ')}', exit code ${result.exitCode}):\n${output}\n` +
          `Install ${name} ${version} before this step (for pnpm, pnpm/action-setup with version ${version}), or change the packageManager field.`,
      );
    }
  }
  const printed = await run(executable, ['--version'], { cwd, silent: true, env: { COREPACK_ENABLE_STRICT: '0' } });
  const ran = parseToolVersion(printed.stdout);
  if (printed.exitCode !== 0 || ran === undefined) {
    throw new ConfigurationError(`${executable} --version failed (exit code ${printed.exitCode}): ${`${printed.stderr}\n${printed.stdout}`.trim()}. Delete ${prefix} and run again.`);
  }
  return { binDirectory, executable, version: ran, installed: !present };
}
