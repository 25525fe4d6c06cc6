/**
 * Python version constraints as projects declare them: PEP 440 specifiers (`requires-python = ">=3.9,<4"`,
 * `~=3.10`, `==3.11.*`) and Poetry's syntax (`python = "^3.10"`, `~3.10`, `3.11.*`, `>=3.9 || ^4`).
 * Only release numbers are compared: the interpreters a workflow can select have no pre-release tags.
 */
type Release = number[];

function parseRelease(text: string): Release | undefined {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(text.trim());
  return match ? match[1].split('.').map(Number) : undefined;
}

function compare(a: Release, b: Release): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function startsWith(version: Release, prefix: Release): boolean {
  return prefix.every((part, i) => (version[i] ?? 0) === part);
}

/** The next release after `prefix` at its last component: [3, 10] → [3, 11]. */
function bumpLast(prefix: Release): Release {
  return [...prefix.slice(0, -1), prefix[prefix.length - 1] + 1];
}

type Predicate = (version: Release) => boolean;

function clause(text: string): Predicate | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '*') return () => true;
  const match = /^(===|==|!=|~=|<=|>=|<|>|\^|~|=)?\s*(.+)$/.exec(trimmed);
  if (!match) return undefined;
  const operator = match[1] ?? '==';
  const operand = match[2].trim();
  const wildcard = operand.endsWith('.*');
  const release = parseRelease(wildcard ? operand.slice(0, -2) : operand);
  if (!release) return undefined;
  switch (operator) {
    case '==':
    case '=':
    case '===':
      return wildcard ? (v) => startsWith(v, release) : (v) => compare(v, release) === 0;
    case '!=':
      return wildcard ? (v) => !startsWith(v, release) : (v) => compare(v, release) !== 0;
    case '<=':
      return (v) => compare(v, release) <= 0;
    case '>=':
      return (v) => compare(v, release) >= 0;
    case '<':
      return (v) => compare(v, release) < 0;
    case '>':
      return (v) => compare(v, release) > 0;
    case '~=': {
      if (release.length < 2) return undefined;
      const upper = bumpLast(release.slice(0, -1));
      return (v) => compare(v, release) >= 0 && compare(v, upper) < 0;
    }
    case '~': {
      // Poetry: ~3.10 → >=3.10,<3.11; ~3 → >=3,<4
      const upper = bumpLast(release.length === 1 ? release : release.slice(0, 2));
      return (v) => compare(v, release) >= 0 && compare(v, upper) < 0;
    }
    case '^': {
      // Poetry: ^3.10 → >=3.10,<4; ^0.3 → >=0.3,<0.4
      const firstNonZero = release.findIndex((part) => part !== 0);
      const significant = firstNonZero === -1 ? release.length - 1 : firstNonZero;
      const upper = bumpLast(release.slice(0, significant + 1));
      return (v) => compare(v, release) >= 0 && compare(v, upper) < 0;
    }
    default:
      return undefined;
  }
}

/**
 * Whether `version` (e.g. "3.11.7") satisfies `constraint`. Returns undefined when the constraint cannot be
 * read, so the caller can say so instead of guessing.
 */
export function pythonVersionSatisfies(version: string, constraint: string): boolean | undefined {
  const release = parseRelease(version);
  if (!release) return undefined;
  const alternatives = constraint.split('||');
  let anyMatch = false;
  for (const alternative of alternatives) {
    const parts = alternative
      .split(/,|\s+(?=[<>=!~^])/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const predicates = (parts.length === 0 ? ['*'] : parts).map(clause);
    if (predicates.some((predicate) => predicate === undefined)) return undefined;
    if (predicates.every((predicate) => predicate!(release))) anyMatch = true;
  }
  return anyMatch;
}

/** `.python-version` / `.nvmrc` style: "3.11" matches 3.11.x, "3.11.7" only itself. */
export function versionPrefixMatches(version: string, wanted: string): boolean | undefined {
  const have = parseRelease(version);
  const want = parseRelease(wanted);
  if (!have || !want) return undefined;
  return startsWith(have, want);
}
