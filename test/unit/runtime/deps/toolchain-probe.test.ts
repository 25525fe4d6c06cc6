import { ConfigurationError } from '../../../../src/core/errors.js';
import type { DetectedProject } from '../../../../src/core/deps/project-detection.js';
import type { CommandResult, RunCommand } from '../../../../src/runtime/process/run-command.js';
import { startNodeProbe } from '../../../../src/runtime/deps/early-node-probe.js';
import { PROBE_DEADLINE_MS, probeToolchain } from '../../../../src/runtime/deps/toolchain-probe.js';

/** A fake at the process boundary: canned answers by command line; anything else is not on PATH. */
function answering(answers: Record<string, Partial<CommandResult>>): RunCommand {
  return async (command, args) => {
    const line = [command, ...args].join(' ');
    const key = Object.keys(answers).find((prefix) => line.startsWith(prefix));
    if (key === undefined) return { exitCode: 127, stdout: '', stderr: `${command}: not found`, notFound: true };
    return { exitCode: 0, stdout: '', stderr: '', ...answers[key] };
  };
}

function project(packageManager: DetectedProject['packageManager']): DetectedProject {
  const language = packageManager === 'pip' || packageManager === 'poetry' ? 'python' : 'node';
  return { directory: '/w', language, packageManager, reason: 'found a lockfile', keyFiles: [], requirementsFiles: [], warnings: [] };
}

const PYTHON = JSON.stringify({ version: '3.12.3', implementation: 'CPython', executable: '/opt/py/bin/python3', base_prefix: '/opt/py', pip: '24.0' });


/** The fake package manager is only reachable through RunCommand: no installed package.json answers for it. */
const knowsNoVersion = async (): Promise<undefined> => undefined;

describe('probeToolchain (with a fake package manager)', () => {
  it.each<[DetectedProject['packageManager'], Record<string, Partial<CommandResult>>, object]>([
    ['npm', { 'node --version': { stdout: 'v20.11.0\n' }, 'npm --version': { stdout: '10.2.4\n' } }, { runtimeVersion: '20.11.0', packageManagerVersion: '10.2.4' }],
    ['yarn', { 'node --version': { stdout: 'v22.1.0\n' }, 'yarn --version': { stdout: '1.22.22\n' } }, { runtimeVersion: '22.1.0', packageManagerVersion: '1.22.22' }],
    ['pnpm', { 'node --version': { stdout: 'v20.11.0' }, 'pnpm --version': { stdout: 'WARN something\n9.12.0\n' } }, { runtimeVersion: '20.11.0', packageManagerVersion: '9.12.0' }],
    [
      'pip',
      { 'python3 -c': { stdout: `${PYTHON}\n` } },
      { runtimeVersion: '3.12.3', runtimeIdentity: 'CPython /opt/py', pythonExecutable: '/opt/py/bin/python3', packageManagerVersion: '24.0' },
    ],
    [
      'poetry',
      { 'python3 -c': { stdout: `a warning first\n${PYTHON}` }, 'poetry --version': { stdout: 'Poetry (version 1.8.3)\n' } },
      { runtimeVersion: '3.12.3', runtimeIdentity: 'CPython /opt/py', pythonExecutable: '/opt/py/bin/python3', packageManagerVersion: '1.8.3' },
    ],
  ])('%s', async (name, answers, expected) => {
    expect(await probeToolchain(answering(answers), project(name), knowsNoVersion)).toEqual(expected);
  });

  it.each<[DetectedProject['packageManager'], Record<string, Partial<CommandResult>>, string]>([
    ['npm', { 'npm --version': { stdout: '10.2.4' } }, 'node is not on PATH: add actions/setup-node before this step.'],
    [
      'pnpm',
      { 'node --version': { stdout: 'v20.11.0' } },
      "pnpm is not on PATH, and /w needs pnpm (found a lockfile): install pnpm before this step: pnpm/action-setup, 'corepack enable' or 'npm install -g pnpm'.",
    ],
    ['pip', {}, 'python3 is not on PATH: add actions/setup-python before this step.'],
    ['poetry', { 'python3 -c': { stdout: PYTHON } }, "poetry is not on PATH, and /w needs poetry (found a lockfile): install Poetry before this step: 'pipx install poetry'."],
    [
      'yarn',
      { 'node --version': { stdout: 'v20.11.0' }, 'yarn --version': { exitCode: 1, stderr: 'This project is configured to use pnpm\n' } },
      "'yarn --version' failed (exit code 1): This project is configured to use pnpm",
    ],
  ])('%s with a missing or failing tool is a ConfigurationError saying what to add', async (name, answers, message) => {
    const probe = probeToolchain(answering(answers), project(name), knowsNoVersion);
    await expect(probe).rejects.toThrow(ConfigurationError);
    await expect(probeToolchain(answering(answers), project(name), knowsNoVersion)).rejects.toThrow(message);
  });
});

describe('startNodeProbe (node --version asked before the project is detected)', () => {
  /** Counts the command lines run, over a fake that answers node v22.3.0 and npm 10.8.1. */
  function counting(): { run: RunCommand; lines: string[] } {
    const lines: string[] = [];
    const inner = answering({ 'node --version': { stdout: 'v22.3.0\n' }, 'npm --version': { stdout: '10.8.1\n' } });
    return { lines, run: async (command, args, options) => (lines.push([command, ...args, `in ${options?.cwd}`].join(' ')), inner(command, args, options)) };
  }

  it("is run once, in the project's folder, and its answer is the runtime version of a Node project", async () => {
    const { run, lines } = counting();
    const early = startNodeProbe(run, '/w');
    await expect(probeToolchain(run, project('npm'), knowsNoVersion, early)).resolves.toEqual({ runtimeVersion: '22.3.0', packageManagerVersion: '10.8.1' });
    expect(lines.sort()).toEqual(['node --version in /w', 'npm --version in /w']);
  });

  it('a node not on PATH still says what to add; a Python project ignores the early answer', async () => {
    const missing = answering({});
    await expect(probeToolchain(missing, project('npm'), knowsNoVersion, startNodeProbe(missing, '/w'))).rejects.toThrow(
      'node is not on PATH: add actions/setup-node before this step.',
    );
    const python = answering({ 'python3 -c': { stdout: PYTHON } });
    await expect(probeToolchain(python, project('pip'), knowsNoVersion, startNodeProbe(missing, '/w'))).resolves.toMatchObject({ runtimeVersion: '3.12.3' });
  });

  it('runs every query under its deadline, and one that overran says so', async () => {
    const deadlines: Array<number | undefined> = [];
    const overran: RunCommand = async (_command, _args, options) => {
      deadlines.push(options?.timeoutMs);
      return { exitCode: 143, stdout: '', stderr: '', timedOut: true };
    };
    await expect(probeToolchain(overran, project('npm'), async () => '10.8.1', startNodeProbe(overran, '/w'))).rejects.toThrow(
      "'node --version' did not answer within 60 s: check what the 'node' on PATH is (a shim waiting for input?).",
    );
    await expect(probeToolchain(overran, project('poetry'), knowsNoVersion)).rejects.toThrow(/^'python3 -c .*' did not answer within 60 s/s);
    expect(deadlines).toEqual([PROBE_DEADLINE_MS, PROBE_DEADLINE_MS, PROBE_DEADLINE_MS]);
  });

  it('a probe that fails outright does not fail the step when its answer is never used', async () => {
    const broken: RunCommand = async () => {
      throw new Error('spawn failed');
    };
    const early = startNodeProbe(broken, '/w');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(early).rejects.toThrow('spawn failed');
  });
});
