import { parseArgumentLines, parseThreshold, readTestInputs } from '../../../../src/actions/testing/inputs.js';
import type { ProjectSnapshot } from '../../../../src/core/project-snapshot.js';
import { detectNodeRunner, detectTestProject, isNodeTestFile, listCommand, parseListedFiles, testCommand, type TestProject } from '../../../../src/core/testing/test-command.js';

function snapshot(files: Record<string, string>): ProjectSnapshot {
  return { directory: '/repo/service', entries: new Set(Object.keys(files)), texts: new Map(Object.entries(files)) };
}
const manifest = (scripts: Record<string, string>): string => JSON.stringify({ name: 'x', scripts });

describe('detectNodeRunner', () => {
  it.each([
    ['jest', 'jest'],
    ['jest --ci --runInBand', 'jest'],
    ['cross-env NODE_ENV=test jest', 'jest'],
    ['node --experimental-vm-modules node_modules/jest/bin/jest.js', 'jest'],
    ['jest.config.js', undefined],
    ['vitest run', 'vitest'],
    ['node --test', 'node'],
    ['node --import tsx --test test/', 'node'],
    ['tsc && node --test dist/', 'node'],
    ['mocha "test/**/*.spec.js"', 'mocha'],
    ['c8 mocha', 'mocha'],
    ['echo ok', undefined],
    ['jester', undefined],
  ])('%j is %s', (script, runner) => {
    expect(detectNodeRunner(script)).toBe(runner);
  });
});

describe('detectTestProject', () => {
  it.each([
    [{ 'package.json': manifest({ test: 'jest' }), 'package-lock.json': '' }, true, { language: 'node', runner: 'jest', script: 'test', packageManager: 'npm' }],
    [{ 'package.json': manifest({ test: 'jest', 'test:coverage': 'jest --coverage' }), 'yarn.lock': '' }, true, { runner: 'jest', script: 'test:coverage', packageManager: 'yarn' }],
    [{ 'package.json': manifest({ test: 'jest', 'test:coverage': 'jest --coverage' }) }, false, { script: 'test' }],
    [{ 'package.json': manifest({ test: 'node --test' }), 'pnpm-lock.yaml': '' }, true, { runner: 'node', packageManager: 'pnpm' }],
    [{ 'pyproject.toml': '[project]\nname = "x"\n' }, true, { language: 'python', runner: 'pytest', reason: 'found pyproject.toml' }],
    [{ 'requirements-dev.txt': 'pytest\n' }, true, { language: 'python', reason: 'found requirements-dev.txt' }],
    [{ 'package.json': manifest({ test: 'echo "Error: no test specified" && exit 1' }), 'setup.py': '' }, true, { language: 'python' }],
  ])('%j (coverage %s)', (files, coverage, expected) => {
    expect(detectTestProject(snapshot(files), coverage)).toMatchObject(expected);
  });

  it('says what it looked for when there is no test command', () => {
    expect(() => detectTestProject(snapshot({ 'package.json': manifest({ build: 'tsc' }) }), true)).toThrow(
      "No test command in /repo/service: package.json has no 'test' script, and no Python project to run pytest in. Looked for the package.json scripts 'test' (and 'test:coverage' when coverage is on) and for pyproject.toml, setup.py, setup.cfg, pytest.ini, tox.ini, requirements*.txt. Add a 'test' script, or set 'working-directory' to the project folder.",
    );
  });

  it.each(['nx test', 'turbo run test', 'make check', 'lerna run test'])('runs a script whose runner it does not recognise (%s) as it is, never refuses it', (script) => {
    expect(detectTestProject(snapshot({ 'package.json': manifest({ test: script }) }), true)).toMatchObject({
      runner: 'script',
      script: 'test',
      reason: `package.json script 'test': ${script} (no runner recognised in it: run as it is, judged by its exit code)`,
    });
  });

  it.each([
    ['jest && npm run check:types', 'script'],
    ['vitest run; echo done', 'script'],
    ['pnpm lint && pnpm test:types && pnpm vitest run', 'vitest'],
    ['tsc -p . && cross-env TZ=UTC jest --coverage', 'jest'],
    ['node --test && npm run check:type:ts', 'node'],
  ])('%s: result flags appended only where they reach the runner (%s)', (script, runner) => {
    expect(detectTestProject(snapshot({ 'package.json': manifest({ test: script }) }), true)).toMatchObject({ runner });
  });

  it("runs the script 'test-script' names, and says which scripts there are when it names none", () => {
    const files = { 'package.json': manifest({ test: 'jest', 'test:unit': 'vitest run', ci: 'nx run-many -t test' }) };
    expect(detectTestProject(snapshot(files), true, 'test:unit')).toMatchObject({ runner: 'vitest', script: 'test:unit' });
    expect(detectTestProject(snapshot(files), true, 'ci')).toMatchObject({ runner: 'script', script: 'ci', scriptText: 'nx run-many -t test' });
    expect(() => detectTestProject(snapshot(files), true, 'tests')).toThrow(
      "Input 'test-script' is 'tests', but package.json in /repo/service has no such script (it has 'test', 'test:unit', 'ci'). Name one of them, or leave the input empty.",
    );
  });
});

const node = (runner: 'jest' | 'vitest' | 'node' | 'mocha', packageManager: 'npm' | 'yarn' | 'pnpm' = 'npm'): Extract<TestProject, { language: 'node' }> => ({ language: 'node', runner, script: 'test', scriptText: runner, packageManager, reason: '' });
const common = { resultsDirectory: '/r', nodeReporter: '/tmp/reporter.mjs', extraArgs: ['--bail'] };

describe('testCommand', () => {
  it.each([
    [node('jest'), { coverage: true }, 'npm run test -- --json --outputFile=/r/jest-results.json --testLocationInResults --coverage --coverageReporters=lcovonly --coverageReporters=text-summary --coverageDirectory=/r/coverage --bail'],
    [node('jest', 'yarn'), { coverage: false, files: ['a.test.ts', 'b c.test.ts'] }, 'yarn run test --json --outputFile=/r/jest-results.json --testLocationInResults --bail --runTestsByPath a.test.ts b c.test.ts'],
    [{ ...node('node', 'pnpm'), scriptText: 'node --test' }, { coverage: true }, 'pnpm run test --experimental-test-coverage --bail'],
    [node('vitest'), { coverage: true }, 'npm run test -- --reporter=default --reporter=junit --outputFile.junit=/r/junit.xml --coverage.enabled=true --coverage.reportOnFailure=true --coverage.reporter=lcovonly --coverage.reporter=text-summary --coverage.reportsDirectory=/r/coverage --bail'],
    [node('mocha'), { coverage: false, files: ['t.js'] }, 'npm run test -- --reporter=xunit --reporter-option=output=/r/junit.xml --bail t.js'],
    [{ language: 'python', runner: 'pytest', reason: '' } as TestProject, { coverage: true, python: { executable: '/p/.venv/bin/python', hasCov: true, hasXdist: true }, pythonCoverage: { configs: {}, packages: ['tests'], srcPackages: ['prices'], modules: ['setup.py', 'conftest.py'] }, files: ['tests/test_a.py'] },
      '/p/.venv/bin/python -m pytest --junitxml=/r/junit.xml -o junit_family=xunit1 --cov=src/prices --cov-branch --cov-report=xml:/r/coverage.xml --cov-report=term -n auto --bail tests/test_a.py'],
    [{ language: 'python', runner: 'pytest', reason: '' } as TestProject, { coverage: true, python: { executable: 'python3', hasCov: false, hasXdist: false } },
      'python3 -m pytest --junitxml=/r/junit.xml -o junit_family=xunit1 --bail'],
  ])('%j %j', (project, inputs, expected) => {
    const plan = testCommand(project, { ...common, ...inputs });
    expect([plan.command, ...plan.args].join(' ')).toBe(expected);
  });

  it.each([true, false])("pytest: coverage's data file goes with the results, not into the project (coverage %s)", (coverage) => {
    const plan = testCommand({ language: 'python', runner: 'pytest', reason: '' }, { ...common, coverage, python: { executable: 'python3', hasCov: true, hasXdist: false } });
    expect(plan.env).toEqual({ COVERAGE_FILE: '/r/.coverage' });
  });

  it('keeps each argument whole: nothing is split or quoted for a shell', () => {
    const plan = testCommand(node('jest'), { ...common, coverage: false, extraArgs: ['-t', 'prices with spaces; rm -rf /'] });
    expect(plan.args.slice(-2)).toEqual(['-t', 'prices with spaces; rm -rf /']);
  });

  it('says why there is no coverage where the runner has none of its own', () => {
    expect(testCommand(node('mocha'), { ...common, coverage: true }).coverageUnavailable).toMatch(/^mocha has no coverage of its own/);
    expect(testCommand({ language: 'python', runner: 'pytest', reason: '' }, { ...common, coverage: true, python: { executable: 'python3', hasCov: false, hasXdist: false } }).coverageUnavailable).toBe(
      "pytest-cov is not installed in python3: add pytest-cov to the project's test dependencies for coverage",
    );
  });
});

describe("node's runner: reporters through NODE_OPTIONS, whatever the script's arguments", () => {
  const plan = (scriptText: string, coverage = true, nodeOptions?: string) =>
    testCommand({ ...node('node'), scriptText }, { ...common, extraArgs: [], coverage, nodeOptions, nodeReporter: '/tmp/our reporter.mjs' });

  it.each([
    ['node --test', ['--experimental-test-coverage'], undefined],
    ['node --test test/', [], "names `test/`: add --experimental-test-coverage"],
    ["node --test 'test/**/*.test.js'", [], 'names `test/**/*.test.js`'],
    ['node --import tsx --test', ['--experimental-test-coverage'], undefined],
    ['node --import tsx --test src/**/*.test.ts', [], 'names `src/**/*.test.ts`'],
    ['node --test --experimental-test-coverage test/', [], undefined],
    ['node --test && echo done', [], 'runs other commands after it'],
  ])('%s: appends %j to the script, coverage note %j', (scriptText, appended, note) => {
    const made = plan(scriptText);
    expect(made.args).toEqual(['run', 'test', '--', ...appended]);
    expect(made.env.NODE_OPTIONS).toBe(
      `--test-reporter="/tmp/our reporter.mjs" --test-reporter-destination=stdout --test-reporter=spec --test-reporter-destination=stdout${note === undefined ? ' --test-reporter=lcov --test-reporter-destination=/r/lcov.info' : ''}`,
    );
    expect(made.env.BUILD_ACTIONS_NODE_TEST_RESULTS).toBe('/r/node-junit');
    expect(made.files.lcov).toBe(note === undefined ? '/r/lcov.info' : undefined);
    if (note !== undefined) expect(made.coverageUnavailable).toContain(note);
    expect(made.countsMayBeUnknown).toBeUndefined();
  });

  it("keeps the project's NODE_OPTIONS, ours after them", () => {
    expect(plan('node --test', false, '--max-old-space-size=4096').env.NODE_OPTIONS).toBe(
      '--max-old-space-size=4096 --test-reporter="/tmp/our reporter.mjs" --test-reporter-destination=stdout --test-reporter=spec --test-reporter-destination=stdout',
    );
  });

  it('says the counts may be unknown when the script picks its own reporter (it replaces ours)', () => {
    expect(plan('node --test --test-reporter=dot', false).countsMayBeUnknown).toContain('picks its own --test-reporter');
  });

  it('runs an unrecognised script as it is, with the reporters for any node runner under it, counts possibly unknown', () => {
    const made = testCommand({ language: 'node', runner: 'script', script: 'test', scriptText: 'nx test', packageManager: 'npm', reason: '' }, { ...common, extraArgs: [], coverage: true });
    expect([made.command, ...made.args]).toEqual(['npm', 'run', 'test', '--']);
    expect(made.env.NODE_OPTIONS).toContain('--test-reporter=/tmp/reporter.mjs');
    expect(made.countsMayBeUnknown).toContain("no test runner was recognised in 'nx test'");
    expect(made.coverageUnavailable).toContain('run as it is');
  });
});

describe('vitest coverage', () => {
  it('is asked for only when a provider is installed; else the tests run and the note says how to install one', () => {
    const withProvider = testCommand(node('vitest'), { ...common, extraArgs: [], coverage: true, vitestCoverageProvider: true });
    expect(withProvider.args).toContain('--coverage.enabled=true');
    const without = testCommand(node('vitest', 'pnpm'), { ...common, extraArgs: [], coverage: true, vitestCoverageProvider: false });
    expect(without.args.join(' ')).not.toContain('coverage');
    expect(without.files.lcov).toBeUndefined();
    expect(without.coverageUnavailable).toBe('vitest measures coverage through a provider package, and the project has none: pnpm add -D @vitest/coverage-v8 (the version of vitest) for coverage.');
  });
});

describe('listing test files', () => {
  it.each([
    [node('jest'), 'npm run --silent test -- --listTests'],
    [node('jest', 'yarn'), 'yarn --silent run test --listTests'],
    [{ language: 'python', runner: 'pytest', reason: '' } as TestProject, '.venv/bin/python -m pytest --collect-only -q -p no:cacheprovider'],
  ])('%j lists with %j', (project, expected) => {
    const command = listCommand(project, { executable: '.venv/bin/python' });
    expect(command && [command.command, ...command.args].join(' ')).toBe(expected);
  });

  it('reads jest paths and pytest node ids', () => {
    expect(parseListedFiles('\n> x@1 test\n/repo/service/tests/b.test.ts\n/repo/service/tests/a.test.ts\n', node('jest'), '/repo/service')).toEqual(['tests/a.test.ts', 'tests/b.test.ts']);
    expect(parseListedFiles('tests/test_a.py::test_x\ntests/test_a.py::T::test_y\ntests/sub/test_b.py::test_z\n\n3 tests collected in 0.01s\n', { language: 'python', runner: 'pytest', reason: '' }, '/repo/service')).toEqual(['tests/sub/test_b.py', 'tests/test_a.py']);
  });

  it.each([
    ['test/a.test.js', true],
    ['src/a.test.mjs', true],
    ['src/a-test.cjs', true],
    ['src/a_test.js', true],
    ['test-a.js', true],
    ['test.js', true],
    ['test/helpers/util.js', true],
    ['src/contest.js', false],
    ['src/a.test.ts', false],
    ['node_modules/x/test/a.js', false],
  ])("node --test's default patterns: %s is %s", (file, expected) => {
    expect(isNodeTestFile(file)).toBe(expected);
  });
});

describe('inputs', () => {
  const reader = (values: Record<string, string>) => (name: string): string => values[name] ?? '';

  it('reads the defaults', () => {
    expect(readTestInputs(reader({}))).toEqual({ workingDirectory: '.', coverage: true, coverageThreshold: undefined, shard: undefined, args: [], allowNoTests: false, cache: true, cacheVersion: '', resultsDirectory: 'test-results', mergeShards: false, testScript: '', timeoutMinutes: 30 });
  });

  it.each([
    ['80', 80],
    ['80 %', 80],
    ['0', 0],
    ['100', 100],
    ['72.5', 72.5],
    ['', undefined],
  ])('threshold %j is %s', (raw, expected) => {
    expect(parseThreshold(raw)).toBe(expected);
  });

  it.each(['101', '-1', 'high', '1e2'])('rejects threshold %j', (raw) => {
    expect(() => parseThreshold(raw)).toThrow(`Input 'coverage-threshold' must be a percent from 0 to 100, e.g. 80 (got '${raw}').`);
  });

  it('takes args one per line, whole', () => {
    expect(parseArgumentLines('--maxWorkers=2\n\n  -t\nname with spaces  \n')).toEqual(['--maxWorkers=2', '-t', 'name with spaces']);
  });

  it.each([
    [{ coverage: 'yes' }, "Input 'coverage' must be true or false (got 'yes')."],
    [{ coverage: 'false', 'coverage-threshold': '80' }, "Input 'coverage-threshold' is 80, but 'coverage' is false: turn coverage on, or remove the threshold."],
    [{ 'merge-shards': 'true', shard: '1/2' }, "Inputs 'merge-shards: true' and 'shard: 1/2' exclude each other: the merge runs in its own job after the shards."],
  ])('rejects %j', (values, message) => {
    expect(() => readTestInputs(reader(values))).toThrow(message);
  });
});
