import type { JsonObject } from '../project-snapshot.js';

/** What the workflow run allows the cache to do. */
export interface CachePermissions {
  restore: boolean;
  save: boolean;
  /** Why saving (or restoring) is off, for the summary. */
  reason?: string;
}

export interface RunContext {
  eventName?: string;
  eventPayload?: JsonObject;
  /** The runner's ACTIONS_CACHE_MODE: read, write, write-only or none. */
  cacheMode?: string;
}

const UNTRUSTED_EVENTS = new Set(['pull_request_target', 'workflow_run']);

function isForkPullRequest(payload: JsonObject | undefined): boolean {
  const pullRequest = payload?.pull_request as JsonObject | undefined;
  const head = (pullRequest?.head as JsonObject | undefined)?.repo as JsonObject | undefined;
  const base = (pullRequest?.base as JsonObject | undefined)?.repo as JsonObject | undefined;
  // A fork deleted after the pull request was opened leaves head.repo null: the code still came from outside.
  if (pullRequest !== undefined && (pullRequest.head as JsonObject | undefined)?.repo === null) return true;
  if (!head || !base) return false;
  return head.fork === true || (head.full_name !== undefined && head.full_name !== base.full_name);
}

/**
 * Events that run code from outside the repository may read the cache but never write it: a poisoned entry
 * would be restored by trusted runs later.
 */
export function cachePermissions(context: RunContext, cacheEnabled: boolean): CachePermissions {
  if (!cacheEnabled) return { restore: false, save: false, reason: "input 'cache' is false" };
  const mode = (context.cacheMode ?? '').trim().toLowerCase();
  if (mode === 'none') return { restore: false, save: false, reason: 'the runner disabled the cache (ACTIONS_CACHE_MODE=none)' };
  const event = context.eventName ?? '';
  if (UNTRUSTED_EVENTS.has(event)) {
    return { restore: mode !== 'write-only', save: false, reason: `the '${event}' event runs untrusted code: restore only` };
  }
  if ((event === 'pull_request' || event === 'pull_request_review' || event === 'pull_request_review_comment') &&
      isForkPullRequest(context.eventPayload)) {
    return { restore: mode !== 'write-only', save: false, reason: 'a pull request from a fork runs untrusted code: restore only' };
  }
  if (mode === 'read') return { restore: true, save: false, reason: 'the runner made the cache read-only (ACTIONS_CACHE_MODE=read)' };
  if (mode === 'write-only') return { restore: false, save: true, reason: 'the runner made the cache write-only (ACTIONS_CACHE_MODE=write-only)' };
  return { restore: true, save: true };
}
