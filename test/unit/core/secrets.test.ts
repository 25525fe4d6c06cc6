import { secretValues } from '../../../src/core/secrets.js';

describe('secretValues', () => {
  it.each<[string, Record<string, string | undefined>, string[]]>([
    ['a token by its name', { NODE_AUTH_TOKEN: 'npm_abcdef123' }, ['npm_abcdef123']],
    ['names in any case', { github_token: 'ghs_lowercase' }, ['ghs_lowercase']],
    ['a password, a secret and an API key', { DB_PASSWORD: 'hunter22', APP_SECRET: 's3cr3t!', OPENAI_API_KEY: 'sk-xyz1' }, ['hunter22', 's3cr3t!', 'sk-xyz1']],
    ['a password inside an index URL', { PIP_INDEX_URL: 'https://__token__:pypi-AgEIcHlwaS5vcmc@upload.pypi.org/simple/' }, ['pypi-AgEIcHlwaS5vcmc']],
    ['a user and password inside a TOKEN-named URL', { REGISTRY_TOKEN_URL: 'https://deploy-bot:pass1234@npm.example.com/' }, ['https://deploy-bot:pass1234@npm.example.com/', 'pass1234', 'deploy-bot']],
    ['only the password inside another URL', { DATABASE_URL: 'postgres://admin:longpassword@db/app' }, ['longpassword']],
    ['nothing under four characters', { NPM_TOKEN: 'abc', DATABASE_URL: 'postgres://u:pw@db/app' }, []],
    ['no value', { NPM_TOKEN: undefined }, []],
    ['ordinary variables', { PATH: '/usr/bin:/bin', HOME: '/home/runner', CI: 'true' }, []],
    ['the runner flags that are not secrets', { ACTIONS_RUNTIME_TOKEN_PRESENT: 'true', GITHUB_TOKEN_PERMISSIONS: 'contents:read' }, []],
    ['the same value once', { A_TOKEN: 'same-value', B_TOKEN: 'same-value' }, ['same-value']],
  ])('%s', (_name, env, expected) => {
    expect(secretValues(env).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['GIT_AUTHOR_NAME', 'github-actions[bot]'],
    ['GIT_AUTHOR_EMAIL', 'dev@example.com'],
    ['CERT_AUTHORITY', '/etc/ssl/ca.pem'],
  ])('does not take %s for a secret (AUTH inside another word)', (name, value) => {
    expect(secretValues({ [name]: value })).toEqual([]);
  });

  it.each(['NPM_AUTH_TOKEN', 'AUTH', 'OAUTH_CLIENT', 'BASIC_AUTH', 'HTTP_AUTHORIZATION', 'AUTHORIZATION_HEADER'])('takes %s for a secret', (name) => {
    expect(secretValues({ [name]: 'value-1234' })).toEqual(['value-1234']);
  });
});
