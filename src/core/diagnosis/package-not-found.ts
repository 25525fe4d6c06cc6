import type { Diagnosis, FailureEvidence, FailureMatcher } from './diagnosis.js';
import { evidenceLines, plainLines, withoutLogPrefix } from './output-text.js';

/**
 * A package, or a version of it, that the registry or index does not have, as npm (E404, ETARGET), pnpm
 * (ERR_PNPM_FETCH_404, ERR_PNPM_NO_MATCHING_VERSION), yarn 1 ("Couldn't find package", "Couldn't find any
 * versions"), pip ("Could not find a version that satisfies the requirement") and Poetry ("which doesn't match any
 * versions") print it: named with the package and the version or range wanted, and where it was looked for. The
 * fix checks the name and the version, the registry configured, and a private registry's credentials (a registry
 * may answer 404 to a reader it does not know; pip does not show an index page's 401 at its default verbosity).
 */

interface Missing {
  /** The package, and the version or range wanted when the output gives it. */
  name: string;
  wanted?: string;
  /** What the registry has, when the output says (pip's "from versions", pnpm's latest release). */
  has?: string;
  /** The registry or index asked, when the output names it. */
  where?: string;
  tool: 'npm' | 'pnpm' | 'yarn' | 'pip' | 'poetry';
  /** The tool's code or words, for the headline. */
  code: string;
  lines: number[];
}

const NPM_ERROR = /^npm (?:error|ERR!)(?: |$)/;

/** `ms@^9.0.0` → [ms, ^9.0.0]; `@scope/x@1` → [@scope/x, 1]; `x` → [x]. */
function splitSpec(spec: string): [string, string | undefined] {
  const at = spec.indexOf('@', 1);
  return at < 0 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 1)];
}

function npm(lines: readonly string[]): Missing | undefined {
  const npmLine = (pattern: RegExp) => lines.findIndex((line) => NPM_ERROR.test(line) && pattern.test(withoutLogPrefix(line)));
  const e404 = npmLine(/^code E404$/);
  if (e404 >= 0) {
    const get = npmLine(/^404 Not Found - GET \S+/);
    const resource = npmLine(/^404\s+The requested resource '[^']+' could not be found/);
    const url = get >= 0 ? /GET (\S+)/.exec(lines[get]!)![1]! : undefined;
    const spec = resource >= 0 ? /'([^']+)'/.exec(lines[resource]!)![1]! : url ? decodeURIComponent(url.split('/').slice(-1)[0]!) : 'a package';
    const [name, wanted] = splitSpec(spec);
    // A lockfile's tarball URL as the version says nothing the GET line does not.
    return { name, wanted: wanted && /^https?:/.test(wanted) ? undefined : wanted, where: url, tool: 'npm', code: 'npm E404', lines: [e404, get, resource].filter((at) => at >= 0) };
  }
  const notarget = npmLine(/^notarget No matching version found for \S+?\.?$/);
  if (notarget >= 0) {
    const [name, wanted] = splitSpec(/found for (\S+?)\.?$/.exec(lines[notarget]!)![1]!);
    const code = npmLine(/^code ETARGET$/);
    return { name, wanted, tool: 'npm', code: 'npm ETARGET', lines: [code, notarget].filter((at) => at >= 0) };
  }
  return undefined;
}

const PNPM_404 = /ERR_PNPM_FETCH_404\W+GET (\S+?): Not Found/;
const PNPM_NOT_IN = /^(\S+) is not in the npm registry/;
const PNPM_NO_VERSION = /ERR_PNPM_NO_MATCHING_VERSION\W+No matching version found for (\S+) while fetching it from (\S+)$/;
const PNPM_LATEST = /^The latest release of (\S+) is "([^"]+)"/;
const YARN_NO_PACKAGE = /^error Couldn't find package "([^"]+)"(?: required by "([^"]+)")? on the "([^"]+)" registry\.$/;
const YARN_NO_VERSION = /^error Couldn't find any versions for "([^"]+)" that matches "([^"]+)"/;

function pnpmOrYarn(lines: readonly string[]): Missing | undefined {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    let match: RegExpExecArray | null;
    if ((match = PNPM_404.exec(line))) {
      const notIn = lines.findIndex((text) => PNPM_NOT_IN.test(text));
      const name = notIn >= 0 ? PNPM_NOT_IN.exec(lines[notIn]!)![1]! : decodeURIComponent(match[1]!.split('/').slice(-1)[0]!);
      return { name, where: match[1], tool: 'pnpm', code: 'ERR_PNPM_FETCH_404', lines: [index, ...(notIn >= 0 ? [notIn] : [])] };
    }
    if ((match = PNPM_NO_VERSION.exec(line))) {
      const [name, wanted] = splitSpec(match[1]!);
      const latest = lines.findIndex((text) => PNPM_LATEST.test(text));
      return { name, wanted, has: latest >= 0 ? `latest ${PNPM_LATEST.exec(lines[latest]!)![2]}` : undefined, where: match[2], tool: 'pnpm', code: 'ERR_PNPM_NO_MATCHING_VERSION', lines: [index, ...(latest >= 0 ? [latest] : [])] };
    }
    if ((match = YARN_NO_PACKAGE.exec(line))) {
      const [name, wanted] = splitSpec(match[1]!);
      return { name, wanted: wanted && match[2] ? `${wanted}, required by ${match[2]}` : wanted, where: `the "${match[3]}" registry`, tool: 'yarn', code: "yarn: Couldn't find package", lines: [index] };
    }
    if ((match = YARN_NO_VERSION.exec(line))) return { name: match[1]!, wanted: match[2], tool: 'yarn', code: "yarn: Couldn't find any versions", lines: [index] };
  }
  return undefined;
}

const PIP_NO_VERSION = /^ERROR: Could not find a version that satisfies the requirement (\S+?)(?: \(from [^)]*\))? \(from versions: ([^)]*)\)$/;
const POETRY_NO_VERSION = /depends on (\S+) \(([^)]+)\) which doesn't match any versions, version solving failed\.$/;

function python(lines: readonly string[]): Missing | undefined {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    let match: RegExpExecArray | null;
    if ((match = PIP_NO_VERSION.exec(line))) {
      const name = /^[A-Za-z0-9._-]+/.exec(match[1]!)?.[0] ?? match[1]!;
      const looking = lines.findIndex((text) => /^Looking in (indexes|links): /.test(text));
      const noMatching = lines.findIndex((text) => text.startsWith('ERROR: No matching distribution found for'));
      return {
        name,
        wanted: match[1] === name ? undefined : match[1]!.slice(name.length),
        has: match[2] === 'none' ? 'none' : match[2],
        where: looking >= 0 ? lines[looking]!.replace(/^Looking in (indexes|links): /, '') : undefined,
        tool: 'pip',
        code: 'pip',
        lines: [looking, index, noMatching].filter((at) => at >= 0),
      };
    }
    if ((match = POETRY_NO_VERSION.exec(line.trim()))) return { name: match[1]!, wanted: match[2], tool: 'poetry', code: 'Poetry', lines: [index] };
  }
  return undefined;
}

function headline(missing: Missing): string {
  const where = missing.where ? `${/^https?:\/\/\S+\/[^/]+$/.test(missing.where) ? ' at' : ' on'} ${missing.where}` : '';
  if (missing.tool === 'pip') {
    return missing.has === 'none'
      ? `pip found no version at all of ${missing.name}${missing.wanted ? ` (wanted ${missing.wanted})` : ''}${where} (from versions: none).`
      : `No version of ${missing.name} satisfies ${missing.name}${missing.wanted ?? ''}${where} (it has ${missing.has}).`;
  }
  const version = missing.wanted ? ` matching ${missing.wanted}` : '';
  const has = missing.has ? ` (${missing.has})` : '';
  const noPackage = missing.code === 'npm E404' || missing.code === 'ERR_PNPM_FETCH_404' || missing.code === "yarn: Couldn't find package";
  if (noPackage) return `The package ${missing.name}${missing.wanted ? `@${missing.wanted}` : ''} was not found${where} (${missing.code}).`;
  return `No version of ${missing.name}${version} was found${where}${has} (${missing.code}).`;
}

function fix(missing: Missing): string {
  switch (missing.tool) {
    case 'npm':
    case 'pnpm':
    case 'yarn':
      return (
        `Check the name and the version of ${missing.name} in package.json (a typo, a version not yet published: '${missing.tool === 'yarn' ? 'yarn info' : `${missing.tool} view`} ${missing.name} versions' lists what exists); ` +
        "check the registry configured for it (.npmrc: 'registry' and the '@scope:registry' line of a scoped package); " +
        'for a private registry, check the token the workflow gives (NODE_AUTH_TOKEN): some registries answer 404 to a reader they do not know.'
      );
    case 'pip':
      return (
        `Check the name and the version of ${missing.name} (requirements, pyproject.toml) against what the index has; check the index configured (PIP_INDEX_URL, --index-url, --extra-index-url, --find-links); ` +
        "for a private index, check its credentials: pip does not show an index page's 401 or 404 at its default verbosity (run it with -v to see them)."
      );
    case 'poetry':
      return `Check the name and the range of ${missing.name} in pyproject.toml against the versions the source has, the sources configured ([[tool.poetry.source]]), and a private source's credentials (POETRY_HTTP_BASIC_<SOURCE>_USERNAME and _PASSWORD).`;
  }
}

export const packageNotFoundMatcher: FailureMatcher = (evidence: FailureEvidence): Diagnosis | undefined => {
  if (evidence.stage === 'test') return undefined;
  const lines = plainLines(evidence.output);
  const missing = npm(lines) ?? pnpmOrYarn(lines) ?? python(lines);
  if (missing === undefined) return undefined;
  return {
    kind: 'package not found',
    headline: headline(missing),
    fix: fix(missing),
    evidence: evidenceLines([...new Set(missing.lines)].sort((a, b) => a - b).map((index) => lines[index]!)),
  };
};
