import os from 'node:os';
import path from 'node:path';
import { main as pipelineMain } from '../actions/pipeline/main.js';
import { post as pipelinePost } from '../actions/pipeline/post.js';
import { main as qualityChecksMain } from '../actions/quality-checks/main.js';
import { main as setupDepsMain } from '../actions/setup-deps/main.js';
import { main as testMain } from '../actions/test/main.js';
import { main as buildMain } from '../actions/build/main.js';
import { main as publishImageMain } from '../actions/publish-image/main.js';
import { post as publishImagePost } from '../actions/publish-image/post.js';
import { post as setupDepsPost } from '../actions/setup-deps/post.js';
import { LOCAL_USAGE, parseLocalCommand } from '../core/cli-arguments.js';
import { isConfigurationError } from '../core/errors.js';
import { secretValues } from '../core/secrets.js';
import { createConsoleActionIO } from '../runtime/console-action-io.js';
import { runMainWithErrorBoundary, runPostWithErrorBoundary } from '../runtime/error-boundary.js';
import { createLocalCacheStore } from '../runtime/local-cache-store.js';
import { runCommand } from '../runtime/run-command.js';

function defaultCacheDirectory(env: NodeJS.ProcessEnv): string {
  if (env.BUILD_ACTIONS_CACHE_DIR) return env.BUILD_ACTIONS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'build-actions');
}

/**
 * The local command: the same main and post functions as the actions, with a console in place of the
 * runner and a local directory in place of the Actions cache. Returns the exit code.
 */
export async function runLocalCommand(argv: string[], write: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
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
  // publish-image: no push unless --push; its layer cache is the local cache directory.
  if (command.stage === 'publish-image') command.inputs.push ??= 'false';
  // The workspace is the current folder; a project folder given outside it becomes the workspace itself (the
  // actions refuse a working-directory that leaves the workspace, and here the person running it chose it).
  const cwd = process.cwd();
  const requested = command.inputs['working-directory'];
  const target = requested === undefined ? cwd : path.resolve(cwd, requested);
  const fromCwd = path.relative(cwd, target);
  const outside = fromCwd === '..' || fromCwd.startsWith(`..${path.sep}`) || path.isAbsolute(fromCwd);
  const workspace = outside ? target : cwd;
  // Run from anywhere, test results go under the project, never into the caller's current folder.
  const inputs = { ...command.inputs };
  inputs['results-directory'] ??= path.join(outside ? '.' : (requested || '.'), 'test-results');
  const io = createConsoleActionIO(outside ? { ...inputs, 'working-directory': target } : inputs, write);
  for (const secret of secretValues(process.env)) io.setSecret(secret);
  const cache = createLocalCacheStore(path.resolve(command.cacheDirectory ?? defaultCacheDirectory(process.env)));
  const deps = {
    io,
    run: runCommand,
    cache,
    now: Date.now,
    context: {
      platform: { os: process.platform, arch: process.arch },
      nodePlatform: process.platform,
      workspace,
      env: process.env,
      keepsDownloadStore: true,
    },
  };
  const stages = {
    'setup-deps': { main: setupDepsMain, post: setupDepsPost },
    'quality-checks': { main: qualityChecksMain, post: undefined },
    test: { main: testMain, post: undefined },
    build: { main: buildMain, post: undefined },
    run: { main: pipelineMain, post: pipelinePost },
  } as const;
  if (command.stage === 'publish-image') {
    await runMainWithErrorBoundary(io, async () => void (await publishImageMain(deps)));
    await runPostWithErrorBoundary(io, async () => void (await publishImagePost({ io, cache, run: runCommand })));
    return io.failures.length === 0 ? 0 : 1;
  }
  const stage = stages[command.stage];
  await runMainWithErrorBoundary(io, async () => void (await stage.main(deps)));
  const post = stage.post;
  if (post) await runPostWithErrorBoundary(io, async () => void (await post({ io, cache })));
  return io.failures.length === 0 ? 0 : 1;
}
