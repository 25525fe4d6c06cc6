import semver from 'semver';
import { ConfigurationError } from '../errors.js';
import { objectAt, stringAt, type JsonObject } from '../project-snapshot.js';

/** Docker's grammar: path components of lowercase alphanumerics joined by `.`, `_`, `__` or dashes. */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** A registry host: a domain or IPv4 address with an optional port (`localhost:5000`, `ghcr.io`). */
const REGISTRY_HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]{1,5})?$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

function shown(value: string): string {
  const oneLine = value.replace(/[\r\n]+/g, '\\n');
  return `'${oneLine.length > 80 ? `${oneLine.slice(0, 80)}…` : oneLine}'`;
}

/**
 * A service name made a valid repository name: the package scope dropped, lowercased, every run of
 * characters Docker does not accept turned into one dash, separators trimmed. undefined when nothing is left.
 */
export function repositoryNameFrom(name: string): string | undefined {
  const unscoped = name.trim().replace(/^@[^/]+\//, '');
  const cleaned = unscoped
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/[._-]*[-][._-]*/g, '-')
    .replace(/[._]{2,}/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '');
  return cleaned === '' ? undefined : cleaned.slice(0, 128).replace(/[._-]+$/, '');
}

/** The service name from package.json `name` or pyproject's `[project].name` / `[tool.poetry].name`. */
export function serviceNameFromManifests(packageJson: JsonObject | undefined, pyproject: JsonObject | undefined): string | undefined {
  const candidates = [stringAt(packageJson, 'name'), stringAt(pyproject, 'project', 'name'), stringAt(pyproject, 'tool', 'poetry', 'name')];
  for (const candidate of candidates) {
    const name = candidate === undefined ? undefined : repositoryNameFrom(candidate);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The version of package.json, pyproject's [project] or [tool.poetry]. */
export function manifestVersion(packageJson: JsonObject | undefined, pyproject: JsonObject | undefined): string | undefined {
  return stringAt(packageJson, 'version') ?? stringAt(pyproject, 'project', 'version') ?? stringAt(pyproject, 'tool', 'poetry', 'version');
}

/** SPDX license of the manifest (package.json `license`, pyproject `license` as a string or `{ text }`). */
export function manifestLicense(packageJson: JsonObject | undefined, pyproject: JsonObject | undefined): string | undefined {
  return stringAt(packageJson, 'license') ?? stringAt(pyproject, 'project', 'license') ?? stringAt(pyproject, 'project', 'license', 'text') ??
    (objectAt(pyproject, 'tool', 'poetry') ? stringAt(pyproject, 'tool', 'poetry', 'license') : undefined);
}

/** Checks an `image` input (optionally with a registry host) and returns it as given. */
export function validateRepository(input: string, value: string): string {
  if (value.length > 255) throw new ConfigurationError(`Input '${input}' must be a repository name of at most 255 characters (got ${value.length} characters).`);
  const components = value.split('/');
  const bad = components.find((component) => !PATH_COMPONENT.test(component));
  if (bad !== undefined) {
    throw new ConfigurationError(
      `Input '${input}' must be a repository name: lowercase letters, digits and separators (. _ -) in path components joined by '/', ` +
        `e.g. 'orders-service' or 'team/orders-service' (got ${shown(value)}).`,
    );
  }
  return value;
}

export function validateRegistry(value: string): string {
  const host = value.replace(/\/+$/, '');
  const [first, ...rest] = host.split('/');
  if (!REGISTRY_HOST.test(first) || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
    throw new ConfigurationError(
      `Input 'registry' must be a registry host with an optional port and namespace, e.g. 'ghcr.io/octo-org' or '127.0.0.1:5000' (got ${shown(value)}).`,
    );
  }
  if (rest.length > 0) validateRepository('registry', rest.join('/'));
  return host;
}

export function validateTag(input: string, value: string): string {
  if (!TAG.test(value)) {
    throw new ConfigurationError(
      `Input '${input}' must give tags of 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-' (got ${shown(value)}).`,
    );
  }
  return value;
}

export interface RefFacts {
  /** GITHUB_REF_TYPE: branch or tag. */
  refType?: string;
  /** GITHUB_REF_NAME: the branch or tag name. */
  refName?: string;
  /** The repository's default branch (from the event payload), when known. */
  defaultBranch?: string;
  /** An event that runs code from outside the repository (fork PR, pull_request_target, workflow_run). */
  untrusted?: boolean;
}

/** `v1.2.3` → `1.2.3` when the run builds a tag, else the manifest's version; undefined when neither says. */
export function imageVersion(ref: RefFacts, fromManifest: string | undefined): { version: string; source: string } | undefined {
  if (ref.refType === 'tag' && ref.refName) {
    const name = ref.refName.replace(/^v(?=\d)/, '');
    return { version: name, source: `the tag ${ref.refName}` };
  }
  if (fromManifest !== undefined && fromManifest.trim() !== '') return { version: fromManifest.trim(), source: 'the manifest' };
  return undefined;
}

export type LatestChoice = 'auto' | 'true' | 'false';

export interface LatestDecision {
  latest: boolean;
  reason: string;
}

/**
 * Whether `latest` moves. `auto`: only for a stable semver version (no prerelease) built from a tag or the
 * default branch. `true` still refuses a prerelease: `latest` must never point at one.
 */
export function decideLatest(choice: LatestChoice, version: string, ref: RefFacts): LatestDecision {
  if (choice === 'false') return { latest: false, reason: "input 'latest' is false" };
  const parsed = semver.parse(version, { loose: false });
  const prerelease = parsed !== null && parsed.prerelease.length > 0;
  if (choice === 'true') {
    if (prerelease) {
      throw new ConfigurationError(
        `Input 'latest' is true, but version '${version}' is a prerelease: 'latest' is guarded and never points at a prerelease. ` +
          `Use latest: auto (moves it for stable versions only) or publish a stable version.`,
      );
    }
    return { latest: true, reason: "input 'latest' is true" };
  }
  if (parsed === null) return { latest: false, reason: `version '${version}' is not a semantic version` };
  if (prerelease) return { latest: false, reason: `version '${version}' is a prerelease` };
  if (ref.refType === 'tag') return { latest: true, reason: `stable version built from the tag ${ref.refName ?? ''}`.trim() };
  if (ref.refType === 'branch' && ref.defaultBranch !== undefined && ref.refName === ref.defaultBranch) {
    return { latest: true, reason: `stable version built from the default branch ${ref.defaultBranch}` };
  }
  const where = ref.refName ? `${ref.refType ?? 'ref'} ${ref.refName}` : 'an unknown ref';
  return { latest: false, reason: `built from ${where}, not a tag or the default branch${ref.defaultBranch ? ` (${ref.defaultBranch})` : ''}` };
}

/** Splits a list input on newlines and commas; blank entries dropped. */
export function listInput(raw: string): string[] {
  return raw.split(/[\n,]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

export interface TagPlan {
  repository: string;
  tags: string[];
  /** repository:tag for every tag, version first. */
  references: string[];
  latest: LatestDecision;
}

export function planTags(repository: string, version: string, extraTags: string[], latest: LatestDecision): TagPlan {
  validateTag('version', version);
  for (const tag of extraTags) validateTag('tags', tag);
  const tags = [...new Set([version, ...(latest.latest ? ['latest'] : []), ...extraTags])];
  if (!latest.latest && extraTags.includes('latest')) {
    throw new ConfigurationError(`Input 'tags' lists 'latest', but latest does not move for this run: ${latest.reason}. Use the 'latest' input instead.`);
  }
  return { repository, tags, references: tags.map((tag) => `${repository}:${tag}`), latest };
}
