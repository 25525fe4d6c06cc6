import type { Finding } from '../findings.js';
import type { CommandCheck, PlannedCheck } from './check-plan.js';

/**
 * A check must only read the project: a lint script that rewrites files (`eslint --fix`, `prettier --write`,
 * `biome lint --write`) passes while it changes the user's sources. The files that changed while the checks
 * ran are the finding of the check that changed them (as pre-commit does), each named, with the fix.
 */

/** Flags and commands that rewrite files: `--fix`, `--write`, `--apply`, `-w`, `black` without `--check`, `ruff format`. */
const REWRITES = /(^|\s)(--fix\b|--write\b|--apply(-unsafe)?\b|-w\b|--unsafe\b)|\bruff\s+format\b(?![^&|;]*--check)|\bblack\b(?![^&|;]*--check)|\bformat\b(?![^&|;]*--check)/;

export function scriptRewrites(scriptText: string): boolean {
  return REWRITES.test(scriptText);
}

/** The input that names each script check's script, for the fix. */
const SCRIPT_INPUT: Record<string, string> = { lint: 'lint-script', 'type-check': 'type-check-script' };

export interface RewriteSuspect {
  check: CommandCheck;
  /** The package.json script's text, when the check runs one. */
  script?: string;
}

/**
 * The checks that may have written the changed files: those that run the project's own scripts, or a tsc
 * build that emits. When several ran, the ones whose script says it rewrites (`--fix`, `--write`) are named;
 * failing that, all of them.
 */
export function rewriteSuspects(checks: readonly PlannedCheck[], scripts: Readonly<Record<string, unknown>>): RewriteSuspect[] {
  const writers: RewriteSuspect[] = checks
    .filter((check): check is CommandCheck => check.kind === 'command')
    .filter((check) => check.format === 'script' || (check.format === 'tsc' && check.args.includes('-b') && !check.args.includes('--noEmit')))
    .map((check) => {
      const name = check.format === 'script' ? check.args[check.args.indexOf('run') + 1] : undefined;
      const script = name === undefined ? undefined : scripts[name];
      return { check, script: typeof script === 'string' ? script : undefined };
    });
  const rewriting = writers.filter((writer) => writer.script !== undefined && scriptRewrites(writer.script));
  return rewriting.length > 0 ? rewriting : writers;
}

export interface ChangedSources {
  /** Relative to the repository root. */
  files: string[];
  restored: ReadonlySet<string>;
  /** Whether the folder is a git work tree (tracked files compared) or not (every file hashed). */
  git: boolean;
}

/** One error finding per changed file, on the suspect check (or on every suspect, "one of"). */
export function rewriteFindings(suspect: RewriteSuspect, others: number, changed: ChangedSources): Finding[] {
  const { check, script } = suspect;
  const input = SCRIPT_INPUT[check.name];
  const how = script !== undefined ? `'${check.args.slice(check.args.indexOf('run') + 1).join(' ')}' (${script})` : `'${[check.command.split('/').pop(), ...check.args].join(' ')}'`;
  const who = others > 0 ? `${how} or another check that ran beside it` : how;
  const fix =
    check.format === 'script'
      ? `a check must only read the sources: make the script check-only (eslint without --fix, prettier --check, biome lint or check without --write, black --check)` +
        (input !== undefined ? `, or name a check-only script with the '${input}' input` : '')
      : `a check must only read the sources: set the referenced projects' outDir to an untracked folder`;
  return changed.files.map((file) => ({
    level: 'error',
    message: `${who} changed this file while checking it; ${fix}. ${changed.restored.has(file) ? 'It was restored to its content before the check.' : 'It was NOT restored: check the change in your work tree.'}`,
    file,
    source: 'quality-checks',
    rule: 'rewrites-sources',
  }));
}
