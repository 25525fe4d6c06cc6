import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommandResult, RunCommand, RunOptions } from '../../../src/runtime/process/run-command.js';

/**
 * A fake at the process boundary: a RunCommand that runs nothing. It answers the toolchain queries with
 * canned output and plays the install commands by writing what they would leave on disk. Every call is
 * recorded. Anything it does not know answers as "not on PATH", so an unexpected command shows up.
 */
export interface RecordedCommand {
  command: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
  /** The deadline the caller gave (setup-deps: what is left of timeout-minutes). */
  timeoutMs?: number;
}

export interface FakePackageManagerOptions {
  /** Where `npm config get cache` / `pip cache dir` say the download store is. */
  storeDirectory: string;
  nodeVersion?: string;
  npmVersion?: string;
  pythonVersion?: string;
  /** The interpreter the probe reports (its folder must exist for a restored venv to count as whole). */
  pythonExecutable?: string;
  pipVersion?: string;
  /** Make the install command fail with this exit code and output (timedOut: as if stopped at its deadline). */
  failInstall?: { exitCode: number; stdout: string; stderr?: string; timedOut?: boolean };
}

export interface FakePackageManager {
  run: RunCommand;
  calls: RecordedCommand[];
  /** Each call as one line, e.g. "npm ci --no-audit --no-fund". */
  lines(): string[];
  /** The calls that install (everything but the toolchain and store queries). */
  installLines(): string[];
}

const QUERIES = [/^node --version$/, /^npm --version$/, /^npm config get cache$/, /^python3 -c /, /^python3 -m pip cache dir$/];

function ok(stdout: string): CommandResult {
  return { exitCode: 0, stdout: `${stdout}\n`, stderr: '' };
}

async function dependencyNames(cwd: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(cwd, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  return Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
}

async function requirementNames(cwd: string, args: string[]): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] !== '-r') continue;
    const text = await readFile(path.join(cwd, args[i + 1]), 'utf8');
    for (const line of text.split(/\r?\n/)) {
      const name = /^([A-Za-z0-9_.-]+)/.exec(line.trim())?.[1];
      if (name) names.push(name.toLowerCase());
    }
  }
  return names;
}

export function fakePackageManager(options: FakePackageManagerOptions): FakePackageManager {
  const calls: RecordedCommand[] = [];
  const pythonExecutable = options.pythonExecutable ?? '/usr/bin/python3';
  const line = (call: RecordedCommand): string => [call.command, ...call.args].join(' ');

  const run: RunCommand = async (command: string, args: string[], runOptions: RunOptions = {}) => {
    const call: RecordedCommand = { command, args: [...args], cwd: runOptions.cwd, env: runOptions.env, ...(runOptions.timeoutMs !== undefined ? { timeoutMs: runOptions.timeoutMs } : {}) };
    calls.push(call);
    const cwd = runOptions.cwd ?? process.cwd();
    const text = line(call);
    const isInstall = !QUERIES.some((query) => query.test(text));
    if (isInstall && options.failInstall) {
      return { exitCode: options.failInstall.exitCode, stdout: options.failInstall.stdout, stderr: options.failInstall.stderr ?? '', ...(options.failInstall.timedOut ? { timedOut: true } : {}) };
    }
    if (text === 'node --version') return ok(options.nodeVersion ?? 'v20.11.0');
    if (text === 'npm --version') return ok(options.npmVersion ?? '10.2.4');
    if (text === 'npm config get cache') return ok(options.storeDirectory);
    if (text === 'python3 -m pip cache dir') return ok(options.storeDirectory);
    if (command === 'python3' && args[0] === '-c') {
      return ok(
        JSON.stringify({
          version: options.pythonVersion ?? '3.12.3',
          implementation: 'CPython',
          executable: pythonExecutable,
          base_prefix: '/usr',
          pip: options.pipVersion ?? '24.0',
        }),
      );
    }
    if (text === 'npm ci --no-audit --no-fund') {
      for (const name of await dependencyNames(cwd)) {
        await mkdir(path.join(cwd, 'node_modules', name), { recursive: true });
        await writeFile(path.join(cwd, 'node_modules', name, 'index.js'), `module.exports = '${name}';\n`);
      }
      await mkdir(path.join(options.storeDirectory, '_cacache'), { recursive: true });
      await writeFile(path.join(options.storeDirectory, '_cacache', 'index'), 'downloaded tarballs\n');
      return ok('added packages');
    }
    if (args.join(' ') === '-m venv .venv') {
      const venv = path.join(cwd, '.venv');
      await mkdir(path.join(venv, 'bin'), { recursive: true });
      await writeFile(path.join(venv, 'pyvenv.cfg'), `home = ${path.dirname(pythonExecutable)}\n`);
      await writeFile(path.join(venv, 'bin', 'python'), '');
      return ok('');
    }
    if (command.endsWith(path.join('.venv', 'bin', 'python')) && args.slice(0, 3).join(' ') === '-m pip install') {
      for (const name of await requirementNames(cwd, args)) {
        await mkdir(path.join(cwd, '.venv', 'lib', 'site-packages', name), { recursive: true });
        await writeFile(path.join(cwd, '.venv', 'lib', 'site-packages', name, '__init__.py'), '');
      }
      await mkdir(path.join(options.storeDirectory, 'http'), { recursive: true });
      await writeFile(path.join(options.storeDirectory, 'http', 'wheel'), 'downloaded wheels\n');
      return ok('Successfully installed');
    }
    return { exitCode: 127, stdout: '', stderr: `fake package manager: ${command} is not on PATH`, notFound: true };
  };

  return {
    run,
    calls,
    lines: () => calls.map(line),
    installLines: () => calls.map(line).filter((text) => !QUERIES.some((query) => query.test(text))),
  };
}
