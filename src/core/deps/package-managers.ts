/**
 * One data record per package manager: what marks it, how to ask its version and its download store,
 * how to install, and which folders hold the installed tree. Everything the actions do differently per
 * package manager is read from here.
 */
export type Language = 'node' | 'python';
export type PackageManagerName = 'npm' | 'yarn' | 'pnpm' | 'pip' | 'poetry';
export const PACKAGE_MANAGERS: readonly PackageManagerName[] = ['npm', 'yarn', 'pnpm', 'pip', 'poetry'];

/** A program and its arguments: never joined into a shell string. */
export interface CommandLine {
  command: string;
  args: string[];
}

export interface PackageManagerRecord {
  name: PackageManagerName;
  language: Language;
  /** Lockfiles, the one to commit first (npm ci prefers npm-shrinkwrap.json when both are present). */
  lockfiles: string[];
  /** The program the user must have on PATH, and how to get it when it is missing. */
  program: string;
  installHint: string;
  version: CommandLine;
  /** Prints the download store's path (run only on a cache miss). */
  storePath: CommandLine;
}

export const PACKAGE_MANAGER_RECORDS: Record<PackageManagerName, PackageManagerRecord> = {
  npm: {
    name: 'npm',
    language: 'node',
    lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
    program: 'npm',
    installHint: 'npm comes with Node.js: add actions/setup-node before this step.',
    version: { command: 'npm', args: ['--version'] },
    storePath: { command: 'npm', args: ['config', 'get', 'cache'] },
  },
  yarn: {
    name: 'yarn',
    language: 'node',
    lockfiles: ['yarn.lock'],
    program: 'yarn',
    installHint: "install yarn classic before this step: 'npm install -g yarn@1' or 'corepack enable'.",
    version: { command: 'yarn', args: ['--version'] },
    storePath: { command: 'yarn', args: ['cache', 'dir'] },
  },
  pnpm: {
    name: 'pnpm',
    language: 'node',
    lockfiles: ['pnpm-lock.yaml'],
    program: 'pnpm',
    installHint: "install pnpm before this step: pnpm/action-setup, 'corepack enable' or 'npm install -g pnpm'.",
    version: { command: 'pnpm', args: ['--version'] },
    storePath: { command: 'pnpm', args: ['store', 'path'] },
  },
  pip: {
    name: 'pip',
    language: 'python',
    lockfiles: [],
    program: 'python3',
    installHint: 'add actions/setup-python before this step.',
    version: { command: 'python3', args: ['-c', 'import ensurepip; print(ensurepip.version())'] },
    storePath: { command: 'python3', args: ['-m', 'pip', 'cache', 'dir'] },
  },
  poetry: {
    name: 'poetry',
    language: 'python',
    lockfiles: ['poetry.lock'],
    program: 'poetry',
    installHint: "install Poetry before this step: 'pipx install poetry'.",
    version: { command: 'poetry', args: ['--version'] },
    storePath: { command: 'poetry', args: ['config', 'cache-dir'] },
  },
};

/** Where a virtualenv keeps its interpreter, per platform. */
export function venvPython(venvDir: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `${venvDir}\\Scripts\\python.exe` : `${venvDir}/bin/python`;
}

export function venvBin(venvDir: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `${venvDir}\\Scripts` : `${venvDir}/bin`;
}

/** Reads a version number out of a tool's `--version` output ("Poetry (version 1.3.2)" → "1.3.2"). */
export function parseToolVersion(output: string): string | undefined {
  return /(\d+\.\d+(?:\.\d+)?(?:[-.+][0-9A-Za-z.]+)?)/.exec(output)?.[1];
}
