import { ConfigurationError } from './errors.js';

export const LOCAL_STAGES = ['setup-deps'] as const;
export type LocalStage = (typeof LOCAL_STAGES)[number] | 'run';

export interface LocalCommand {
  stage: LocalStage;
  /** Inputs by their action.yml names, as given with --name value or --name=value. */
  inputs: Record<string, string>;
  cacheDirectory?: string;
  help: boolean;
}

export const LOCAL_USAGE = `Usage: build-actions [run | setup-deps] [DIRECTORY] [options]

Runs the build-actions stages on this machine, with a local cache behind the same keys as on GitHub.
  run                       every stage in order (the default)
  setup-deps                detect the project, restore or install its dependencies, save them
Options (the actions' inputs):
  --working-directory DIR   the project folder (default: DIRECTORY, or .)
  --package-manager NAME    auto, npm, yarn, pnpm, pip or poetry (default: auto)
  --cache true|false        use the cache (default: true)
  --cache-dir DIR           where the local cache lives (default: $BUILD_ACTIONS_CACHE_DIR or ~/.cache/build-actions)
  --help                    this text
`;

const VALUE_OPTIONS = new Set(['working-directory', 'package-manager', 'cache', 'cache-dir']);

export function parseLocalCommand(argv: string[]): LocalCommand {
  const inputs: Record<string, string> = {};
  const positional: string[] = [];
  let cacheDirectory: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (argument === '--help' || argument === '-h') {
      help = true;
      continue;
    }
    if (!argument.startsWith('-') || argument === '-') {
      positional.push(argument);
      continue;
    }
    if (!argument.startsWith('--')) {
      throw new ConfigurationError(`Unknown option '${argument}'. Options: ${[...VALUE_OPTIONS].map((option) => `--${option}`).join(', ')}, --help.`);
    }
    const [name, inline] = argument.slice(2).split(/=(.*)/s, 2);
    if (!VALUE_OPTIONS.has(name)) {
      throw new ConfigurationError(`Unknown option '--${name}'. Options: ${[...VALUE_OPTIONS].map((option) => `--${option}`).join(', ')}, --help.`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ConfigurationError(`Option '--${name}' needs a value.`);
    if (name === 'cache-dir') cacheDirectory = value;
    else inputs[name] = value;
  }
  let stage: LocalStage = 'run';
  if (positional.length > 0 && (positional[0] === 'run' || (LOCAL_STAGES as readonly string[]).includes(positional[0]))) {
    stage = positional.shift() as LocalStage;
  }
  if (positional.length > 1) throw new ConfigurationError(`Expected at most one DIRECTORY, got: ${positional.join(' ')}.`);
  if (positional.length === 1) {
    if (inputs['working-directory'] !== undefined) {
      throw new ConfigurationError(`Give the project folder once: as DIRECTORY or as --working-directory, not both.`);
    }
    inputs['working-directory'] = positional[0];
  }
  return { stage, inputs, cacheDirectory, help };
}
