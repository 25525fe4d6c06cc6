import path from 'node:path';

/** The project's own virtual environment, where setup-deps installs a pip or Poetry project. */
export const VENV_FOLDER = '.venv';

/** The interpreter of the venv at `venv` (POSIX layout: runners and the local command run on Linux and macOS). */
export function venvPython(venv: string): string {
  return path.join(venv, 'bin', 'python');
}

/** Where the project's interpreter is looked for, in order: its .venv (as setup-deps leaves it), an activated venv, python3 on PATH. */
export function pythonCandidates(directory: string, env: Readonly<Record<string, string | undefined>>): string[] {
  return [venvPython(path.join(directory, VENV_FOLDER)), ...(env.VIRTUAL_ENV ? [venvPython(env.VIRTUAL_ENV)] : []), 'python3'];
}

/** The same order, in words, for an error that says where it looked. */
export const PYTHON_CANDIDATES_TEXT = `${VENV_FOLDER}/bin/python, $VIRTUAL_ENV/bin/python and python3 on PATH`;
