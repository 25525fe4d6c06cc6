import { ConfigurationError } from '../errors.js';

export const LOCAL_STAGES = ['setup-deps', 'quality-checks', 'test', 'build', 'publish-image'] as const;
export type LocalStage = (typeof LOCAL_STAGES)[number] | 'run';

/** The commands beside the stages: they run no stage. */
export const LOCAL_COMMANDS = ['explain', 'cache clear', 'init'] as const;
export type LocalCommandName = (typeof LOCAL_COMMANDS)[number];

export interface LocalCommand {
  /** A stage (or 'run'), or one of LOCAL_COMMANDS. */
  stage: LocalStage | LocalCommandName;
  /** Inputs by their action.yml names, as given with --name value or --name=value. */
  inputs: Record<string, string>;
  cacheDirectory?: string;
  help: boolean;
  /** --password-stdin: the registry password is read from standard input (see chooseRegistryPassword). */
  passwordStdin: boolean;
}

/** The environment variable that gives the local command the registry password (never on the command line). */
export const REGISTRY_PASSWORD_VARIABLE = 'BUILD_ACTIONS_REGISTRY_PASSWORD';

export const LOCAL_USAGE = `Usage: build-actions [run | setup-deps | quality-checks | test | build | publish-image] [DIRECTORY] [options]
       build-actions explain [DIRECTORY]       build-actions cache clear [DIRECTORY]       build-actions init [DIRECTORY]

Runs the build-actions stages on this machine, with a local cache behind the same keys as on GitHub.
  run                       every stage in order (the default); publish-image builds and checks, pushes only with --push,
                            and is skipped with a note when the project has no Dockerfile or no Docker engine answers
  setup-deps                detect the project, restore or install its dependencies, save them
  quality-checks            the project's linters, type checkers and dependency checks; findings as file:line:col lines
  test                      the project's tests with coverage (npm test / pytest); failures as file:line:col lines
  build                     build (npm run build, workspaces in order; sdist and wheel), pack, verify every package
  publish-image             build the Docker image with the local layer cache, check it for secrets and vulnerabilities;
                            pushed only with --push (then --registry, --username and the password as in the action)
Commands:
  explain                   for every cache of every stage: its key parts (lockfile, runtime and tool versions, sources,
                            OS/arch, recipe) and which part changed since the entry the last run saved in the local cache
  cache clear               delete the local cache, or with DIRECTORY only the entries saved for that project
  init                      onboard a service: write .github/workflows/ci.yml calling the reusable workflow for its kind,
                            and a Dockerfile and .dockerignore when it has none (never overwrites a file)
Options (the actions' inputs; see actions/*/action.yml):
  --working-directory DIR   the project folder (default: DIRECTORY, or .)
  --package-manager NAME    auto, npm, yarn, pnpm, pip or poetry (default: auto)
  --cache true|false        use the cache (default: true)
  --cache-version TOKEN     a token put into every cache key (e.g. 2): a new value makes every key new, so no
                            entry saved under another value is restored (default: none; the keys as without it)
  --checks LIST             all, or a comma-separated list of lint, type-check, audit, outdated, config
  --fail-on LEVEL           error, warning or never (default: error)
  --lint-script, --type-check-script, --audit-level, --fail-on-outdated, --max-parallel
  --coverage true|false     collect coverage (default: true); --coverage-threshold PERCENT fails below it
  --shard I/N, --args ARGS, --allow-no-tests, --merge-shards, --test-script NAME
  --results-directory DIR   where test results and coverage go (default: test-results in the run folder, outside the
                            project: <cache dir>/runs/<project>-<digest>; 'cache clear' removes it)
  --timeout-minutes N       stop the install (as a whole), a check, the test run or a build command, with every
                            process it started, after N minutes (default: 30)
  --artifacts-directory DIR where the packages go (default: artifacts in the run folder; a relative DIR is in the project)
  --build-script NAME, --package auto|true|false, --max-size SIZE,
  --max-size-increase PERCENT, --fail-on-size true|false   the build stage's inputs
  --image, --registry, --version, --tags, --latest, --file, --context, --target, --build-args, --scan,
  --severity-threshold, --max-size, --username, --password, --secrets   publish-image's inputs
                            (see actions/publish-image/action.yml)
  --push                    push the image (publish-image and run): without it, the image is built and checked only
  --password-stdin          read the registry password from standard input, as docker login does
                            (printf '%s' "$TOKEN" | build-actions run --push --username me --password-stdin), or set
                            BUILD_ACTIONS_REGISTRY_PASSWORD; --password PASSWORD still works, but other users see it in
                            ps and it stays in the shell's history
  --stages LIST             run: all (the default), or a comma-separated list of setup-deps, quality-checks, test, build,
                            publish-image (one named is run even without a Dockerfile or engine, and fails then)
  --image-max-size SIZE     run: the image's size budget (--max-size is the build's there)
  --cache-dir DIR           where the local cache lives (default: $BUILD_ACTIONS_CACHE_DIR or ~/.cache/build-actions)
  --help                    this text
`;

/** The stages' inputs, as options: kept in step with the actions by a unit test. */
export const LOCAL_INPUT_OPTIONS = [
  'working-directory', 'package-manager', 'cache', 'cache-version',
  'checks', 'fail-on', 'lint-script', 'type-check-script', 'audit-level', 'fail-on-outdated', 'max-parallel',
  'coverage', 'coverage-threshold', 'shard', 'args', 'allow-no-tests', 'results-directory', 'merge-shards', 'test-script',
  'timeout-minutes',
  'build-script', 'package', 'artifacts-directory', 'max-size', 'max-size-increase', 'fail-on-size',
] as const;
/** publish-image's own inputs, for its stage and for run. */
export const LOCAL_PUBLISH_IMAGE_OPTIONS = [
  'context', 'file', 'image', 'registry', 'username', 'password', 'version', 'latest', 'tags', 'build-args', 'secrets', 'target', 'push',
  'scan', 'severity-threshold', 'max-size',
] as const;
/** The root action's inputs that only `run` (the pipeline) reads: which stages, and the image's size budget. */
export const LOCAL_RUN_OPTIONS = ['stages', 'image-max-size'] as const;
const VALUE_OPTIONS = new Set<string>([...LOCAL_INPUT_OPTIONS, ...LOCAL_PUBLISH_IMAGE_OPTIONS, ...LOCAL_RUN_OPTIONS, 'cache-dir']);

/** A word given where a stage or DIRECTORY goes that is neither (the caller knows no such folder exists). */
export function unknownStageMessage(word: string): string {
  return `Unknown stage or command '${word}', and no folder of that name. Stages: run, ${LOCAL_STAGES.join(', ')}; commands: ${LOCAL_COMMANDS.join(', ')}. See build-actions --help.`;
}

/** A word that reads as a stage's name rather than a folder's (no slash, no dot, lowercase letters and dashes). */
export function looksLikeStageName(word: string): boolean {
  return /^[a-z][a-z-]*$/.test(word);
}

function unknownOption(option: string): string {
  return `Unknown option '${option}'. Options: ${[...VALUE_OPTIONS].map((name) => `--${name}`).join(', ')}, --password-stdin, --help.`;
}

export function parseLocalCommand(argv: string[]): LocalCommand {
  const inputs: Record<string, string> = {};
  const positional: string[] = [];
  let cacheDirectory: string | undefined;
  let help = false;
  let passwordStdin = false;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (argument === '--help' || argument === '-h') {
      help = true;
      continue;
    }
    if (argument === '--password-stdin') {
      passwordStdin = true;
      continue;
    }
    if (argument.startsWith('--password-stdin=')) throw new ConfigurationError(`Option '--password-stdin' takes no value: it reads the password from standard input.`);
    if (!argument.startsWith('-') || argument === '-') {
      positional.push(argument);
      continue;
    }
    if (!argument.startsWith('--')) {
      throw new ConfigurationError(unknownOption(argument));
    }
    const [name, inline] = argument.slice(2).split(/=(.*)/s, 2);
    if (!VALUE_OPTIONS.has(name)) {
      throw new ConfigurationError(unknownOption(`--${name}`));
    }
    // --push alone means --push true: locally nothing is pushed unless asked.
    if (name === 'push' && inline === undefined && !/^(true|false)$/i.test(argv[i + 1] ?? '')) {
      inputs.push = 'true';
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ConfigurationError(`Option '--${name}' needs a value.`);
    if (name === 'cache-dir') cacheDirectory = value;
    else inputs[name] = value;
  }
  let stage: LocalCommand['stage'] = 'run';
  if (positional.length > 0 && (positional[0] === 'run' || (LOCAL_STAGES as readonly string[]).includes(positional[0]))) {
    stage = positional.shift() as LocalStage;
  } else if (positional[0] === 'explain' || positional[0] === 'init') {
    stage = positional.shift() as LocalCommandName;
  } else if (positional[0] === 'cache') {
    positional.shift();
    const action = positional.shift();
    if (action !== 'clear') throw new ConfigurationError(`Unknown cache command '${action ?? ''}': the one there is is 'build-actions cache clear [DIRECTORY]'.`);
    stage = 'cache clear';
  } else if (positional.length > 1 && looksLikeStageName(positional[0])) {
    throw new ConfigurationError(unknownStageMessage(positional[0]).replace(', and no folder of that name', ''));
  }
  if (positional.length > 1) throw new ConfigurationError(`Expected at most one DIRECTORY, got: ${positional.join(' ')}.`);
  for (const name of LOCAL_RUN_OPTIONS) {
    if (inputs[name] !== undefined && stage !== 'run') {
      throw new ConfigurationError(`Option '--${name}' is for 'run' (the whole pipeline), not '${stage}'${name === 'image-max-size' && stage === 'publish-image' ? ': give --max-size' : ''}.`);
    }
  }
  if (positional.length === 1) {
    if (inputs['working-directory'] !== undefined) {
      throw new ConfigurationError(`Give the project folder once: as DIRECTORY or as --working-directory, not both.`);
    }
    inputs['working-directory'] = positional[0];
  }
  if (passwordStdin && inputs.password !== undefined) {
    throw new ConfigurationError(`Give the registry password once: --password-stdin or --password, not both.`);
  }
  return { stage, inputs, cacheDirectory, help, passwordStdin };
}

/**
 * The registry password and where it came from: --password-stdin (`stdin`: what the caller read), else --password
 * (kept working, with a warning: other users see the command line in ps, and the shell keeps it in its history),
 * else BUILD_ACTIONS_REGISTRY_PASSWORD (`env`). One trailing line break of standard input is dropped, as docker does.
 */
export function chooseRegistryPassword(command: Pick<LocalCommand, 'inputs' | 'passwordStdin'>, stdin: string | undefined, env: string | undefined): { password?: string; warning?: string } {
  if (command.passwordStdin) {
    const password = (stdin ?? '').replace(/\r?\n$/, '');
    if (password.trim() === '') {
      throw new ConfigurationError(`Option '--password-stdin' read no password from standard input: pipe it in, e.g. printf '%s' "$TOKEN" | build-actions ... --password-stdin.`);
    }
    return { password };
  }
  if (command.inputs.password !== undefined) {
    return {
      password: command.inputs.password,
      warning: `--password puts the registry password on the command line, where other users see it (ps) and the shell keeps it in its history: use --password-stdin or ${REGISTRY_PASSWORD_VARIABLE} instead.`,
    };
  }
  return env !== undefined && env !== '' ? { password: env } : {};
}
