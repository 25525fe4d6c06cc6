import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { readPackageJson, requirementsFiles, type JsonObject, type ProjectSnapshot } from '../project-snapshot.js';

export type NodeTestRunner = 'jest' | 'vitest' | 'node' | 'mocha';
export type TestRunner = NodeTestRunner | 'pytest';

/** What runs the project's tests: a package script (Node) or pytest from the project's interpreter (Python). */
export type TestProject =
  | { language: 'node'; runner: NodeTestRunner; script: string; scriptText: string; packageManager: 'npm' | 'yarn' | 'pnpm'; reason: string }
  | { language: 'python'; runner: 'pytest'; reason: string };

const NPM_PLACEHOLDER = /no test specified/;
const PYTHON_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', 'pytest.ini', 'tox.ini'];

/** The runner a package script calls, from its text (`jest --ci`, `vitest run`, `node --test`, `mocha`). */
export function detectNodeRunner(scriptText: string): NodeTestRunner | undefined {
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

/** Decides how the project's tests run. Throws ConfigurationError, saying what was looked for, when nothing fits. */
export function detectTestProject(snapshot: ProjectSnapshot, coverage: boolean): TestProject {
  const available = scripts(readPackageJson(snapshot));
  const script = coverage && available['test:coverage'] !== undefined ? 'test:coverage' : 'test';
  const scriptText = available[script];
  if (scriptText !== undefined && !NPM_PLACEHOLDER.test(scriptText)) {
    const runner = detectNodeRunner(scriptText);
    if (runner === undefined) {
      throw new ConfigurationError(
        `package.json script '${script}' in ${snapshot.directory} is '${scriptText}', and no supported test runner was recognised in it ` +
          `(looked for jest, vitest, node --test, mocha). Call the runner directly in the script so its results can be read.`,
      );
    }
    return { language: 'node', runner, script, scriptText, packageManager: nodePackageManager(snapshot), reason: `package.json script '${script}': ${scriptText}` };
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
  jestJson?: string;
  lcov?: string;
  cobertura?: string;
}

export interface CommandPlan {
  command: string;
  args: string[];
  files: ResultFiles;
  /** Coverage was asked for but the runner cannot give it without a dependency: said in the summary. */
  coverageUnavailable?: string;
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
    const plan: CommandPlan = { command: python.executable, args, files: { directory, junit: at('junit.xml') } };
    if (inputs.coverage && python.hasCov) {
      args.push('--cov=.', '--cov-branch', `--cov-report=xml:${at('coverage.xml')}`, '--cov-report=term');
      plan.files.cobertura = at('coverage.xml');
    } else if (inputs.coverage) {
      plan.coverageUnavailable = `pytest-cov is not installed in ${python.executable}: add pytest-cov to the project's test dependencies for coverage`;
    }
    if (python.hasXdist) args.push('-n', 'auto');
    args.push(...inputs.extraArgs, ...files);
    return plan;
  }
  const runnerArgs: string[] = [];
  const plan: CommandPlan = { command: '', args: [], files: { directory, junit: at('junit.xml') } };
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
      runnerArgs.push(`--test-reporter=${inputs.nodeReporter}`, `--test-reporter-destination=${at('junit.xml')}`, '--test-reporter=spec', '--test-reporter-destination=stdout');
      if (inputs.coverage) {
        plan.files.lcov = at('lcov.info');
        runnerArgs.push('--experimental-test-coverage', '--test-reporter=lcov', `--test-reporter-destination=${plan.files.lcov}`);
      }
      runnerArgs.push(...inputs.extraArgs, ...files);
      break;
    case 'vitest':
      runnerArgs.push('--reporter=default', '--reporter=junit', `--outputFile.junit=${at('junit.xml')}`);
      if (inputs.coverage) {
        plan.files.lcov = at('coverage/lcov.info');
        runnerArgs.push('--coverage.enabled=true', '--coverage.reportOnFailure=true', '--coverage.reporter=lcovonly', '--coverage.reporter=text-summary', `--coverage.reportsDirectory=${at('coverage')}`);
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
