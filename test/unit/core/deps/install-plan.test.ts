import path from 'node:path';
import { describeCommand, installPlan, type InstallContext } from '../../../../src/core/deps/install-plan.js';
import type { PackageManagerName } from '../../../../src/core/deps/package-managers.js';
import type { DetectedProject } from '../../../../src/core/deps/project-detection.js';

function project(packageManager: PackageManagerName, overrides: Partial<DetectedProject> = {}): DetectedProject {
  return {
    directory: '/work/app',
    language: packageManager === 'pip' || packageManager === 'poetry' ? 'python' : 'node',
    packageManager,
    reason: 'test',
    keyFiles: [],
    requirementsFiles: [],
    warnings: [],
    ...overrides,
  };
}

const LINUX: InstallContext = { platform: 'linux', pythonExecutable: '/opt/python/3.12.3/bin/python3', join: path.posix.join };
const WINDOWS: InstallContext = { platform: 'win32', pythonExecutable: 'C:\\Python312\\python.exe', join: path.win32.join };

describe('installPlan: the exact commands', () => {
  it.each<[string, DetectedProject, InstallContext, string[][]]>([
    ['npm', project('npm'), LINUX, [['npm', 'ci', '--no-audit', '--no-fund']]],
    ['yarn', project('yarn'), LINUX, [['yarn', 'install', '--frozen-lockfile', '--non-interactive']]],
    ['pnpm', project('pnpm'), LINUX, [['pnpm', 'install', '--frozen-lockfile']]],
    [
      'pip with two requirements files',
      project('pip', { requirementsFiles: ['requirements.txt', 'requirements-dev.txt'] }),
      LINUX,
      [
        ['/opt/python/3.12.3/bin/python3', '-m', 'venv', '.venv'],
        ['/work/app/.venv/bin/python', '-m', 'pip', 'install', '--disable-pip-version-check', '-r', 'requirements.txt', '-r', 'requirements-dev.txt'],
      ],
    ],
    [
      'pip without a known interpreter',
      project('pip', { requirementsFiles: ['requirements.txt'] }),
      { platform: 'linux', join: path.posix.join },
      [
        ['python3', '-m', 'venv', '.venv'],
        ['/work/app/.venv/bin/python', '-m', 'pip', 'install', '--disable-pip-version-check', '-r', 'requirements.txt'],
      ],
    ],
    [
      'pip on Windows',
      project('pip', { directory: 'D:\\a\\app', requirementsFiles: ['requirements.txt'] }),
      WINDOWS,
      [
        ['C:\\Python312\\python.exe', '-m', 'venv', '.venv'],
        ['D:\\a\\app\\.venv\\Scripts\\python.exe', '-m', 'pip', 'install', '--disable-pip-version-check', '-r', 'requirements.txt'],
      ],
    ],
    [
      'poetry with the interpreter on PATH',
      project('poetry'),
      LINUX,
      [
        ['poetry', 'env', 'use', '/opt/python/3.12.3/bin/python3'],
        ['poetry', 'install', '--no-interaction', '--no-ansi'],
      ],
    ],
    ['poetry without a known interpreter', project('poetry'), { platform: 'linux', join: path.posix.join }, [['poetry', 'install', '--no-interaction', '--no-ansi']]],
  ])('%s', (_name, detected, context, expected) => {
    expect(installPlan(detected, context).steps.map((step) => [step.command, ...step.args])).toEqual(expected);
  });
});

describe('installPlan: what later steps get', () => {
  it.each<PackageManagerName>(['npm', 'yarn', 'pnpm'])('%s exports nothing and installs with the inherited environment', (name) => {
    const plan = installPlan(project(name), LINUX);
    expect(plan).toMatchObject({ env: {}, exportedEnv: {}, addedPaths: [] });
  });

  it('pip exports VIRTUAL_ENV and puts the venv bin folder on PATH', () => {
    const plan = installPlan(project('pip', { requirementsFiles: ['requirements.txt'] }), LINUX);
    expect(plan.env).toEqual({});
    expect(plan.exportedEnv).toEqual({ VIRTUAL_ENV: '/work/app/.venv' });
    expect(plan.addedPaths).toEqual(['/work/app/.venv/bin']);
  });

  it('poetry installs into the project venv and exports the same settings', () => {
    const plan = installPlan(project('poetry'), LINUX);
    expect(plan.env).toEqual({ POETRY_VIRTUALENVS_IN_PROJECT: 'true', POETRY_VIRTUALENVS_CREATE: 'true' });
    expect(plan.exportedEnv).toEqual({ POETRY_VIRTUALENVS_IN_PROJECT: 'true', POETRY_VIRTUALENVS_CREATE: 'true', VIRTUAL_ENV: '/work/app/.venv' });
    expect(plan.addedPaths).toEqual(['/work/app/.venv/bin']);
  });

  it('poetry on Windows puts Scripts on PATH', () => {
    const plan = installPlan(project('poetry', { directory: 'D:\\a\\app' }), WINDOWS);
    expect(plan.exportedEnv.VIRTUAL_ENV).toBe('D:\\a\\app\\.venv');
    expect(plan.addedPaths).toEqual(['D:\\a\\app\\.venv\\Scripts']);
  });
});

describe('describeCommand', () => {
  it.each([
    [{ command: 'npm', args: ['ci', '--no-audit'] }, 'npm ci --no-audit'],
    [{ command: 'poetry', args: ['env', 'use', '/opt/my python/bin/python3'] }, 'poetry env use "/opt/my python/bin/python3"'],
    [{ command: 'pip', args: ['install', "it's"] }, 'pip install "it\'s"'],
  ])('%j → %s', (line, expected) => {
    expect(describeCommand(line)).toBe(expected);
  });
});
