// A Python package index that takes uploads the way PyPI (Warehouse) does, for the publish tests, on 127.0.0.1:
//
//   POST /legacy/                    the legacy upload API that twine speaks: multipart form, basic auth, the
//                                    `:action=file_upload` and `protocol_version=1` fields, the metadata fields, the
//                                    file as `content` and its digest. Refuses like Warehouse: 403 for bad credentials,
//                                    400 for a missing field (pyversion only for a wheel), a digest that does not match, a file name that does not
//                                    name the project and version, or a file name it already holds.
//   GET  /simple/<normalized-name>/  the PEP 503 page of the files taken, for pip and for "is it published" checks
//   GET  /files/<filename>           a file taken
//
// Every accepted upload's form fields are kept (uploads()), so a test can compare what two clients sent. The server
// stops on close(), or by itself after maxLifetimeMs (its timer does not keep node alive).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { normalizeProjectName } from './package-index.js';

export interface Upload {
  filename: string;
  /** Every form field but the file, in the order sent (repeated fields repeated). */
  fields: Array<[string, string]>;
}

export interface UploadEndpoint {
  /** http://127.0.0.1:<port>/legacy/ */
  uploadUrl: string;
  /** http://127.0.0.1:<port>/simple/ */
  simpleUrl: string;
  username: string;
  password: string;
  /** The folder the files taken are stored in. */
  directory: string;
  uploads(): Upload[];
  /** Upload attempts, refused ones included. */
  attempts(): number;
  close(): Promise<void>;
}

const REQUIRED = ['metadata_version', 'name', 'version', 'filetype'];

/** The project and version a distribution's file name says (sdist: name-version.tar.gz; wheel: name-version-…). */
function fileIdentity(filename: string): { project: string; version: string } | undefined {
  const wheel = /^([^-]+)-([^-]+)-(?:\d[^-]*-)?[^-]+-[^-]+-[^-]+\.whl$/.exec(filename);
  if (wheel) return { project: normalizeProjectName(wheel[1]), version: wheel[2] };
  const sdist = /^(.+)-([^-]+)\.tar\.gz$/.exec(filename);
  return sdist ? { project: normalizeProjectName(sdist[1]), version: sdist[2] } : undefined;
}

export async function startUploadEndpoint(options: { directory: string; username?: string; password?: string; maxLifetimeMs?: number }): Promise<UploadEndpoint> {
  const username = options.username ?? '__token__';
  const password = options.password ?? `pypi-test-${Math.random().toString(36).slice(2)}`;
  await mkdir(options.directory, { recursive: true });
  const taken: Upload[] = [];
  let attempts = 0;

  const answer = (response: ServerResponse, status: number, text: string | Buffer, type = 'text/plain'): void => {
    response.writeHead(status, { 'content-type': type });
    response.end(text);
  };

  async function upload(request: IncomingMessage, response: ServerResponse): Promise<void> {
    attempts += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    if (request.headers.authorization !== expected) return answer(response, 403, 'Invalid or non-existent authentication information.');
    let form: FormData;
    try {
      form = await new Request('http://upload/', { method: 'POST', headers: { 'content-type': request.headers['content-type'] ?? '' }, body: Buffer.concat(chunks) }).formData();
    } catch (error) {
      return answer(response, 400, `Invalid form: ${(error as Error).message}`);
    }
    if (form.get(':action') !== 'file_upload') return answer(response, 400, "Invalid value for ':action'.");
    if (form.get('protocol_version') !== '1') return answer(response, 400, 'Unknown protocol version.');
    const missing = REQUIRED.filter((field) => typeof form.get(field) !== 'string' || form.get(field) === '');
    if (missing.length > 0) return answer(response, 400, `Invalid value for ${missing.join(', ')}. Error: This field is required.`);
    if (form.get('filetype') === 'bdist_wheel' && typeof form.get('pyversion') !== 'string') return answer(response, 400, 'Invalid value for pyversion. Error: This field is required.');
    const content = form.get('content');
    if (!(content instanceof File)) return answer(response, 400, 'Upload payload does not have a file.');
    const data = Buffer.from(await content.arrayBuffer());
    const sha256 = form.get('sha256_digest');
    const md5 = form.get('md5_digest');
    if (typeof sha256 !== 'string' && typeof md5 !== 'string') return answer(response, 400, 'Include at least one message digest.');
    if (typeof sha256 === 'string' && sha256 !== createHash('sha256').update(data).digest('hex')) return answer(response, 400, 'The digest supplied does not match a digest calculated from the uploaded file.');
    if (typeof md5 === 'string' && md5 !== createHash('md5').update(data).digest('hex')) return answer(response, 400, 'The digest supplied does not match a digest calculated from the uploaded file.');
    const filename = basename(content.name);
    const name = String(form.get('name') as string);
    const identity = fileIdentity(filename);
    if (!identity || identity.project !== normalizeProjectName(name) || identity.version !== form.get('version')) {
      return answer(response, 400, `Start filename for '${name}' with its name and version.`);
    }
    const expectedType = filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist';
    if (form.get('filetype') !== expectedType) return answer(response, 400, `Invalid value for filetype: ${filename} is a ${expectedType}.`);
    if (taken.some((upload) => upload.filename === filename)) return answer(response, 400, 'File already exists. See https://pypi.org/help/#file-name-reuse for more information.');
    await writeFile(join(options.directory, filename), data);
    const fields: Array<[string, string]> = [];
    form.forEach((value, field) => {
      if (typeof value === 'string') fields.push([field, value]);
    });
    taken.push({ filename, fields });
    answer(response, 200, 'OK');
  }

  function simplePage(project: string, response: ServerResponse): void {
    const files = taken.filter((upload) => fileIdentity(upload.filename)?.project === project);
    if (files.length === 0) return answer(response, 404, 'Not Found');
    const links = files.map((upload) => `<a href="/files/${upload.filename}">${upload.filename}</a><br/>`).join('\n');
    answer(response, 200, `<!DOCTYPE html><html><body><h1>Links for ${project}</h1>\n${links}\n</body></html>`, 'text/html');
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const handle = async (): Promise<void> => {
      if (url.pathname === '/legacy/' && request.method === 'POST') return upload(request, response);
      if (url.pathname === '/legacy/') return answer(response, 405, 'Method Not Allowed');
      const simple = /^\/simple\/([^/]+)\/$/.exec(url.pathname);
      if (simple && request.method === 'GET') return simplePage(normalizeProjectName(decodeURIComponent(simple[1])), response);
      const file = /^\/files\/([^/]+)$/.exec(url.pathname);
      if (file && taken.some((upload) => upload.filename === file[1])) return answer(response, 200, await readFile(join(options.directory, file[1])), 'application/octet-stream');
      answer(response, 404, 'Not Found');
    };
    handle().catch((error: Error) => answer(response, 500, error.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  setTimeout(() => void close(), options.maxLifetimeMs ?? 10 * 60_000).unref();
  return {
    uploadUrl: `http://127.0.0.1:${port}/legacy/`,
    simpleUrl: `http://127.0.0.1:${port}/simple/`,
    username,
    password,
    directory: options.directory,
    uploads: () => [...taken],
    attempts: () => attempts,
    close,
  };
}
