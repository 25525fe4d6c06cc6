import type { Diagnosis, FailureMatcher } from './diagnosis.js';
import { evidenceLines, findLine, joinNames, plainLines, withoutLogPrefix } from './output-text.js';

/**
 * Requirements that no set of versions satisfies, named with the packages and ranges the tool printed: npm's
 * ERESOLVE, pnpm's unmet peers, pip's ResolutionImpossible and Poetry's solver (a range that no published version
 * matches is a package not found: package-not-found.ts). The fixes change a range, a version or an
 * override; forcing the install is mentioned only as the last resort it is.
 */

/** `react-dom@17.0.2` → react-dom; `@scope/x@1` → @scope/x; `react@"^18"` → react. */
function packageName(spec: string): string {
  const at = spec.indexOf('@', 1);
  return at < 0 ? spec : spec.slice(0, at);
}

const NPM_ERROR = /^npm (?:error|ERR!)(?: |$)/;

function npmEresolve(lines: string[]): Diagnosis | undefined {
  // Only npm's errors: "npm warn ERESOLVE overriding peer dependency" belongs to an install that went on.
  const code = lines.findIndex((line) => NPM_ERROR.test(line) && /^code ERESOLVE$/.test(withoutLogPrefix(line)));
  if (code < 0) return undefined;
  const block: string[] = [];
  for (let index = code + 1; index < lines.length && NPM_ERROR.test(lines[index]!); index += 1) block.push(lines[index]!);
  const plain = block.map(withoutLogPrefix);
  const at = (pattern: RegExp) => plain.findIndex((line) => pattern.test(line));
  const found = /^Found: (\S+)/.exec(plain[at(/^Found: /)] ?? '')?.[1];
  const foundIndex = at(/^Found: /);
  const foundBy = foundIndex < 0 ? undefined : plain.slice(foundIndex + 1).find((line) => /^ {2}\S.* from /.test(line))?.trim();
  const couldIndex = at(/^Could not resolve dependency:$/);
  const wanted = couldIndex < 0 ? undefined : /^(?:(peer|peerOptional) )?(\S+?@"[^"]*") from (\S+)/.exec(plain[couldIndex + 1] ?? '');
  const conflicting = /^Conflicting peer dependency: (\S+)/.exec(plain[at(/^Conflicting peer dependency: /)] ?? '')?.[1];
  const end = at(/^Fix the upstream dependency conflict/);
  const kept = block.slice(0, end < 0 ? block.length : end).filter((_line, index) => !/^\s*node_modules\//.test(plain[index]!) && plain[index]!.trim() !== '');

  let headline = 'npm could not resolve the dependency tree (ERESOLVE)';
  if (wanted && found) {
    headline += `: ${wanted[3]} wants ${wanted[1] ? `${wanted[1]} ` : ''}${wanted[2]}, but ${found} is there${foundBy ? ` (${foundBy})` : ''}`;
  }
  if (conflicting) headline += `; conflicting peer: ${conflicting}`;
  const wanter = wanted ? packageName(wanted[3]!) : undefined;
  const contested = wanted ? packageName(wanted[2]!) : found ? packageName(found) : 'the package';
  const range = wanted ? /@"([^"]*)"/.exec(wanted[2]!)?.[1] : undefined;
  return {
    kind: 'dependency conflict',
    headline: `${headline}.`,
    fix:
      (wanter && found
        ? `Make the versions agree: take a version of ${wanter} whose peer range accepts ${found} ('npm view ${wanter} peerDependencies' lists them), or move ${contested} into ${range ? `"${range}"` : 'the range it wants'}. `
        : 'Make the versions agree (the lines below name who wants what). ') +
      `If a package you cannot change lags behind, pin the version that works with "overrides" in package.json. Then run 'npm install' locally and commit the lockfile. ` +
      `Retrying with --legacy-peer-deps or --force is a last resort: it installs a tree npm knows to be inconsistent.`,
    evidence: evidenceLines(kept),
  };
}

function pnpmPeers(lines: string[]): Diagnosis | undefined {
  const start = findLine(lines, /ERR_PNPM_PEER_DEP_ISSUES/);
  if (start < 0) return undefined;
  const problems: string[] = [];
  const kept = [lines[start]!];
  let parent = '';
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    const node = /[└├]─┬ (\S+ \S+)$/.exec(line);
    if (node) parent = node[1]!;
    const unmet = /✕ (unmet|missing) peer (\S+?)(?:: found (\S+))?$/.exec(line);
    if (unmet) {
      problems.push(`${parent || 'a package'} wants ${unmet[2]}${unmet[3] ? `, found ${unmet[3]}` : ' (missing)'}`);
      if (node === null && parent && !kept.includes(lines[index - 1]!)) kept.push(lines[index - 1]!);
      kept.push(line);
    }
  }
  return {
    kind: 'dependency conflict',
    headline: `pnpm found unmet peer dependencies${problems.length > 0 ? `: ${problems.slice(0, 4).join('; ')}` : ''}.`,
    fix:
      'Make the versions agree (move the package or its peer into the wanted range). If a package you cannot change lags behind, allow or pin the version with ' +
      "pnpm's peerDependencyRules or overrides (the pnpm field of package.json, or pnpm-workspace.yaml); then run 'pnpm install' and commit pnpm-lock.yaml. " +
      'strictPeerDependencies: false is a last resort.',
    evidence: evidenceLines(kept),
  };
}

function pipResolution(lines: string[]): Diagnosis | undefined {
  const caused = findLine(lines, /^The conflict is caused by:$/);
  if (caused < 0 && findLine(lines, /ResolutionImpossible/) < 0) return undefined;
  const causes: string[] = [];
  for (let index = caused + 1; caused >= 0 && index < lines.length && lines[index]!.trim() !== ''; index += 1) causes.push(lines[index]!);
  const contested = [...new Set(causes.map((line) => /(?:depends on|requested) ([A-Za-z0-9._-]+)/.exec(line)?.[1]).filter((name): name is string => name !== undefined))];
  const parents = causes.map((line) => /^\s*(\S+) \S+ depends on/.exec(line)?.[1]).filter((name): name is string => name !== undefined);
  const cannot = lines.find((line) => /^ERROR: Cannot install .* because these package versions have conflicting dependencies\.$/.test(line));
  const impossible = lines.find((line) => /ResolutionImpossible/.test(line));
  return {
    kind: 'dependency conflict',
    headline: `pip found no set of versions that satisfies every requirement (ResolutionImpossible)${causes.length > 0 ? `: ${causes.map((line) => line.trim()).join('; ')}` : ''}.`,
    fix:
      `Make the requirements on ${contested.length > 0 ? joinNames(contested) : 'the shared package'} overlap: ` +
      `${parents.length > 0 ? `take versions of ${joinNames(parents)} that agree on it, ` : ''}loosen your own pin, or drop one of the requirements; ` +
      'then update the requirements (or constraints) file and install again.',
    evidence: evidenceLines([cannot ?? '', ...(caused >= 0 ? [lines[caused]!] : []), ...causes, impossible ?? '']),
  };
}

const POETRY_DEPENDS = /(\S+) \(([^)]+)\) depends on (\S+) \(([^)]+)\)/g;

function poetrySolver(lines: string[]): Diagnosis | undefined {
  // Verbose output prints the paragraph under SolveFailure, then again under SolverProblemError: quote the latter.
  const solverIndex = findLine(lines, /^\s*SolverProblemError$/);
  const end = findLine(lines, /version solving failed\.$/, solverIndex);
  if (end < 0) return undefined;
  let start = end;
  while (start > 0 && !/^\s*Because /.test(lines[start]!)) start -= 1;
  const paragraph = lines.slice(start, end + 1);
  const text = paragraph.map((line) => line.trim()).join(' ');
  // "depends on x (1.0) which doesn't match any versions": nothing to choose between (package-not-found.ts).
  if (/which doesn't match any versions/.test(text)) return undefined;
  const clauses = [...text.matchAll(POETRY_DEPENDS)].map((match) => `${match[1]} (${match[2]}) depends on ${match[3]} (${match[4]})`);
  const contested = [...new Set([...text.matchAll(POETRY_DEPENDS)].map((match) => match[3]!))];
  return {
    kind: 'dependency conflict',
    headline: `Poetry found no versions that fit together${clauses.length > 0 ? `: ${clauses.join(' and ')}` : ''}.`,
    fix:
      `Change the constraints in pyproject.toml so they overlap${contested.length > 0 ? ` on ${joinNames(contested)}` : ''} ` +
      "(another version of a package that depends on it, or a looser range of your own), then run 'poetry lock' and commit poetry.lock.",
    evidence: evidenceLines([...(solverIndex >= 0 ? [lines[solverIndex]!] : []), ...paragraph]),
  };
}

export const dependencyConflictMatcher: FailureMatcher = (evidence) => {
  const lines = plainLines(evidence.output);
  return npmEresolve(lines) ?? pnpmPeers(lines) ?? pipResolution(lines) ?? poetrySolver(lines);
};
