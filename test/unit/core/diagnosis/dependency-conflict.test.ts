import { describe, expect, it } from '@jest/globals';
import { diagnoseFailure } from '../../../../src/core/diagnosis/diagnosis.js';
import { diagnoseFixture, expectEvidenceFromFixture } from '../../support/diagnosis-fixtures.js';

// Dependency conflicts and lockfiles out of sync, from the outputs npm 11, pnpm 10, yarn 1, pip 23 and Poetry 1.3
// printed on this machine (test/fixtures/diagnosis/README.md says how each was made).

const CASES: Array<[file: string, headline: string[], fix: string[]]> = [
  ['npm-eresolve-peer.txt', ['ERESOLVE', 'react-dom@17.0.2 wants peer react@"17.0.2"', 'react@18.3.1 is there', 'react@"18" from the root project'], ['react-dom', '"overrides"', "'npm install'"]],
  ['npm-eresolve-peer-of-peer-color.txt', ['react-dom@18.3.1 wants peer react@"^18.3.1"', 'react@17.0.2 is there', 'react@"17" from the root project'], ['"overrides"']],
  ['npm-eresolve-strict-peer.txt', ['react-dom@17.0.2 wants peer react@"17.0.2"', 'react@18.3.1 is there', 'peer react@"18" from widget@1.0.0'], ['"overrides"']],
  ['npm-ci-out-of-sync.txt', ['package-lock.json is out of sync with package.json', 'is-number@7.0.0 is missing', 'ms@2.1.3 does not satisfy ms@2.1.2'], ["Run 'npm install'", 'commit package-lock.json']],
  ['pnpm-outdated-lockfile.txt', ['pnpm-lock.yaml is not up to date', 'added is-number@^7.0.0', 'removed is-odd@3.0.1', 'ms is 2.1.3 in the lockfile but ^2.1.2 in package.json'], ["Run 'pnpm install'", 'commit pnpm-lock.yaml']],
  ['pnpm-outdated-lockfile-color.txt', ['added is-number@^7.0.0', 'ms is 2.1.3 in the lockfile but ^2.1.2 in package.json'], ["Run 'pnpm install'"]],
  ['pnpm-peer-dep-issues.txt', ['unmet peer', 'react-dom 18.3.1 wants react@^18.3.1, found 17.0.2'], ['peerDependencyRules', 'overrides', "'pnpm install'"]],
  ['yarn-frozen-lockfile.txt', ['yarn.lock is out of date with package.json'], ["Run 'yarn install'", 'commit yarn.lock']],
  ['pip-resolution-impossible.txt', ['ResolutionImpossible', 'charts 1.0.0 depends on shapes>=2', 'legacy-plots 1.0.0 depends on shapes<2'], ['on shapes', 'charts and legacy-plots', 'loosen']],
  ['pip-resolution-impossible-user.txt', ['The user requested shapes>=2', 'legacy-plots 1.0.0 depends on shapes<2'], ['on shapes', 'loosen your own pin']],
  ['poetry-solver.txt', ['legacy-plots (1.0.0) depends on shapes (<2)', 'charts (1.0.0) depends on shapes (>=2)'], ['pyproject.toml', 'on shapes', "'poetry lock'"]],
  ['poetry-solver-verbose.txt', ['legacy-plots (1.0.0) depends on shapes (<2)', 'charts (1.0.0) depends on shapes (>=2)'], ["'poetry lock'"]],
  ['poetry-solver-ansi.txt', ['legacy-plots (1.0.0) depends on shapes (<2)', 'charts (1.0.0) depends on shapes (>=2)'], ["'poetry lock'"]],
  ['poetry-lock-check.txt', ['poetry.lock does not match pyproject.toml'], ["Run 'poetry lock'", 'commit poetry.lock']],
];

describe('dependency conflicts in captured output', () => {
  it.each(CASES)('%s', (name, headline, fix) => {
    const file = `dependency-conflict/${name}`;
    const diagnosis = diagnoseFixture(file);
    expect(diagnosis.kind).toBe('dependency conflict');
    for (const part of headline) expect(diagnosis.headline).toContain(part);
    for (const part of fix) expect(diagnosis.fix).toContain(part);
    expectEvidenceFromFixture(diagnosis, file);
  });

  it.each(['npm-eresolve-peer.txt', 'npm-eresolve-strict-peer.txt', 'pnpm-peer-dep-issues.txt'])('%s: forcing the install comes last, as a last resort', (name) => {
    const { fix } = diagnoseFixture(`dependency-conflict/${name}`);
    const forced = Math.max(fix.indexOf('--legacy-peer-deps'), fix.indexOf('strictPeerDependencies: false'));
    expect(forced).toBeGreaterThan(fix.indexOf('overrides'));
    expect(fix.slice(forced)).toContain('last resort');
    expect(fix).not.toMatch(/^[^.]*(--force|--legacy-peer-deps)/);
  });

  it('quotes the ERESOLVE lines that name who wants what, not the log paths', () => {
    const { evidence } = diagnoseFixture('dependency-conflict/npm-eresolve-peer.txt');
    expect(evidence).toEqual([
      'npm error ERESOLVE unable to resolve dependency tree',
      'npm error While resolving: app@1.0.0',
      'npm error Found: react@18.3.1',
      'npm error   react@"18" from the root project',
      'npm error Could not resolve dependency:',
      'npm error peer react@"17.0.2" from react-dom@17.0.2',
      'npm error   react-dom@"17" from the root project',
    ]);
  });

  it('quotes npm ci\'s Missing and Invalid lines', () => {
    const { evidence } = diagnoseFixture('dependency-conflict/npm-ci-out-of-sync.txt');
    expect(evidence).toContain('npm error Missing: is-number@7.0.0 from lock file');
    expect(evidence).toContain("npm error Invalid: lock file's ms@2.1.3 does not satisfy ms@2.1.2");
  });

  it('names the lockfile the project has', () => {
    const diagnosis = diagnoseFixture('dependency-conflict/npm-ci-out-of-sync.txt', { lockfile: 'npm-shrinkwrap.json' });
    expect(diagnosis.headline).toMatch(/^npm-shrinkwrap\.json is out of sync/);
    expect(diagnosis.fix).toContain('commit npm-shrinkwrap.json');
  });

  it('reads colours and progress redraws away: the coloured captures give the plain ones\' diagnosis', () => {
    expect(diagnoseFixture('dependency-conflict/pnpm-outdated-lockfile-color.txt')).toEqual(diagnoseFixture('dependency-conflict/pnpm-outdated-lockfile.txt'));
    expect(diagnoseFixture('dependency-conflict/poetry-solver-ansi.txt').headline).toBe(diagnoseFixture('dependency-conflict/poetry-solver.txt').headline);
  });

  it("quotes Poetry's solver paragraph once, under SolverProblemError when it is verbose", () => {
    const { evidence } = diagnoseFixture('dependency-conflict/poetry-solver-verbose.txt');
    expect(evidence[0]!.trim()).toBe('SolverProblemError');
    expect(evidence.filter((line) => line.includes('version solving failed.'))).toHaveLength(1);
  });

  // Poetry 1.8 and 2.x say it in other words (src/poetry/installation/installer.py and console/commands/check.py
  // of python-poetry/poetry at f467023); Poetry 2 cannot be installed here (PyPI is out of reach), so this one
  // line is the source's text, not a capture.
  it("recognises newer Poetry's wording of a stale lock (from Poetry 2's source, not captured)", () => {
    const output = 'Installing dependencies from lock file\n\npyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock` to fix the lock file.\n';
    const diagnosis = diagnoseFailure({ stage: 'setup-deps', output });
    expect(diagnosis.kind).toBe('dependency conflict');
    expect(diagnosis.fix).toContain("'poetry lock'");
  });
});
