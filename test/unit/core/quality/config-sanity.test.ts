import { configFindings } from '../../../../src/core/quality/config-sanity.js';
import { npmLockfile, packageJson, snapshot } from '../../support/snapshot.js';

const locate = (file: string): string => `app/${file}`;
const lines = (files: Record<string, string>): string[] =>
  configFindings(snapshot(files), locate).map((finding) => `${finding.file}: ${finding.rule}: ${finding.message.replace('/work/project', '.')}`);

describe('configFindings', () => {
  it.each([
    ['a consistent npm project', { 'package.json': packageJson({ name: 'app', version: '1.0.0', engines: { node: '>=20' }, dependencies: { a: '1.0.0' } }), 'package-lock.json': npmLockfile({ a: '1.0.0' }), '.nvmrc': '20\n' }, []],
    [
      'packageManager naming one manager beside another one\'s lockfile',
      { 'package.json': packageJson({ name: 'app', packageManager: 'pnpm@10.34.9' }), 'pnpm-lock.yaml': '', 'package-lock.json': npmLockfile({}) },
      ["app/package.json: package-manager-consistent: packageManager names pnpm, but package-lock.json (npm's lockfile) is present: delete it, or change packageManager"],
    ],
    ['package.json that does not parse', { 'package.json': '{ "name": ' }, [expect.stringMatching(/^app\/package.json: manifest-parses: package.json in \. is not valid JSON/)]],
    [
      'a lockfile out of step with package.json',
      { 'package.json': packageJson({ name: 'app', version: '1.0.0', dependencies: { a: '1.0.0', b: '2.0.0' } }), 'package-lock.json': npmLockfile({ a: '1.0.0' }) },
      [expect.stringMatching(/^app\/package-lock.json: lockfile-matches: .*'b'.*run 'npm install' and commit package-lock.json$/)],
    ],
    [
      '.nvmrc outside engines.node',
      { 'package.json': packageJson({ name: 'app', engines: { node: '>=20' } }), '.nvmrc': '18\n' },
      ['app/.nvmrc: runtime-consistent: .nvmrc (18) does not agree with package.json engines.node (>=20)'],
    ],
    [
      '.python-version outside requires-python',
      { 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.9"\n', '.python-version': '3.8\n' },
      ['app/.python-version: runtime-consistent: .python-version pins Python 3.8, which pyproject.toml requires-python (>=3.9) does not allow'],
    ],
    ['pyproject.toml that does not parse', { 'pyproject.toml': '[project\nname = 1' }, [expect.stringMatching(/^app\/pyproject.toml: manifest-parses: pyproject.toml in \. is not valid TOML/)]],
  ])('%s', (_name, files, expected) => expect(lines(files)).toEqual(expected));
});
