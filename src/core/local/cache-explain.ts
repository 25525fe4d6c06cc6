import { keyedFiles, type BuildKeyParts } from '../build/cache-key.js';
import type { TreeKeyInputs } from '../deps/cache-keys.js';
import { CACHE_VERSION_INPUT } from '../cache/version.js';
import { digestParts, digestText } from '../hashing.js';

/**
 * `build-actions explain`: what each cache key is made of, in readable parts, and which part changed since the
 * entry the last run saved. The parts are read from the very inputs the key functions take (TreeKeyInputs,
 * BuildKeyParts), so a key is never computed a second way: the key comes from cacheKeys/buildCacheKey, the parts
 * from the same record.
 */
export type PartKind = 'lockfile' | 'manifest' | 'runtime' | 'tool version' | 'sources' | 'OS/arch' | 'recipe' | 'location' | 'project' | 'Dockerfile' | 'branch' | 'day' | 'cache-version';

export interface KeyPart {
  kind: PartKind;
  /** Unique within one cache's parts, e.g. "package-lock.json" or "npm". */
  name: string;
  /** Readable value or a short digest. */
  value: string;
}

/** What is stored beside a local cache entry (in its record), so that a later `explain` can diff. */
export interface EntryAbout {
  /** The cache, e.g. "setup-deps: installed tree" (one of CACHE_NAMES). */
  cache: string;
  /** The project folder (absolute) the entry was saved for. */
  project: string;
  parts: KeyPart[];
}

export const CACHE_NAMES = {
  tree: 'setup-deps: installed tree',
  store: 'setup-deps: download store',
  outputs: 'build: outputs',
  sizes: 'build: size history',
  timings: 'test: timing history',
  layers: 'publish-image: layer cache',
  scanDatabase: 'publish-image: scanner database',
} as const;

const LOCKFILES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|uv\.lock|Pipfile\.lock|requirements[^/]*\.txt|constraints[^/]*\.txt)$/;

const short = (text: string): string => digestText(text).slice(0, 12);

export function fileKind(name: string): PartKind {
  return LOCKFILES.test(name) ? 'lockfile' : 'manifest';
}

/** What the `cache-version` input shows as when it is empty (the keys carry no version then). */
export const NO_CACHE_VERSION = '(none)';

/** The `cache-version` input as a key part: every key of every cache carries it (empty: the keys are as without it). */
export function cacheVersionPart(version: string | undefined): KeyPart {
  return { kind: 'cache-version', name: CACHE_VERSION_INPUT, value: version || NO_CACHE_VERSION };
}

/** The parts of the installed tree's key (cacheKeys(inputs).tree). */
export function treeKeyParts(inputs: TreeKeyInputs): KeyPart[] {
  const platform = [inputs.platform.os, inputs.platform.arch, inputs.platform.image].filter((part) => part !== undefined && part !== '').join('-');
  return [
    { kind: 'OS/arch', name: 'platform', value: platform },
    ...inputs.files.map((file): KeyPart => ({ kind: fileKind(file.name), name: file.name, value: `sha256 ${short(file.content)}` })),
    { kind: 'runtime', name: inputs.language, value: inputs.runtimeVersion + (inputs.runtimeIdentity ? ` (${short(inputs.runtimeIdentity)})` : '') },
    { kind: 'tool version', name: inputs.packageManager, value: inputs.packageManagerVersion },
    ...(inputs.location !== undefined ? [{ kind: 'location' as const, name: 'location', value: inputs.location }] : []),
    cacheVersionPart(inputs.cacheVersion),
  ];
}

/** The parts of the download store's key (cacheKeys(inputs).store): the platform, the manager and the key files. */
export function storeKeyParts(inputs: TreeKeyInputs): KeyPart[] {
  return treeKeyParts(inputs).filter((part) => part.kind === 'OS/arch' || part.kind === 'cache-version' || part.kind === 'lockfile' || part.kind === 'manifest' || (part.kind === 'tool version' && part.name === inputs.packageManager)).map((part) =>
    part.kind === 'tool version' ? { ...part, value: '(any version)' } : part,
  );
}

/** The parts of the build-output key (buildCacheKey(parts)); `extra` is what the build adds past it (Python's tooling). */
export function buildKeyParts(parts: BuildKeyParts, extra: KeyPart[] = []): KeyPart[] {
  const files = keyedFiles(parts);
  return [
    { kind: 'OS/arch', name: 'platform', value: `${parts.os}-${parts.arch}` },
    { kind: 'project', name: 'project', value: parts.projectPath },
    { kind: 'sources', name: 'tracked files', value: `${files.length} files, sha256 ${digestParts(files.map((file) => ({ name: file.path, content: file.blob })).sort((a, b) => a.name.localeCompare(b.name))).slice(0, 12)}` },
    ...[...parts.lockfiles].map(([name, text]): KeyPart => ({ kind: 'lockfile', name, value: `sha256 ${short(text)}` })),
    ...Object.entries(parts.tools).sort(([a], [b]) => a.localeCompare(b)).map(([name, version]): KeyPart => ({ kind: name === 'node' || name === 'python' ? 'runtime' : 'tool version', name, value: version })),
    { kind: 'recipe', name: 'build recipe', value: `sha256 ${short(parts.recipe)}` },
    ...extra,
    cacheVersionPart(parts.cacheVersion),
  ];
}

/** Files whose content changed between two parts lists, each with its kind; parts only in one list count as changed. */
export interface PartChange {
  kind: PartKind;
  name: string;
  before?: string;
  after?: string;
}

export function diffParts(before: readonly KeyPart[], after: readonly KeyPart[]): PartChange[] {
  const id = (part: KeyPart): string => `${part.kind}\u0000${part.name}`;
  // Entries recorded before keys had a cache version were saved without one: the same as an empty cache-version.
  const versioned = (parts: readonly KeyPart[]): readonly KeyPart[] => (parts.some((part) => part.kind === 'cache-version') ? parts : [...parts, cacheVersionPart('')]);
  const old = new Map(versioned(before).map((part) => [id(part), part]));
  const changes: PartChange[] = [];
  for (const part of versioned(after)) {
    const previous = old.get(id(part));
    old.delete(id(part));
    if (previous === undefined) changes.push({ kind: part.kind, name: part.name, after: part.value });
    else if (previous.value !== part.value) changes.push({ kind: part.kind, name: part.name, before: previous.value, after: part.value });
  }
  for (const part of old.values()) changes.push({ kind: part.kind, name: part.name, before: part.value });
  return changes;
}

/** One cache in an `explain` report. */
export interface CacheExplanation {
  cache: string;
  /** The key this run would use (or, for rolling caches, the prefix it restores the newest entry from). */
  key?: string;
  /** How the key is matched: exactly, or the newest entry under a prefix. */
  matching: 'exact' | 'newest under prefix';
  parts: KeyPart[];
  /** The newest entry saved for this project and cache, if any. */
  saved?: { key: string; created: number; parts?: KeyPart[] };
  /** Why this cache is not used (e.g. not in a git repository, no Dockerfile), or another fact to say. */
  note?: string;
}

/** A part's label: its kind and name, or one of them when they are the same (project, cache-version). */
function label(part: { kind: PartKind; name: string }): string {
  return part.kind === part.name ? part.kind : `${part.kind} ${part.name}`;
}

function describeChange(change: PartChange): string {
  const shown = label(change);
  if (change.before === undefined) return `${shown}: new (${change.after})`;
  if (change.after === undefined) return `${shown}: gone (was ${change.before})`;
  return `${shown}: ${change.before} -> ${change.after}`;
}

/** The verdict line of one cache: hit, or which parts changed. */
export function verdict(explanation: CacheExplanation): string {
  const { saved } = explanation;
  if (explanation.key === undefined) return explanation.note ?? 'not used';
  if (saved === undefined) return 'no entry saved for this project yet: the next run is a miss and saves one';
  if (explanation.matching === 'exact' && saved.key === explanation.key) return 'unchanged: the next run is an exact hit';
  if (saved.parts === undefined) return `the saved entry ${saved.key} has no recorded parts (saved by an older build-actions or on GitHub): cannot say what changed`;
  const changes = diffParts(saved.parts, explanation.parts);
  if (explanation.matching === 'newest under prefix') {
    return changes.length === 0 ? `the next run restores the newest entry, ${saved.key}` : `the next run restores ${saved.key}, saved when ${changes.map(describeChange).join('; ')}`;
  }
  if (changes.length === 0) return `the key changed (${saved.key} -> ${explanation.key}) but no recorded part did: the key's schema or a part not shown changed`;
  return `changed since the last saved entry: ${changes.map(describeChange).join('; ')}`;
}

export function renderExplanation(project: string, explanations: readonly CacheExplanation[], now: number): string {
  const lines = [`Caches of ${project}:`];
  for (const explanation of explanations) {
    lines.push('', `${explanation.cache}`);
    if (explanation.key !== undefined) lines.push(`  key (${explanation.matching}): ${explanation.key}`);
    for (const part of explanation.parts) lines.push(part.kind === part.name ? `  ${`${part.kind}:`.padEnd(12)} ${part.value}` : `  ${part.kind.padEnd(12)} ${part.name}: ${part.value}`);
    if (explanation.saved) lines.push(`  last saved: ${explanation.saved.key} (${ageOf(now - explanation.saved.created)} ago)`);
    if (explanation.note && explanation.key !== undefined) lines.push(`  note: ${explanation.note}`);
    lines.push(`  => ${verdict(explanation)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function ageOf(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (seconds < 36 * 3600) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}
