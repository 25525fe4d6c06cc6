import { cacheVersionSegment } from '../cache/version.js';
import { digestParts } from '../hashing.js';

/** Bumped when what a build-output entry holds, or how it is laid out, changes. */
export const BUILD_CACHE_SCHEMA = 1;

export interface BuildKeyParts {
  os: string;
  arch: string;
  /** The project folder, relative to the repository root. */
  projectPath: string;
  /** `git ls-files -s` of the project: mode, blob id and path of every tracked file (contents, not mtimes). */
  trackedFiles: ReadonlyArray<{ path: string; blob: string }>;
  /** Folders (relative to the project) whose tracked files do not count: the outputs and the artifacts folder. */
  excluded: readonly string[];
  /** Lockfile texts by name (already among the tracked files in most projects; an untracked one counts too). */
  lockfiles: ReadonlyMap<string, string>;
  /** Runtime and tool versions: node, npm, python, the build backend. */
  tools: Readonly<Record<string, string>>;
  /** The build script's text (each member's), the pack step, the packaging choice. */
  recipe: string;
  /** The `cache-version` input (validated; empty or absent: none). */
  cacheVersion?: string;
}

function isExcluded(file: string, excluded: readonly string[]): boolean {
  const segments = file.split('/');
  if (segments.includes('node_modules') || segments.includes('.venv') || segments.includes('__pycache__')) return true;
  return excluded.some((folder) => folder !== '' && folder !== '.' && (file === folder || file.startsWith(`${folder.replace(/\/$/, '')}/`)));
}

/** The tracked files that feed the key: everything git tracks in the project, but the outputs and installed trees. */
export function keyedFiles(parts: Pick<BuildKeyParts, 'trackedFiles' | 'excluded'>): Array<{ path: string; blob: string }> {
  return parts.trackedFiles.filter((file) => !isExcluded(file.path, parts.excluded));
}

export function buildCacheKey(parts: BuildKeyParts): string {
  const files = keyedFiles(parts);
  const digest = digestParts([
    { name: 'schema', content: String(BUILD_CACHE_SCHEMA) },
    { name: 'sources', content: files.map((file) => `${file.blob} ${file.path}`).sort().join('\n') },
    ...[...parts.lockfiles].map(([name, text]) => ({ name: `lockfile:${name}`, content: text })),
    { name: 'tools', content: Object.entries(parts.tools).sort(([a], [b]) => a.localeCompare(b)).map(([name, version]) => `${name}=${version}`).join('\n') },
    { name: 'recipe', content: parts.recipe },
    { name: 'project', content: parts.projectPath },
  ]);
  return `build-outputs-v${BUILD_CACHE_SCHEMA}-${cacheVersionSegment(parts.cacheVersion)}${parts.os}-${parts.arch}-${digest.slice(0, 40)}`;
}

/** The prefix of the size-history entries of one project (the newest is restored); `cacheVersion` is the input. */
export function sizeHistoryPrefix(os: string, projectPath: string, cacheVersion?: string): string {
  return `build-sizes-v${BUILD_CACHE_SCHEMA}-${cacheVersionSegment(cacheVersion)}${os}-${digestParts([{ name: 'project', content: projectPath }]).slice(0, 16)}-`;
}

/** `git ls-files -s -z` output: `mode blob stage\tpath` records separated by NUL. */
export function parseLsFiles(output: string): Array<{ path: string; blob: string }> {
  return output
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode, blob] = record.slice(0, tab).split(' ');
      return { path: record.slice(tab + 1), blob: `${mode}:${blob}` };
    });
}

export interface SizeHistory {
  schema: number;
  /** Artifact size by a stable name (the file name without its version), from the last build of the default branch. */
  sizes: Record<string, number>;
  ref?: string;
}

/** `my-lib-1.2.3.tgz` and `my_lib-1.2.4-py3-none-any.whl` keep their place across versions: the version is taken out. */
export function stableArtifactName(file: string, version: string | undefined): string {
  const base = file.split('/').pop() ?? file;
  if (version === undefined || version === '') return base;
  const variants = new Set([version, version.replace(/-/g, '_'), version.replace(/^v/, '')]);
  let name = base;
  for (const variant of variants) name = name.split(variant).join('{version}');
  return name;
}

export function parseSizeHistory(text: string | undefined): SizeHistory | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as SizeHistory;
    if (parsed.schema !== BUILD_CACHE_SCHEMA || typeof parsed.sizes !== 'object' || parsed.sizes === null) return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

/** The default branch is the one whose builds the size history follows. */
export function isDefaultBranch(ref: string | undefined, payload: Record<string, unknown> | undefined): boolean {
  const repository = payload?.repository as Record<string, unknown> | undefined;
  const branch = typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
  if (ref === undefined) return false;
  return branch !== undefined ? ref === `refs/heads/${branch}` : ref === 'refs/heads/main' || ref === 'refs/heads/master';
}
