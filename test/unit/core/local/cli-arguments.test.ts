import { ConfigurationError } from '../../../../src/core/errors.js';
import { chooseRegistryPassword, LOCAL_USAGE, parseLocalCommand } from '../../../../src/core/local/cli-arguments.js';

describe('parseLocalCommand', () => {
  it.each<[string[], ReturnType<typeof parseLocalCommand>]>([
    [[], { stage: 'run', inputs: {}, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['run'], { stage: 'run', inputs: {}, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['setup-deps'], { stage: 'setup-deps', inputs: {}, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['services/api'], { stage: 'run', inputs: { 'working-directory': 'services/api' }, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['setup-deps', 'services/api'], { stage: 'setup-deps', inputs: { 'working-directory': 'services/api' }, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['--working-directory', 'api'], { stage: 'run', inputs: { 'working-directory': 'api' }, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['--package-manager=pnpm', '--cache=false'], { stage: 'run', inputs: { 'package-manager': 'pnpm', cache: 'false' }, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['--cache', 'true', 'setup-deps'], { stage: 'setup-deps', inputs: { cache: 'true' }, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['--cache-dir', '/tmp/c'], { stage: 'run', inputs: {}, cacheDirectory: '/tmp/c', help: false, passwordStdin: false }],
    [['build', '--cache-version=2024-06-01'], { stage: 'build', inputs: { 'cache-version': '2024-06-01' }, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['--cache-dir=/tmp/a=b'], { stage: 'run', inputs: {}, cacheDirectory: '/tmp/a=b', help: false, passwordStdin: false }],
    [['--working-directory='], { stage: 'run', inputs: { 'working-directory': '' }, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['--help'], { stage: 'run', inputs: {}, cacheDirectory: undefined, help: true, passwordStdin: false }],
    [['setup-deps', '-h'], { stage: 'setup-deps', inputs: {}, cacheDirectory: undefined, help: true, passwordStdin: false }],
    [['explain', 'svc'], { stage: 'explain', inputs: { 'working-directory': 'svc' }, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['cache', 'clear'], { stage: 'cache clear', inputs: {}, cacheDirectory: undefined, help: false, passwordStdin: false }],
    [['cache', 'clear', 'svc', '--cache-dir', '/c'], { stage: 'cache clear', inputs: { 'working-directory': 'svc' }, cacheDirectory: '/c', help: false, passwordStdin: false }],
    [['init', '.'], { stage: 'init', inputs: { 'working-directory': '.' }, cacheDirectory: undefined, help: false, passwordStdin: false }],
  ])('%j', (argv, expected) => {
    expect(parseLocalCommand(argv)).toEqual(expected);
  });

  it.each<[string[], string]>([
    [['--verbose'], "Unknown option '--verbose'. Options: --working-directory, --package-manager, --cache, --cache-version, --checks, --fail-on, --lint-script, --type-check-script, --audit-level, --fail-on-outdated, --max-parallel, --coverage, --coverage-threshold, --shard, --args, --allow-no-tests, --results-directory, --merge-shards, --test-script, --timeout-minutes, --build-script, --package, --artifacts-directory, --max-size, --max-size-increase, --fail-on-size, --context, --file, --image, --registry, --username, --password, --version, --latest, --tags, --build-args, --secrets, --target, --push, --scan, --severity-threshold, --stages, --image-max-size, --cache-dir, --password-stdin, --help."],
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
    expect(() => parseLocalCommand([option])).toThrow(new ConfigurationError(`Unknown option '${option}'. Options: --working-directory, --package-manager, --cache, --cache-version, --checks, --fail-on, --lint-script, --type-check-script, --audit-level, --fail-on-outdated, --max-parallel, --coverage, --coverage-threshold, --shard, --args, --allow-no-tests, --results-directory, --merge-shards, --test-script, --timeout-minutes, --build-script, --package, --artifacts-directory, --max-size, --max-size-increase, --fail-on-size, --context, --file, --image, --registry, --username, --password, --version, --latest, --tags, --build-args, --secrets, --target, --push, --scan, --severity-threshold, --stages, --image-max-size, --cache-dir, --password-stdin, --help.`));
  });
});

describe('the publish-image stage', () => {
  it('takes publish-image inputs and --push alone as --push true', () => {
    expect(parseLocalCommand(['publish-image', 'svc', '--image', 'app', '--push'])).toEqual({ stage: 'publish-image', inputs: { 'working-directory': 'svc', image: 'app', push: 'true' }, cacheDirectory: undefined, help: false, passwordStdin: false });
    expect(parseLocalCommand(['publish-image', '--push', 'false', '--tags=a,b']).inputs).toEqual({ push: 'false', tags: 'a,b' });
  });
});

it('takes the build stage and its inputs', () => {
  expect(parseLocalCommand(['build', 'lib', '--package', 'true', '--max-size=5MB'])).toEqual({ stage: 'build', inputs: { 'working-directory': 'lib', package: 'true', 'max-size': '5MB' }, cacheDirectory: undefined, help: false, passwordStdin: false });
});

describe('run: the whole pipeline', () => {
  it('takes --push (alone or with a value), --stages and --image-max-size', () => {
    expect(parseLocalCommand(['run', 'svc', '--push', '--registry', 'localhost:5000'])).toEqual({ stage: 'run', inputs: { 'working-directory': 'svc', push: 'true', registry: 'localhost:5000' }, cacheDirectory: undefined, help: false, passwordStdin: false });
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

describe('the registry password: --password-stdin, BUILD_ACTIONS_REGISTRY_PASSWORD, or --password with a warning', () => {
  it.each<[string[], boolean, string | undefined]>([
    [['run', '--push', '--password-stdin'], true, undefined],
    [['publish-image', '--password-stdin', 'svc'], true, undefined],
    [['run', '--password', 'p4ss'], false, 'p4ss'],
    [['run', '--password=p=ss'], false, 'p=ss'],
    [['run'], false, undefined],
  ])('%j', (argv, passwordStdin, password) => {
    const command = parseLocalCommand(argv);
    expect([command.passwordStdin, command.inputs.password]).toEqual([passwordStdin, password]);
  });

  it.each<[string[], string]>([
    [['--password-stdin', '--password', 'x'], 'Give the registry password once: --password-stdin or --password, not both.'],
    [['--password=x', '--password-stdin'], 'Give the registry password once: --password-stdin or --password, not both.'],
    [['--password-stdin=secret'], "Option '--password-stdin' takes no value: it reads the password from standard input."],
    [['--password'], "Option '--password' needs a value."],
  ])('%j is an error that never echoes a password', (argv, message) => {
    expect(() => parseLocalCommand(argv)).toThrow(new ConfigurationError(message));
  });

  const stdin = { inputs: {}, passwordStdin: true };
  const flag = { inputs: { password: 'from-argv' }, passwordStdin: false };
  const none = { inputs: {}, passwordStdin: false };
  const WARNING = '--password puts the registry password on the command line, where other users see it (ps) and the shell keeps it in its history: use --password-stdin or BUILD_ACTIONS_REGISTRY_PASSWORD instead.';
  it.each<[string, Parameters<typeof chooseRegistryPassword>[0], string | undefined, string | undefined, ReturnType<typeof chooseRegistryPassword>]>([
    ['standard input, one trailing line break dropped', stdin, 's3cret\n', undefined, { password: 's3cret' }],
    ['standard input, CRLF', stdin, 's3cret\r\n', undefined, { password: 's3cret' }],
    ['standard input kept whole otherwise (spaces, inner line breaks)', stdin, ' a b\nc ', undefined, { password: ' a b\nc ' }],
    ['standard input wins over the environment', stdin, 'typed', 'from-env', { password: 'typed' }],
    ['the environment', none, undefined, 'from-env', { password: 'from-env' }],
    ['an empty environment variable is none', none, undefined, '', {}],
    ['nothing', none, undefined, undefined, {}],
    ['--password: kept, with the warning', flag, undefined, undefined, { password: 'from-argv', warning: WARNING }],
    ['--password wins over the environment, with the warning', flag, undefined, 'from-env', { password: 'from-argv', warning: WARNING }],
  ])('%s', (_name, command, input, env, expected) => {
    expect(chooseRegistryPassword(command, input, env)).toEqual(expected);
  });

  it.each([[''], ['\n'], ['  \n'], [undefined]])('--password-stdin with nothing on standard input (%j) is an error', (input) => {
    expect(() => chooseRegistryPassword(stdin, input, 'from-env')).toThrow(
      new ConfigurationError(`Option '--password-stdin' read no password from standard input: pipe it in, e.g. printf '%s' "$TOKEN" | build-actions ... --password-stdin.`),
    );
  });

  it('the usage lists --password-stdin and the environment variable', () => {
    expect(LOCAL_USAGE).toContain('--password-stdin');
    expect(LOCAL_USAGE).toContain('BUILD_ACTIONS_REGISTRY_PASSWORD');
  });
});
