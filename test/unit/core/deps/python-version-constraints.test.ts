import { pythonVersionSatisfies, versionPrefixMatches } from '../../../../src/core/deps/python-version-constraints.js';

describe('pythonVersionSatisfies: PEP 440 specifiers', () => {
  it.each([
    ['3.11.7', '>=3.9', true],
    ['3.8.18', '>=3.9', false],
    ['3.9.0', '>=3.9', true],
    ['3.12.1', '<3.12', false],
    ['3.11.9', '<3.12', true],
    ['3.12.0', '<=3.12', true],
    ['3.12.1', '<=3.12', false],
    ['3.12.1', '>3.12', true],
    ['3.12.0', '>3.12', false],
    ['3.10.4', '~=3.10', true],
    ['3.13.0', '~=3.10', true],
    ['4.0.0', '~=3.10', false],
    ['3.9.18', '~=3.10', false],
    ['3.10.5', '~=3.10.2', true],
    ['3.11.0', '~=3.10.2', false],
    ['3.11.4', '==3.11.*', true],
    ['3.12.0', '==3.11.*', false],
    ['3.11.0', '==3.11', true],
    ['3.11.4', '==3.11', false],
    ['3.11.4', '==3.11.4', true],
    ['3.11.4', '!=3.11.4', false],
    ['3.11.5', '!=3.11.4', true],
    ['3.11.5', '!=3.11.*', false],
    ['3.12.0', '!=3.11.*', true],
    ['3.11.4', '>=3.9,<4', true],
    ['3.8.10', '>=3.9,<4', false],
    ['3.11.4', '>=3.9, <3.12, !=3.10.*', true],
    ['3.10.2', '>=3.9, <3.12, !=3.10.*', false],
    ['3.12.0', '>=3.9, <3.12, !=3.10.*', false],
    ['3.11.4', '>= 3.9 , < 4', true],
    ['3.11.4', '=== 3.11.4', true],
  ])('%s against %j → %s', (version, constraint, expected) => {
    expect(pythonVersionSatisfies(version, constraint)).toBe(expected);
  });
});

describe('pythonVersionSatisfies: Poetry constraints', () => {
  it.each([
    ['3.10.0', '^3.10', true],
    ['3.13.1', '^3.10', true],
    ['3.9.9', '^3.10', false],
    ['4.0.0', '^3.10', false],
    ['0.3.9', '^0.3', true],
    ['0.4.0', '^0.3', false],
    ['3.10.9', '~3.10', true],
    ['3.11.0', '~3.10', false],
    ['4.0.0', '~3', false],
    ['3.12.0', '~3', true],
    ['3.10.3', '~3.10.2', true],
    ['3.11.0', '~3.10.2', false],
    ['3.11.2', '3.11.*', true],
    ['3.12.2', '3.11.*', false],
    ['3.12.2', '*', true],
    ['3.12.2', '', true],
    ['3.8.0', '>=3.9 || ^4', false],
    ['3.9.1', '>=3.9 || ^4', true],
    ['4.2.0', '>=3.9 || ^4', true],
    ['3.11.0', '>=3.9 <3.12', true],
    ['3.12.0', '>=3.9 <3.12', false],
  ])('%s against %j → %s', (version, constraint, expected) => {
    expect(pythonVersionSatisfies(version, constraint)).toBe(expected);
  });
});

describe('pythonVersionSatisfies: what cannot be read', () => {
  it.each([
    ['3.11.4', '>=three'],
    ['3.11.4', '~=3'],
    ['3.11.4', '>=3.9, <=banana'],
    ['not-a-version', '>=3.9'],
  ])('%s against %j → undefined (unchecked, not guessed)', (version, constraint) => {
    expect(pythonVersionSatisfies(version, constraint)).toBeUndefined();
  });
});

describe('versionPrefixMatches (.python-version, .nvmrc)', () => {
  it.each([
    ['3.11.7', '3.11', true],
    ['3.11.7', '3', true],
    ['3.11.7', '3.11.7', true],
    ['3.11.7', '3.11.6', false],
    ['3.12.0', '3.11', false],
    ['3.1.0', '3.11', false],
    ['20.11.0', 'v20', true],
    ['20.11.0', 'v20.11.0', true],
    ['22.1.0', '20', false],
  ])('%s with %j → %s', (version, wanted, expected) => {
    expect(versionPrefixMatches(version, wanted)).toBe(expected);
  });

  it.each(['pypy3.10', 'system', 'lts/*'])('%j cannot be read as a version prefix', (wanted) => {
    expect(versionPrefixMatches('3.11.7', wanted)).toBeUndefined();
  });
});
