import { programOnPath } from '../process/program-on-path.js';

/**
 * The GNU tar that chunk archives are made and extracted with (they use GNU-only options: --index-file, --touch,
 * --blocking-factor, --read-full-records). `gtar` when one is on PATH: on macOS, `tar` is bsdtar, and GitHub's macOS
 * images and Homebrew's gnu-tar install GNU tar as `gtar` (as @actions/cache runs it there). Else `tar`, GNU tar on
 * Linux. Looked up once per PATH.
 */
export function gnuTarProgram(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const searchPath = env.PATH ?? '';
  if (chosen?.searchPath !== searchPath) chosen = { searchPath, program: programOnPath('gtar', env) === undefined ? 'tar' : 'gtar' };
  return chosen.program;
}

let chosen: { searchPath: string; program: string } | undefined;

/**
 * What to add to a tar failure's message when the tar that ran is not GNU tar (bsdtar, as macOS's `tar` is): the option
 * it refused (its usage text, which ends its message, does not say), and how to get GNU tar. Empty when `stderr` does
 * not read as bsdtar's.
 */
export function gnuTarHint(program: string, stderr: string): string {
  if (program !== 'tar' || !/Option .* is not supported|bsdtar/.test(stderr)) return '';
  const refused = /Option (\S+) is not supported/.exec(stderr)?.[1];
  return ` (this tar is not GNU tar${refused === undefined ? '' : `: it refused ${refused.replace(/=.*/, '')}`}; the dependency cache needs GNU tar: install it as gtar, e.g. \`brew install gnu-tar\` on macOS)`;
}
