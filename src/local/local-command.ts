import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main as pipelineMain, type PipelineStages } from '../actions/pipeline/main.js';
import { post as pipelinePost } from '../actions/pipeline/post.js';
import { main as qualityChecksMain } from '../actions/quality-checks/main.js';
import { main as setupDepsMain } from '../actions/setup-deps/main.js';
import { main as testMain } from '../actions/testing/main.js';
import { main as buildMain } from '../actions/build/main.js';
import { main as publishImageMain } from '../actions/publish-image/main.js';
import { post as publishImagePost } from '../actions/publish-image/post.js';
import { post as setupDepsPost } from '../actions/setup-deps/post.js';
import { renderExplanation } from '../core/local/cache-explain.js';
import { chooseRegistryPassword, LOCAL_USAGE, looksLikeStageName, parseLocalCommand, REGISTRY_PASSWORD_VARIABLE, unknownStageMessage } from '../core/local/cli-arguments.js';
import { ConfigurationError, isConfigurationError } from '../core/errors.js';
import { localOutputDefaults, localRunFolder, localRunInputs } from '../core/local/run-plan.js';
import { describeOutcome } from '../core/pipeline/plan.js';
import { secretValues } from '../core/secrets.js';
import { createConsoleActionIO } from '../runtime/io/console-action-io.js';
import { runMainWithErrorBoundary, runPostWithErrorBoundary, runStageWithErrorBoundary } from '../runtime/io/error-boundary.js';
import { removeAll } from '../runtime/files/file-system.js';
import { clearLocalCache, createLocalCacheStore } from '../runtime/cache/local-cache-store.js';
import { runCommand } from '../runtime/process/run-command.js';
import { explainProject, recordSavedParts } from './explain.js';
import { initService } from './init.js';
import { localWorkspace } from './workspace.js';
import { localImageStage } from './image-stage.js';
import { createProgress } from './progress.js';

function defaultCacheDirectory(env: NodeJS.ProcessEnv): string {
  if (env.BUILD_ACTIONS_CACHE_DIR) return env.BUILD_ACTIONS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'build-actions');
}

/** Standard input to its end (--password-stdin), at most 64 KiB. */
async function readStandardInput(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.length > 65_536) throw new ConfigurationError('--password-stdin read more than 64 KiB from standard input: pipe in the password alone.');
  }
  return text;
}

function say(write: (text: string) => void): (line: string) => void {
  return (line) => write(`${line}\n`);
}

/**
 * The local command: the same main and post functions as the actions, with a console in place of the
 * runner and a local directory in place of the Actions cache. Returns the exit code. `terminal`: stdout is a
 * terminal (a live progress line per stage of `run`; plain lines otherwise).
 */
export async function runLocalCommand(
  argv: string[],
  write: (text: string) => void = (text) => process.stdout.write(text),
  terminal: boolean = process.stdout.isTTY === true,
  readStdin: () => Promise<string> = readStandardInput,
): Promise<number> {
  let command;
  try {
    command = parseLocalCommand(argv);
  } catch (error) {
    write(`error: ${isConfigurationError(error) ? error.message : String(error)}\n\n${LOCAL_USAGE}`);
    return 2;
  }
  if (command.help) {
    write(LOCAL_USAGE);
    return 0;
  }
  try {
    const chosen = chooseRegistryPassword(command, command.passwordStdin ? await readStdin() : undefined, process.env[REGISTRY_PASSWORD_VARIABLE]);
    if (chosen.password !== undefined) command.inputs.password = chosen.password;
    if (chosen.warning) write(`warning: ${chosen.warning}\n`);
  } catch (error) {
    write(`error: ${isConfigurationError(error) ? error.message : String(error)}\n`);
    return 2;
  }
  // publish-image: no push unless --push (run: see localRunInputs); its layer cache is the local cache directory.
  if (command.stage === 'publish-image') command.inputs.push ??= 'false';
  // The workspace is the project's repository root (see localWorkspace).
  const cwd = process.cwd();
  const requested = command.inputs['working-directory'];
  const target = requested === undefined ? cwd : path.resolve(cwd, requested);
  // `build-actions tset`: a typo of a stage, not a folder of that name.
  if (requested !== undefined && looksLikeStageName(requested) && !existsSync(target)) {
    write(`error: ${unknownStageMessage(requested)}\n`);
    return 2;
  }
  const { workspace, workingDirectory } = await localWorkspace(runCommand, cwd, target);
  const cacheDirectory = path.resolve(command.cacheDirectory ?? defaultCacheDirectory(process.env));
  // The runner's RUNNER_TEMP: where test results and packages go unless told otherwise (nothing into the project).
  const runFolder = localRunFolder(cacheDirectory, path.resolve(workspace, workingDirectory));
  const context = {
    platform: { os: process.platform, arch: process.arch },
    nodePlatform: process.platform,
    workspace,
    tempDirectory: runFolder,
    env: process.env,
    keepsDownloadStore: true,
  };
  const explainDeps = { run: runCommand, context, directory: target, inputs: localOutputDefaults(command.inputs, runFolder).inputs };
  try {
    if (command.stage === 'cache clear') {
      const cleared = await clearLocalCache(cacheDirectory, requested === undefined ? undefined : target);
      // Without DIRECTORY clearLocalCache took every run folder; with it, that project's goes here.
      if (requested !== undefined) await removeAll([runFolder]);
      const what = requested === undefined ? `the local cache at ${cacheDirectory}` : `the entries saved for ${target} in ${cacheDirectory}`;
      write(`Cleared ${what}: ${cleared.removed} entr${cleared.removed === 1 ? 'y' : 'ies'}, ${(cleared.bytes / 1048576).toFixed(1)} MiB, and the test results and packages of local runs${requested === undefined ? '' : ' of that project'}.\n`);
      if (cleared.unattributed > 0) write(`${cleared.unattributed} entr${cleared.unattributed === 1 ? 'y has' : 'ies have'} no recorded project (saved by an older build-actions) and stayed: 'build-actions cache clear' without DIRECTORY deletes everything.\n`);
      return 0;
    }
    if (command.stage === 'explain') {
      write(renderExplanation(target, await explainProject(explainDeps, cacheDirectory), Date.now()));
      write(`(local cache: ${cacheDirectory})\n`);
      return 0;
    }
    if (command.stage === 'init') {
      await initService(runCommand, target, say(write));
      return 0;
    }
  } catch (error) {
    write(`error: ${isConfigurationError(error) ? error.message : (error as Error).stack ?? String(error)}\n`);
    return 1;
  }
  const stageName = command.stage;
  // run: all five stages (see localRunInputs), the image built and checked but pushed only with --push.
  const local = localRunInputs(command.inputs);
  const progress = stageName === 'run' ? createProgress(write, terminal, local.stageCount) : undefined;
  // Test results and packages go to the run folder, never into the project or the caller's current folder. A
  // results-directory given on the command line is from the current folder; the action takes it from the workspace.
  const given = stageName === 'run' ? local.inputs : { ...command.inputs };
  const results = given['results-directory'];
  if (results !== undefined) given['results-directory'] = path.relative(workspace, path.resolve(cwd, results)) || '.';
  const { inputs, defaulted } = localOutputDefaults(given, runFolder);
  const shown = defaulted.filter((name) => stageName === 'run' || (stageName === 'test' && name === 'results-directory') || (stageName === 'build' && name === 'artifacts-directory'));
  if (shown.length > 0) {
    await mkdir(runFolder, { recursive: true });
    const places = shown.map((name) => (name === 'results-directory' ? `test results to ${inputs[name]}` : `packages to ${inputs[name]}`));
    write(`Writing ${places.join(' and ')} (outside the project; 'build-actions cache clear' removes them).\n`);
  }
  const io = createConsoleActionIO({ ...inputs, 'working-directory': workingDirectory }, progress?.write ?? write);
  for (const secret of secretValues(process.env)) io.setSecret(secret);
  if (inputs.password !== undefined) io.setSecret(inputs.password);
  const cache = createLocalCacheStore(cacheDirectory);
  const deps = { io, run: runCommand, cache, now: Date.now, context };
  const started = Date.now();
  if (stageName === 'publish-image') {
    await runStageWithErrorBoundary(deps, 'publish-image', (given) => publishImageMain(given));
    await runPostWithErrorBoundary(io, async () => void (await publishImagePost({ io, cache, run: runCommand })));
  } else if (stageName === 'run' && progress) {
    // The pipeline's own main, each stage between its progress lines.
    const stages: PipelineStages = {
      setupDeps: (given) => progress.stage('setup-deps', (watch) => setupDepsMain({ ...given, io: watch(given.io) })),
      qualityChecks: (given, options) => progress.stage('quality-checks', (watch) => qualityChecksMain({ ...given, io: watch(given.io) }, options)),
      test: (given, options) => progress.stage('test', (watch) => testMain({ ...given, io: watch(given.io) }, options)),
      build: (given) => progress.stage('build', (watch) => buildMain({ ...given, io: watch(given.io) })),
      publishImage: (given) => progress.stage('publish-image', (watch) => localImageStage(publishImageMain, local.imageRequired)({ ...given, io: watch(given.io) })),
    };
    // A stage stopped by a failed need gets its progress line here; an unavailable one had it from progress.stage.
    const observer = {
      skipped: (stage: string, outcome: Parameters<typeof describeOutcome>[0]) => {
        if (outcome.result === 'skipped') progress.skipped(stage, describeOutcome(outcome).replace(/^skipped: /, ''));
      },
    };
    await runMainWithErrorBoundary(io, async () => void (await pipelineMain(deps, stages, observer)));
    await runPostWithErrorBoundary(io, async () => void (await pipelinePost({ io, cache, run: runCommand })));
    progress.close();
  } else {
    const stage = { 'setup-deps': { main: setupDepsMain, post: setupDepsPost }, 'quality-checks': { main: qualityChecksMain, post: undefined }, test: { main: testMain, post: undefined }, build: { main: buildMain, post: undefined } }[stageName as 'setup-deps' | 'quality-checks' | 'test' | 'build'];
    await runStageWithErrorBoundary(deps, stageName, (given) => stage.main(given));
    const post = stage.post;
    if (post) await runPostWithErrorBoundary(io, async () => void (await post({ io, cache })));
  }
  // What the saved entries' keys are made of, for `explain` (a failure here only loses that).
  await recordSavedParts(explainDeps, cacheDirectory, started).catch(() => 0);
  return io.failures.length === 0 ? 0 : 1;
}
