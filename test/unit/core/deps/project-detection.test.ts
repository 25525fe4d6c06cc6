import { ConfigurationError } from '../../../../src/core/errors.js';
import { detectProject, type PackageManagerChoice } from '../../../../src/core/deps/project-detection.js';
import { requirementsFiles } from '../../../../src/core/project-snapshot.js';
import { packageJson, snapshot } from '../../support/snapshot.js';

const PKG = packageJson();
const POETRY_PYPROJECT = '[tool.poetry]\nname = "svc"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"\n';

describe('detectProject: which package manager', () => {
  it.each([
    ['npm from package-lock.json', { 'package.json': PKG, 'package-lock.json': '{}' }, 'npm', 'package-lock.json', 'found package-lock.json'],
    ['npm from npm-shrinkwrap.json', { 'package.json': PKG, 'npm-shrinkwrap.json': '{}' }, 'npm', 'npm-shrinkwrap.json', 'found npm-shrinkwrap.json'],
    ['yarn from yarn.lock', { 'package.json': PKG, 'yarn.lock': '' }, 'yarn', 'yarn.lock', 'found yarn.lock'],
    ['pnpm from pnpm-lock.yaml', { 'package.json': PKG, 'pnpm-lock.yaml': '' }, 'pnpm', 'pnpm-lock.yaml', 'found pnpm-lock.yaml'],
    ['poetry from [tool.poetry]', { 'pyproject.toml': POETRY_PYPROJECT, 'poetry.lock': '' }, 'poetry', 'poetry.lock', 'pyproject.toml has [tool.poetry]'],
    ['poetry from poetry.lock alone', { 'pyproject.toml': '[project]\nname = "svc"\n', 'poetry.lock': '' }, 'poetry', 'poetry.lock', 'found poetry.lock'],
    ['pip from requirements.txt', { 'requirements.txt': 'flask\n' }, 'pip', undefined, 'found requirements.txt'],
  ])('%s', (_name, files: Record<string, string>, packageManager, lockfile, reason) => {
    const project = detectProject(snapshot(files), 'auto');
    expect(project.packageManager).toBe(packageManager);
    expect(project.lockfile).toBe(lockfile);
    expect(project.reason).toBe(reason);
    expect(project.warnings).toEqual([]);
    expect(project.directory).toBe('/work/project');
  });

  it.each([
    ['npm', { 'package.json': PKG, 'package-lock.json': '{}' }, 'node', ['package.json', 'package-lock.json']],
    ['pnpm with a workspace file', { 'package.json': PKG, 'pnpm-lock.yaml': '', 'pnpm-workspace.yaml': 'packages:\n  - a\n' }, 'node', ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml']],
    ['poetry with its lock', { 'pyproject.toml': POETRY_PYPROJECT, 'poetry.lock': '' }, 'python', ['pyproject.toml', 'poetry.lock']],
    ['poetry without its lock', { 'pyproject.toml': POETRY_PYPROJECT }, 'python', ['pyproject.toml']],
    ['pip', { 'requirements.txt': '', 'requirements-dev.txt': '' }, 'python', ['requirements.txt', 'requirements-dev.txt']],
  ])('key files and language: %s', (_name, files: Record<string, string>, language, keyFiles) => {
    const project = detectProject(snapshot(files), 'auto');
    expect(project.language).toBe(language);
    expect(project.keyFiles).toEqual(keyFiles);
  });

  it('the packageManager field wins over a stray lockfile, and warns about it', () => {
    const files = { 'package.json': packageJson({ name: 'app', packageManager: 'pnpm@9.12.0' }), 'pnpm-lock.yaml': '', 'package-lock.json': '{}' };
    const project = detectProject(snapshot(files), 'auto');
    expect(project.packageManager).toBe('pnpm');
    expect(project.lockfile).toBe('pnpm-lock.yaml');
    expect(project.pinnedVersion).toBe('9.12.0');
    expect(project.reason).toBe("packageManager field 'pnpm@9.12.0'");
    expect(project.warnings).toEqual([
      "package-lock.json is ignored: package.json's packageManager is 'pnpm@9.12.0'. Delete it to avoid confusion.",
    ]);
  });

  it.each([
    ['npm@10.2.4', 'npm', '10.2.4'],
    ['yarn@1.22.22', 'yarn', '1.22.22'],
    ['pnpm@9.12.0+sha512.4abf725084d7bcbafbd728bfc7bee61f2f791f977fd87542b3579dcb23504d170d46337945e4c66485cd12d588a0c0e570ed9c477e7ccdd8507cf05f3f92eaca', 'pnpm', '9.12.0'],
    ['pnpm', 'pnpm', undefined],
  ])('reads the packageManager field %j', (field, name, version) => {
    const lockfile = { npm: 'package-lock.json', yarn: 'yarn.lock', pnpm: 'pnpm-lock.yaml' }[name as 'npm' | 'yarn' | 'pnpm'];
    const project = detectProject(snapshot({ 'package.json': packageJson({ packageManager: field }), [lockfile]: '{}' }), 'auto');
    expect(project.packageManager).toBe(name);
    expect(project.pinnedVersion).toBe(version);
  });

  it('packageManager pnpm with only yarn.lock and package-lock.json: names the files and how to fix it', () => {
    const files = { 'package.json': packageJson({ packageManager: 'pnpm@9.12.0' }), 'yarn.lock': '', 'package-lock.json': '{}' };
    const detect = () => detectProject(snapshot(files), 'auto');
    expect(detect).toThrow(ConfigurationError);
    expect(detect).toThrow(
      "package.json says packageManager 'pnpm@9.12.0', but the lockfiles in /work/project are package-lock.json, yarn.lock " +
        '(no pnpm-lock.yaml). Either delete package-lock.json, yarn.lock and commit the pnpm-lock.yaml that pnpm writes, ' +
        'or correct the packageManager field.',
    );
  });

  it.each([
    ['yarn@4.1.0', "asks for yarn 4.1.0; only yarn classic (1.x) is supported"],
    ['yarn@2.4.3', "asks for yarn 2.4.3; only yarn classic (1.x) is supported"],
    ['bun@1.1.0', "must name npm, yarn or pnpm, like 'pnpm@9.12.0' (got 'bun@1.1.0')"],
  ])('rejects packageManager %j', (field, message) => {
    expect(() => detectProject(snapshot({ 'package.json': packageJson({ packageManager: field }), 'yarn.lock': '' }), 'auto')).toThrow(message);
  });

  it('lockfiles of several package managers and no packageManager field is an error naming them', () => {
    const files = { 'package.json': PKG, 'package-lock.json': '{}', 'yarn.lock': '', 'pnpm-lock.yaml': '' };
    expect(() => detectProject(snapshot(files), 'auto')).toThrow(
      'Found lockfiles of several package managers in /work/project: package-lock.json, yarn.lock, pnpm-lock.yaml. ' +
        'Keep only one, or add a packageManager field to package.json (e.g. "packageManager": "npm@<version>"), ' +
        "or set the input 'package-manager'.",
    );
  });

  it('package.json without any lockfile is an error naming the files looked for', () => {
    expect(() => detectProject(snapshot({ 'package.json': PKG }), 'auto')).toThrow(
      "npm needs a lockfile to install reproducibly, and /work/project has none (looked for package-lock.json, npm-shrinkwrap.json). " +
        "Run 'npm install' locally and commit package-lock.json.",
    );
  });

  it('a packageManager field without its lockfile names the lockfile to commit', () => {
    expect(() => detectProject(snapshot({ 'package.json': packageJson({ packageManager: 'pnpm@9.12.0' }) }), 'auto')).toThrow(
      "pnpm needs a lockfile to install reproducibly, and /work/project has none (looked for pnpm-lock.yaml). Run 'pnpm install' locally and commit pnpm-lock.yaml.",
    );
  });

  it('when package-lock.json and npm-shrinkwrap.json are both present, npm-shrinkwrap.json is used (as npm ci does)', () => {
    const project = detectProject(snapshot({ 'package.json': PKG, 'package-lock.json': '{}', 'npm-shrinkwrap.json': '{}' }), 'auto');
    expect(project.packageManager).toBe('npm');
    expect(project.lockfile).toBe('npm-shrinkwrap.json');
    expect(project.keyFiles).toEqual(['package.json', 'npm-shrinkwrap.json']);
  });

  it('both a Node and a Python project is an error asking for the input', () => {
    const files = { 'package.json': PKG, 'package-lock.json': '{}', 'requirements.txt': '' };
    expect(() => detectProject(snapshot(files), 'auto')).toThrow(
      '/work/project has both a Node project (package.json) and a Python project (requirements.txt). ' +
        "Set the input 'package-manager' to the one to install (npm, yarn, pnpm, pip or poetry).",
    );
    expect(() => detectProject(snapshot({ 'package.json': PKG, 'pyproject.toml': POETRY_PYPROJECT }), 'auto')).toThrow(
      'and a Python project (Poetry)',
    );
  });

  it('an empty directory is an error listing what was looked for', () => {
    expect(() => detectProject(snapshot({ 'README.md': '# hi' }), 'auto')).toThrow(
      'No project to install in /work/project: looked for package.json, requirements*.txt, pyproject.toml with [tool.poetry], poetry.lock. ' +
        "Set 'working-directory' to the folder that holds your project's manifest.",
    );
  });

  it('a pyproject.toml without [tool.poetry] nor requirements files is not a project', () => {
    expect(() => detectProject(snapshot({ 'pyproject.toml': '[project]\nname = "x"\n' }), 'auto')).toThrow('No project to install');
  });

  it('a pyproject.toml with [tool.poetry] but no name (Poetry 2 with [project]) and no poetry.lock does not claim poetry.lock was found', () => {
    const pyproject = '[project]\nname = "svc"\nrequires-python = ">=3.11"\n\n[tool.poetry]\npackage-mode = false\n';
    const project = detectProject(snapshot({ 'pyproject.toml': pyproject }), 'auto');
    expect(project.packageManager).toBe('poetry');
    expect(project.reason).toBe('pyproject.toml has [tool.poetry]');
  });

  it('poetry without poetry.lock warns that versions are resolved afresh', () => {
    const project = detectProject(snapshot({ 'pyproject.toml': POETRY_PYPROJECT }), 'auto');
    expect(project.lockfile).toBeUndefined();
    expect(project.warnings).toEqual([
      'poetry.lock is missing: poetry install resolves versions afresh each run. Run `poetry lock` and commit poetry.lock.',
    ]);
  });

  it('pip installs requirements.txt first, then the other requirements files by name', () => {
    const files = { 'requirements-test.txt': '', 'requirements-dev.txt': '', 'requirements.txt': '', 'requirements-ci.txt': '', 'notes.txt': '' };
    const project = detectProject(snapshot(files), 'auto');
    expect(project.requirementsFiles).toEqual(['requirements.txt', 'requirements-ci.txt', 'requirements-dev.txt', 'requirements-test.txt']);
    expect(project.keyFiles).toEqual(project.requirementsFiles);
    expect(project.reason).toBe('found requirements.txt, requirements-ci.txt, requirements-dev.txt, requirements-test.txt');
  });

  it('requirementsFiles sorts the others by name when there is no requirements.txt', () => {
    expect(requirementsFiles(snapshot({ 'requirements-prod.txt': '', 'requirements-base.txt': '' }))).toEqual([
      'requirements-base.txt',
      'requirements-prod.txt',
    ]);
  });

  it('an invalid package.json is a ConfigurationError that says to fix the file', () => {
    expect(() => detectProject(snapshot({ 'package.json': '{ nope', 'package-lock.json': '{}' }), 'auto')).toThrow(
      /^package\.json in \/work\/project is not valid JSON \(.*\): fix the file\.$/,
    );
  });

  it('an invalid pyproject.toml is a ConfigurationError that says to fix the file', () => {
    expect(() => detectProject(snapshot({ 'pyproject.toml': '[tool.poetry\n' }), 'auto')).toThrow(/pyproject\.toml in \/work\/project is not valid TOML/);
  });
});

describe('detectProject: the package-manager input', () => {
  it.each<[PackageManagerChoice, Record<string, string>, string | undefined]>([
    ['npm', { 'package.json': PKG, 'package-lock.json': '{}', 'yarn.lock': '' }, 'package-lock.json'],
    ['yarn', { 'package.json': PKG, 'package-lock.json': '{}', 'yarn.lock': '' }, 'yarn.lock'],
    ['pnpm', { 'package.json': packageJson({ packageManager: 'yarn@1.22.22' }), 'pnpm-lock.yaml': '', 'yarn.lock': '' }, 'pnpm-lock.yaml'],
    ['pip', { 'package.json': PKG, 'requirements.txt': '' }, undefined],
    ['poetry', { 'package.json': PKG, 'pyproject.toml': POETRY_PYPROJECT, 'poetry.lock': '' }, 'poetry.lock'],
  ])('%s is used as given, even where detection would refuse', (requested, files, lockfile) => {
    const project = detectProject(snapshot(files), requested);
    expect(project.packageManager).toBe(requested);
    expect(project.lockfile).toBe(lockfile);
    expect(project.reason).toBe(`input 'package-manager' is '${requested}'`);
  });

  it.each<[PackageManagerChoice, Record<string, string>, string]>([
    ['npm', { 'requirements.txt': '' }, "Input 'package-manager' is 'npm', but /work/project has no package.json."],
    ['yarn', { 'package.json': PKG, 'package-lock.json': '{}' }, "yarn needs a lockfile to install reproducibly, and /work/project has none (looked for yarn.lock). Run 'yarn install' locally and commit yarn.lock."],
    ['pip', { 'package.json': PKG }, 'pip installs from requirements files, and /work/project has none (looked for requirements*.txt).'],
    ['poetry', { 'requirements.txt': '' }, 'Poetry needs pyproject.toml, and /work/project has none.'],
  ])('%s that does not fit the project is an error', (requested, files, message) => {
    expect(() => detectProject(snapshot(files), requested)).toThrow(message);
  });
});

describe('detectProject: yarn 2+ lockfiles', () => {
  it('refuses a yarn.lock written by yarn 2 or later, even without a packageManager field', () => {
    const berry = '# This file is generated by running "yarn install"\n\n__metadata:\n  version: 8\n  cacheKey: 10c0\n';
    expect(() => detectProject(snapshot({ 'package.json': PKG, 'yarn.lock': berry }), 'auto')).toThrow(
      /yarn\.lock in .* was written by yarn 2 or later \(it has __metadata\); only yarn classic \(1\.x\) is supported/,
    );
  });
});
