import { declareNames, type InputOf } from '../../core/action-names.js';
import { parseCacheVersion } from '../../core/cache/version.js';
import { ConfigurationError } from '../../core/errors.js';
import { parseBooleanInput, parseStringInput, parseTimeoutMinutes, type InputReader } from '../../core/inputs.js';
import { parseShard, type ShardSpec } from '../../core/testing/shards.js';

/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
export const TEST_INPUTS = [
  'working-directory',
  'coverage',
  'coverage-threshold',
  'shard',
  'args',
  'allow-no-tests',
  'cache',
  'cache-version',
  'results-directory',
  'merge-shards',
  'timeout-minutes',
  'test-script',
] as const;
export const TEST_OUTPUTS = [
  'passed',
  'failed',
  'skipped',
  'total',
  'coverage-percent',
  'branch-coverage-percent',
  'results-file',
  'coverage-file',
  'runner',
] as const;

/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
export const TEST_NAMES = declareNames({ inputs: TEST_INPUTS, outputs: TEST_OUTPUTS });
export type TestInput = InputOf<typeof TEST_NAMES>;

export interface TestInputs {
  workingDirectory: string;
  coverage: boolean;
  coverageThreshold?: number;
  shard?: ShardSpec;
  /** One argument per line, passed to the runner as they are (never through a shell). */
  args: string[];
  allowNoTests: boolean;
  cache: boolean;
  /** Enters the timing history's key prefix (empty: none). */
  cacheVersion: string;
  resultsDirectory: string;
  mergeShards: boolean;
  /** The test run's deadline. */
  timeoutMinutes: number;
  /** The package.json script that runs the tests; empty: 'test' (or 'test:coverage' with coverage on). */
  testScript: string;
}

export function parseThreshold(raw: string): number | undefined {
  const value = raw.trim().replace(/\s*%$/, '');
  if (value === '') return undefined;
  const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(number >= 0 && number <= 100)) {
    throw new ConfigurationError(`Input 'coverage-threshold' must be a percent from 0 to 100, e.g. 80 (got '${raw.trim()}').`);
  }
  return number;
}

/** `args`: one argument per line; blank lines are dropped, nothing is split on spaces or quoted. */
export function parseArgumentLines(raw: string): string[] {
  return raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}

export function readTestInputs(read: InputReader<TestInput>): TestInputs {
  const inputs: TestInputs = {
    workingDirectory: parseStringInput(read('working-directory'), '.'),
    coverage: parseBooleanInput('coverage', read('coverage'), true),
    coverageThreshold: parseThreshold(read('coverage-threshold')),
    shard: parseShard(read('shard')),
    args: parseArgumentLines(read('args')),
    allowNoTests: parseBooleanInput('allow-no-tests', read('allow-no-tests'), false),
    cache: parseBooleanInput('cache', read('cache'), true),
    cacheVersion: parseCacheVersion(read('cache-version')),
    resultsDirectory: parseStringInput(read('results-directory'), 'test-results'),
    mergeShards: parseBooleanInput('merge-shards', read('merge-shards'), false),
    timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
    testScript: read('test-script').trim(),
  };
  if (inputs.coverageThreshold !== undefined && !inputs.coverage) {
    throw new ConfigurationError(`Input 'coverage-threshold' is ${inputs.coverageThreshold}, but 'coverage' is false: turn coverage on, or remove the threshold.`);
  }
  if (inputs.mergeShards && inputs.shard !== undefined) {
    throw new ConfigurationError(`Inputs 'merge-shards: true' and 'shard: ${read('shard').trim()}' exclude each other: the merge runs in its own job after the shards.`);
  }
  return inputs;
}
