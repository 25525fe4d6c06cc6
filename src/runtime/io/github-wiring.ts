import { secretValues } from '../../core/secrets.js';
import type { ActionIO } from './action-io.js';
import { createActionsCacheStore } from '../cache/actions-cache-store.js';
import type { CacheStore } from '../cache/cache-store.js';
import { createGitHubActionIO } from './github-action-io.js';
import { runCommand, type RunCommand } from '../process/run-command.js';
import { readActionContext, type ActionContext } from './run-context.js';

export interface RuntimeDependencies {
  io: ActionIO;
  run: RunCommand;
  cache: CacheStore;
  context: ActionContext;
  now: () => number;
}

/** The real adapters for a bundle running on a GitHub runner. Secrets in the environment are masked first. */
export function githubDependencies(): RuntimeDependencies {
  const io = createGitHubActionIO();
  for (const secret of secretValues(process.env)) io.setSecret(secret);
  return { io, run: runCommand, cache: createActionsCacheStore(), context: readActionContext(), now: Date.now };
}
