import { readBuildInputs } from '../../../../src/actions/build/inputs.js';
import { parseCoreMetadataFull } from '../../../../src/core/build/contents.js';
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
  refusalText,
  simplePageLists,
  wheelPythonTag,
} from '../../../../src/core/build/publishing.js';

describe('publishGate: only a tag or the default branch, never an untrusted event', () => {
  const payload = { repository: { default_branch: 'trunk' } };
  it.each([
    ['refs/tags/v1.2.3', 'push', true, 'a tag (v1.2.3)'],
    ['refs/heads/trunk', 'push', true, 'the default branch (trunk)'],
    ['refs/heads/main', 'push', false, 'refs/heads/main is neither a tag nor the default branch'],
    ['refs/heads/trunk', 'pull_request_target', false, "the 'pull_request_target' event can run code from outside the repository, and never publishes"],
    ['refs/heads/trunk', 'workflow_run', false, "the 'workflow_run' event"],
    ['refs/pull/4/merge', 'pull_request', false, "the 'pull_request' event"],
    [undefined, undefined, false, 'no GITHUB_REF'],
  ])('%s on %s: allowed %s', (ref, event, allowed, reason) => {
    const gate = publishGate(ref, event, payload);
    expect(gate.allowed).toBe(allowed);
    expect(gate.reason).toContain(reason);
  });
  it('takes main or master as the default branch when the payload does not say', () => {
    expect(publishGate('refs/heads/main', 'push', undefined).allowed).toBe(true);
    expect(publishGate('refs/heads/develop', 'push', undefined).allowed).toBe(false);
  });
});

describe('npm: where a package goes and how the token reaches npm', () => {
  it('prefers publishConfig.registry, then the scope registry, then the configured one, then the public registry', () => {
    expect(npmRegistryFor({ publishConfig: { registry: 'https://npm.pkg.github.com' } }, { scope: 'https://scope.example/', registry: 'https://r.example/' })).toBe('https://npm.pkg.github.com/');
    expect(npmRegistryFor({}, { scope: 'https://scope.example/npm', registry: 'https://r.example/' })).toBe('https://scope.example/npm/');
    expect(npmRegistryFor({}, { registry: 'http://127.0.0.1:4873' })).toBe('http://127.0.0.1:4873/');
    expect(npmRegistryFor({ publishConfig: { registry: 'not a url' } }, {})).toBe('https://registry.npmjs.org/');
  });
  it('keys the token to the registry host and path, as npm does', () => {
    expect(npmTokenConfigKey('https://registry.npmjs.org/')).toBe('//registry.npmjs.org/:_authToken');
    expect(npmTokenConfigKey('http://127.0.0.1:4873/')).toBe('//127.0.0.1:4873/:_authToken');
    expect(npmTokenConfigKey('https://artifactory.example/api/npm/npm-local')).toBe('//artifactory.example/api/npm/npm-local/:_authToken');
  });
  it('sends a pre-release to its own dist-tag, unless publishConfig.tag says', () => {
    expect(npmDistTag('1.0.0', {})).toBeUndefined();
    expect(npmDistTag('2.0.0-beta.1', {})).toBe('beta');
    expect(npmDistTag('2.0.0-RC1', {})).toBe('rc1');
    expect(npmDistTag('2.0.0-0', {})).toBe('next');
    expect(npmDistTag('2.0.0-beta.1', { publishConfig: { tag: 'canary' } })).toBeUndefined();
  });
  it('signs provenance only with an OIDC token, for the public registry, from a public repository', () => {
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' };
    const publicRepo = { repository: { private: false } };
    expect(canSignProvenance(env, 'https://registry.npmjs.org/', publicRepo)).toBe(true);
    expect(canSignProvenance({}, 'https://registry.npmjs.org/', publicRepo)).toBe(false);
    expect(canSignProvenance(env, 'https://npm.pkg.github.com/', publicRepo)).toBe(false);
    expect(canSignProvenance(env, 'https://registry.npmjs.org/', { repository: { private: true } })).toBe(false);
    expect(canSignProvenance(env, 'https://registry.npmjs.org/', undefined)).toBe(false);
  });
  it('publishes the tarball itself, never a folder, with the flags it needs', () => {
    expect(npmPublishArgs('/w/a-1.0.0.tgz', 'https://registry.npmjs.org/', { provenance: true, distTag: 'beta' })).toEqual(['publish', '/w/a-1.0.0.tgz', '--registry', 'https://registry.npmjs.org/', '--provenance', '--tag', 'beta']);
    expect(npmPublishArgs('/w/a-1.0.0.tgz', 'http://r/', { provenance: false })).toEqual(['publish', '/w/a-1.0.0.tgz', '--registry', 'http://r/']);
  });
  it("reads npm view's answer: a version, nothing, E404, or something else", () => {
    expect(npmViewVerdict(0, '"1.0.0"\n')).toBe('published');
    expect(npmViewVerdict(0, '')).toBe('absent');
    expect(npmViewVerdict(1, JSON.stringify({ error: { code: 'E404', summary: 'No match found for version 1.0.1' } }))).toBe('absent');
    expect(npmViewVerdict(1, JSON.stringify({ error: { code: 'E401', summary: 'Unable to authenticate' } }))).toBe('unknown');
    expect(npmViewVerdict(1, 'npm error code ECONNREFUSED')).toBe('unknown');
  });
});

const METADATA = [
  'Metadata-Version: 2.1',
  'Name: demo-upload',
  'Version: 1.2.0',
  'Summary: A demo',
  'Home-page: https://example.com',
  'License: MIT',
  '        Second line of the licence',
  'Classifier: Programming Language :: Python :: 3',
  'Classifier: License :: OSI Approved :: MIT License',
  'Requires-Python: >=3.9',
  'Requires-Dist: requests>=2',
  'Provides-Extra: dev',
  'Project-URL: Homepage, https://example.com/demo',
  'Description-Content-Type: text/markdown',
  '',
  '# demo-upload',
  '',
  'The long description.',
].join('\n');

describe('Python: the legacy upload form', () => {
  it('parses every header, repeated ones in order, folded lines joined as twine reads them, and the body', () => {
    const parsed = parseCoreMetadataFull(METADATA);
    expect(parsed.headers.get('classifier')).toEqual(['Programming Language :: Python :: 3', 'License :: OSI Approved :: MIT License']);
    expect(parsed.headers.get('license')).toEqual(['MIT Second line of the licence']);
    expect(parsed.body).toBe('# demo-upload\n\nThe long description.');
  });
  it("sends twine's field names, the description from the body, the file type, the Python tag and the digests", () => {
    const { fields, filetype } = pythonUploadForm('demo_upload-1.2.0-py3-none-any.whl', METADATA, { sha256: 'a'.repeat(64), md5: 'b'.repeat(32) });
    expect(filetype).toBe('bdist_wheel');
    const field = (name: string): string[] => fields.filter(([key]) => key === name).map(([, value]) => value);
    expect(fields.slice(0, 2)).toEqual([[':action', 'file_upload'], ['protocol_version', '1']]);
    expect(field('metadata_version')).toEqual(['2.1']);
    expect(field('name')).toEqual(['demo-upload']);
    expect(field('home_page')).toEqual(['https://example.com']);
    expect(field('classifiers')).toHaveLength(2);
    expect(field('requires_python')).toEqual(['>=3.9']);
    expect(field('requires_dist')).toEqual(['requests>=2']);
    expect(field('provides_extras')).toEqual(['dev']);
    expect(field('project_urls')).toEqual(['Homepage, https://example.com/demo']);
    expect(field('description')).toEqual(['# demo-upload\n\nThe long description.']);
    expect(field('pyversion')).toEqual(['py3']);
    expect(field('sha256_digest')).toEqual(['a'.repeat(64)]);
    expect(field('md5_digest')).toEqual(['b'.repeat(32)]);
    expect(field('blake2_256_digest')).toEqual([]);
    const sdist = pythonUploadForm('demo-upload-1.2.0.tar.gz', METADATA, { sha256: 'a', md5: 'b' });
    expect(sdist.filetype).toBe('sdist');
    expect(sdist.fields.filter(([name]) => name === 'pyversion')).toEqual([]); // as twine: Warehouse records source
  });
  it('reads the Python tag of a wheel name, with or without a build tag, and refuses a name that is not one', () => {
    expect(wheelPythonTag('pkg-1.0-cp311-cp311-manylinux_2_17_x86_64.whl')).toBe('cp311');
    expect(wheelPythonTag('pkg-1.0-1build-py2.py3-none-any.whl')).toBe('py2.py3');
    expect(() => wheelPythonTag('pkg-1.0.whl')).toThrow('is not a wheel file name');
  });
  it('asks PyPI and TestPyPI their JSON API, and any other index its simple page next to the upload URL', () => {
    expect(pythonPublishedProbe('https://upload.pypi.org/legacy/', 'Demo_Upload', '1.2.0')).toEqual({ kind: 'json', url: 'https://pypi.org/pypi/demo-upload/1.2.0/json' });
    expect(pythonPublishedProbe('https://test.pypi.org/legacy/', 'demo', '1.0')).toEqual({ kind: 'json', url: 'https://test.pypi.org/pypi/demo/1.0/json' });
    expect(pythonPublishedProbe('http://127.0.0.1:8080/legacy/', 'demo.x', '1.0')).toEqual({ kind: 'simple', url: 'http://127.0.0.1:8080/simple/demo-x/' });
    expect(pythonPublishedProbe('https://pypi.example/', 'demo', '1.0').url).toBe('https://pypi.example/simple/demo/');
    expect(pythonPublishedProbe('https://art.example/api/pypi/repo', 'demo', '1.0').url).toBe('https://art.example/api/pypi/repo/simple/demo/');
  });
  it('finds a file name among the links of a simple page, and only an exact one', () => {
    const page = '<html><body><a href="/f/demo-1.0.tar.gz#sha256=00">demo-1.0.tar.gz</a><br/><a href="/f/x">demo-1.0.1.tar.gz</a></body></html>';
    expect(simplePageLists(page, 'demo-1.0.tar.gz')).toBe(true);
    expect(simplePageLists(page, 'demo-1.0-py3-none-any.whl')).toBe(false);
    expect(simplePageLists(page, 'demo-1.0')).toBe(false);
  });
  it("reduces a registry's HTML refusal to its text", () => {
    expect(refusalText(400, '<html><body><h1>400 Bad Request</h1>\nFile already exists.</body></html>')).toBe('HTTP 400: 400 Bad Request File already exists.');
    expect(refusalText(502, '')).toBe('HTTP 502');
  });
});

describe('the publish inputs', () => {
  const read = (values: Record<string, string>) => (name: string): string => values[name] ?? '';
  it('defaults to publishing nothing, to PyPI when asked for pypi without a URL', () => {
    const inputs = readBuildInputs(read({}));
    expect(inputs.publish).toBe('none');
    expect(inputs.repositoryUrl).toBe('');
    expect(readBuildInputs(read({ publish: 'PyPI', 'repository-url': 'https://pypi.example/legacy/' }))).toMatchObject({ publish: 'pypi', repositoryUrl: 'https://pypi.example/legacy/' });
  });
  it('refuses an unknown publish target, naming the choices', () => {
    expect(() => readBuildInputs(read({ publish: 'maven' }))).toThrow("Input 'publish' must be one of none, npm, pypi (got 'maven').");
  });
  it('refuses a repository URL that is not http(s), and one with credentials without printing them', () => {
    expect(() => readBuildInputs(read({ 'repository-url': 'pypi' }))).toThrow("Input 'repository-url' must be the http(s) upload URL of a Python package index");
    expect(() => readBuildInputs(read({ 'repository-url': 'ftp://x.example/' }))).toThrow("(got 'ftp://x.example/')");
    let message = '';
    try {
      readBuildInputs(read({ 'repository-url': 'https://user:s3cr3t-pass@pypi.example/legacy/' }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("(got 'https://pypi.example/legacy/')");
    expect(message).toContain("give the token in 'registry-token'");
    expect(message).not.toContain('s3cr3t');
  });
});

describe('multipartBody', () => {
  it('keeps the values byte for byte (no \\r\\n for \\n), puts the file last, and parses back as the same form', async () => {
    const data = Buffer.from([0, 1, 2, 255, 13, 10]);
    const body = multipartBody([['description', 'a\n\nb'], ['name', 'démo'], ['classifiers', 'x'], ['classifiers', 'y']], { field: 'content', filename: 'd-1.0.tar.gz', data }, 'XyZ');
    expect(body.toString('latin1')).toContain('name="description"\r\n\r\na\n\nb\r\n--XyZ');
    const form = await new Request('http://x/', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=XyZ' }, body }).formData();
    expect(form.get('name')).toBe('démo');
    expect(form.getAll('classifiers')).toEqual(['x', 'y']);
    const file = form.get('content') as File;
    expect(file.name).toBe('d-1.0.tar.gz');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(data);
  });
});
