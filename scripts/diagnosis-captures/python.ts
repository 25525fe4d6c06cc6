// Python: pip and Poetry against the tests' local package index (PyPI is not reachable here) with four small wheels
// built by Debian's `python3 -m build --no-isolation` (charts needs shapes>=2, legacy-plots needs shapes<2);
// SyntaxErrors and C errors in builds; broken virtualenvs; unreachable and refusing indexes.
import { readdir, rm, symlink, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { startPackageIndex } from '../../test/support/package-index.js';
import { DEBIAN_PYTHON, type CaptureEnv } from './environment.js';
import { must, run, versionOf, type Captured, type Workspace } from './harness.js';
import { gccVersion } from './node-builds.js';
import { startRefusingIndex } from './servers.js';

const SOURCE_DATE_EPOCH = '315532800';

function setuptoolsProject(name: string, version: string, dependencies: string[], init: string): Record<string, string> {
  const module = name.replace(/-/g, '_');
  return {
    'pyproject.toml': `[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "${name}"\nversion = "${version}"\ndependencies = [${dependencies.map((dep) => JSON.stringify(dep)).join(', ')}]\n`,
    [`${module}/__init__.py`]: init,
  };
}

function poetryProject(sourceUrl: string, dependencies: Record<string, string>): string {
  return [
    '[tool.poetry]', 'name = "orders"', 'version = "0.1.0"', 'description = ""', 'authors = ["Team <team@example.com>"]', '',
    '[tool.poetry.dependencies]', 'python = "^3.11"', ...Object.entries(dependencies).map(([name, range]) => `${name} = "${range}"`), '',
    '[[tool.poetry.source]]', 'name = "local"', `url = "${sourceUrl}"`, 'default = true', '',
    '[build-system]', 'requires = ["poetry-core"]', 'build-backend = "poetry.core.masonry.api"', '',
  ].join('\n');
}

const EXTENSION_C = `#include <Python.h>

static PyObject *total(PyObject *self, PyObject *args) {
  long sum = 0
  return PyLong_FromLong(sum);
}

static PyMethodDef methods[] = {{"total", total, METH_VARARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods};
PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&modul); }
`;

export async function pythonCaptures(ws: Workspace, env: CaptureEnv): Promise<Captured[]> {
  const out: Captured[] = [];
  const python = `Python ${(await versionOf(DEBIAN_PYTHON)).replace(/^Python /, '')}`;
  const buildEnv = { ...env.base, SOURCE_DATE_EPOCH, PYTHONDONTWRITEBYTECODE: '1' };

  // The wheels and the index that serves them.
  const sources = await ws.folder('python-sources');
  const wheels = join(sources, 'wheels');
  const packages: Array<[string, string, string[], string]> = [
    ['shapes', '1.0.0', [], "VERSION = '1.0.0'\n"],
    ['shapes', '2.0.0', [], "VERSION = '2.0.0'\n"],
    ['charts', '1.0.0', ['shapes>=2'], 'import shapes\n\nSHAPES = shapes.VERSION\n'],
    ['legacy-plots', '1.0.0', ['shapes<2'], 'import shapes\n'],
  ];
  for (const [name, version, dependencies, init] of packages) {
    const folder = join(sources, `${name}-${version}`);
    await ws.write(folder, setuptoolsProject(name, version, dependencies, init));
    await must(DEBIAN_PYTHON, ['-m', 'build', '--wheel', '--no-isolation', '--outdir', wheels, folder], { cwd: sources, env: buildEnv });
  }
  const index = await startPackageIndex({ wheelDirs: [wheels] });
  const refusing = await startRefusingIndex();
  try {
    const venvs = await ws.folder('python-venv');
    const venv = join(venvs, '.venv');
    await must(DEBIAN_PYTHON, ['-m', 'venv', venv], { cwd: venvs, env: env.base });
    const venvPython = join(venv, 'bin/python');
    const pipVersion = `pip ${(await versionOf(venvPython, ['-m', 'pip', '--version'])).split(' ')[1]}`;
    const pip = (cwd: string, args: string[]) => run(venvPython, ['-m', 'pip', 'install', '--disable-pip-version-check', ...args], { cwd, env: env.base });

    let dir = await ws.folder('pip-conflict');
    await ws.write(dir, { 'requirements.txt': 'charts==1.0.0\nlegacy-plots==1.0.0\n' });
    out.push({ file: 'dependency-conflict/pip-resolution-impossible.txt', tool: pipVersion, command: 'python -m pip install --index-url <local index> -r requirements.txt', project: 'requirements.txt: charts==1.0.0 (needs shapes>=2) and legacy-plots==1.0.0 (needs shapes<2)', result: await pip(dir, ['--index-url', index.url, '-r', 'requirements.txt']) });
    out.push({ file: 'dependency-conflict/pip-resolution-impossible-user.txt', tool: pipVersion, command: "python -m pip install --index-url <local index> 'shapes>=2' legacy-plots==1.0.0", project: 'a requested range against a dependency\'s', result: await pip(dir, ['--index-url', index.url, 'shapes>=2', 'legacy-plots==1.0.0']) });
    out.push({ file: 'package-not-found/pip-no-matching-version.txt', tool: pipVersion, command: "python -m pip install --index-url <local index> 'shapes>=3'", project: 'a range no version on the index satisfies (1.0.0 and 2.0.0 are there)', result: await pip(dir, ['--index-url', index.url, 'shapes>=3']) });
    out.push({ file: 'registry-unreachable/pip-connection-refused.txt', tool: pipVersion, command: 'python -m pip install --index-url http://127.0.0.1:9/simple/ --retries 1 charts', project: 'an index on a closed port', result: await pip(dir, ['--index-url', 'http://127.0.0.1:9/simple/', '--retries', '1', 'charts']) });
    // An index that wants credentials: pip prompts for a user (stdin is closed, as in CI), or, with --no-input,
    // hides the 401 of the index page at its default verbosity; a wheel URL's 401 it does print.
    out.push({ file: 'credentials-refused/pip-401-prompt.txt', tool: pipVersion, command: 'python -m pip install --index-url <index answering 401> charts (stdin closed)', project: 'an index that wants credentials and gets none', result: await pip(dir, ['--index-url', refusing.url, 'charts']) });
    out.push({ file: 'credentials-refused/pip-401-wheel-url.txt', tool: pipVersion, command: 'python -m pip install --no-input <wheel URL answering 401>', project: 'a requirement given as a URL on a server that wants credentials', result: await pip(dir, ['--no-input', refusing.url.replace('/simple/', '/files/charts-1.0.0-py3-none-any.whl')]) });
    out.push({ file: 'package-not-found/pip-401-hidden-no-input.txt', tool: pipVersion, command: 'python -m pip install --no-input --index-url <index answering 401> charts', project: 'the same index with --no-input: pip prints only "from versions: none" (not claimed as credentials)', result: await pip(dir, ['--no-input', '--index-url', refusing.url, 'charts']) });

    const poetryVersion = (await versionOf('poetry', ['--version'], { env: env.base })).replace(/^Poetry \(version (.*)\)$/, 'Poetry $1');
    const poetryEnv = { ...env.base, POETRY_CACHE_DIR: join(ws.root, 'poetry-cache'), POETRY_VIRTUALENVS_IN_PROJECT: 'true', POETRY_NO_INTERACTION: '1' };
    const poetry = (cwd: string, args: string[]) => run('poetry', args, { cwd, env: poetryEnv });
    dir = await ws.folder('poetry-conflict');
    await ws.write(dir, { 'pyproject.toml': poetryProject(index.url, { charts: '1.0.0', 'legacy-plots': '1.0.0' }) });
    out.push({ file: 'dependency-conflict/poetry-solver.txt', tool: poetryVersion, command: 'poetry install --no-interaction --no-ansi', project: 'pyproject.toml: charts 1.0.0 and legacy-plots 1.0.0 from the local index, no poetry.lock', result: await poetry(dir, ['install', '--no-interaction', '--no-ansi']) });
    out.push({ file: 'dependency-conflict/poetry-solver-verbose.txt', tool: poetryVersion, command: 'poetry install --no-interaction --no-ansi -v', project: 'the same, verbose (names SolverProblemError)', result: await poetry(dir, ['install', '--no-interaction', '--no-ansi', '-v']) });
    out.push({ file: 'dependency-conflict/poetry-solver-ansi.txt', tool: poetryVersion, command: 'poetry lock --no-interaction --ansi', project: 'the same, colours and progress lines on', result: await poetry(dir, ['lock', '--no-interaction', '--ansi']) });

    dir = await ws.folder('poetry-stale-lock');
    await ws.write(dir, { 'pyproject.toml': poetryProject(index.url, { charts: '1.0.0' }) });
    await must('poetry', ['lock', '--no-interaction', '--no-ansi'], { cwd: dir, env: poetryEnv });
    await ws.write(dir, { 'pyproject.toml': poetryProject(index.url, { charts: '1.0.0', shapes: '2.0.0' }) });
    out.push({ file: 'dependency-conflict/poetry-lock-check.txt', tool: poetryVersion, command: 'poetry lock --check --no-ansi', project: 'poetry.lock made for charts; pyproject.toml then adds shapes', result: await poetry(dir, ['lock', '--check', '--no-ansi']) });

    dir = await ws.folder('poetry-unreachable');
    await ws.write(dir, { 'pyproject.toml': poetryProject('http://127.0.0.1:9/simple/', { charts: '1.0.0' }) });
    out.push({ file: 'registry-unreachable/poetry-connection-refused.txt', tool: poetryVersion, command: 'poetry lock --no-interaction --no-ansi', project: 'a source on a closed port', result: await poetry(dir, ['lock', '--no-interaction', '--no-ansi']) });
    dir = await ws.folder('poetry-refused');
    await ws.write(dir, { 'pyproject.toml': poetryProject(refusing.url, { charts: '1.0.0' }) });
    out.push({ file: 'credentials-refused/poetry-401.txt', tool: poetryVersion, command: 'poetry lock --no-interaction --no-ansi', project: 'a source that answers 401', result: await poetry(dir, ['lock', '--no-interaction', '--no-ansi']) });

    // Builds: a SyntaxError in a module the backend reads, compileall, and a C extension (build and pip).
    const buildVersion = `python -m build ${(await versionOf(DEBIAN_PYTHON, ['-m', 'build', '--version'])).split(' ')[1] ?? ''}`.trim();
    dir = await ws.folder('python-syntax');
    await ws.write(dir, {
      'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "billing"\ndynamic = ["version"]\n\n[tool.setuptools.dynamic]\nversion = {attr = "billing.__version__"}\n',
      'src/billing/__init__.py': '__version__ = "1.0.0"\n\ndef invoice_total(lines):\n    return sum(line.amount for line in lines\n',
      'src/billing/tax.py': 'def rate(country):\n    if country == "FR"\n        return 0.2\n    return 0.0\n',
    });
    out.push({ file: 'compile-error/python-build-syntax.txt', tool: `${python}, ${buildVersion}`, command: 'python3 -m build --no-isolation', project: 'setuptools reads __version__ from a module with an unclosed parenthesis', result: await run(DEBIAN_PYTHON, ['-m', 'build', '--no-isolation', '--outdir', join(dir, 'dist'), '.'], { cwd: dir, env: buildEnv }) });
    out.push({ file: 'compile-error/python-compileall-syntax.txt', tool: python, command: 'python3 -m compileall -q src', project: 'the same package: two modules with syntax errors', result: await run(DEBIAN_PYTHON, ['-m', 'compileall', '-q', 'src'], { cwd: dir, env: env.base }) });

    dir = await ws.folder('python-extension');
    await ws.write(dir, {
      'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "fastsum"\nversion = "1.0.0"\n',
      'setup.py': 'from setuptools import Extension, setup\n\nsetup(ext_modules=[Extension("fastsum._speedups", ["src/fastsum/_speedups.c"])], packages=["fastsum"], package_dir={"": "src"})\n',
      'src/fastsum/__init__.py': '',
      'src/fastsum/_speedups.c': EXTENSION_C,
    });
    const gcc = `gcc ${await gccVersion()}`;
    out.push({ file: 'compile-error/python-build-c-extension.txt', tool: `${buildVersion}, ${gcc}`, command: 'python3 -m build --wheel --no-isolation', project: 'a setuptools Extension whose C has two errors', result: await run(DEBIAN_PYTHON, ['-m', 'build', '--wheel', '--no-isolation', '--outdir', join(dir, 'dist'), '.'], { cwd: dir, env: buildEnv }) });
    await rm(join(dir, 'build'), { recursive: true, force: true });
    await must(venvPython, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-index', '--find-links', '/usr/share/python-wheels', 'wheel'], { cwd: dir, env: env.base });
    out.push({ file: 'compile-error/pip-c-extension.txt', tool: `${pipVersion}, ${gcc}`, command: 'python -m pip install --no-index --no-build-isolation ./python-extension', project: 'the same project installed from source into a virtualenv', result: await pip(venvs, ['--no-index', '--no-build-isolation', dir]) });

    // A virtualenv restored broken: an installed package's dependency gone; the interpreter link dangling.
    await must(venvPython, ['-m', 'pip', 'install', '--disable-pip-version-check', '--index-url', index.url, 'charts==1.0.0'], { cwd: venvs, env: env.base });
    await ws.write(venvs, { 'app.py': 'import charts\n\nprint(charts.SHAPES)\n', 'report.py': 'import shapes\n\nprint(shapes.VERSION)\n' });
    const sitePackages = join(venv, 'lib', (await readdir(join(venv, 'lib'))).find((name) => name.startsWith('python')) ?? 'python3', 'site-packages');
    await rm(join(sitePackages, 'shapes'), { recursive: true });
    out.push({ file: 'cache-trouble/python-dependency-missing.txt', tool: python, command: '.venv/bin/python app.py', project: 'charts and shapes installed in .venv, then site-packages/shapes deleted; app.py imports charts', result: await run(venvPython, ['app.py'], { cwd: venvs, env: env.base }) });
    out.push({ file: 'negative/python-project-import-missing.txt', tool: python, command: '.venv/bin/python report.py', project: 'the same venv; report.py imports shapes itself (could as well be an undeclared dependency: not claimed as cache trouble)', result: await run(venvPython, ['report.py'], { cwd: venvs, env: env.base }) });
    out.push({ file: 'negative/python-runtime-error.txt', tool: python, command: "python3 -c \"import json; json.loads('{')\"", project: 'a runtime error with a traceback (not a compile error)', result: await run(DEBIAN_PYTHON, ['-c', "import json; json.loads('{')"], { cwd: venvs, env: env.base }) });
    await unlink(join(venv, 'bin/python3'));
    await symlink('/opt/hostedtoolcache/Python/3.11.9/x64/bin/python3', join(venv, 'bin/python3'));
    const bash = `bash ${(await versionOf('bash')).replace(/^GNU bash, version (\S+).*$/, '$1')}`;
    out.push({ file: 'cache-trouble/python-venv-script-interpreter-missing.txt', tool: bash, command: "bash -c '.venv/bin/pip --version'", project: "a .venv whose python3 links to a runner's interpreter that this machine lacks", result: await run('bash', ['-c', '.venv/bin/pip --version'], { cwd: venvs, env: env.base }) });
    out.push({ file: 'cache-trouble/python-venv-python-missing.txt', tool: bash, command: "bash -c '.venv/bin/python -m pytest'", project: 'the same .venv, its python run directly', result: await run('bash', ['-c', '.venv/bin/python -m pytest'], { cwd: venvs, env: env.base }) });
  } finally {
    await refusing.close();
    await index.close();
  }
  return out;
}
