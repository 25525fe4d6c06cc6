import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_ACTION, commitAll, linkTypeScript, mustRun, tsLibrary, writeTree } from '../support/build-projects.js';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { startNpmRegistry, type NpmRegistry } from '../support/npm-registry.js';
import { startPackageIndex } from '../support/package-index.js';
import { startUploadEndpoint } from '../support/python-upload-endpoint.js';
import { createRunnerJob, type ActionRun } from '../support/runner.js';

// `publish: npm|pypi` from the committed dist/build bundle, run as the runner runs it, against real registries on
// 127.0.0.1: verdaccio for npm, and for Python an index that takes uploads as PyPI does (checked against Debian's
// twine below). What is published must be the very file that was verified.

let service: CacheService;
let registry: NpmRegistry;
let scratch: string;
const EMPTY_NPMRC = join(tmpdir(), 'build-actions-publish-e2e-empty-npmrc');

beforeAll(async () => {
  [service, registry] = await Promise.all([startCacheService(), startNpmRegistry()]);
  scratch = await mkdtemp(join(tmpdir(), 'build-publish-e2e-'));
  await writeFile(EMPTY_NPMRC, '');
});
afterAll(async () => {
  await Promise.all([service?.close(), registry?.close()]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function runBuild(workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const job = await createRunnerJob({ workspace });
  Object.assign(job.env, service.env(), { NPM_CONFIG_USERCONFIG: EMPTY_NPMRC, NPM_CONFIG_UPDATE_NOTIFIER: 'false' });
  try {
    return await job.runMain(BUILD_ACTION, { 'working-directory': 'project', ...inputs }, extraEnv);
  } finally {
    await job.dispose();
  }
}

const failure = (step: ActionRun): string | undefined => step.annotations.filter((a) => a.level === 'error' && a.file === undefined).at(-1)?.message;
const digest = async (algorithm: string, file: string): Promise<string> => createHash(algorithm).update(await readFile(file)).digest('hex');

async function npmLibrary(name: string, version: string, extra: Record<string, unknown>, files: Record<string, string> = {}): Promise<{ workspace: string; project: string }> {
  const workspace = join(scratch, `${name.replace(/[@/]/g, '_')}-${version}`);
  const project = join(workspace, 'project');
  await writeTree(project, tsLibrary({ name, version, ...extra }, files));
  await linkTypeScript(project);
  await commitAll(workspace);
  return { workspace, project };
}

describe('publish: npm', () => {
  it('publishes the verified tarball to the publishConfig registry with the token, masked; the same version again fails before any upload', async () => {
    const { workspace, project } = await npmLibrary('@octo/published', '1.0.0', { publishConfig: { registry: registry.url } });
    const first = await runBuild(workspace, { publish: 'npm', 'registry-token': registry.token });
    expect(failure(first)).toBeUndefined();
    expect(first.exitCode).toBe(0);
    expect(first.outputs.published).toBe('project/dist-artifacts/octo-published-1.0.0.tgz');
    expect(first.secretsMasked).toContain(registry.token);
    const printed = `${first.stdout}${first.stderr}${first.summary}`.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(registry.token);
    expect(await registry.versions('@octo/published')).toEqual(['1.0.0']);
    // The registry holds the very bytes that were verified (the summary's sha256 row is of this file).
    const document = (await (await fetch(`${registry.url}@octo%2fpublished`)).json()) as { versions: Record<string, { dist: { shasum: string } }> };
    const tarball = join(project, 'dist-artifacts/octo-published-1.0.0.tgz');
    expect(document.versions['1.0.0'].dist.shasum).toBe(await digest('sha1', tarball));
    expect(first.summary).toContain(`\`${await digest('sha256', tarball)}\``);
    expect(first.summary).toContain(`**Publish:** ✅ 1 published`);
    expect(first.summary).toContain(`@octo/published@1.0.0 → ${registry.url}`);

    // Unchanged sources: the build is restored from the cache, verified, and the publish is refused up front.
    const again = await runBuild(workspace, { publish: 'npm', 'registry-token': registry.token });
    expect(again.exitCode).not.toBe(0);
    expect(again.outputs['cache-hit']).toBe('true');
    expect(failure(again)).toContain(`Nothing was published: @octo/published@1.0.0 is already on ${registry.url}`);
    expect(failure(again)).toContain('bump the version in package.json');
    expect(again.stdout).not.toContain('npm publish');
  });

  it('publishes a pre-release from its tag under its own dist-tag, to the registry the project .npmrc names, leaving latest alone', async () => {
    const { workspace, project } = await npmLibrary('prerelease-lib', '1.0.0', {}, { '.npmrc': `registry=${registry.url}\n` });
    expect((await runBuild(workspace, { publish: 'npm', 'registry-token': registry.token })).outputs.published).toBe('project/dist-artifacts/prerelease-lib-1.0.0.tgz');
    const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(project, 'package.json'), JSON.stringify({ ...manifest, version: '2.0.0-beta.1' }, null, 2));
    await commitAll(workspace, 'v2.0.0-beta.1');
    const step = await runBuild(workspace, { publish: 'npm', 'registry-token': registry.token }, { GITHUB_REF: 'refs/tags/v2.0.0-beta.1', GITHUB_REF_NAME: 'v2.0.0-beta.1', GITHUB_REF_TYPE: 'tag' });
    expect(failure(step)).toBeUndefined();
    expect(step.outputs.version).toBe('2.0.0-beta.1');
    expect(await registry.distTags('prerelease-lib')).toEqual({ latest: '1.0.0', beta: '2.0.0-beta.1' });
    expect(step.summary).toContain(`prerelease-lib@2.0.0-beta.1 → ${registry.url} (dist-tag beta)`);
  });

  it('publishes nothing from a feature branch or a pull request, says why, and stays green', async () => {
    const { workspace } = await npmLibrary('gated-lib', '1.0.0', { publishConfig: { registry: registry.url } });
    const branch = await runBuild(workspace, { publish: 'npm', 'registry-token': registry.token }, { GITHUB_REF: 'refs/heads/feature/x', GITHUB_REF_NAME: 'feature/x' });
    expect(branch.exitCode).toBe(0);
    expect(branch.outputs.published).toBe('');
    expect(branch.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringContaining('Not published (publish: npm): refs/heads/feature/x is neither a tag nor the default branch') }));
    const pullRequest = await runBuild(workspace, { publish: 'npm', 'registry-token': registry.token }, { GITHUB_EVENT_NAME: 'pull_request_target' });
    expect(pullRequest.exitCode).toBe(0);
    expect(pullRequest.summary).toContain("**Publish:** Not published (publish: npm): the 'pull_request_target' event can run code from outside the repository");
    expect(await registry.versions('gated-lib')).toEqual([]);
  });

  it('says what to set when the registry refuses for want of a token', async () => {
    const { workspace } = await npmLibrary('tokenless-lib', '1.0.0', { publishConfig: { registry: registry.url } });
    const step = await runBuild(workspace, { publish: 'npm' });
    expect(step.exitCode).not.toBe(0);
    expect(failure(step)).toMatch(/^Publishing failed: npm publish of tokenless-lib-1\.0\.0\.tgz to http:\/\/127\.0\.0\.1:\d+\/ failed \(exit 1\)\./);
    expect(failure(step)).toContain("No 'registry-token' was given");
    expect(await registry.versions('tokenless-lib')).toEqual([]);
  });
});

const SETUPTOOLS = {
  'pyproject.toml': [
    '[build-system]', 'requires = ["setuptools>=61"]', 'build-backend = "setuptools.build_meta"', '',
    '[project]', 'name = "demo-upload"', 'version = "1.2.0"', 'description = "A demo that is uploaded"', 'readme = "README.md"',
    'requires-python = ">=3.9"', 'license = { text = "MIT" }', 'classifiers = ["Programming Language :: Python :: 3", "License :: OSI Approved :: MIT License"]',
    'dependencies = ["requests>=2"]', '', '[project.urls]', 'Homepage = "https://example.com/demo"', '', '[tool.setuptools]', 'packages = ["demo_upload"]', '',
  ].join('\n'),
  'README.md': '# demo-upload\n\nThe long description.\n',
  'demo_upload/__init__.py': 'VERSION = "1.2.0"\n',
  '.gitignore': '.venv/\nbuild/\n*.egg-info/\ndist-artifacts/\n__pycache__/\n',
};

describe('publish: pypi', () => {
  it('uploads the verified sdist and wheel as twine does, pip installs the result, and the same version again fails before any upload', async () => {
    const workspace = join(scratch, 'python-upload');
    const project = join(workspace, 'project');
    await writeTree(project, SETUPTOOLS);
    await commitAll(workspace);
    await mustRun('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '.venv'], project);
    const ours = await startUploadEndpoint({ directory: join(scratch, 'uploads-ours') });
    const twines = await startUploadEndpoint({ directory: join(scratch, 'uploads-twine') });
    try {
      const step = await runBuild(workspace, { publish: 'pypi', 'repository-url': ours.uploadUrl, 'registry-token': ours.password });
      expect(failure(step)).toBeUndefined();
      expect(step.exitCode).toBe(0);
      const files = ['demo-upload-1.2.0.tar.gz', 'demo_upload-1.2.0-py3-none-any.whl'];
      expect(step.outputs.published.split('\n')).toEqual([...files].reverse().map((file) => `project/dist-artifacts/${file}`)); // the wheel first, as twine
      expect(step.secretsMasked).toContain(ours.password);
      for (const file of files) expect(await readFile(join(ours.directory, file))).toEqual(await readFile(join(project, 'dist-artifacts', file)));

      // Debian's twine uploads the same two files to a second endpoint: every field twine sends, we send, with its value.
      await mustRun('twine', ['upload', '--non-interactive', '--disable-progress-bar', '--repository-url', twines.uploadUrl, ...files.map((file) => join(project, 'dist-artifacts', file))], project,
        { TWINE_USERNAME: twines.username, TWINE_PASSWORD: twines.password });
      for (const file of files) {
        // Fields twine sends empty (a header the metadata lacks) carry nothing; Node has no 256-bit BLAKE2b (optional).
        const sentByTwine = twines.uploads().find((upload) => upload.filename === file)!.fields.filter(([name, value]) => name !== 'blake2_256_digest' && value.trim() !== '');
        const sentByUs = ours.uploads().find((upload) => upload.filename === file)!.fields;
        expect(sentByTwine.length).toBeGreaterThan(10);
        for (const [name, value] of sentByTwine) expect(sentByUs.filter(([ourName]) => ourName === name).map(([, ourValue]) => ourValue.trim())).toContain(value.trim());
      }

      // What was published installs with pip from the index.
      const index = await startPackageIndex({ wheelDirs: [ours.directory] });
      try {
        const venv = join(scratch, 'install-venv');
        await mustRun('/usr/bin/python3', ['-m', 'venv', venv], scratch);
        await mustRun(join(venv, 'bin/python'), ['-m', 'pip', 'install', '--no-deps', '--index-url', index.url, 'demo-upload==1.2.0'], scratch, { PIP_CONFIG_FILE: '/dev/null', PIP_DISABLE_PIP_VERSION_CHECK: '1' });
        expect(await mustRun(join(venv, 'bin/python'), ['-c', 'import demo_upload; print(demo_upload.VERSION)'], scratch)).toContain('1.2.0');
      } finally {
        await index.close();
      }

      const attempts = ours.attempts();
      const again = await runBuild(workspace, { publish: 'pypi', 'repository-url': ours.uploadUrl, 'registry-token': ours.password });
      expect(again.exitCode).not.toBe(0);
      expect(failure(again)).toMatch(/Nothing was published: demo_upload-1\.2\.0-py3-none-any\.whl \(demo.upload 1\.2\.0\) is already on 127\.0\.0\.1:\d+; demo-upload-1\.2\.0\.tar\.gz/);
      expect(ours.attempts()).toBe(attempts);
    } finally {
      await Promise.all([ours.close(), twines.close()]);
    }
  });

  it('names the token input when the index refuses the credentials, and nothing is taken', async () => {
    const workspace = join(scratch, 'python-refused');
    const project = join(workspace, 'project');
    await writeTree(project, { ...SETUPTOOLS, 'pyproject.toml': SETUPTOOLS['pyproject.toml'].replace('demo-upload', 'demo-refused') });
    await commitAll(workspace);
    await mustRun('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '.venv'], project);
    const endpoint = await startUploadEndpoint({ directory: join(scratch, 'uploads-refused') });
    try {
      const step = await runBuild(workspace, { publish: 'pypi', 'repository-url': endpoint.uploadUrl, 'registry-token': 'pypi-wrong-token' });
      expect(step.exitCode).not.toBe(0);
      expect(failure(step)).toContain(`Publishing failed: ${endpoint.uploadUrl} refused demo_refused-1.2.0-py3-none-any.whl: HTTP 403: Invalid or non-existent authentication information. Check 'registry-token'`);
      expect(endpoint.uploads()).toEqual([]);
    } finally {
      await endpoint.close();
    }
  });
});
