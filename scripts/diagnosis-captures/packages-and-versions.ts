// Installs that ask for something that does not exist (a package name or version the registry or index does not
// have) and installs refused by the version of a tool (an engines field, a lockfile newer than Poetry, a package
// whose Requires-Python excludes this Python); and pip with one of two indexes out of reach, to check that only the
// failing index is named. npm, pnpm and yarn ask npm's public registry; pip and Poetry a local index (or a folder).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startPackageIndex } from '../../test/support/package-index.js';
import { DEBIAN_PYTHON, packageJson, type CaptureEnv } from './environment.js';
import { must, run, versionOf, type Captured, type Workspace } from './harness.js';

const MISSING = 'nonexistent-pkg-xyz-123';
const SOURCE_DATE_EPOCH = '315532800';

function poetryProject(sourceUrl: string | undefined, dependencies: Record<string, string>): string {
  return [
    '[tool.poetry]', 'name = "orders"', 'version = "0.1.0"', 'description = ""', 'authors = ["Team <team@example.com>"]', '',
    '[tool.poetry.dependencies]', 'python = "^3.11"', ...Object.entries(dependencies).map(([name, range]) => `${name} = "${range}"`), '',
    ...(sourceUrl ? ['[[tool.poetry.source]]', 'name = "local"', `url = "${sourceUrl}"`, 'default = true', ''] : []),
    '[build-system]', 'requires = ["poetry-core"]', 'build-backend = "poetry.core.masonry.api"', '',
  ].join('\n');
}

export async function packagesAndVersionsCaptures(ws: Workspace, env: CaptureEnv): Promise<Captured[]> {
  const out: Captured[] = [];
  const npm = `npm ${await versionOf('npm', ['--version'], { env: env.npm })}`;
  const pnpm = `pnpm ${await versionOf('pnpm', ['--version'], { env: env.npm })}`;
  const yarn = `yarn ${await versionOf('yarn', ['--version'], { env: env.npm })}`;
  const node = `node ${await versionOf('node', ['--version'], { env: env.npm })}`;
  const npmIn = (cwd: string, args: string[]) => run('npm', args, { cwd, env: env.npm });
  const pnpmIn = (cwd: string, args: string[]) => run('pnpm', args, { cwd, env: env.npm });
  const yarnIn = (cwd: string, args: string[]) => run('yarn', [...args, '--non-interactive', '--cache-folder', join(ws.root, 'yarn-cache-packages')], { cwd, env: env.npm });

  // A package name that the registry does not have (a typo in package.json).
  let dir = await ws.folder('npm-missing-package');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { [MISSING]: '^1.0.0', ms: '2.1.3' } }) });
  const project = `package.json wants ${MISSING}@^1.0.0 (no such package) and ms@2.1.3`;
  out.push({ file: 'package-not-found/npm-e404.txt', tool: npm, command: 'npm install --no-audit --no-fund', project, result: await npmIn(dir, ['install', '--no-audit', '--no-fund']) });
  out.push({ file: 'package-not-found/pnpm-fetch-404.txt', tool: pnpm, command: 'pnpm install', project: 'the same', result: await pnpmIn(dir, ['install']) });
  out.push({ file: 'package-not-found/yarn-no-such-package.txt', tool: yarn, command: 'yarn install --non-interactive', project: 'the same', result: await yarnIn(dir, ['install']) });

  // npm ci of a lockfile that names a package the registry does not have (made for ms, then renamed: an unpublished
  // or misspelt dependency committed with its lockfile).
  dir = await ws.folder('npm-ci-missing-package');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '2.1.3' } }) });
  await must('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: dir, env: env.npm });
  const lock = JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
  lock.packages[''] = { ...lock.packages[''], dependencies: { [MISSING]: '2.1.3' } };
  const { resolved: _resolved, ...entry } = lock.packages['node_modules/ms']!;
  delete lock.packages['node_modules/ms'];
  lock.packages[`node_modules/${MISSING}`] = entry;
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { [MISSING]: '2.1.3' } }), 'package-lock.json': `${JSON.stringify(lock, null, 2)}\n` });
  out.push({ file: 'package-not-found/npm-ci-e404.txt', tool: npm, command: 'npm ci --no-audit --no-fund', project: `package.json and package-lock.json name ${MISSING}@2.1.3 (a lockfile made for ms, the package renamed)`, result: await npmIn(dir, ['ci', '--no-audit', '--no-fund']) });

  // A version that does not exist (ms stops at 2.1.3).
  dir = await ws.folder('pnpm-missing-version');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '^9.0.0' } }) });
  out.push({ file: 'package-not-found/pnpm-no-matching-version.txt', tool: pnpm, command: 'pnpm install', project: 'package.json wants ms@^9.0.0, which does not exist', result: await pnpmIn(dir, ['install']) });
  out.push({ file: 'package-not-found/yarn-no-matching-version.txt', tool: yarn, command: 'yarn install --non-interactive', project: 'the same', result: await yarnIn(dir, ['install']) });

  // engines: the project wants a Node this is not (engine-strict makes npm and pnpm refuse; yarn 1 always does).
  dir = await ws.folder('engines');
  await ws.write(dir, { 'package.json': packageJson({ engines: { node: '>=99' }, dependencies: { ms: '2.1.3' } }) });
  const engines = `package.json: engines.node ">=99" (this is ${node})`;
  out.push({ file: 'tool-version/npm-ebadengine.txt', tool: npm, command: 'npm install --no-audit --no-fund --engine-strict', project: engines, result: await npmIn(dir, ['install', '--no-audit', '--no-fund', '--engine-strict']) });
  out.push({ file: 'tool-version/pnpm-unsupported-engine.txt', tool: pnpm, command: 'pnpm install --config.engine-strict=true', project: 'the same', result: await pnpmIn(dir, ['install', '--config.engine-strict=true']) });
  out.push({ file: 'tool-version/yarn-engine-incompatible.txt', tool: yarn, command: 'yarn install --non-interactive', project: 'the same', result: await yarnIn(dir, ['install']) });
  dir = await ws.folder('engines-npm');
  await ws.write(dir, { 'package.json': packageJson({ engines: { npm: '>=99' }, dependencies: { ms: '2.1.3' } }) });
  out.push({ file: 'tool-version/npm-ebadengine-npm.txt', tool: npm, command: 'npm install --no-audit --no-fund --engine-strict', project: 'package.json: engines.npm ">=99"', result: await npmIn(dir, ['install', '--no-audit', '--no-fund', '--engine-strict']) });

  // Python: a local index (and the same wheels as a --find-links folder) with shapes and a package for Python >= 3.99.
  const buildEnv = { ...env.base, SOURCE_DATE_EPOCH, PYTHONDONTWRITEBYTECODE: '1' };
  const sources = await ws.folder('python-package-sources');
  const wheels = join(sources, 'wheels');
  for (const [name, requires] of [['shapes', undefined], ['future-only', '>=3.99']] as const) {
    const folder = join(sources, name);
    const module = name.replace(/-/g, '_');
    await ws.write(folder, {
      'pyproject.toml': `[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "${name}"\nversion = "1.0.0"\n${requires ? `requires-python = "${requires}"\n` : ''}`,
      [`${module}/__init__.py`]: "VERSION = '1.0.0'\n",
    });
    await must(DEBIAN_PYTHON, ['-m', 'build', '--wheel', '--no-isolation', '--outdir', wheels, folder], { cwd: sources, env: buildEnv });
  }
  const index = await startPackageIndex({ wheelDirs: [wheels] });
  try {
    const venvs = await ws.folder('python-packages-venv');
    const venvPython = join(venvs, '.venv/bin/python');
    await must(DEBIAN_PYTHON, ['-m', 'venv', join(venvs, '.venv')], { cwd: venvs, env: env.base });
    const pipVersion = `pip ${(await versionOf(venvPython, ['-m', 'pip', '--version'])).split(' ')[1]}`;
    const python = `Python ${(await versionOf(venvPython)).replace(/^Python /, '')}`;
    const pip = (args: string[]) => run(venvPython, ['-m', 'pip', 'install', '--disable-pip-version-check', ...args], { cwd: venvs, env: env.base });
    out.push({ file: 'package-not-found/pip-no-such-package.txt', tool: pipVersion, command: `python -m pip install --index-url <local index> ${MISSING}`, project: 'a name the index does not have', result: await pip(['--index-url', index.url, MISSING]) });
    out.push({ file: 'package-not-found/pip-find-links-no-such-package.txt', tool: pipVersion, command: `python -m pip install --no-index --find-links <wheel folder> ${MISSING}`, project: 'the same name, against a folder of wheels', result: await pip(['--no-index', '--find-links', wheels, MISSING]) });
    out.push({ file: 'tool-version/pip-requires-python-index.txt', tool: `${pipVersion}, ${python}`, command: 'python -m pip install --index-url <local index> future-only', project: 'future-only 1.0.0 has Requires-Python >=3.99, its only version', result: await pip(['--index-url', index.url, 'future-only']) });
    out.push({ file: 'tool-version/pip-requires-python-wheel.txt', tool: `${pipVersion}, ${python}`, command: 'python -m pip install <future_only wheel file>', project: 'the same wheel, installed from its file', result: await pip([join(wheels, 'future_only-1.0.0-py3-none-any.whl')]) });
    // Two indexes, the extra one on a closed port: at another path (a private index's), then at the same /simple/.
    for (const [file, extra, project] of [
      ['pip-extra-index-unreachable.txt', 'http://127.0.0.1:9/api/pypi/private/simple/', 'the local index answers (it has no charts); the extra index, at another path, is on a closed port'],
      ['pip-extra-index-unreachable-same-path.txt', 'http://127.0.0.1:9/simple/', 'the same, the extra index at the same path /simple/ (pip names only the path it retried)'],
    ] as const) {
      out.push({ file: `registry-unreachable/${file}`, tool: pipVersion, command: `python -m pip install --index-url <local index> --extra-index-url ${extra} --retries 1 charts`, project, result: await pip(['--index-url', index.url, '--extra-index-url', extra, '--retries', '1', 'charts']) });
    }

    const poetryVersion = (await versionOf('poetry', ['--version'], { env: env.base })).replace(/^Poetry \(version (.*)\)$/, 'Poetry $1');
    const poetryEnv = { ...env.base, POETRY_CACHE_DIR: join(ws.root, 'poetry-cache-packages'), POETRY_VIRTUALENVS_IN_PROJECT: 'true', POETRY_NO_INTERACTION: '1' };
    dir = await ws.folder('poetry-missing-package');
    await ws.write(dir, { 'pyproject.toml': poetryProject(index.url, { [MISSING]: '^1.0.0', shapes: '1.0.0' }) });
    out.push({ file: 'package-not-found/poetry-no-such-package.txt', tool: poetryVersion, command: 'poetry lock --no-interaction --no-ansi', project: `pyproject.toml wants ${MISSING} ^1.0.0 (not on the local source) and shapes 1.0.0`, result: await run('poetry', ['lock', '--no-interaction', '--no-ansi'], { cwd: dir, env: poetryEnv }) });
    dir = await ws.folder('poetry-missing-version');
    await ws.write(dir, { 'pyproject.toml': poetryProject(index.url, { shapes: '^3.0' }) });
    out.push({ file: 'package-not-found/poetry-no-matching-version.txt', tool: poetryVersion, command: 'poetry lock --no-interaction --no-ansi', project: 'pyproject.toml wants shapes ^3.0; the source has 1.0.0', result: await run('poetry', ['lock', '--no-interaction', '--no-ansi'], { cwd: dir, env: poetryEnv }) });
    dir = await ws.folder('poetry-newer-lock');
    await ws.write(dir, {
      'pyproject.toml': poetryProject(undefined, {}),
      'poetry.lock': 'package = []\n\n[metadata]\nlock-version = "3.0"\npython-versions = "^3.11"\ncontent-hash = "0000000000000000000000000000000000000000000000000000000000000000"\n',
    });
    out.push({ file: 'tool-version/poetry-lock-version.txt', tool: poetryVersion, command: 'poetry install --no-interaction --no-ansi', project: 'a poetry.lock with lock-version 3.0, newer than this Poetry reads', result: await run('poetry', ['install', '--no-interaction', '--no-ansi'], { cwd: dir, env: poetryEnv }) });
  } finally {
    await index.close();
  }
  return out;
}
