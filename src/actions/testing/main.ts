import { outputTail } from '../../core/process-output.js';
import { PYTHON_CANDIDATES_TEXT, pythonCandidates } from '../../core/python-venv.js';
import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { resolveOutputPath, shownPath } from '../../core/output-folders.js';
import { parseCobertura, parseLcov, type CoverageData } from '../../core/testing/coverage.js';
import { parseJestJson } from '../../core/testing/jest-json.js';
import { parseJunit, writeJunit } from '../../core/testing/junit.js';
import type { ShardReport } from '../../core/testing/report.js';
import { fileDurations, mergeResults, placeOnExistingFiles, repositoryPath, type PathBase, type TestResults } from '../../core/testing/results.js';
import { planShards, type ShardSpec } from '../../core/testing/shards.js';
import { collectedNoTests, detectTestProject, isNodeTestFile, listCommand, parseListedFiles, testCommand, type CommandPlan, type TestProject } from '../../core/testing/test-command.js';
import { timingsKeyPrefix } from '../../core/testing/timings.js';
import { AnnotationCounter } from '../../runtime/io/annotations.js';
import { readProjectSnapshot, readTextIfExists, resolveInputDirectory } from '../../runtime/files/file-system.js';
import { writeNodeTestReporter } from '../../runtime/testing/node-test-reporter.js';
import { clearResultFiles, isPackageInstalled, pythonCoverageFacts, readTextFiles, walkFiles, writeText } from '../../runtime/testing/test-files.js';
import { withoutWorkflowCommands } from '../../runtime/io/untrusted-output.js';
import { readTestInputs, type TestInputs } from './inputs.js';
import { mergeShards } from './merge.js';
import { judgeRun } from './run-verdict.js';
import { finish, writeShardReport, type Outcome, type ShardReportFile, type TestActionResult } from './outcome.js';
import { restoreTimings, runIdentity, saveTimings } from './timings-cache.js';

export type { TestActionResult } from './outcome.js';

/** Everything this action writes into 'results-directory' (and nothing else there is touched). */
const RESULT_NAMES = ['junit.xml', 'node-junit', 'jest-results.json', 'coverage', 'lcov.info', 'coverage.xml', '.coverage', 'test-report.json'];

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py)$/;

const PYTHON_PROBE = "import importlib.util, json; print(json.dumps({m: importlib.util.find_spec(m) is not None for m in ['pytest', 'pytest_cov', 'xdist']}))";

/** The project's interpreter: its .venv first (as setup-deps leaves it), then an activated venv, then python3 on PATH. */
async function probePython(deps: ActionDependencies, directory: string): Promise<{ executable: string; hasCov: boolean; hasXdist: boolean }> {
  const candidates = pythonCandidates(directory, deps.context.env);
  for (const executable of candidates) {
    const probe = await deps.run(executable, ['-c', PYTHON_PROBE], { cwd: directory, silent: true });
    if (probe.notFound || probe.exitCode !== 0) continue;
    const found = JSON.parse(probe.stdout.trim().split(/\r?\n/).pop() ?? '{}') as Record<string, boolean>;
    if (!found.pytest) {
      throw new ConfigurationError(`pytest is not installed for ${executable}: add pytest to the project's test dependencies (requirements-dev.txt or Poetry's dev group) and install them first (setup-deps).`);
    }
    return { executable, hasCov: found.pytest_cov === true, hasXdist: found.xdist === true };
  }
  throw new ConfigurationError(`No Python interpreter found to run pytest in ${directory}: looked for ${PYTHON_CANDIDATES_TEXT}.`);
}

async function listTestFiles(deps: ActionDependencies, project: TestProject, directory: string, python?: { executable: string }): Promise<string[]> {
  const command = listCommand(project, python);
  if (command === undefined) {
    if (project.runner === 'node') return walkFiles(directory, isNodeTestFile);
    throw new ConfigurationError(`Sharding needs the list of test files, and ${project.runner} cannot list them here: shard with jest, node --test or pytest.`);
  }
  const listed = await deps.run(command.command, command.args, { cwd: directory, silent: true });
  if (listed.exitCode !== 0 && !collectedNoTests(project.runner, listed.exitCode)) {
    throw new ConfigurationError(`Listing the test files with '${[command.command, ...command.args].join(' ')}' failed (exit code ${listed.exitCode}):\n${outputTail(listed.stdout, listed.stderr)}`);
  }
  return parseListedFiles(listed.stdout, project, directory);
}

async function readResults(plan: CommandPlan, project: TestProject, base: PathBase): Promise<TestResults | undefined> {
  if (plan.files.nodeJunitDirectory !== undefined) {
    // One file per runner process (a wrapper may start several): all of them, merged.
    const texts = (await readTextFiles(plan.files.nodeJunitDirectory, '.xml')).filter((text) => text.trim() !== '');
    if (texts.length === 0) return undefined;
    return mergeResults(project.runner, texts.map((xml) => parseJunit(xml, { ...base, runner: 'node' })));
  }
  if (plan.files.jestJson !== undefined) {
    const text = await readTextIfExists(plan.files.jestJson);
    if (text === undefined || text.trim() === '') return undefined;
    return parseJestJson(text, base);
  }
  const xml = await readTextIfExists(plan.files.junit);
  if (xml === undefined || xml.trim() === '') return undefined;
  return parseJunit(xml, { ...base, runner: project.runner, zeroBasedLines: project.runner === 'pytest' });
}

/** The run's results with every annotation on a file of the repository, relative to its root (a vitest workspace reports paths from each package); or why they could not be read. */
async function readPlacedResults(plan: CommandPlan, project: TestProject, base: PathBase): Promise<{ results?: TestResults; unreadable?: string }> {
  try {
    const results = await readResults(plan, project, base);
    if (results === undefined) return {};
    const existing = (await walkFiles(base.projectDirectory, (file) => SOURCE_FILE.test(file))).map((file) => repositoryPath(file, base));
    return { results: placeOnExistingFiles(results, existing, repositoryPath('.', base)) };
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
}

async function readCoverage(plan: CommandPlan, base: PathBase): Promise<CoverageData | undefined> {
  if (plan.files.lcov !== undefined) {
    const text = await readTextIfExists(plan.files.lcov);
    if (text !== undefined) return parseLcov(text, base);
  }
  if (plan.files.cobertura !== undefined) {
    const text = await readTextIfExists(plan.files.cobertura);
    if (text !== undefined) return parseCobertura(text, base);
  }
  return undefined;
}

export interface TestOptions {
  /** What this step has annotated so far: the one-step pipeline passes its counter (and an io it wraps). */
  counter?: AnnotationCounter;
}

export async function main(given: ActionDependencies, options: TestOptions = {}): Promise<TestActionResult> {
  const counter = options.counter ?? new AnnotationCounter();
  const deps = options.counter ? given : { ...given, io: counter.wrap(given.io) };
  const inputs = readTestInputs((name) => deps.io.getInput(name));
  return inputs.mergeShards ? mergeShards(deps, inputs) : runTests(deps, inputs, counter);
}

/** This shard's files, balanced on the earlier runs' durations (restored from the cache) over the project's test files. */
async function planShard(
  deps: ActionDependencies,
  inputs: TestInputs,
  spec: ShardSpec,
  where: { project: TestProject; base: PathBase; python?: { executable: string }; prefix: string; run: string },
): Promise<{ shard: ShardReport; restored: Awaited<ReturnType<typeof restoreTimings>>; shardPlan: ShardReportFile['plan'] }> {
  const { io, context } = deps;
  const { projectDirectory: directory, repositoryRoot } = where.base;
  return io.group(`Plan shard ${spec.index}/${spec.total}`, async () => {
    const all = await listTestFiles(deps, where.project, directory, where.python);
    const restored = await restoreTimings(io, deps.cache, context, inputs.cache, where.prefix, where.run);
    // History is kept by repository path; the runner takes paths relative to the project.
    const history = Object.fromEntries(
      Object.entries(restored.history).map(([file, ms]) => [path.relative(directory, path.join(repositoryRoot, file)).split(path.sep).join('/'), ms]),
    );
    const plan = planShards(all, history, spec.total);
    const mine = plan.shards[spec.index - 1].map((assignment) => assignment.file);
    io.info(`Shard ${spec.index}/${spec.total}: ${mine.length} of ${all.length} test files (history: ${restored.source})`);
    const toRepository = (file: string): string => repositoryPath(file, where.base);
    const shard = { spec, files: mine, allFiles: all.length, plannedMs: plan.loadsMs, filesWithoutHistory: plan.filesWithoutHistory, historySource: restored.source };
    return { shard, restored, shardPlan: { files: mine.map(toRepository), allFiles: all.map(toRepository) } };
  });
}

async function runTests(deps: ActionDependencies, inputs: TestInputs, counter?: AnnotationCounter): Promise<TestActionResult> {
  const { io, context } = deps;
  const directory = await resolveInputDirectory(context.workspace, 'working-directory', inputs.workingDirectory, 'Give a folder relative to the repository root.');
  const repositoryRoot = path.resolve(context.workspace);
  const base: PathBase = { projectDirectory: directory, repositoryRoot };
  // In the workspace, or in the run's temporary folder (the local command's default: nothing written into the project).
  const resultsDirectory = resolveOutputPath({ workspace: context.workspace, temp: context.tempDirectory }, 'results-directory', inputs.resultsDirectory);

  const { project, python } = await io.group('Detect the test runner', async () => {
    const project = detectTestProject(await readProjectSnapshot(directory), inputs.coverage, inputs.testScript);
    const python = project.language === 'python' ? await probePython(deps, directory) : undefined;
    io.info(`${directory}: ${project.runner} (${project.reason})${python ? ` with ${python.executable}${python.hasCov ? ', pytest-cov' : ''}${python.hasXdist ? ', pytest-xdist' : ''}` : ''}`);
    return { project, python };
  });
  await clearResultFiles(resultsDirectory, RESULT_NAMES);
  const notes: string[] = [`Runner: ${project.runner}, from ${project.reason}${python ? `; interpreter ${python.executable}${python.hasXdist ? ' with pytest-xdist (-n auto)' : ''}` : ''}.`];

  const identity = runIdentity(context, deps.now());
  const prefix = timingsKeyPrefix({ os: `${context.platform.os}-${context.platform.arch}`, projectPath: repositoryPath('.', base) || '.', runner: project.runner, cacheVersion: inputs.cacheVersion });
  const shardLabel = inputs.shard ? `${inputs.shard.index}/${inputs.shard.total}` : undefined;
  const { shard, restored, shardPlan } = inputs.shard === undefined ? {} : await planShard(deps, inputs, inputs.shard, { project, base, python, prefix, run: identity.run });
  const files = shard?.files;

  const nodeReporter = await writeNodeTestReporter(context.env.RUNNER_TEMP || os.tmpdir());
  const plan = testCommand(project, {
    coverage: inputs.coverage,
    extraArgs: inputs.args,
    files,
    resultsDirectory,
    nodeReporter,
    python,
    pythonCoverage: python && inputs.coverage ? await pythonCoverageFacts(directory) : undefined,
    nodeOptions: context.env.NODE_OPTIONS,
    vitestCoverageProvider:
      project.runner === 'vitest' && inputs.coverage
        ? (await isPackageInstalled(directory, '@vitest/coverage-v8', repositoryRoot)) || (await isPackageInstalled(directory, '@vitest/coverage-istanbul', repositoryRoot))
        : undefined,
  });
  const commandText = [plan.command, ...plan.args].join(' ');
  const started = deps.now();
  let outcome: Outcome;
  if (files !== undefined && files.length === 0) {
    outcome = { results: { runner: project.runner, cases: [], fileErrors: [] }, durationMs: 0 };
    // The merge job must see that this shard ran, with nothing to run.
    await writeShardReport(resultsDirectory, { schema: 1, runner: project.runner, shard: shardLabel, results: outcome.results, durationMs: 0, plan: shardPlan });
  } else {
    const result = await io.group(`Run the tests: ${commandText}`, () =>
      withoutWorkflowCommands(io, context.env.GITHUB_ACTIONS === 'true', () =>
        deps.run(plan.command, plan.args, { cwd: directory, env: plan.env, timeoutMs: inputs.timeoutMinutes * 60_000 }),
      ),
    );
    const durationMs = deps.now() - started;
    const { results, unreadable } = await readPlacedResults(plan, project, base);
    const readable = !result.timedOut && results !== undefined ? results : undefined;
    const coverage = readable ? await readCoverage(plan, base) : undefined;
    outcome = judgeRun({ commandText, plan, project, result, results, unreadable, durationMs, coverage, coverageOn: inputs.coverage, timeoutMinutes: inputs.timeoutMinutes });
    if (readable) {
      // jest's JSON and node's per-process files: one JUnit file for the 'results-file' output.
      if (project.runner === 'jest' || plan.files.nodeJunitDirectory !== undefined) await writeText(plan.files.junit, writeJunit(readable));
      await writeShardReport(resultsDirectory, { schema: 1, runner: project.runner, shard: shardLabel, results: readable, coverage, durationMs, plan: shardPlan });
    }
    if (inputs.shard !== undefined && outcome.problem?.reason !== 'crash') {
      const measured = fileDurations(outcome.results);
      notes.push(await saveTimings(io, deps.cache, context, inputs.cache, prefix, identity, `shard-${inputs.shard.index}of${inputs.shard.total}`, restored?.file, measured));
    }
  }
  // coverageUnavailable is the Coverage section's text (coverageNote): said there once, not again in the notes.
  if (plan.coverageUnavailable && inputs.coverage && outcome.coverageNote === undefined) notes.push(plan.coverageUnavailable);
  if (plan.coverageSource && inputs.coverage) notes.push(`Coverage measures ${plan.coverageSource}.`);
  const coverageFile = outcome.coverage ? (plan.files.lcov ?? plan.files.cobertura) : undefined;
  return finish(io, outcome, {
    title: `Tests: ${project.runner} in ${repositoryPath('.', base) || '.'}${shard ? `, shard ${shard.spec.index}/${shard.spec.total}` : ''}`,
    command: commandText,
    allowNoTests: inputs.allowNoTests,
    coverageThreshold: inputs.coverageThreshold,
    shard,
    resultsFile: outcome.results.cases.length > 0 || outcome.results.fileErrors.length > 0 ? shownPath(repositoryRoot, plan.files.junit) : undefined,
    coverageFile: coverageFile ? shownPath(repositoryRoot, coverageFile) : undefined,
    notes,
    noTestsReason: shard && shard.files.length === 0 ? `shard ${shard.spec.index}/${shard.spec.total} got no test files (${shard.allFiles} files for ${shard.spec.total} shards)` : undefined,
    counter,
  });
}

