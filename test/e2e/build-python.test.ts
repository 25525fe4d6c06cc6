import { readFile, readdir, rm, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_ACTION, COMMIT_TIME, commitAll, mustRun, writeTree } from '../support/build-projects.js';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { createRunnerJob, type ActionRun, type Annotation } from '../support/runner.js';

// The committed dist/build bundle on Python projects: `python -m build` from the project's .venv (made from Debian's
// interpreter with --system-site-packages, which has build, setuptools and poetry-core: the backends are found, so
// the build runs without isolation and offline), with SOURCE_DATE_EPOCH from the commit.

let service: CacheService;
let scratch: string;
beforeAll(async () => {
  service = await startCacheService();
  scratch = await mkdtemp(join(tmpdir(), 'build-python-e2e-'));
});
afterAll(async () => {
  await service?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function runBuild(workspace: string, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const job = await createRunnerJob({ workspace });
  Object.assign(job.env, service.env());
  try {
    return await job.runMain(BUILD_ACTION, { 'working-directory': 'project', ...inputs }, extraEnv);
  } finally {
    await job.dispose();
  }
}

const failure = (step: ActionRun): string | undefined => step.annotations.filter((a: Annotation) => a.level === 'error' && a.file === undefined).at(-1)?.message;

async function checkout(name: string, files: Record<string, string>): Promise<{ workspace: string; project: string }> {
  const workspace = join(scratch, name);
  const project = join(workspace, 'project');
  await writeTree(project, { ...files, '.gitignore': '.venv/\nbuild/\n*.egg-info/\ndist-artifacts/\n__pycache__/\n' });
  await commitAll(workspace);
  await mustRun('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '.venv'], project);
  return { workspace, project };
}

const SETUPTOOLS = {
  'pyproject.toml': '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "demo-tools"\nversion = "1.2.0"\ndescription = "A demo"\n\n[tool.setuptools]\npackages = ["demo_tools"]\n',
  'demo_tools/__init__.py': 'VERSION = "1.2.0"\n',
  'tests/test_demo.py': 'def test_it():\n    assert True\n',
};
const POETRY = {
  'pyproject.toml': '[tool.poetry]\nname = "demo-poetry"\nversion = "0.3.0"\ndescription = "A demo"\nauthors = ["Octo Cat <octocat@example.com>"]\npackages = [{ include = "demo_poetry" }]\n\n[tool.poetry.dependencies]\npython = ">=3.9"\n\n[build-system]\nrequires = ["poetry-core>=1.0.0"]\nbuild-backend = "poetry.core.masonry.api"\n',
  'demo_poetry/__init__.py': 'def hello():\n    return "hello"\n',
};

describe.each([
  ['setuptools', SETUPTOOLS, 'demo_tools-1.2.0-py3-none-any.whl', 'demo-tools-1.2.0.tar.gz', '1.2.0'],
  ['Poetry', POETRY, 'demo_poetry-0.3.0-py3-none-any.whl', 'demo_poetry-0.3.0.tar.gz', '0.3.0'],
])('a %s project', (kind, files, wheel, sdist, version) => {
  it('builds an sdist and a wheel, verifies them, and gives the same bytes on a second build of the commit', async () => {
    const { workspace, project } = await checkout(`python-${kind}`, files);
    const first = await runBuild(workspace, { cache: 'false' });
    expect(failure(first)).toBeUndefined();
    expect(first.exitCode).toBe(0);
    expect(first.outputs.artifacts.split('\n').sort()).toEqual([`project/dist-artifacts/${sdist}`, `project/dist-artifacts/${wheel}`].sort());
    expect(first.outputs.version).toBe(version);
    expect(first.summary).toContain(`SOURCE_DATE_EPOCH=${COMMIT_TIME} (the commit time): the same commit gives the same bytes.`);
    expect(first.summary).toMatch(new RegExp(`\\| ${wheel.replace(/\./g, '\\.')} \\| [\\d.]+ (B|kB) \\| — \\| \\d+ \\| \`[0-9a-f]{64}\` \\| ✅ ok \\|`));
    const versionLine = first.summary.split('\n').find((line) => line.startsWith('**Version:**')) ?? '';
    expect(versionLine).toMatch(new RegExp(`^\\*\\*Version:\\*\\* ✅ Version ${version.replace(/\./g, '\\.')} agrees across pyproject\\.toml: `));
    for (const claim of [`${sdist} PKG-INFO: ${version}`, `${wheel} METADATA: ${version}`]) expect(versionLine).toContain(claim);
    const bytes = async () => Object.fromEntries(await Promise.all((await readdir(join(project, 'dist-artifacts'))).map(async (name) => [name, (await readFile(join(project, 'dist-artifacts', name))).toString('base64')])));
    const once = await bytes();
    await rm(join(project, 'build'), { recursive: true, force: true });
    const second = await runBuild(workspace, { cache: 'false' });
    expect(failure(second)).toBeUndefined();
    expect(await bytes()).toEqual(once);
    expect(second.summary).toContain(first.summary.match(/`[0-9a-f]{64}`/)![0]);
  });
});

it('fails a Python project asked to package with no build backend, naming the file and the fix', async () => {
  const { workspace } = await checkout('no-backend', { 'pyproject.toml': '[project]\nname = "x"\nversion = "1.0"\n', 'x/__init__.py': '' });
  const step = await runBuild(workspace, { package: 'true' });
  expect(failure(step)).toMatch(/^The pre-build checks failed:\nPre-build check: project\/pyproject.toml: error: There is no build backend to package with: add a \[build-system\] table to pyproject.toml/);
});

it('fails a wheel that ships a tests package and a version that disagrees with the tag', async () => {
  const files = { ...SETUPTOOLS, 'pyproject.toml': SETUPTOOLS['pyproject.toml'].replace('packages = ["demo_tools"]', 'packages = ["demo_tools", "tests.helpers"]'), 'tests/helpers/__init__.py': '' };
  const { workspace, project } = await checkout('python-tag', files);
  await writeFile(join(project, 'tests/__init__.py'), '');
  await commitAll(workspace, 'tests package');
  const step = await runBuild(workspace, { cache: 'false' }, { GITHUB_REF: 'refs/tags/v1.3.0', GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1.3.0' });
  const message = failure(step) ?? '';
  expect(message).toContain("demo_tools-1.2.0-py3-none-any.whl: a top-level 'tests' package is in the wheel: it would be installed as site-packages/tests.");
  expect(message).toContain('Version mismatch: tag v1.3.0: 1.3.0; pyproject.toml: 1.2.0; demo-tools-1.2.0.tar.gz PKG-INFO: 1.2.0; demo_tools-1.2.0-py3-none-any.whl METADATA: 1.2.0.');
});
