import { readBuildInputs } from '../../../../src/actions/build/inputs.js';

const read = (inputs: Record<string, string>) => readBuildInputs((name) => inputs[name] ?? '');

describe('readBuildInputs', () => {
  it('takes the defaults for empty and whitespace-only values', () => {
    for (const blank of ['', '   ', '\n']) {
      const all = Object.fromEntries(['working-directory', 'build-script', 'package', 'artifacts-directory', 'max-size', 'max-size-increase', 'fail-on-size', 'cache', 'cache-version', 'max-parallel', 'timeout-minutes', 'publish', 'registry-token', 'repository-url'].map((name) => [name, blank]));
      expect(read(all)).toEqual({
        workingDirectory: '.', buildScript: 'build', buildScriptExplicit: false, package: 'auto', artifactsDirectory: 'dist-artifacts',
        maxSize: undefined, maxSizeIncrease: 25, failOnSize: false, cache: true, cacheVersion: '', maxParallel: undefined,
        publish: 'none', registryToken: '', repositoryUrl: '', timeoutMinutes: 30,
      });
    }
  });

  it('reads given values', () => {
    expect(read({ 'build-script': 'compile:prod', package: 'TRUE', 'artifacts-directory': './out/pkgs/', 'max-size': '1.5GiB', 'max-size-increase': '10%', 'fail-on-size': 'true', cache: 'false', 'max-parallel': '3' })).toMatchObject({
      buildScript: 'compile:prod', buildScriptExplicit: true, package: 'true', artifactsDirectory: 'out/pkgs', maxSize: 1.5 * 1024 ** 3, maxSizeIncrease: 10, failOnSize: true, cache: false, maxParallel: 3,
    });
    // Shell metacharacters and non-ASCII in a script name are kept as they are: the name is one argument, never a shell string.
    expect(read({ 'build-script': 'build; rm -rf / $(id) `x` ünï' }).buildScript).toBe('build; rm -rf / $(id) `x` ünï');
    expect(read({ 'artifacts-directory': 'pâquets/ñ' }).artifactsDirectory).toBe('pâquets/ñ');
    // An absolute path is kept (normalised): main accepts it inside the workspace or the run's temporary folder.
    expect(read({ 'artifacts-directory': '/runner/_temp//pkgs/' }).artifactsDirectory).toBe('/runner/_temp/pkgs');
  });

  it.each([
    ['package', 'maybe', "Input 'package' must be one of auto, true, false (got 'maybe')."],
    ['package', 'x'.repeat(10_000), /^Input 'package' must be one of auto, true, false \(got 'x{60}… \(10000 characters\)'\)\.$/],
    ['max-size', '5 parsecs', /^Input 'max-size' must be a size such as 5MB, 800KB or 1\.5GiB/],
    ['max-size-increase', 'lots', "Input 'max-size-increase' must be a percent such as 25% (got 'lots')."],
    ['fail-on-size', 'yes', "Input 'fail-on-size' must be true or false (got 'yes')."],
    ['cache', '1', "Input 'cache' must be true or false (got '1')."],
    ['max-parallel', '0', "Input 'max-parallel' must be auto or a whole number of at least 1 (got '0')."],
    ['max-parallel', '2; reboot', "Input 'max-parallel' must be auto or a whole number of at least 1 (got '2; reboot')."],
    ['build-script', 'build\nrm -rf /', "Input 'build-script' must be the name of one package.json script, such as build (got 'build\\nrm -rf /')."],
    ['build-script', 'b'.repeat(10_000), /^Input 'build-script' must be the name of one package.json script, such as build \(got 'b{60}… \(10000 characters\)'\)\.$/],
    ['artifacts-directory', '../outside', /^Input 'artifacts-directory' must be a folder inside the project, relative to it, such as dist-artifacts, or an absolute path inside the workspace or the run's temporary folder \(got '\.\.\/outside'\)/],
    ['artifacts-directory', 'a/../../b', /^Input 'artifacts-directory' must be a folder inside the project/],
    ['artifacts-directory', '.', /^Input 'artifacts-directory' must be a folder inside the project/],
    ['artifacts-directory', 'a\nb', /^Input 'artifacts-directory' must be a folder inside the project/],
    ['working-directory', 'svc\n--evil', "Input 'working-directory' must be one folder path (got 'svc\\n--evil')."],
  ])('refuses %s = %j with a named error', (name, value, message) => {
    let caught: unknown;
    try {
      read({ [name]: value });
    } catch (error) {
      caught = error;
    }
    expect((caught as Error)?.name).toBe('ConfigurationError');
    if (typeof message === 'string') expect((caught as Error).message).toBe(message);
    else expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message.length).toBeLessThan(400);
  });
});
