import { ConfigurationError } from '../../src/core/errors.js';
import { LOCAL_USAGE, parseLocalCommand } from '../../src/core/local/cli-arguments.js';

describe('parseLocalCommand', () => {
  it.each<[string[], ReturnType<typeof parseLocalCommand>]>([
    [[], { stage: 'run', inputs: {}, cacheDirectory: undefined, help: false }],
    [['run'], { stage: 'run', inputs: {}, cacheDirectory: undefined, help: false }],
    [['setup-deps'], { stage: 'setup-deps', inputs: {}, cacheDirectory: undefined, help: false }],
    [['services/api'], { stage: 'run', inputs: { 'working-directory': 'services/api' }, cacheDirectory: undefined, help: false }],
    [['setup-deps', 'services/api'], { stage: 'setup-deps', inputs: { 'working-directory': 'services/api' }, cacheDirectory: undefined, help: false }],
    [['--working-directory', 'api'], { stage: 'run', inputs: { 'working-directory': 'api' }, cacheDirectory: undefined, help: false }],
    [['--package-manager=pnpm', '--cache=false'], { stage: 'run', inputs: { 'package-manager': 'pnpm', cache: 'false' }, cacheDirectory: undefined, help: false }],
    [['--cache', 'true', 'setup-deps'], { stage: 'setup-deps', inputs: { cache: 'true' }, cacheDirectory: undefined, help: false }],
    [['--cache-dir', '/tmp/c'], { stage: 'run', inputs: {}, cacheDirectory: '/tmp/c', help: false }],
    [['build', '--cache-version=2024-06-01'], { stage: 'build', inputs: { 'cache-version': '2024-06-01' }, cacheDirectory: undefined, help: false }],
    [['--cache-dir=/tmp/a=b'], { stage: 'run', inputs: {}, cacheDirectory: '/tmp/a=b', help: false }],
    [['--working-directory='], { stage: 'run', inputs: { 'working-directory': '' }, cacheDirectory: undefined, help: false }],
    [['--help'], { stage: 'run', inputs: {}, cacheDirectory: undefined, help: true }],
    [['setup-deps', '-h'], { stage: 'setup-deps', inputs: {}, cacheDirectory: undefined, help: true }],
    [['explain', 'svc'], { stage: 'explain', inputs: { 'working-directory': 'svc' }, cacheDirectory: undefined, help: false }],
    [['cache', 'clear'], { stage: 'cache clear', inputs: {}, cacheDirectory: undefined, help: false }],
    [['cache', 'clear', 'svc', '--cache-dir', '/c'], { stage: 'cache clear', inputs: { 'working-directory': 'svc' }, cacheDirectory: '/c', help: false }],
    [['init', '.'], { stage: 'init', inputs: { 'working-directory': '.' }, cacheDirectory: undefined, help: false }],
  ])('%j', (argv, expected) => {
    expect(parseLocalCommand(argv)).toEqual(expected);
  });

  it.each<[string[], string]>([
    [['--verbose'], "Unknown option '--verbose'. Options: --working-directory, --package-manager, --cache, --cache-version, --checks, --fail-on, --lint-script, --type-check-script, --audit-level, --fail-on-outdated, --max-parallel, --coverage, --coverage-threshold, --shard, --args, --allow-no-tests, --results-directory, --merge-shards, --test-script, --timeout-minutes, --build-script, --package, --artifacts-directory, --max-size, --max-size-increase, --fail-on-size, --context, --file, --image, --registry, --username, --password, --version, --latest, --tags, --build-args, --secrets, --target, --push, --scan, --severity-threshold, --stages, --image-max-size, --cache-dir, --help."],
    [['--cache'], "Option '--cache' needs a value."],
    [['a', 'b'], "Unknown stage or command 'a'. Stages: run, setup-deps, quality-checks, test, build, publish-image; commands: explain, cache clear, init. See build-actions --help."],
    [['./a', 'b'], 'Expected at most one DIRECTORY, got: ./a b.'],
    [['cache', 'purge'], "Unknown cache command 'purge': the one there is is 'build-actions cache clear [DIRECTORY]'."],
    [['explain', 'a', 'b'], 'Expected at most one DIRECTORY, got: a b.'],
    [['setup-deps', 'a', 'b'], 'Expected at most one DIRECTORY, got: a b.'],
    [['api', '--working-directory', 'web'], 'Give the project folder once: as DIRECTORY or as --working-directory, not both.'],
    [['--working-directory=web', 'api'], 'Give the project folder once: as DIRECTORY or as --working-directory, not both.'],
  ])('%j is an error', (argv, message) => {
    expect(() => parseLocalCommand(argv)).toThrow(ConfigurationError);
    expect(() => parseLocalCommand(argv)).toThrow(message);
  });

  it('the usage names every option', () => {
    for (const option of ['--working-directory', '--package-manager', '--cache', '--cache-version', '--cache-dir', '--help', 'setup-deps', 'run', 'explain', 'cache clear', 'init', 'publish-image']) {
      expect(LOCAL_USAGE).toContain(option);
    }
  });
});

describe('parseLocalCommand: single-dash options', () => {
  it.each([['-v'], ['-x']])('refuses %s instead of taking it for a DIRECTORY', (option) => {
    expect(() => parseLocalCommand([option])).toThrow(new ConfigurationError(`Unknown option '${option}'. Options: --working-directory, --package-manager, --cache, --cache-version, --checks, --fail-on, --lint-script, --type-check-script, --audit-level, --fail-on-outdated, --max-parallel, --coverage, --coverage-threshold, --shard, --args, --allow-no-tests, --results-directory, --merge-shards, --test-script, --timeout-minutes, --build-script, --package, --artifacts-directory, --max-size, --max-size-increase, --fail-on-size, --context, --file, --image, --registry, --username, --password, --version, --latest, --tags, --build-args, --secrets, --target, --push, --scan, --severity-threshold, --stages, --image-max-size, --cache-dir, --help.`));
  });
});

describe('the publish-image stage', () => {
  it('takes publish-image inputs and --push alone as --push true', () => {
    expect(parseLocalCommand(['publish-image', 'svc', '--image', 'app', '--push'])).toEqual({ stage: 'publish-image', inputs: { 'working-directory': 'svc', image: 'app', push: 'true' }, cacheDirectory: undefined, help: false });
    expect(parseLocalCommand(['publish-image', '--push', 'false', '--tags=a,b']).inputs).toEqual({ push: 'false', tags: 'a,b' });
  });
});

it('takes the build stage and its inputs', () => {
  expect(parseLocalCommand(['build', 'lib', '--package', 'true', '--max-size=5MB'])).toEqual({ stage: 'build', inputs: { 'working-directory': 'lib', package: 'true', 'max-size': '5MB' }, cacheDirectory: undefined, help: false });
});

describe('run: the whole pipeline', () => {
  it('takes --push (alone or with a value), --stages and --image-max-size', () => {
    expect(parseLocalCommand(['run', 'svc', '--push', '--registry', 'localhost:5000'])).toEqual({ stage: 'run', inputs: { 'working-directory': 'svc', push: 'true', registry: 'localhost:5000' }, cacheDirectory: undefined, help: false });
    expect(parseLocalCommand(['svc', '--push', 'false']).inputs).toEqual({ 'working-directory': 'svc', push: 'false' });
    expect(parseLocalCommand(['--stages', 'setup-deps,test', '--image-max-size=200MB', '--max-size', '5MB']).inputs).toEqual({ stages: 'setup-deps,test', 'image-max-size': '200MB', 'max-size': '5MB' });
  });

  it.each<[string[], string]>([
    [['test', '--stages', 'test'], "Option '--stages' is for 'run' (the whole pipeline), not 'test'."],
    [['publish-image', '--image-max-size', '1GB'], "Option '--image-max-size' is for 'run' (the whole pipeline), not 'publish-image': give --max-size."],
    [['explain', '--stages', 'all'], "Option '--stages' is for 'run' (the whole pipeline), not 'explain'."],
    [['run', '--publish', 'true'], "Unknown option '--publish'."],
  ])('%j is an error', (argv, message) => {
    expect(() => parseLocalCommand(argv)).toThrow(ConfigurationError);
    expect(() => parseLocalCommand(argv)).toThrow(message);
  });

  it('--help lists --push, --stages and --image-max-size, and says what run does with the image', () => {
    expect(LOCAL_USAGE).toMatch(/^ {2}--push {20}push the image/m);
    expect(LOCAL_USAGE).toMatch(/^ {2}--stages LIST {13}run: all/m);
    expect(LOCAL_USAGE).toMatch(/^ {2}--image-max-size SIZE/m);
    expect(LOCAL_USAGE).toContain('publish-image builds and checks, pushes only with --push');
  });
});
