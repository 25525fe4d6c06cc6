import { ConfigurationError } from '../../../../src/core/errors.js';
import { assertNpmLockfileInSync, npmLockfileDifferences } from '../../../../src/core/deps/npm-lockfile-sync.js';
import { npmLockfile } from '../../support/snapshot.js';

/** A lockfile whose root entry records `recorded` and whose packages hold `locked` (a version, or an entry). */
function lockfileWith(recorded: Record<string, string>, locked: Record<string, string | Record<string, unknown>>): string {
  const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0', dependencies: recorded } };
  for (const [name, entry] of Object.entries(locked)) packages[`node_modules/${name}`] = typeof entry === 'string' ? { version: entry } : entry;
  return JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages });
}

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
      'a range the locked version does not satisfy',
      { ...MANIFEST, dependencies: { express: '^5.0.0', 'left-pad': '1.3.0' } },
      npmLockfile({ express: '^4.19.2', 'left-pad': '1.3.0' }, { jest: '^29.7.0' }),
      ["'express' is ^5.0.0 in package.json, but package-lock.json holds 4.19.2"],
    ],
    [
      // npm ci accepts it: the root entry's recorded range is not compared, the locked version satisfies the pin.
      'an exact pin the locked version satisfies, while the root entry still records the old range',
      { name: 'app', dependencies: { zod: '3.25.76' } },
      lockfileWith({ zod: '^3.24.1' }, { zod: '3.25.76' }),
      [],
    ],
    [
      'a pinned version other than the locked one',
      { name: 'app', dependencies: { zod: '3.25.76' } },
      lockfileWith({ zod: '^3.24.1' }, { zod: '3.24.1' }),
      ["'zod' is 3.25.76 in package.json, but package-lock.json holds 3.24.1"],
    ],
    [
      // npm ci prunes it and passes.
      'a dependency package.json dropped that the lockfile still holds',
      { ...MANIFEST, devDependencies: {} },
      npmLockfile({ express: '^4.19.2', 'left-pad': '1.3.0' }, { jest: '^29.7.0' }),
      [],
    ],
    [
      'a dependency moved from dependencies to devDependencies',
      { name: 'app', devDependencies: { zod: '^3.24.1' } },
      lockfileWith({ zod: '^3.24.1' }, { zod: '3.25.76' }),
      [],
    ],
    [
      'specs npm resolves by other means than a range (alias, git, file, tag, workspace link) are left to npm',
      { name: 'app', dependencies: { lodash: 'npm:lodash-es@^4.17.0', lib: 'github:me/lib#v1', local: 'file:../local', next: 'latest', member: '*' } },
      lockfileWith({}, { lodash: '4.17.21', lib: '1.0.0', local: '0.1.0', next: '15.0.0', member: { version: '1.0.0', link: true } }),
      [],
    ],
    [
      'an optional dependency npm left out of the lockfile is not required',
      { name: 'app', optionalDependencies: { fsevents: '^2.3.0' } },
      lockfileWith({}, {}),
      [],
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
      "package-lock.json in /p is out of sync with package.json: 'express' is ^5.0.0 in package.json, but package-lock.json holds 4.19.2. " +
        "Run 'npm install' locally and commit the updated package-lock.json ('npm ci' refuses it as it is).",
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
