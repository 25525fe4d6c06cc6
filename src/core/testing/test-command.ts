import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { readPackageJson, requirementsFiles, type JsonObject, type ProjectSnapshot } from '../project-snapshot.js';
import { NODE_RESULTS_VARIABLE, nodeOptionsWithReporters, nodeTestInvocation } from './node-script.js';
import { pytestCoverageArgs, type PythonCoverageFacts } from './python-coverage.js';

/** `script`: a script whose runner is not recognised (`nx test`, `turbo run test`, `make check`), run as it is. */
export type NodeTestRunner = 'jest' | 'vitest' | 'node' | 'mocha' | 'script';
export type TestRunner = NodeTestRunner | 'pytest';

/** What runs the project's tests: a package script (Node) or pytest from the project's interpreter (Python). */
export type TestProject =
  | { language: 'node'; runner: NodeTestRunner; script: string; scriptText: string; packageManager: 'npm' | 'yarn' | 'pnpm'; reason: string }
  | { language: 'python'; runner: 'pytest'; reason: string };

const NPM_PLACEHOLDER = /no test specified/;
const PYTHON_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', 'pytest.ini', 'tox.ini'];

/** The runner a package script calls, from its text (`jest --ci`, `vitest run`, `node --test`, `mocha`). */
/** pytest's exit code when it collected no test (https://docs.pytest.org/en/stable/reference/exit-codes.html): not a failure by itself. */
const PYTEST_NO_TESTS_COLLECTED = 5;

/** Whether `exitCode` is the runner saying it found no test, rather than a failure. */
export function collectedNoTests(runner: TestRunner, exitCode: number): boolean {
  return runner === 'pytest' && exitCode === PYTEST_NO_TESTS_COLLECTED;
}

export function detectNodeRunner(scriptText: string): Exclude<NodeTestRunner, 'script'> | undefined {
  // `jest`, or jest's own script through node (`node --experimental-vm-modules node_modules/jest/bin/jest.js`).
  if (/(^|[\s/&;|(])jest(\.js)?(\s|$)/.test(scriptText)) return 'jest';
  if (/(^|[\s/&;|(])vitest(\s|$)/.test(scriptText)) return 'vitest';
  if (/(^|[\s/&;|(])node(\s[^&;|]*)?\s--test(\s|=|$)/.test(scriptText)) return 'node';
  if (/(^|[\s/&;|(])mocha(\s|$)/.test(scriptText)) return 'mocha';
  return undefined;
}

function scripts(manifest: JsonObject | undefined): Record<string, string> {
  const value = manifest?.scripts;
  if (value === null || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function nodePackageManager(snapshot: ProjectSnapshot): 'npm' | 'yarn' | 'pnpm' {
  if (snapshot.entries.has('pnpm-lock.yaml')) return 'pnpm';
  if (snapshot.entries.has('yarn.lock')) return 'yarn';
  return 'npm';
}

/**
 * Decides how the project's tests run. `testScript` (input 'test-script') names the package script; any script runs,
 * recognised or not: an unrecognised one is judged by its exit code. Throws ConfigurationError, saying what was
 * looked for, when nothing fits.
 */
export function detectTestProject(snapshot: ProjectSnapshot, coverage: boolean, testScript = ''): TestProject {
  const available = scripts(readPackageJson(snapshot));
  if (testScript !== '' && available[testScript] === undefined) {
    const names = Object.keys(available);
    throw new ConfigurationError(
      `Input 'test-script' is '${testScript}', but package.json in ${snapshot.directory} has no such script ` +
        `(it has ${names.length > 0 ? names.map((name) => `'${name}'`).join(', ') : 'no scripts'}). Name one of them, or leave the input empty.`,
    );
  }
  const script = testScript !== '' ? testScript : coverage && available['test:coverage'] !== undefined ? 'test:coverage' : 'test';
  const scriptText = available[script];
  if (scriptText !== undefined && (testScript !== '' || !NPM_PLACEHOLDER.test(scriptText))) {
    const detected = detectNodeRunner(scriptText);
    // Arguments appended to a script reach its last command: jest's, vitest's or mocha's result flags only work when that command is the runner.
    const lastCommand = scriptText.split(/&&|\|\||;/).map((part) => part.trim()).filter((part) => part !== '').pop() ?? '';
    const reachable = detected === undefined || detected === 'node' || detectNodeRunner(lastCommand) === detected;
    const runner: NodeTestRunner = detected !== undefined && reachable ? detected : 'script';
    const why =
      detected === undefined
        ? ' (no runner recognised in it: run as it is, judged by its exit code)'
        : reachable
          ? ''
          : ` (${detected} is not its last command, so flags for its results cannot be added: run as it is, judged by its exit code)`;
    const reason = `package.json script '${script}': ${scriptText}${why}`;
    return { language: 'node', runner, script, scriptText, packageManager: nodePackageManager(snapshot), reason };
  }
  const pythonMarker = PYTHON_MARKERS.find((name) => snapshot.entries.has(name)) ?? requirementsFiles(snapshot)[0];
  if (pythonMarker !== undefined) return { language: 'python', runner: 'pytest', reason: `found ${pythonMarker}` };
  const found = snapshot.entries.has('package.json')
    ? scriptText !== undefined
      ? `package.json's 'test' script is npm's placeholder ('${scriptText}')`
      : `package.json has no 'test' script`
    : 'no package.json';
  throw new ConfigurationError(
    `No test command in ${snapshot.directory}: ${found}, and no Python project to run pytest in. Looked for the package.json scripts ` +
      `'test' (and 'test:coverage' when coverage is on) and for ${PYTHON_MARKERS.join(', ')}, requirements*.txt. ` +
      `Add a 'test' script, or set 'working-directory' to the project folder.`,
  );
}

export interface ResultFiles {
  /** Absolute folder this step writes into. */
  directory: string;
  junit: string;
  /** node's runner: one JUnit file per runner process, written by our reporter (given through NODE_OPTIONS). */
  nodeJunitDirectory?: string;
  jestJson?: string;
  lcov?: string;
  cobertura?: string;
}

export interface CommandPlan {
  command: string;
  args: string[];
  files: ResultFiles;
  /** Environment for the command (NODE_OPTIONS with our reporters, the reporter's folder). */
  env: Record<string, string>;
  /** Coverage was asked for but the runner cannot give it without a dependency: said in the summary. */
  coverageUnavailable?: string;
  /** What coverage measured, said in the summary (pytest: the coverage config's source, or the packages). */
  coverageSource?: string;
  /** Set when the runner may well write no results: then the exit code decides and the counts are unknown, for this reason. */
  countsMayBeUnknown?: string;
}

export interface CommandInputs {
  coverage: boolean;
  extraArgs: readonly string[];
  /** Only these files (paths relative to the project), when sharded. */
  files?: readonly string[];
  /** Absolute folder for result files. */
  resultsDirectory: string;
  /** Absolute path of our node:test reporter module (writes JUnit XML with file and line). */
  nodeReporter: string;
  /** Python: the interpreter and which plugins it can import. */
  python?: { executable: string; hasCov: boolean; hasXdist: boolean };
  /** Python: what says which code coverage measures (the project's coverage config, its packages). */
  pythonCoverage?: PythonCoverageFacts;
  /** The NODE_OPTIONS the step was given: kept, ours are added after. */
  nodeOptions?: string;
  /** vitest: whether @vitest/coverage-v8 or @vitest/coverage-istanbul can be loaded from the project. */
  vitestCoverageProvider?: boolean;
}

function installHint(packageManager: 'npm' | 'yarn' | 'pnpm', name: string): string {
  return packageManager === 'npm' ? `npm install --save-dev ${name}` : `${packageManager} add -D ${name}`;
}

function scriptCommand(project: Extract<TestProject, { language: 'node' }>, args: string[]): { command: string; args: string[] } {
  if (project.packageManager === 'npm') return { command: 'npm', args: ['run', project.script, '--', ...args] };
  return { command: project.packageManager, args: ['run', project.script, ...args] };
}

/** The command that runs the tests with machine-readable results, as an argument array (never a shell string). */
export function testCommand(project: TestProject, inputs: CommandInputs): CommandPlan {
  const directory = inputs.resultsDirectory;
  const at = (name: string): string => path.join(directory, name);
  const files = inputs.files ?? [];
  if (project.language === 'python') {
    const python = inputs.python;
    if (python === undefined) throw new Error('the Python interpreter was not probed');
    const args = ['-m', 'pytest', `--junitxml=${at('junit.xml')}`, '-o', 'junit_family=xunit1'];
    // coverage.py's data file goes with the results, not into the project, whoever starts coverage (ours, or the
    // project's own --cov in addopts): COVERAGE_FILE wins over a config's data_file.
    const plan: CommandPlan = { command: python.executable, args, env: { COVERAGE_FILE: at('.coverage') }, files: { directory, junit: at('junit.xml') } };
    const sources = inputs.coverage && python.hasCov ? pytestCoverageArgs(inputs.pythonCoverage ?? { packages: [], srcPackages: [], modules: [], configs: {} }) : undefined;
    if (sources !== undefined && 'args' in sources) {
      args.push(...sources.args, '--cov-branch', `--cov-report=xml:${at('coverage.xml')}`, '--cov-report=term');
      plan.files.cobertura = at('coverage.xml');
      plan.coverageSource = sources.source;
    } else if (sources !== undefined) {
      plan.coverageUnavailable = sources.unavailable;
    } else if (inputs.coverage) {
      plan.coverageUnavailable = `pytest-cov is not installed in ${python.executable}: add pytest-cov to the project's test dependencies for coverage`;
    }
    if (python.hasXdist) args.push('-n', 'auto');
    args.push(...inputs.extraArgs, ...files);
    return plan;
  }
  const runnerArgs: string[] = [];
  const plan: CommandPlan = { command: '', args: [], env: {}, files: { directory, junit: at('junit.xml') } };
  switch (project.runner) {
    case 'jest':
      plan.files.jestJson = at('jest-results.json');
      runnerArgs.push('--json', `--outputFile=${plan.files.jestJson}`, '--testLocationInResults');
      if (inputs.coverage) {
        plan.files.lcov = at('coverage/lcov.info');
        runnerArgs.push('--coverage', '--coverageReporters=lcovonly', '--coverageReporters=text-summary', `--coverageDirectory=${at('coverage')}`);
      }
      runnerArgs.push(...inputs.extraArgs);
      if (inputs.files !== undefined) runnerArgs.push('--runTestsByPath', ...files);
      break;
    case 'node':
    case 'script': {
      // Reporters through NODE_OPTIONS: node reads them whatever the script's own arguments are (a folder, globs,
      // --import tsx), and so does every runner a wrapper starts. Our reporter writes one file per runner process.
      plan.files.nodeJunitDirectory = at('node-junit');
      plan.env[NODE_RESULTS_VARIABLE] = plan.files.nodeJunitDirectory;
      const reporters = [{ reporter: inputs.nodeReporter, destination: 'stdout' }, { reporter: 'spec', destination: 'stdout' }];
      const invocation = project.runner === 'node' ? nodeTestInvocation(project.scriptText) : undefined;
      if (project.runner === 'script') {
        plan.countsMayBeUnknown = `no test runner was recognised in '${project.scriptText}', and it wrote no results the action can read (node's runner, when the script starts one, is read)`;
        if (inputs.coverage) plan.coverageUnavailable = `Coverage is measured for the runners the action recognises (jest, vitest, node --test, pytest): the script '${project.script}' is run as it is.`;
      } else if (invocation?.ownReporter) {
        plan.countsMayBeUnknown = `the script '${project.scriptText}' picks its own --test-reporter, which replaces the ones the action gives node`;
      }
      if (project.runner === 'node' && inputs.coverage) {
        // node refuses --experimental-test-coverage in NODE_OPTIONS: it goes on the command line, only where it cannot be read as a file name.
        const appendable = invocation !== undefined && invocation.last && invocation.positional.length === 0;
        if (invocation?.coverage || appendable) {
          if (!invocation?.coverage) runnerArgs.push('--experimental-test-coverage');
          plan.files.lcov = at('lcov.info');
          reporters.push({ reporter: 'lcov', destination: plan.files.lcov });
        } else {
          plan.coverageUnavailable =
            `node --test measures coverage only with --experimental-test-coverage on its command line, before its file arguments, and \`${project.scriptText}\` ` +
            `${invocation === undefined || !invocation.last ? 'runs other commands after it' : `names \`${invocation.positional.join(' ')}\``}: add --experimental-test-coverage to the script after --test for coverage.`;
        }
      }
      plan.env.NODE_OPTIONS = nodeOptionsWithReporters(inputs.nodeOptions, reporters);
      runnerArgs.push(...inputs.extraArgs, ...files);
      break;
    }
    case 'vitest':
      runnerArgs.push('--reporter=default', '--reporter=junit', `--outputFile.junit=${at('junit.xml')}`);
      if (inputs.coverage && inputs.vitestCoverageProvider !== false) {
        plan.files.lcov = at('coverage/lcov.info');
        runnerArgs.push('--coverage.enabled=true', '--coverage.reportOnFailure=true', '--coverage.reporter=lcovonly', '--coverage.reporter=text-summary', `--coverage.reportsDirectory=${at('coverage')}`);
      } else if (inputs.coverage) {
        // vitest refuses to start when coverage is on and no provider is installed: the tests run without it.
        plan.coverageUnavailable = `vitest measures coverage through a provider package, and the project has none: ${installHint(project.packageManager, '@vitest/coverage-v8')} (the version of vitest) for coverage.`;
      }
      runnerArgs.push(...inputs.extraArgs, ...files);
      break;
    case 'mocha':
      runnerArgs.push('--reporter=xunit', `--reporter-option=output=${at('junit.xml')}`);
      if (inputs.coverage) plan.coverageUnavailable = 'mocha has no coverage of its own: wrap it in c8 or nyc in the test script for coverage';
      runnerArgs.push(...inputs.extraArgs, ...files);
      break;
  }
  const command = scriptCommand(project, runnerArgs);
  return { ...plan, command: command.command, args: command.args };
}

/** The command that lists the test files, where the runner can list them (jest, pytest); undefined: walk the tree. */
export function listCommand(project: TestProject, python?: { executable: string }): { command: string; args: string[] } | undefined {
  if (project.language === 'python') return { command: python?.executable ?? 'python3', args: ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider'] };
  if (project.runner === 'jest') {
    const command = scriptCommand(project, ['--listTests']);
    return project.packageManager === 'npm' ? { command: 'npm', args: ['run', '--silent', ...command.args.slice(1)] } : { command: command.command, args: ['--silent', ...command.args] };
  }
  return undefined;
}

/** Test files from a listing's output: jest prints absolute paths, pytest `file::test` node ids. */
export function parseListedFiles(output: string, project: TestProject, projectDirectory: string): string[] {
  const files = new Set<string>();
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    if (project.language === 'python') {
      const match = /^([^\s:]+\.py)::/.exec(line);
      if (match) files.add(match[1]);
    } else if (line.startsWith('/') && /\.[cm]?[jt]sx?$/.test(line)) {
      files.add(path.relative(projectDirectory, line).split(path.sep).join('/'));
    }
  }
  return [...files].sort();
}

/** node --test's default file patterns (Node 20+), matched on a path relative to the project. */
export function isNodeTestFile(relative: string): boolean {
  const parts = relative.split('/');
  if (parts.some((part) => part === 'node_modules' || part.startsWith('.'))) return false;
  const name = parts[parts.length - 1];
  if (!/\.[cm]?js$/.test(name)) return false;
  return /^(.*[.\-_])?test\.[cm]?js$/.test(name) || /^test-.*\.[cm]?js$/.test(name) || parts.slice(0, -1).includes('test');
}
