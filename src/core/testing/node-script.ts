/**
 * How a package script calls node's own test runner, read from its text: whether anything can be appended to it
 * (only options, no file or folder arguments after `--test`, and it is the script's last command), whether it picks
 * its own reporter (which replaces the reporters given through NODE_OPTIONS) and whether it measures coverage.
 *
 * Reporters reach the runner through NODE_OPTIONS, which node reads whatever the script's arguments are
 * (`node --test`, `node --test test/`, globs, `--import tsx`, a wrapper that spawns node). Node refuses
 * `--experimental-test-coverage` in NODE_OPTIONS: coverage is asked for on the command line, only when that is safe.
 */
/** When set, our reporter writes one JUnit file per runner process into this folder (and nothing to its destination). */
export const NODE_RESULTS_VARIABLE = 'BUILD_ACTIONS_NODE_TEST_RESULTS';

export interface NodeTestInvocation {
  /** File, folder or glob arguments the script passes to the runner. */
  positional: string[];
  /** The `node … --test …` command is the script's last one: arguments appended to the script reach it. */
  last: boolean;
  /** The script chooses `--test-reporter` itself: node then ignores the ones in NODE_OPTIONS. */
  ownReporter: boolean;
  coverage: boolean;
}

/** node options that take their value as the next argument (`--import tsx`). */
const TAKES_VALUE = new Set([
  '--import', '--require', '-r', '--loader', '--experimental-loader', '--test-name-pattern', '--test-skip-pattern', '--test-reporter',
  '--test-reporter-destination', '--test-concurrency', '--test-timeout', '--test-shard', '--env-file', '--conditions', '-C', '--watch-path',
  '--input-type', '--test-coverage-include', '--test-coverage-exclude', '--test-global-setup', '--stack-size', '--max-old-space-size',
]);

function words(command: string): string[] {
  const found: string[] = [];
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) found.push(match[1] ?? match[2] ?? match[3]);
  return found;
}

export function nodeTestInvocation(scriptText: string): NodeTestInvocation | undefined {
  const commands = scriptText.split(/&&|\|\||;|\|/).map((part) => part.trim()).filter((part) => part !== '');
  for (let index = commands.length - 1; index >= 0; index -= 1) {
    const tokens = words(commands[index]);
    const start = tokens.findIndex((token) => token === 'node' || token.endsWith('/node'));
    if (start < 0 || !tokens.slice(start + 1).some((token) => token === '--test')) continue;
    const positional: string[] = [];
    let ownReporter = false;
    let coverage = false;
    for (let at = start + 1; at < tokens.length; at += 1) {
      const token = tokens[at];
      if (token.startsWith('--test-reporter=') || token === '--test-reporter') ownReporter = true;
      if (token === '--experimental-test-coverage') coverage = true;
      if (TAKES_VALUE.has(token)) at += 1;
      else if (!token.startsWith('-')) positional.push(token);
    }
    return { positional, last: index === commands.length - 1, ownReporter, coverage };
  }
  return undefined;
}

/** One NODE_OPTIONS word: quoted (node's own rule: double quotes, backslash escapes) when it holds a space or a quote. */
export function nodeOption(value: string): string {
  return /[\s"\\]/.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : value;
}

/** The project's NODE_OPTIONS with our reporters added after them. */
export function nodeOptionsWithReporters(existing: string | undefined, reporters: ReadonlyArray<{ reporter: string; destination: string }>): string {
  const ours = reporters.flatMap(({ reporter, destination }) => [`--test-reporter=${nodeOption(reporter)}`, `--test-reporter-destination=${nodeOption(destination)}`]);
  return [existing?.trim() ?? '', ...ours].filter((part) => part !== '').join(' ');
}
