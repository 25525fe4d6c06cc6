import type { Diagnosis, FailureEvidence, FailureMatcher } from './diagnosis.js';
import { evidenceLines, plainLines, withoutLogPrefix } from './output-text.js';

/**
 * An install refused because of the version of a tool, as the tools print it: npm EBADENGINE (engine-strict), pnpm
 * ERR_PNPM_UNSUPPORTED_ENGINE, yarn 1's "The engine "node" is incompatible with this module", pnpm refusing to run
 * for a project whose packageManager pins another version or another package manager, a poetry.lock written by a
 * newer Poetry, and pip skipping every version of a package whose Requires-Python excludes this Python.
 */

interface Refusal {
  headline: string;
  fix: string;
  lines: number[];
}

const NODE_FIX = "Run the step with the version the project asks for (actions/setup-node's node-version or node-version-file before this step), or change the engines field if the project does run on this version";
const PNPM_VERSION = /This project is configured to use v?(\S+) of pnpm\. Your current pnpm is v?(\S+)$/;
const PNPM_OTHER = /This project is configured to use (npm|yarn|bun|deno)\b/;
const PNPM_ENGINE = /ERR_PNPM_UNSUPPORTED_ENGINE/;
const YARN_ENGINE = /^error (\S+): The engine "(\w+)" is incompatible with this module\. Expected version "([^"]+)"\. Got "([^"]+)"$/;
const POETRY_LOCK = /^The lock file is not compatible with the current version of Poetry\.$/;
const PIP_IGNORED = /^ERROR: Ignored the following versions that require a different python version: (.+)$/;
const PIP_NONE = /^ERROR: Could not find a version that satisfies the requirement (\S+) \(from versions: none\)$/;
const PIP_PACKAGE = /^ERROR: Package '([^']+)' requires a different Python: (\S+) not in '([^']+)'$/;

function npmEngine(lines: readonly string[]): Refusal | undefined {
  const npmLine = (pattern: RegExp, from = 0) => lines.findIndex((line, index) => index >= from && /^npm (?:error|ERR!) /.test(line) && pattern.test(withoutLogPrefix(line)));
  const code = npmLine(/^code EBADENGINE$/);
  if (code < 0) return undefined;
  const who = npmLine(/^notsup Not compatible with your version of node\/npm: /, code);
  const required = npmLine(/^notsup Required: /, code);
  const actual = npmLine(/^notsup Actual: /, code);
  const text = (at: number, pattern: RegExp) => (at >= 0 ? withoutLogPrefix(lines[at]!).replace(pattern, '').trim() : undefined);
  const pkg = text(who, /^notsup Not compatible with your version of node\/npm: /);
  const wants = text(required, /^notsup Required: /);
  const has = text(actual, /^notsup Actual: /);
  return {
    headline: `npm refused to install: ${pkg ?? 'a package'} requires ${wants ?? 'another Node or npm'} (engines)${has ? `, and this is ${has}` : ''} (npm EBADENGINE, engine-strict).`,
    fix: `${NODE_FIX} (for a dependency: a version of it that supports this Node). engine-strict (.npmrc) is what makes npm refuse rather than warn.`,
    lines: [code, who, required, actual].filter((at) => at >= 0),
  };
}

function other(lines: readonly string[]): Refusal | undefined {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    let match: RegExpExecArray | null;
    if ((match = PNPM_VERSION.exec(line))) {
      return {
        headline: `pnpm refused to run: package.json's packageManager pins pnpm ${match[1]}, and this is pnpm ${match[2]} (ERR_PNPM_BAD_PM_VERSION).`,
        fix: `Install pnpm ${match[1]} before this step (pnpm/action-setup, or corepack enable), or update the packageManager field to the pnpm you use.`,
        lines: [index],
      };
    }
    if (/ERR_PNPM_BAD_PM_VERSION/.test(line)) {
      return {
        headline: "pnpm refused to run as another version than the one package.json's packageManager pins (ERR_PNPM_BAD_PM_VERSION).",
        fix: 'Install the pnpm version that packageManager names before this step (pnpm/action-setup, or corepack enable), or update the packageManager field.',
        lines: [index],
      };
    }
    if ((match = PNPM_OTHER.exec(line))) {
      return {
        headline: `pnpm refused to run: package.json's packageManager names ${match[1]}.`,
        fix: `Install with ${match[1]} (the package manager the project names; the 'package-manager' input overrides the detection), or change the packageManager field.`,
        lines: [index],
      };
    }
    if (PNPM_ENGINE.test(line)) {
      const at = (pattern: RegExp) => lines.findIndex((text, position) => position > index && pattern.test(text));
      const which = at(/^Your (Node|pnpm) version is incompatible with /);
      const expected = at(/^Expected version: /);
      const got = at(/^Got: /);
      const tool = which >= 0 ? /^Your (\w+)/.exec(lines[which]!)![1] : 'Node';
      return {
        headline: `pnpm refused to install: the project wants ${tool} ${expected >= 0 ? lines[expected]!.replace(/^Expected version: /, '') : 'another version'}${got >= 0 ? `, and this is ${lines[got]!.replace(/^Got: /, '')}` : ''} (engines; ERR_PNPM_UNSUPPORTED_ENGINE).`,
        fix: `${NODE_FIX}. engine-strict is what makes pnpm refuse rather than warn.`,
        lines: [index, which, expected, got].filter((position) => position >= 0),
      };
    }
    if ((match = YARN_ENGINE.exec(line))) {
      return {
        headline: `yarn refused to install: ${match[1]} wants ${match[2]} ${match[3]}, and this is ${match[4]} (engines).`,
        fix: `${NODE_FIX} (for a dependency: a version of it that supports this Node). yarn 1 checks engines on every install ('--ignore-engines' skips the check, at your risk).`,
        lines: [index],
      };
    }
    if (POETRY_LOCK.test(line.trim())) {
      return {
        headline: 'poetry.lock was written by a newer Poetry than this one: the lock file is not compatible with the current version of Poetry.',
        fix: "Install the Poetry version that wrote poetry.lock before this step (pipx install poetry==<version>), or regenerate poetry.lock with this Poetry ('poetry lock') and commit it.",
        lines: [index],
      };
    }
    if ((match = PIP_PACKAGE.exec(line))) {
      return {
        headline: `${match[1]} requires Python ${match[3]}, and this is Python ${match[2]} (Requires-Python).`,
        fix: `Run the step with a Python that ${match[1]} supports (actions/setup-python's python-version before this step), or take a version of ${match[1]} that supports Python ${match[2]}.`,
        lines: [index],
      };
    }
    if ((match = PIP_IGNORED.exec(line))) {
      // Only when nothing else was found: with other versions on offer, the requirement itself may be what is wrong.
      const none = lines.findIndex((text, position) => position > index && PIP_NONE.test(text));
      if (none < 0) continue;
      const requirement = PIP_NONE.exec(lines[none]!)![1]!;
      return {
        headline: `pip found no version of ${requirement} for this Python: every version on the index requires another Python (${match[1]}).`,
        fix: `Run the step with a Python those versions support (actions/setup-python's python-version before this step), or require a version of ${requirement} that supports this Python.`,
        lines: [index, none],
      };
    }
  }
  return undefined;
}

export const toolVersionMatcher: FailureMatcher = (evidence: FailureEvidence): Diagnosis | undefined => {
  const lines = plainLines(evidence.output);
  const refusal = npmEngine(lines) ?? other(lines);
  if (refusal === undefined) return undefined;
  return { kind: 'tool version', headline: refusal.headline, fix: refusal.fix, evidence: evidenceLines(refusal.lines.sort((a, b) => a - b).map((index) => lines[index]!)) };
};
