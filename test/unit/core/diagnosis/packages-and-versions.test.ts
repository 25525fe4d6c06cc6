import { describe, expect, it } from '@jest/globals';
import { diagnoseFixture, expectEvidenceFromFixture, fixtureText } from '../../support/diagnosis-fixtures.js';

// A package or version the registry does not have, and a tool of the wrong version, from what npm 11, pnpm 10,
// yarn 1, pip 23 and Poetry 1.3 printed on this machine (npm's public registry; pip and Poetry against a local
// index or a folder of wheels: test/fixtures/diagnosis/README.md says how each was made).

const NOT_FOUND: Array<[file: string, headline: string[], fix: string[]]> = [
  ['npm-e404.txt', ['The package nonexistent-pkg-xyz-123@^1.0.0 was not found', 'https://registry.npmjs.org/nonexistent-pkg-xyz-123', 'npm E404'], ['package.json', "'npm view nonexistent-pkg-xyz-123 versions'", '.npmrc', 'NODE_AUTH_TOKEN']],
  ['npm-ci-e404.txt', ['The package nonexistent-pkg-xyz-123@2.1.3 was not found at https://registry.npmjs.org/nonexistent-pkg-xyz-123 (npm E404)'], ['NODE_AUTH_TOKEN']],
  ['npm-etarget.txt', ['No version of ms matching ^9.0.0', 'npm ETARGET'], ["'npm view ms versions'", '.npmrc']],
  ['pnpm-fetch-404.txt', ['The package nonexistent-pkg-xyz-123 was not found', 'https://registry.npmjs.org/nonexistent-pkg-xyz-123', 'ERR_PNPM_FETCH_404'], ["'pnpm view nonexistent-pkg-xyz-123 versions'", 'NODE_AUTH_TOKEN']],
  ['pnpm-no-matching-version.txt', ['No version of ms matching ^9.0.0', 'https://registry.npmjs.org/', 'latest 2.1.3', 'ERR_PNPM_NO_MATCHING_VERSION'], ["'pnpm view ms versions'"]],
  ['yarn-no-such-package.txt', ['The package nonexistent-pkg-xyz-123 was not found on the "npm" registry'], ["'yarn info nonexistent-pkg-xyz-123 versions'", '.npmrc']],
  ['yarn-no-matching-version.txt', ['No version of ms matching ^9.0.0'], ["'yarn info ms versions'"]],
  ['pip-no-such-package.txt', ['pip found no version at all of nonexistent-pkg-xyz-123 on http://127.0.0.1:', '(from versions: none)'], ['PIP_INDEX_URL', '-v']],
  ['pip-find-links-no-such-package.txt', ['no version at all of nonexistent-pkg-xyz-123 on /tmp/capture/python-package-sources/wheels'], ['--find-links']],
  ['pip-no-matching-version.txt', ['No version of shapes satisfies shapes>=3', 'it has 1.0.0, 2.0.0'], ['requirements, pyproject.toml']],
  ['pip-401-hidden-no-input.txt', ['no version at all of charts'], ['credentials', '-v']],
  ['poetry-no-such-package.txt', ['No version of nonexistent-pkg-xyz-123 matching ^1.0.0 was found (Poetry)'], ['pyproject.toml', '[[tool.poetry.source]]']],
  ['poetry-no-matching-version.txt', ['No version of shapes matching ^3.0 was found (Poetry)'], ['pyproject.toml']],
];

const TOOL_VERSION: Array<[file: string, headline: string[], fix: string[]]> = [
  ['npm-ebadengine.txt', ['app@1.0.0 requires {"node":">=99"} (engines)', 'this is {"node":"v20.20.2","npm":"11.19.1"}', 'EBADENGINE'], ['actions/setup-node', 'engine-strict']],
  ['npm-ebadengine-npm.txt', ['requires {"npm":">=99"}', 'EBADENGINE'], ['engines']],
  ['pnpm-unsupported-engine.txt', ['wants Node >=99', 'this is v20.20.2', 'ERR_PNPM_UNSUPPORTED_ENGINE'], ['actions/setup-node']],
  ['yarn-engine-incompatible.txt', ['app@1.0.0 wants node >=99, and this is 20.20.2'], ['actions/setup-node', '--ignore-engines']],
  ['pnpm-bad-pm-version.txt', ['pins pnpm 9.15.0, and this is pnpm 10.34.9'], ['Install pnpm 9.15.0']],
  ['pnpm-other-pm-expected.txt', ['packageManager names yarn'], ['Install with yarn']],
  ['poetry-lock-version.txt', ['poetry.lock was written by a newer Poetry'], ["'poetry lock'"]],
  ['pip-requires-python-index.txt', ['no version of future-only for this Python', '1.0.0 Requires-Python >=3.99'], ['actions/setup-python']],
  ['pip-requires-python-wheel.txt', ['future-only requires Python >=3.99, and this is Python 3.11.2'], ['actions/setup-python']],
];

describe('a package or version the registry does not have', () => {
  it.each(NOT_FOUND)('%s', (name, headline, fix) => {
    const file = `package-not-found/${name}`;
    const diagnosis = diagnoseFixture(file);
    expect(diagnosis.kind).toBe('package not found');
    for (const part of headline) expect(diagnosis.headline).toContain(part);
    for (const part of fix) expect(diagnosis.fix).toContain(part);
    expectEvidenceFromFixture(diagnosis, file);
  });

  it("quotes npm's E404 lines that name the request and the package, not its notes", () => {
    expect(diagnoseFixture('package-not-found/npm-e404.txt').evidence).toEqual([
      'npm error code E404',
      'npm error 404 Not Found - GET https://registry.npmjs.org/nonexistent-pkg-xyz-123',
      "npm error 404  The requested resource 'nonexistent-pkg-xyz-123@^1.0.0' could not be found or you do not have permission to access it.",
    ]);
  });

  it('is not claimed in the test stage (a test of a registry client prints 404s too)', () => {
    expect(diagnoseFixture('package-not-found/npm-e404.txt', { stage: 'test' }).kind).toBe('unknown');
  });
});

describe('a tool of the wrong version', () => {
  it.each(TOOL_VERSION)('%s', (name, headline, fix) => {
    const file = `tool-version/${name}`;
    const diagnosis = diagnoseFixture(file);
    expect(diagnosis.kind).toBe('tool version');
    for (const part of headline) expect(diagnosis.headline).toContain(part);
    for (const part of fix) expect(diagnosis.fix).toContain(part);
    expectEvidenceFromFixture(diagnosis, file);
  });

  it("takes pip's Requires-Python skip before the \"from versions: none\" that follows it", () => {
    expect(fixtureText('tool-version/pip-requires-python-index.txt')).toContain('(from versions: none)');
    expect(diagnoseFixture('tool-version/pip-requires-python-index.txt').evidence).toEqual([
      'ERROR: Ignored the following versions that require a different python version: 1.0.0 Requires-Python >=3.99',
      'ERROR: Could not find a version that satisfies the requirement future-only (from versions: none)',
    ]);
  });
});
