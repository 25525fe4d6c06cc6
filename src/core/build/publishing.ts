/**
 * Publishing the verified packages (`publish: npm|pypi`): when a run may publish, where each package goes,
 * and what the upload says. Pure: the runtime side (src/actions/build/publish.ts) asks the registries.
 */
import { isDefaultBranch } from './cache-key.js';
import { parseCoreMetadataFull } from './contents.js';

export const PUBLISH_CHOICES = ['none', 'npm', 'pypi'] as const;
export type PublishChoice = (typeof PUBLISH_CHOICES)[number];

export const NPM_PUBLIC_REGISTRY = 'https://registry.npmjs.org/';
export const PYPI_UPLOAD_URL = 'https://upload.pypi.org/legacy/';

export interface PublishGate {
  allowed: boolean;
  /** Why (not) publishing, for the summary. */
  reason: string;
}

/** Events whose ref is the default branch although the code that runs (or triggered the run) came from outside. */
const UNTRUSTED_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'workflow_run', 'issue_comment']);

/** Publishing runs only from a tag or the default branch, and never from an event that runs untrusted code. */
export function publishGate(ref: string | undefined, eventName: string | undefined, payload: Record<string, unknown> | undefined): PublishGate {
  const event = eventName ?? '';
  if (UNTRUSTED_EVENTS.has(event)) return { allowed: false, reason: `the '${event}' event can run code from outside the repository, and never publishes` };
  if (ref?.startsWith('refs/tags/')) return { allowed: true, reason: `a tag (${ref.slice('refs/tags/'.length)})` };
  if (isDefaultBranch(ref, payload)) return { allowed: true, reason: `the default branch (${ref!.slice('refs/heads/'.length)})` };
  return { allowed: false, reason: ref ? `${ref} is neither a tag nor the default branch` : 'no GITHUB_REF: this is not a run on a tag or the default branch' };
}

/** npm's registry for a package: publishConfig.registry, else the scope's registry, else the configured one. */
export function npmRegistryFor(packageJson: Record<string, unknown>, configured: { scope?: string; registry?: string }): string {
  const publishConfig = packageJson.publishConfig as Record<string, unknown> | undefined;
  const chosen = [publishConfig?.registry, configured.scope, configured.registry].find((value): value is string => typeof value === 'string' && /^https?:\/\//.test(value.trim()));
  const registry = (chosen ?? NPM_PUBLIC_REGISTRY).trim();
  return registry.endsWith('/') ? registry : `${registry}/`;
}

/**
 * The npm config key that carries a token for one registry (npm's "nerf dart": no scheme, a trailing slash),
 * given to npm as the environment variable `npm_config_<key>`, so the token is never in a file or an argument.
 */
export function npmTokenConfigKey(registry: string): string {
  const url = new URL(registry);
  const pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `//${url.host}${pathname}:_authToken`;
}

/** A pre-release (1.2.0-beta.1) goes to the dist-tag of its first identifier, never to `latest` (npm 11 insists). */
export function npmDistTag(version: string, packageJson: Record<string, unknown>): string | undefined {
  const publishConfig = packageJson.publishConfig as Record<string, unknown> | undefined;
  if (typeof publishConfig?.tag === 'string') return undefined; // npm reads it itself
  const prerelease = /^\d+\.\d+\.\d+-([0-9A-Za-z-]+)/.exec(version)?.[1];
  if (prerelease === undefined) return undefined;
  return /^\d+$/.test(prerelease) ? 'next' : prerelease.toLowerCase();
}

/**
 * npm signs provenance only from a cloud CI with an OIDC token (`permissions: id-token: write`), for the public
 * registry, and only for a public repository (npm refuses a private one).
 */
export function canSignProvenance(env: Record<string, string | undefined>, registry: string, payload: Record<string, unknown> | undefined): boolean {
  const repository = payload?.repository as Record<string, unknown> | undefined;
  const isPublic = repository?.private === false || repository?.visibility === 'public';
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL) && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) && new URL(registry).host === 'registry.npmjs.org' && isPublic;
}

export function npmPublishArgs(tarball: string, registry: string, options: { provenance: boolean; distTag?: string }): string[] {
  return ['publish', tarball, '--registry', registry, ...(options.provenance ? ['--provenance'] : []), ...(options.distTag ? ['--tag', options.distTag] : [])];
}

/** What `npm view <name>@<version> version --json` says: published, not published, or it could not tell. */
export function npmViewVerdict(exitCode: number, stdout: string): 'published' | 'absent' | 'unknown' {
  const text = stdout.trim();
  if (exitCode === 0) return text === '' || text === '[]' ? 'absent' : 'published';
  try {
    const code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    return code === 'E404' ? 'absent' : 'unknown';
  } catch {
    return /\bE404\b/.test(text) ? 'absent' : 'unknown';
  }
}

/** PEP 503 normalization: runs of -, _ and . become one -, lower case. */
export function normalizePythonName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/**
 * Where to ask whether a version is published, for an upload URL: PyPI and TestPyPI answer with their JSON API
 * (404 for a version they do not have); any other index (pypiserver, devpi, Artifactory, Nexus) with its PEP 503
 * simple page next to the upload URL, which lists every file.
 */
export function pythonPublishedProbe(repositoryUrl: string, name: string, version: string): { kind: 'json' | 'simple'; url: string } {
  const url = new URL(repositoryUrl);
  const project = normalizePythonName(name);
  if (url.host === 'upload.pypi.org') return { kind: 'json', url: `https://pypi.org/pypi/${project}/${encodeURIComponent(version)}/json` };
  if (url.host === 'test.pypi.org') return { kind: 'json', url: `https://test.pypi.org/pypi/${project}/${encodeURIComponent(version)}/json` };
  const base = url.pathname.replace(/\/?(legacy\/?)?$/, '/');
  return { kind: 'simple', url: `${url.protocol}//${url.host}${base}simple/${project}/` };
}

/** Whether a PEP 503 simple page lists a file of this name (PyPI never takes the same file name twice). */
export function simplePageLists(html: string, filename: string): boolean {
  for (const match of html.matchAll(/<a\b[^>]*>([^<]*)<\/a>/gi)) if (match[1].trim() === filename) return true;
  return false;
}

/** Header names whose form field is not the header's own name (twine and Warehouse's legacy upload API). */
const FIELD_NAMES: Record<string, string> = {
  classifier: 'classifiers',
  'project-url': 'project_urls',
  'home-page': 'home_page',
  'download-url': 'download_url',
  'license-file': 'license_file',
  'provides-extra': 'provides_extras',
};

export interface UploadForm {
  fields: Array<[string, string]>;
  /** The file's own field name and type. */
  filetype: 'sdist' | 'bdist_wheel';
}

/**
 * The form fields of one file for the legacy upload API (what twine sends): the action, the protocol, every
 * metadata header as a field (repeated headers repeated), the description from the body, the file type, the
 * Python tag, and the digests.
 */
export function pythonUploadForm(filename: string, metadataText: string, digests: { sha256: string; md5: string; blake2_256?: string }): UploadForm {
  const metadata = parseCoreMetadataFull(metadataText);
  const filetype = filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist';
  // twine sends no pyversion for an sdist (Warehouse records it as "source").
  const pyversion = filetype === 'sdist' ? undefined : wheelPythonTag(filename);
  const fields: Array<[string, string]> = [[':action', 'file_upload'], ['protocol_version', '1']];
  for (const [header, values] of metadata.headers) {
    if (header === 'description' && metadata.body.trim() !== '') continue;
    const field = FIELD_NAMES[header] ?? header.replace(/-/g, '_');
    for (const value of values) fields.push([field, value]);
  }
  if (metadata.body.trim() !== '') fields.push(['description', metadata.body]);
  fields.push(['filetype', filetype]);
  if (pyversion !== undefined) fields.push(['pyversion', pyversion]);
  fields.push(['md5_digest', digests.md5], ['sha256_digest', digests.sha256]);
  // Node's OpenSSL has no 256-bit BLAKE2b; the digest is optional (twine leaves it out under FIPS too).
  if (digests.blake2_256) fields.push(['blake2_256_digest', digests.blake2_256]);
  return { fields, filetype };
}

/** The Python tag of a wheel file name (name-version[-build]-python-abi-platform.whl). */
export function wheelPythonTag(filename: string): string {
  const parts = filename.replace(/\.whl$/, '').split('-');
  if (parts.length < 5) throw new Error(`${filename} is not a wheel file name (name-version-python-abi-platform.whl)`);
  return parts[parts.length - 3];
}

/** The first lines of a registry's refusal, for the error (HTML pages reduced to their text). */
export function refusalText(status: number, body: string): string {
  const text = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  return `HTTP ${status}${text ? `: ${text}` : ''}`;
}

/**
 * A multipart/form-data body with the values as they are (FormData would turn every \n of the description into
 * \r\n, which twine does not), the file last. Field names and the file name are quoted with their quotes and
 * line breaks escaped, as browsers and requests do.
 */
export function multipartBody(fields: ReadonlyArray<[string, string]>, file: { field: string; filename: string; data: Buffer }, boundary: string): Buffer {
  const quote = (text: string): string => text.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n`), Buffer.from(value, 'utf8'), Buffer.from('\r\n'));
  }
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.filename)}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return Buffer.concat(parts);
}
