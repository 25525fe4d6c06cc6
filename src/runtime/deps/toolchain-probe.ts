import { ConfigurationError } from '../../core/errors.js';
import { PACKAGE_MANAGER_RECORDS, parseToolVersion } from '../../core/deps/package-managers.js';
import type { DetectedProject } from '../../core/deps/project-detection.js';
import { installedPackageVersion } from './installed-package-version.js';
import type { CommandResult, RunCommand, RunOptions } from '../process/run-command.js';
import { NODE_VERSION_ARGS, PROBE_DEADLINE_MS, startNodeProbe } from './early-node-probe.js';

export { PROBE_DEADLINE_MS } from './early-node-probe.js';

/** What is on PATH for a project: the runtime, its identity, and the package manager's version. */
export interface Toolchain {
  runtimeVersion: string;
  runtimeIdentity?: string;
  pythonExecutable?: string;
  packageManagerVersion: string;
}

const PYTHON_PROBE = [
  'import json, platform, sys',
  'try:',
  '    import ensurepip; pip = ensurepip.version()',
  'except Exception:',
  '    pip = "none"',
  'print(json.dumps({"version": platform.python_version(), "implementation": platform.python_implementation(),',
  '    "executable": sys.executable, "base_prefix": sys.base_prefix, "pip": pip}))',
].join('\n');

const probeOptions = (cwd: string): RunOptions => ({ cwd, silent: true, timeoutMs: PROBE_DEADLINE_MS });

function answer(result: CommandResult, command: string, args: string[], missing: string): string {
  if (result.notFound) throw new ConfigurationError(missing);
  if (result.timedOut) {
    throw new ConfigurationError(`'${[command, ...args].join(' ')}' did not answer within ${PROBE_DEADLINE_MS / 1000} s: check what the '${command}' on PATH is (a shim waiting for input?).`);
  }
  if (result.exitCode !== 0) {
    throw new ConfigurationError(`'${[command, ...args].join(' ')}' failed (exit code ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
  }
  return result.stdout.trim();
}

async function query(run: RunCommand, command: string, args: string[], cwd: string, missing: string): Promise<string> {
  return answer(await run(command, args, probeOptions(cwd)), command, args, missing);
}

/** Reads an installed tool's version without running it, or undefined (see installed-package-version.ts). */
export type ToolVersionReader = (program: string, packageName: string) => Promise<string | undefined>;

export async function probeToolchain(
  run: RunCommand,
  project: DetectedProject,
  readVersion: ToolVersionReader = installedPackageVersion,
  nodeProbe?: Promise<CommandResult>,
): Promise<Toolchain> {
  const record = PACKAGE_MANAGER_RECORDS[project.packageManager];
  const cwd = project.directory;
  const managerMissing = `${record.program} is not on PATH, and ${project.directory} needs ${project.packageManager} (${project.reason}): ${record.installHint}`;
  if (project.language === 'node') {
    const [node, manager] = await Promise.all([
      (nodeProbe ?? startNodeProbe(run, cwd)).then((result) =>
        answer(result, 'node', NODE_VERSION_ARGS, 'node is not on PATH: add actions/setup-node before this step.'),
      ),
      readVersion(record.program, record.name).then(
        (version) => version ?? query(run, record.version.command, record.version.args, cwd, managerMissing),
      ),
    ]);
    return { runtimeVersion: node.replace(/^v/, ''), packageManagerVersion: parseToolVersion(manager) ?? manager };
  }
  const [pythonText, poetryText] = await Promise.all([
    query(run, 'python3', ['-c', PYTHON_PROBE], cwd, 'python3 is not on PATH: add actions/setup-python before this step.'),
    project.packageManager === 'poetry' ? query(run, 'poetry', ['--version'], cwd, managerMissing) : Promise.resolve(''),
  ]);
  const python = JSON.parse(pythonText.split('\n').pop() ?? '{}') as Record<string, string>;
  return {
    runtimeVersion: python.version,
    runtimeIdentity: `${python.implementation} ${python.base_prefix}`,
    pythonExecutable: python.executable,
    packageManagerVersion: project.packageManager === 'poetry' ? (parseToolVersion(poetryText) ?? poetryText) : python.pip,
  };
}
