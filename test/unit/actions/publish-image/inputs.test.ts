import { readPublishImageInputs, secretInputs, PUBLISH_IMAGE_INPUTS } from '../../../../src/actions/publish-image/inputs.js';
import { isConfigurationError } from '../../../../src/core/errors.js';

function reader(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

function outcome(values: Record<string, string>): string {
  try {
    readPublishImageInputs(reader(values));
    return 'accepted';
  } catch (error) {
    if (!isConfigurationError(error)) throw error; // a bug, not a named refusal
    return (error as Error).message;
  }
}

it('takes the defaults when every input is empty', () => {
  expect(readPublishImageInputs(reader({}))).toEqual({
    workingDirectory: '.', context: '.', file: 'Dockerfile', image: undefined, registry: undefined, username: undefined, password: undefined,
    version: undefined, latest: 'auto', tags: [], buildArgs: [], secrets: [], target: undefined, push: true, cache: true, cacheVersion: '', scan: 'auto',
    severityThreshold: 'high', maxSizeBytes: undefined, timeoutMinutes: 30,
  });
});

const HOSTILE = ['   ', 'x'.repeat(10_240), 'a\nb', '$(touch /tmp/pwned)', '`id`; rm -rf /', '../..', '../../etc/passwd', 'ünïcödé', '日本語', '-rf', '\0'];

describe.each(PUBLISH_IMAGE_INPUTS.filter((name) => name !== 'password'))('hostile values of %s', (name) => {
  it.each(HOSTILE)('%j is accepted or refused with an error naming the input', (value) => {
    const result = outcome({ [name]: value, ...(name === 'username' ? { password: 'p' } : {}) });
    if (result !== 'accepted') expect(result).toMatch(new RegExp(`Input(s)? '${name}'|'${name}'`));
  });
});

it.each([
  ['context', '../outside', /Input 'context' must be a path inside the working directory/],
  ['file', '/etc/passwd', /Input 'file' must be a path inside the working directory/],
  ['image', 'Has Spaces', /Input 'image' must be a repository name/],
  ['registry', 'https://ghcr.io', /Input 'registry' must be a registry host/],
  ['target', 'stage; rm', /Input 'target' must be a stage name/],
  ['push', 'yes', /Input 'push' must be true or false \(got 'yes'\)/],
  ['scan', 'snyk', /Input 'scan' must be one of auto, trivy, grype, none \(got 'snyk'\)/],
  ['severity-threshold', 'unknown', /Input 'severity-threshold' must be one of low, medium, high, critical/],
  ['max-size', 'big', /Input 'max-size' must be a size/],
  ['build-args', 'JUST_A_NAME', /Input 'build-args' takes one NAME=value per line/],
])('%s=%j is refused: %s', (name, value, message) => {
  expect(outcome({ [name]: value })).toMatch(message);
});

it('wants username and password together when a registry is given', () => {
  expect(outcome({ registry: 'ghcr.io/o', username: 'u' })).toMatch(/Inputs 'username' and 'password' go together/);
  expect(outcome({ registry: 'ghcr.io/o', username: 'u', password: 'p' })).toBe('accepted');
});

it('masks the password (as given and trimmed) and every secrets value, and nothing else', () => {
  expect(secretInputs(reader({ password: ' pw-value\n', secrets: 'NPM_TOKEN=abc=def\nEMPTY=\nGH=ghp_x' })).sort()).toEqual([' pw-value', ' pw-value\n', 'abc=def', 'ghp_x', 'pw-value'].sort());
  expect(secretInputs(reader({ username: 'u', image: 'x' }))).toEqual([]);
});
