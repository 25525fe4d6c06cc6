import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  canSignProvenance,
  multipartBody,
  npmDistTag,
  npmPublishArgs,
  npmRegistryFor,
  npmTokenConfigKey,
  npmViewVerdict,
  publishGate,
  pythonPublishedProbe,
  pythonUploadForm,
  PYPI_UPLOAD_URL,
  refusalText,
  simplePageLists,
  type PublishChoice,
} from '../../core/build/publishing.js';
import { parseCoreMetadata } from '../../core/build/contents.js';
import type { ActionIO } from '../../runtime/io/action-io.js';
import { listArchive } from '../../runtime/files/archives.js';
import type { RunCommand } from '../../runtime/process/run-command.js';
import type { ActionContext } from '../../runtime/io/run-context.js';

/**
 * `publish: npm|pypi`: uploads exactly the packages that were verified (never a rebuild), only from a tag or the
 * default branch, after asking the registry that none of them is there already.
 */
export interface PublishRequest {
  choice: Exclude<PublishChoice, 'none'>;
  /** The verified package files, as delivered to the artifacts directory. */
  files: string[];
  /** The project folder (its .npmrc counts). */
  directory: string;
  token: string;
  repositoryUrl: string;
}

export interface PublishOutcome {
  /** The files uploaded. */
  published: string[];
  /** Why nothing was published although it was asked for (not a failure). */
  skipped?: string;
  /** Why publishing failed: the step fails with it. */
  failure?: string;
  /** One line per package, for the summary. */
  lines: string[];
}

interface PublishDeps {
  io: ActionIO;
  run: RunCommand;
  context: ActionContext;
}

/** No registry answer may hold the step for long: a check gets 30 s, an upload 10 minutes. */
const CHECK_TIMEOUT_MS = 30_000;
const UPLOAD_TIMEOUT_MS = 10 * 60_000;

export async function publishPackages(deps: PublishDeps, request: PublishRequest): Promise<PublishOutcome> {
  const gate = publishGate(deps.context.env.GITHUB_REF, deps.context.eventName, deps.context.eventPayload);
  if (!gate.allowed) return { published: [], skipped: `Not published (publish: ${request.choice}): ${gate.reason}. Packages are published only from a tag or the default branch.`, lines: [] };
  const wanted = request.choice === 'npm' ? request.files.filter((file) => file.endsWith('.tgz')) : request.files.filter((file) => file.endsWith('.whl') || file.endsWith('.tar.gz'));
  if (wanted.length === 0) {
    const what = request.choice === 'npm' ? 'no npm package was made (the project is not a Node package, every package is "private": true, or package is false)' : 'no sdist or wheel was made (the project is not a Python package, or package is false)';
    return { published: [], failure: `Input 'publish' is '${request.choice}', but ${what}: nothing to publish.`, lines: [] };
  }
  return request.choice === 'npm' ? publishToNpm(deps, request, wanted, gate.reason) : publishToPythonIndex(deps, request, wanted, gate.reason);
}

interface NpmPackage {
  file: string;
  name: string;
  version: string;
  registry: string;
  env: Record<string, string>;
  distTag?: string;
}

/** `npm config get KEY` in the project, asked once per key however many packages ask. */
function npmConfigReader(deps: PublishDeps, directory: string): (key: string) => Promise<string | undefined> {
  const answers = new Map<string, Promise<string | undefined>>();
  const ask = async (key: string): Promise<string | undefined> => {
    const result = await deps.run('npm', ['config', 'get', key], { cwd: directory, silent: true });
    const value = result.stdout.trim();
    return result.exitCode === 0 && value !== '' && value !== 'undefined' ? value : undefined;
  };
  return (key) => {
    if (!answers.has(key)) answers.set(key, ask(key));
    return answers.get(key)!;
  };
}

async function describeTarball(configured: (key: string) => Promise<string | undefined>, request: PublishRequest, file: string): Promise<NpmPackage> {
  const listing = await listArchive(file, (member) => /^[^/]+\/package\.json$/.test(member));
  const manifest = JSON.parse([...listing.texts.values()][0] ?? '{}') as Record<string, unknown>;
  const name = String(manifest.name);
  const version = String(manifest.version);
  const scope = name.startsWith('@') ? await configured(`${name.split('/')[0]}:registry`) : undefined;
  const registry = npmRegistryFor(manifest, { scope, registry: await configured('registry') });
  const env: Record<string, string> = request.token !== '' ? { [`npm_config_${npmTokenConfigKey(registry)}`]: request.token } : {};
  return { file, name, version, registry, env, distTag: npmDistTag(version, manifest) };
}

async function publishToNpm(deps: PublishDeps, request: PublishRequest, files: string[], why: string): Promise<PublishOutcome> {
  const { io, run } = deps;
  const configured = npmConfigReader(deps, request.directory);
  const packages = await Promise.all(files.map((file) => describeTarball(configured, request, file)));
  const lines: string[] = [];
  // Every version is checked before anything is uploaded: a half-published workspace is worse than none.
  const already: string[] = [];
  for (const item of packages) {
    const view = await run('npm', ['view', `${item.name}@${item.version}`, 'version', '--json', '--registry', item.registry], { cwd: request.directory, env: item.env, silent: true, timeoutMs: CHECK_TIMEOUT_MS });
    const verdict = npmViewVerdict(view.exitCode, view.stdout);
    if (verdict === 'published') already.push(`${item.name}@${item.version} is already on ${item.registry}`);
    if (verdict === 'unknown') io.warning(`Could not ask ${item.registry} whether ${item.name}@${item.version} is published (npm view exited ${view.exitCode}); the upload will tell.`);
  }
  if (already.length > 0) {
    return { published: [], failure: `Nothing was published: ${already.join('; ')}. A published version can never be replaced: bump the version in package.json (and tag it) to publish again.`, lines };
  }
  const published: string[] = [];
  for (const item of packages) {
    const provenance = canSignProvenance(deps.context.env, item.registry, deps.context.eventPayload);
    const args = npmPublishArgs(item.file, item.registry, { provenance, distTag: item.distTag });
    const result = await io.group(`Publish ${item.name}@${item.version} to ${item.registry}`, () => run('npm', args, { cwd: request.directory, env: item.env, timeoutMs: UPLOAD_TIMEOUT_MS }));
    if (result.exitCode !== 0) {
      const tail = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /npm (error|ERR!)/.test(line)).slice(-8).join('\n');
      const done = published.length > 0 ? ` Already published in this run: ${published.map((file) => path.basename(file)).join(', ')}.` : '';
      return { published, failure: `npm publish of ${path.basename(item.file)} to ${item.registry} failed (exit ${result.exitCode}).${done}${tail ? `\n${tail}` : ''}${request.token === '' ? "\nNo 'registry-token' was given: set it to a token that may publish (an npm automation or granular token), or configure NODE_AUTH_TOKEN with actions/setup-node." : ''}`, lines };
    }
    published.push(item.file);
    lines.push(`${item.name}@${item.version} → ${item.registry}${item.distTag ? ` (dist-tag ${item.distTag})` : ''}${provenance ? ', with provenance' : ''}`);
  }
  io.info(`Published ${published.length} package${published.length === 1 ? '' : 's'} from ${why}.`);
  return { published, lines };
}

interface PythonFile {
  file: string;
  name: string;
  version: string;
  metadata: string;
}

async function describePythonFile(file: string): Promise<PythonFile> {
  const wanted = file.endsWith('.whl') ? (member: string): boolean => /^[^/]+\.dist-info\/METADATA$/.test(member) : (member: string): boolean => /^[^/]+\/PKG-INFO$/.test(member);
  const listing = await listArchive(file, wanted);
  const metadata = [...listing.texts.values()][0] ?? '';
  const headers = parseCoreMetadata(metadata);
  return { file, name: headers.Name ?? '', version: headers.Version ?? '', metadata };
}

function basicAuth(token: string, env: Record<string, string | undefined>): Record<string, string> {
  if (token === '') return {};
  const username = env.TWINE_USERNAME || '__token__';
  return { authorization: `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}` };
}

async function pythonVersionPublished(item: PythonFile, repositoryUrl: string, auth: Record<string, string>): Promise<'published' | 'absent' | 'unknown'> {
  const probe = pythonPublishedProbe(repositoryUrl, item.name, item.version);
  try {
    const response = await fetch(probe.url, { headers: probe.kind === 'simple' ? auth : {}, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    const body = await response.text();
    if (response.status === 404) return 'absent';
    if (!response.ok) return 'unknown';
    return probe.kind === 'json' || simplePageLists(body, path.basename(item.file)) ? 'published' : 'absent';
  } catch {
    return 'unknown';
  }
}

async function publishToPythonIndex(deps: PublishDeps, request: PublishRequest, files: string[], why: string): Promise<PublishOutcome> {
  const { io } = deps;
  const repositoryUrl = request.repositoryUrl || PYPI_UPLOAD_URL;
  const host = new URL(repositoryUrl).host;
  if (request.token === '' && (host === 'upload.pypi.org' || host === 'test.pypi.org')) {
    return { published: [], failure: `Input 'registry-token' is empty: publish: pypi to ${repositoryUrl} needs an API token (create one scoped to the project on ${host.replace(/^upload\./, '')} and pass it from a secret).`, lines: [] };
  }
  const auth = basicAuth(request.token, deps.context.env);
  // Wheels first, as twine does: the index then takes the project's metadata from the wheel.
  const items = await Promise.all([...files].sort((a, b) => Number(b.endsWith('.whl')) - Number(a.endsWith('.whl'))).map(describePythonFile));
  const lines: string[] = [];
  const already: string[] = [];
  for (const item of items) {
    const verdict = await pythonVersionPublished(item, repositoryUrl, auth);
    if (verdict === 'published') already.push(`${path.basename(item.file)} (${item.name} ${item.version}) is already on ${host}`);
    if (verdict === 'unknown') io.warning(`Could not ask ${host} whether ${item.name} ${item.version} is published; the upload will tell.`);
  }
  if (already.length > 0) {
    return { published: [], failure: `Nothing was published: ${already.join('; ')}. An index never takes a file name twice: bump the version (and tag it) to publish again.`, lines };
  }
  const published: string[] = [];
  for (const item of items) {
    const data = await readFile(item.file);
    const digests = { sha256: createHash('sha256').update(data).digest('hex'), md5: createHash('md5').update(data).digest('hex') };
    const boundary = `build-actions-${randomBytes(16).toString('hex')}`;
    const body = multipartBody(pythonUploadForm(path.basename(item.file), item.metadata, digests).fields, { field: 'content', filename: path.basename(item.file), data }, boundary);
    const failure = await io.group(`Upload ${path.basename(item.file)} to ${repositoryUrl}`, async (): Promise<string | undefined> => {
      try {
        const headers = { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` };
        const response = await fetch(repositoryUrl, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS) });
        const answer = await response.text();
        if (response.status >= 300 && response.status < 400) return `${repositoryUrl} redirected the upload (HTTP ${response.status} to ${response.headers.get('location') ?? '?'}): 'repository-url' must be the index's upload URL (PyPI: ${PYPI_UPLOAD_URL}).`;
        if (!response.ok) {
          const refusal = `${repositoryUrl} refused ${path.basename(item.file)}: ${refusalText(response.status, answer)}`;
          return response.status === 403 || response.status === 401 ? `${refusal.replace(/[^.]$/, '$&.')} Check 'registry-token' (PyPI: an API token, used with the user name __token__).` : refusal;
        }
        return undefined;
      } catch (error) {
        return `The upload of ${path.basename(item.file)} to ${repositoryUrl} failed: ${(error as Error).message}`;
      }
    });
    if (failure !== undefined) {
      const done = published.length > 0 ? ` Already uploaded in this run: ${published.map((file) => path.basename(file)).join(', ')}.` : '';
      return { published, failure: `${failure}${done}`, lines };
    }
    io.info(`Uploaded ${path.basename(item.file)}.`);
    published.push(item.file);
    lines.push(`${path.basename(item.file)} → ${repositoryUrl}`);
  }
  io.info(`Published ${published.length} file${published.length === 1 ? '' : 's'} from ${why}.`);
  return { published, lines };
}
