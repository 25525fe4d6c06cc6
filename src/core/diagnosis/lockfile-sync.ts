import type { Diagnosis, FailureEvidence, FailureMatcher } from './diagnosis.js';
import { evidenceLines, findLine, plainLines, withoutLogPrefix } from './output-text.js';

/**
 * A lockfile that no longer matches the manifest, as the frozen installs say it: `npm ci`, pnpm's
 * ERR_PNPM_OUTDATED_LOCKFILE (with the specifiers it lists), yarn classic's --frozen-lockfile, and Poetry
 * (`poetry lock --check` of 1.x, "changed significantly" of 1.8 and 2.x). The fix is always the same: let the
 * package manager rewrite the lockfile locally and commit it.
 */

const NPM_IN_SYNC = /can only install packages when your package\.json and (?:package-lock\.json|npm-shrinkwrap\.json)[\s\S]*are in sync/;
const NPM_MISSING = /^Missing: (\S+) from lock file$/;
const NPM_INVALID = /^Invalid: lock file's (\S+) does not satisfy (\S+)$/;

function npmOutOfSync(lines: string[], evidence: FailureEvidence): Diagnosis | undefined {
  const plain = lines.map(withoutLogPrefix);
  const header = plain.findIndex((line) => NPM_IN_SYNC.test(line));
  const details = plain.flatMap((line, index) => (NPM_MISSING.test(line) || NPM_INVALID.test(line) ? [index] : []));
  if (header < 0 && details.length === 0) return undefined;
  const lockfile = evidence.lockfile ?? (header >= 0 && /only npm-shrinkwrap/.test(plain[header]!) ? 'npm-shrinkwrap.json' : 'package-lock.json');
  const parts = details.map((index) => {
    const missing = NPM_MISSING.exec(plain[index]!);
    if (missing) return `${missing[1]} is missing from it`;
    const invalid = NPM_INVALID.exec(plain[index]!)!;
    return `its ${invalid[1]} does not satisfy ${invalid[2]}`;
  });
  return {
    kind: 'dependency conflict',
    headline: `${lockfile} is out of sync with package.json${parts.length > 0 ? `: ${parts.slice(0, 4).join('; ')}${parts.length > 4 ? ` (and ${parts.length - 4} more)` : ''}` : ''}.`,
    fix: `Run 'npm install' locally (it brings ${lockfile} in line with package.json), check the diff, and commit ${lockfile}.`,
    evidence: evidenceLines([...(header >= 0 ? [lines[header]!] : []), ...details.map((index) => lines[index]!)]),
  };
}

const PNPM_CHANGE = /^\* (\d+) dependenc(?:y|ies) (?:were|was) (added|removed): (.+)$/;
const PNPM_MISMATCHED = /^\* (\d+) dependenc(?:y|ies) (?:are|is) mismatched:$/;
const PNPM_MISMATCH = /^\s+- (\S+) \(lockfile: ([^,]+), manifest: ([^)]+)\)$/;

function pnpmOutdated(lines: string[]): Diagnosis | undefined {
  const start = findLine(lines, /ERR_PNPM_OUTDATED_LOCKFILE/);
  if (start < 0) return undefined;
  const parts: string[] = [];
  const kept = [lines[start]!];
  for (let index = start + 1; index < lines.length && kept.length < 12; index += 1) {
    const line = lines[index]!;
    const change = PNPM_CHANGE.exec(line);
    const mismatch = PNPM_MISMATCH.exec(line);
    if (change) parts.push(`${change[2]} ${change[3]}`);
    else if (mismatch) parts.push(`${mismatch[1]} is ${mismatch[2]} in the lockfile but ${mismatch[3]} in package.json`);
    if (change || mismatch || PNPM_MISMATCHED.test(line) || /Failure reason:|specifiers in the lockfile/.test(line)) kept.push(line);
  }
  return {
    kind: 'dependency conflict',
    headline: `pnpm-lock.yaml is not up to date with package.json${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`,
    fix: "Run 'pnpm install' locally (it updates pnpm-lock.yaml to package.json's specifiers) and commit pnpm-lock.yaml.",
    evidence: evidenceLines(kept),
  };
}

function yarnFrozen(lines: string[], evidence: FailureEvidence): Diagnosis | undefined {
  const line = lines.find((text) => /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`/.test(text));
  if (line === undefined) return undefined;
  const lockfile = evidence.lockfile ?? 'yarn.lock';
  return {
    kind: 'dependency conflict',
    headline: `${lockfile} is out of date with package.json: yarn install --frozen-lockfile would have to change it.`,
    fix: `Run 'yarn install' locally (it updates ${lockfile} to match package.json) and commit ${lockfile}.`,
    evidence: [line],
  };
}

const POETRY_STALE = /^(?!Warning:).*(?:poetry\.lock is not consistent with pyproject\.toml|pyproject\.toml changed significantly since poetry\.lock was last generated)/;

function poetryStale(lines: string[]): Diagnosis | undefined {
  const line = lines.find((text) => POETRY_STALE.test(text.trimStart()));
  if (line === undefined) return undefined;
  return {
    kind: 'dependency conflict',
    headline: 'poetry.lock does not match pyproject.toml: the dependencies changed since the lock was made.',
    fix: "Run 'poetry lock' locally (on Poetry 1.x, 'poetry lock --no-update' keeps the other locked versions), check the diff, and commit poetry.lock.",
    evidence: [line],
  };
}

export const lockfileSyncMatcher: FailureMatcher = (evidence) => {
  const lines = plainLines(evidence.output);
  return npmOutOfSync(lines, evidence) ?? pnpmOutdated(lines) ?? yarnFrozen(lines, evidence) ?? poetryStale(lines);
};
