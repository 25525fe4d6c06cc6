import type { ActionDependencies } from './action-dependencies.js';
import { secretValues } from '../../core/secrets.js';
import { createActionsCacheStore } from '../cache/actions-cache-store.js';
import { createGitHubActionIO } from './github-action-io.js';
import { runCommand } from '../process/run-command.js';
import { readActionContext } from './run-context.js';

/** The real adapters for a bundle running on a GitHub runner. Secrets in the environment are masked first. */
export function githubDependencies(): ActionDependencies {
  const io = createGitHubActionIO();
  for (const secret of secretValues(process.env)) io.setSecret(secret);
  return { io, run: runCommand, cache: createActionsCacheStore(), context: readActionContext(), now: Date.now };
}
