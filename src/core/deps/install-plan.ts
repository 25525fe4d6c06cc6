import type { DetectedProject } from './project-detection.js';
import { venvBin, venvPython, type CommandLine } from './package-managers.js';

export interface InstallPlan {
  /** Run in order, in the project directory; the first failure stops the install. */
  steps: CommandLine[];
  /** Environment for the install commands. */
  env: Record<string, string>;
  /** What later steps of the job need: variables to export and folders to put on PATH. */
  exportedEnv: Record<string, string>;
  addedPaths: string[];
}

export interface InstallContext {
  platform: NodeJS.Platform;
  /** The absolute path of the Python interpreter found on PATH (Python projects). */
  pythonExecutable?: string;
  /** The path separator of the platform's file paths. */
  join: (...parts: string[]) => string;
  /** The package manager's executable when it is not the one on PATH (a version pinned by packageManager). */
  packageManagerCommand?: string;
  /** Its folder, which later steps get first on PATH so that they run the same version. */
  packageManagerBin?: string;
}

/** The commands that install `project`, and what they leave for later steps. */
export function installPlan(project: DetectedProject, context: InstallContext): InstallPlan {
  const venv = context.join(project.directory, '.venv');
  const pinnedPath = context.packageManagerBin === undefined ? [] : [context.packageManagerBin];
  const pythonEnvironment = { VIRTUAL_ENV: venv };
  switch (project.packageManager) {
    case 'npm':
      return { steps: [{ command: 'npm', args: ['ci', '--no-audit', '--no-fund'] }], env: {}, exportedEnv: {}, addedPaths: [] };
    case 'yarn':
      return {
        steps: [{ command: context.packageManagerCommand ?? 'yarn', args: ['install', '--frozen-lockfile', '--non-interactive'] }],
        env: {},
        exportedEnv: {},
        addedPaths: pinnedPath,
      };
    case 'pnpm':
      return { steps: [{ command: context.packageManagerCommand ?? 'pnpm', args: ['install', '--frozen-lockfile'] }], env: {}, exportedEnv: {}, addedPaths: pinnedPath };
    case 'pip': {
      const python = context.pythonExecutable ?? 'python3';
      const requirementArgs = project.requirementsFiles.flatMap((file) => ['-r', file]);
      return {
        steps: [
          { command: python, args: ['-m', 'venv', '.venv'] },
          {
            command: venvPython(venv, context.platform),
            args: ['-m', 'pip', 'install', '--disable-pip-version-check', ...requirementArgs],
          },
        ],
        env: {},
        exportedEnv: pythonEnvironment,
        addedPaths: [venvBin(venv, context.platform)],
      };
    }
    case 'poetry': {
      const poetryEnvironment = { POETRY_VIRTUALENVS_IN_PROJECT: 'true', POETRY_VIRTUALENVS_CREATE: 'true' };
      return {
        steps: [
          ...(context.pythonExecutable ? [{ command: 'poetry', args: ['env', 'use', context.pythonExecutable] }] : []),
          { command: 'poetry', args: ['install', '--no-interaction', '--no-ansi'] },
        ],
        env: poetryEnvironment,
        exportedEnv: { ...poetryEnvironment, ...pythonEnvironment },
        addedPaths: [venvBin(venv, context.platform)],
      };
    }
  }
}

export function describeCommand(line: CommandLine): string {
  return [line.command, ...line.args].map((part) => (/[\s'"]/.test(part) ? JSON.stringify(part) : part)).join(' ');
}
