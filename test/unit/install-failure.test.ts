import { installFailureHint } from '../../src/core/install-failure.js';

// Outputs as the package managers print them (npm 11 and pip 24 captured on this machine; pnpm, yarn and
// Poetry from their own error texts).
const NPM_OUT_OF_SYNC = [
  'npm error code EUSAGE',
  'npm error',
  'npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.',
  'npm error',
  "npm error Invalid: lock file's is-number@7.0.0 does not satisfy is-number@6.0.0",
  'npm error Missing: is-odd@3.0.1 from lock file',
].join('\n');
const PIP_UNREACHABLE = [
  'Looking in indexes: http://127.0.0.1:9/simple',
  "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPConnection object at 0x7f02758b6010>: Failed to establish a new connection: [Errno 111] Connection refused')': /simple/requests/",
  'ERROR: Could not find a version that satisfies the requirement requests==2.31.0 (from versions: none)',
  'ERROR: No matching distribution found for requests==2.31.0',
].join('\n');

describe('installFailureHint', () => {
  it.each([
    ['npm, lockfile out of sync', 'npm', NPM_OUT_OF_SYNC, "The lockfile is out of sync with package.json: run 'npm install' locally and commit package-lock.json."],
    ['pnpm, outdated lockfile', 'pnpm', ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with package.json', "pnpm-lock.yaml is out of date with package.json: run 'pnpm install' locally and commit pnpm-lock.yaml."],
    ['yarn, outdated lockfile', 'yarn', 'error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.', "yarn.lock is out of date with package.json: run 'yarn install' locally and commit yarn.lock."],
    ['npm, registry unreachable', 'npm', 'npm error code ENOTFOUND\nnpm error network request to https://registry.npmjs.org/ms failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org', expect.stringMatching(/^The package registry could not be reached/)],
    ['pip, index unreachable (not a lockfile problem)', 'pip', PIP_UNREACHABLE, expect.stringMatching(/^The package index could not be reached/)],
    ['pip, no such version', 'pip', 'ERROR: Could not find a version that satisfies the requirement flask==99 (from versions: 3.0.0)\nERROR: No matching distribution found for flask==99', expect.stringMatching(/^pip found no version that satisfies a requirement/)],
    ['poetry, lock out of date', 'poetry', 'pyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock` to fix the lock file.', "poetry.lock does not match pyproject.toml: run 'poetry lock' locally and commit poetry.lock."],
  ] as const)('%s', (_name, manager, output, hint) => {
    expect(installFailureHint(manager, output)).toEqual(hint);
  });

  it.each([
    ['a build script that failed', 'npm', 'npm error code 1\nnpm error path /w/app/node_modules/sharp\nnpm error command failed'],
    ['a pip output that names no cause it knows', 'pip', 'error: subprocess-exited-with-error\n  × python setup.py egg_info did not run successfully.'],
    ["npm's words under another package manager", 'pip', NPM_OUT_OF_SYNC],
  ] as const)('no hint for a cause it does not recognise: %s', (_name, manager, output) => {
    expect(installFailureHint(manager, output)).toBeUndefined();
  });

  it('names the lockfile the project has', () => {
    expect(installFailureHint('npm', NPM_OUT_OF_SYNC, 'npm-shrinkwrap.json')).toContain('commit npm-shrinkwrap.json');
  });
});
