import { ConfigurationError } from '../../../../src/core/errors.js';
import { checkRuntime, runtimeDeclarations, type RuntimeDeclaration } from '../../../../src/core/deps/runtime-requirements.js';
import { packageJson, snapshot } from '../../support/snapshot.js';

describe('runtimeDeclarations', () => {
  it('reads engines.node, .nvmrc and .node-version for a Node project', () => {
    const files = {
      'package.json': packageJson({ name: 'app', engines: { node: '>=20 <23' } }),
      '.nvmrc': '# the team version\n\nv20.11.0\n',
      '.node-version': '20\n',
    };
    expect(runtimeDeclarations(snapshot(files), 'node')).toEqual([
      { source: 'package.json engines.node', constraint: '>=20 <23', kind: 'range' },
      { source: '.nvmrc', constraint: 'v20.11.0', kind: 'prefix' },
      { source: '.node-version', constraint: '20', kind: 'prefix' },
    ]);
  });

  it('reads requires-python, Poetry python and every .python-version line for a Python project', () => {
    const pyproject = '[project]\nname = "svc"\nrequires-python = ">=3.10"\n\n[tool.poetry.dependencies]\npython = "^3.10"\n';
    const files = { 'pyproject.toml': pyproject, '.python-version': '3.12\n# fallback\n3.11.9\n\n' };
    expect(runtimeDeclarations(snapshot(files), 'python')).toEqual([
      { source: 'pyproject.toml requires-python', constraint: '>=3.10', kind: 'range' },
      { source: 'pyproject.toml [tool.poetry.dependencies] python', constraint: '^3.10', kind: 'range' },
      { source: '.python-version', constraint: '3.12 || 3.11.9', kind: 'prefix' },
    ]);
  });

  it('finds nothing where nothing is declared', () => {
    expect(runtimeDeclarations(snapshot({ 'package.json': packageJson(), '.nvmrc': '\n# only a comment\n' }), 'node')).toEqual([]);
    expect(runtimeDeclarations(snapshot({ 'requirements.txt': 'flask\n' }), 'python')).toEqual([]);
  });
});

function node(source: string, constraint: string): RuntimeDeclaration {
  return { source, constraint, kind: source.startsWith('package.json') ? 'range' : 'prefix' };
}

describe('checkRuntime: Node.js', () => {
  it.each([
    ['20.11.0', node('package.json engines.node', '>=20')],
    ['20.11.0', node('package.json engines.node', '^18.17 || ^20.9')],
    ['22.3.0', node('package.json engines.node', '>=20 <23')],
    ['20.11.0', node('package.json engines.node', '20.x')],
    ['20.11.0', node('.nvmrc', '20')],
    ['20.11.0', node('.nvmrc', 'v20')],
    ['20.11.0', node('.nvmrc', 'v20.11.0')],
    ['20.11.0', node('.nvmrc', '20.11')],
    ['20.11.0', node('.node-version', '>=18')],
    ['24.0.0-nightly20250101a1b2c3d4', node('package.json engines.node', '>=20')],
  ])('%s satisfies %j', (version, declaration) => {
    expect(checkRuntime('node', version, [declaration])).toEqual({ declarations: [declaration], unchecked: [] });
  });

  it.each([
    ['lts/*'],
    ['lts/iron'],
    ['node'],
    ['latest'],
  ])('.nvmrc %j is left unchecked, with why', (constraint) => {
    const declaration = node('.nvmrc', constraint);
    expect(checkRuntime('node', '20.11.0', [declaration]).unchecked).toEqual([`.nvmrc ('${constraint}') cannot be checked against 20.11.0`]);
  });

  it.each([
    [
      '18.19.0',
      node('package.json engines.node', '>=20'),
      "Node.js 18.19.0 is on PATH, but package.json engines.node requires '>=20'. " +
        "Add actions/setup-node before this step with 'node-version-file: package.json' (or a node-version that satisfies '>=20').",
    ],
    [
      '22.1.0',
      node('.nvmrc', '20'),
      "Node.js 22.1.0 is on PATH, but .nvmrc requires '20'. Add actions/setup-node before this step with 'node-version-file: .nvmrc' (or a node-version that satisfies '20').",
    ],
    [
      '20.10.0',
      node('.nvmrc', 'v20.11.0'),
      "Node.js 20.10.0 is on PATH, but .nvmrc requires 'v20.11.0'. Add actions/setup-node before this step with 'node-version-file: .nvmrc'",
    ],
    [
      '18.0.0',
      node('.node-version', '20'),
      "with 'node-version-file: .node-version'",
    ],
  ])('%s against %j is a ConfigurationError saying what was found, what is required and how to fix it', (version, declaration, message) => {
    expect(() => checkRuntime('node', version, [declaration])).toThrow(ConfigurationError);
    expect(() => checkRuntime('node', version, [declaration])).toThrow(message);
  });
});

describe('checkRuntime: Python', () => {
  const requires = (constraint: string): RuntimeDeclaration => ({ source: 'pyproject.toml requires-python', constraint, kind: 'range' });
  const poetry = (constraint: string): RuntimeDeclaration => ({ source: 'pyproject.toml [tool.poetry.dependencies] python', constraint, kind: 'range' });
  const pinned = (constraint: string): RuntimeDeclaration => ({ source: '.python-version', constraint, kind: 'prefix' });

  it.each([
    ['3.12.3', requires('>=3.10,<3.13')],
    ['3.12.3', poetry('^3.10')],
    ['3.12.3', pinned('3.12')],
    ['3.11.9', pinned('3.12 || 3.11')],
    ['3.12.3', pinned('pypy3.10 || 3.12')],
  ])('%s satisfies %j', (version, declaration) => {
    expect(checkRuntime('python', version, [declaration]).unchecked).toEqual([]);
  });

  it.each([
    ['3.12.3', pinned('pypy3.10'), ".python-version ('pypy3.10') cannot be checked against 3.12.3"],
    ['3.12.3', requires('>=3.10,<=x'), "pyproject.toml requires-python ('>=3.10,<=x') cannot be checked against 3.12.3"],
  ])('%s against %j is unchecked', (version, declaration, note) => {
    expect(checkRuntime('python', version, [declaration]).unchecked).toEqual([note]);
  });

  it.each([
    [
      '3.9.18',
      requires('>=3.10'),
      "Python 3.9.18 is on PATH, but pyproject.toml requires-python requires '>=3.10'. " +
        "Add actions/setup-python before this step with 'python-version-file: pyproject.toml' (or a python-version that satisfies '>=3.10').",
    ],
    [
      '3.12.3',
      poetry('~3.11'),
      "Python 3.12.3 is on PATH, but pyproject.toml [tool.poetry.dependencies] python requires '~3.11'. Add actions/setup-python before this step with 'python-version-file: pyproject.toml'",
    ],
    [
      '3.12.3',
      pinned('3.11 || 3.10'),
      "Python 3.12.3 is on PATH, but .python-version requires '3.11 || 3.10'. Add actions/setup-python before this step with 'python-version-file: .python-version'",
    ],
  ])('%s against %j is a ConfigurationError naming actions/setup-python and the version file', (version, declaration, message) => {
    expect(() => checkRuntime('python', version, [declaration])).toThrow(message);
  });

  it('checks every declaration and stops at the first one that fails', () => {
    const declarations = [pinned('pypy3.10'), requires('>=3.10'), poetry('^3.13')];
    expect(() => checkRuntime('python', '3.12.3', declarations)).toThrow("requires '^3.13'");
  });
});
