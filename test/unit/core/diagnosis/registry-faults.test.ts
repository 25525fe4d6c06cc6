import { describe, expect, it } from '@jest/globals';
import { diagnoseFixture, expectEvidenceFromFixture, fixtureText } from '../../support/diagnosis-fixtures.js';
import { diagnoseFailure } from '../../../../src/core/diagnosis/diagnosis.js';

// Registries out of reach and credentials refused (npm 11, pnpm 10, yarn 1, node-gyp 12, pip 23, Poetry 1.3 against
// closed ports, an unresolvable name, verdaccio and a 401 index on 127.0.0.1).

const UNREACHABLE: Array<[string, string[], string]> = [
  ['npm-econnrefused.txt', ['The registry could not be reached', 'http://127.0.0.1:9/ms', 'ECONNREFUSED'], '.npmrc'],
  ['npm-enotfound.txt', ['http://registry.invalid/ms', 'getaddrinfo ENOTFOUND registry.invalid'], '.npmrc'],
  ['pnpm-econnrefused.txt', ['http://127.0.0.1:9/ms', 'ECONNREFUSED'], '.npmrc'],
  ['yarn-econnrefused.txt', ['ECONNREFUSED 127.0.0.1:9'], '.npmrc'],
  ['npm-node-gyp-headers.txt', ["node-gyp could not download Node's headers", 'node-v20.20.2-headers.tar.gz', 'ECONNREFUSED'], 'npm_config_nodedir'],
  ['pip-connection-refused.txt', ['The package index could not be reached', 'http://127.0.0.1:9/simple/', 'Connection refused'], 'PIP_INDEX_URL'],
  ['pip-extra-index-unreachable.txt', ['The package index could not be reached: http://127.0.0.1:9/api/pypi/private/simple/ (Failed to establish'], 'PIP_INDEX_URL'],
  ['pip-extra-index-unreachable-same-path.txt', ['one of http://127.0.0.1:', 'http://127.0.0.1:9/simple/ (pip names only the path it retried, /simple/charts/)'], 'PIP_INDEX_URL'],
  ['poetry-connection-refused.txt', ['127.0.0.1:9/simple/charts/', 'Connection refused'], 'Poetry sources'],
];

const REFUSED: Array<[string, string[], string]> = [
  ['npm-e401.txt', ['refused the credentials', 'E401'], 'NODE_AUTH_TOKEN'],
  ['npm-e403.txt', ['E403', 'user developer is not allowed to access package ms'], 'NODE_AUTH_TOKEN'],
  ['pnpm-401.txt', ['/ms', 'Unauthorized - 401'], 'NODE_AUTH_TOKEN'],
  ['yarn-401.txt', ['authorization required to access package ms'], 'NODE_AUTH_TOKEN'],
  ['pip-401-prompt.txt', ['package index refused the credentials', 'pip asked for a user and password'], 'PIP_INDEX_URL'],
  ['pip-401-wheel-url.txt', ['charts-1.0.0-py3-none-any.whl', 'HTTP 401'], 'PIP_INDEX_URL'],
  ['poetry-401.txt', ['/simple/charts/', 'authorization error'], 'POETRY_HTTP_BASIC_'],
];

describe('registries out of reach', () => {
  it.each(UNREACHABLE)('%s', (name, headline, fix) => {
    const file = `registry-unreachable/${name}`;
    const diagnosis = diagnoseFixture(file);
    expect(diagnosis.kind).toBe('registry unreachable');
    for (const part of headline) expect(diagnosis.headline).toContain(part);
    expect(diagnosis.fix).toContain(fix);
    expectEvidenceFromFixture(diagnosis, file);
  });
});

describe('which of several indexes could not be reached', () => {
  it('names only the index pip retried, not the local one that answered', () => {
    const file = 'registry-unreachable/pip-extra-index-unreachable.txt';
    const local = /^Looking in indexes: (\S+),/m.exec(fixtureText(file))![1]!;
    const { headline } = diagnoseFixture(file);
    expect(headline).toContain('http://127.0.0.1:9/api/pypi/private/simple/');
    expect(headline).not.toContain(local);
  });

  it('says it cannot tell when the indexes share the retried path, rather than picking one', () => {
    const { headline } = diagnoseFixture('registry-unreachable/pip-extra-index-unreachable-same-path.txt');
    expect(headline).toMatch(/: one of http:\/\/127\.0\.0\.1:\d+\/simple\/, http:\/\/127\.0\.0\.1:9\/simple\/ \(pip names only the path it retried/);
  });
});

describe('credentials refused', () => {
  it.each(REFUSED)('%s', (name, headline, fix) => {
    const file = `credentials-refused/${name}`;
    const diagnosis = diagnoseFixture(file);
    expect(diagnosis.kind).toBe('credentials refused');
    for (const part of headline) expect(diagnosis.headline).toContain(part);
    expect(diagnosis.fix).toContain(fix);
    expectEvidenceFromFixture(diagnosis, file);
  });

  it("takes Poetry's authorization error before its solver's \"doesn't match any versions\" that follows it", () => {
    expect(fixtureText('credentials-refused/poetry-401.txt')).toContain('version solving failed');
    expect(diagnoseFixture('credentials-refused/poetry-401.txt').kind).toBe('credentials refused');
  });
});

describe('network and authentication lines of a test stage', () => {
  it('a test whose API is down is not a registry fault, whatever its output holds', () => {
    const output = fixtureText('test-failure/cli-node-econnrefused.txt');
    expect(output).toContain('ECONNREFUSED');
    expect(diagnoseFailure({ stage: 'test', output }).kind).not.toBe('registry unreachable');
  });

  it.each(['registry-unreachable/npm-econnrefused.txt', 'credentials-refused/npm-e401.txt'])('%s read as the test stage is not claimed', (file) => {
    expect(diagnoseFixture(file, { stage: 'test' }).kind).toBe('unknown');
  });
});
