import type { CacheStore } from '../cache/cache-store.js';
import type { RunCommand } from '../process/run-command.js';
import type { ActionIO } from './action-io.js';
import type { ActionContext } from './run-context.js';

/**
 * What every action's main takes: the runner (or the console), processes, the cache, the run's context and the
 * clock. githubDependencies() gives the real ones on a runner; the local command passes console and local-disk
 * ones; tests pass recording ones.
 */
export interface ActionDependencies {
  io: ActionIO;
  run: RunCommand;
  cache: CacheStore;
  context: ActionContext;
  now: () => number;
}
