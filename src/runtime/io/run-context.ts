import { readFileSync } from 'node:fs';
import type { RunContext } from '../../core/cache/permissions.js';
import type { Platform } from '../../core/deps/cache-keys.js';
import type { JsonObject } from '../../core/project-snapshot.js';

/** The facts of this run that the actions decide from, read once from the environment. */
export interface ActionContext extends RunContext {
  platform: Platform;
  nodePlatform: NodeJS.Platform;
  /** Relative working directories resolve against this (GITHUB_WORKSPACE, or the current directory). */
  workspace: string;
  env: Record<string, string | undefined>;
  /**
   * The run's temporary folder, outside the project: RUNNER_TEMP on a runner, `<local cache>/runs/<project>-<digest>`
   * for the local command. Test results and packages may be written there as well as into the workspace.
   */
  tempDirectory?: string;
  /** The download store stays between runs (a developer's machine): it is neither restored nor saved. */
  keepsDownloadStore?: boolean;
}

function readEventPayload(file: string | undefined): JsonObject | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  } catch {
    return undefined;
  }
}

export function readActionContext(env: Record<string, string | undefined> = process.env): ActionContext {
  return {
    platform: { os: process.platform, arch: process.arch, image: env.ImageOS ?? env.IMAGE_OS },
    nodePlatform: process.platform,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDirectory: env.RUNNER_TEMP || undefined,
    eventName: env.GITHUB_EVENT_NAME,
    eventPayload: readEventPayload(env.GITHUB_EVENT_PATH),
    cacheMode: env.ACTIONS_CACHE_MODE,
    env,
  };
}
