import { ConfigurationError } from '../../src/core/errors.js';
import { assertNpmLockfileInSync, npmLockfileDifferences } from '../../src/core/npm-lockfile-sync.js';
import { npmLockfile } from './support/snapshot.js';

const MANIFEST = { name: 'app', dependencies: { express: '^4.19.2', 'left-pad': '1.3.0' }, devDependencies: { jest: '^29.7.0' } };

describe('npmLockfileDifferences', () => {
  it.each([
    ['in sync', MANIFEST, npmLockfile({ express: '^4.19.2', 'left-pad': '1.3.0' }, { jest: '^29.7.0' }), []],
    [
      'a dependency missing from the lockfile',
      { ...MANIFEST, dependencies: { ...MANIFEST.dependencies, zod: '^3.23.0' } },
      npmLockfile({ express: '^4.19.2', 'left-pad': '1.3.0' }, { jest: '^29.7.0' }),
      ["'zod' (^3.23.0) is in package.json but not in package-lock.json"],
    ],
    [
      'a changed range',
      { ...MANIFEST, dependencies: { express: '^5.0.0', 'left-pad': '1.3.0' } },
      npmLockfile({ express: '^4.19.2', 'left-pad': '1.3.0' }, { jest: '^29.7.0' }),
      ["'express' is ^5.0.0 in package.json but ^4.19.2 in package-lock.json"],
    ],
    [
      'an extra locked dependency',
      { ...MANIFEST, devDependencies: {} },
      npmLockfile({ express: '^4.19.2', 'left-pad': '1.3.0' }, { jest: '^29.7.0' }),
      ["'jest' is in package-lock.json but no longer in package.json"],
    ],
    [
      'a lockfile v1 (no root entry): left to npm ci',
      { ...MANIFEST, dependencies: { zod: '^3.0.0' } },
      JSON.stringify({ name: 'app', lockfileVersion: 1, dependencies: { express: { version: '4.19.2' } } }),
      [],
    ],
  ])('%s', (_name, manifest, lockfile, expected) => {
    expect(npmLockfileDifferences(manifest, lockfile)).toEqual(expected);
  });

  it('an unreadable lockfile is one difference saying so', () => {
    const [difference, ...rest] = npmLockfileDifferences(MANIFEST, '{ "lockfileVersion": 3, ');
    expect(rest).toEqual([]);
    expect(difference).toMatch(/^package-lock\.json is not valid JSON \(/);
  });
});

describe('assertNpmLockfileInSync', () => {
  it('passes a lockfile in sync', () => {
    expect(() =>
      assertNpmLockfileInSync('/p', MANIFEST, npmLockfile({ express: '^4.19.2', 'left-pad': '1.3.0' }, { jest: '^29.7.0' }), 'package-lock.json'),
    ).not.toThrow();
  });

  it('throws one ConfigurationError listing the differences and the fix', () => {
    const check = () => assertNpmLockfileInSync('/p', { name: 'app', dependencies: { express: '^5.0.0' } }, npmLockfile({ express: '^4.19.2' }), 'package-lock.json');
    expect(check).toThrow(ConfigurationError);
    expect(check).toThrow(
      "package-lock.json in /p is out of sync with package.json: 'express' is ^5.0.0 in package.json but ^4.19.2 in package-lock.json. " +
        "Run 'npm install' locally and commit the updated package-lock.json.",
    );
  });

  it('lists ten differences and counts the rest', () => {
    const dependencies = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`dep-${String(i).padStart(2, '0')}`, '^1.0.0']));
    let message = '';
    try {
      assertNpmLockfileInSync('/p', { dependencies }, npmLockfile({}), 'package-lock.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("'dep-09' (^1.0.0)");
    expect(message).not.toContain("'dep-10'");
    expect(message).toContain('; and 3 more.');
  });

  it('names npm-shrinkwrap.json throughout when that is the lockfile', () => {
    const check = () => assertNpmLockfileInSync('/p', { dependencies: { zod: '^3.0.0' } }, npmLockfile({}), 'npm-shrinkwrap.json');
    expect(check).toThrow("npm-shrinkwrap.json in /p is out of sync with package.json: 'zod' (^3.0.0) is in package.json but not in npm-shrinkwrap.json.");
  });
});
