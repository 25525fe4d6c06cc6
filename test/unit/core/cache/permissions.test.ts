import { cachePermissions, type RunContext } from '../../../../src/core/cache/permissions.js';

function pullRequest(head: Record<string, unknown>, baseName = 'org/app'): RunContext['eventPayload'] {
  return { pull_request: { head: { repo: head }, base: { repo: { full_name: baseName, fork: false } } } };
}

const SAME_REPO = pullRequest({ full_name: 'org/app', fork: false });
const FORK_FLAG = pullRequest({ full_name: 'someone/app', fork: true });
const OTHER_NAME = pullRequest({ full_name: 'someone/app', fork: false });
const DELETED_FORK: RunContext['eventPayload'] = { pull_request: { head: { repo: null }, base: { repo: { full_name: 'org/app' } } } };

describe('cachePermissions', () => {
  it.each<[string, RunContext, boolean, { restore: boolean; save: boolean }]>([
    ['push', { eventName: 'push' }, true, { restore: true, save: true }],
    ['workflow_dispatch', { eventName: 'workflow_dispatch' }, true, { restore: true, save: true }],
    ['no event (local command)', {}, true, { restore: true, save: true }],
    ['a same-repo pull request', { eventName: 'pull_request', eventPayload: SAME_REPO }, true, { restore: true, save: true }],
    ['cache false', { eventName: 'push' }, false, { restore: false, save: false }],
    ['cache false on an untrusted event', { eventName: 'pull_request_target' }, false, { restore: false, save: false }],
    ['pull_request_target', { eventName: 'pull_request_target', eventPayload: SAME_REPO }, true, { restore: true, save: false }],
    ['workflow_run', { eventName: 'workflow_run' }, true, { restore: true, save: false }],
    ['a pull request from a fork (head.repo.fork)', { eventName: 'pull_request', eventPayload: FORK_FLAG }, true, { restore: true, save: false }],
    ['a pull request from another repository (full_name differs)', { eventName: 'pull_request', eventPayload: OTHER_NAME }, true, { restore: true, save: false }],
    ['a pull request whose fork was deleted (head.repo null)', { eventName: 'pull_request', eventPayload: DELETED_FORK }, true, { restore: true, save: false }],
    ['a pull_request event without a payload', { eventName: 'pull_request' }, true, { restore: true, save: true }],
    ['a review on a fork pull request', { eventName: 'pull_request_review', eventPayload: FORK_FLAG }, true, { restore: true, save: false }],
    ['a review comment on a fork pull request', { eventName: 'pull_request_review_comment', eventPayload: OTHER_NAME }, true, { restore: true, save: false }],
    ['ACTIONS_CACHE_MODE=read', { eventName: 'push', cacheMode: 'read' }, true, { restore: true, save: false }],
    ['ACTIONS_CACHE_MODE=READ (any case)', { eventName: 'push', cacheMode: ' READ ' }, true, { restore: true, save: false }],
    ['ACTIONS_CACHE_MODE=none', { eventName: 'push', cacheMode: 'none' }, true, { restore: false, save: false }],
    ['ACTIONS_CACHE_MODE=write-only', { eventName: 'push', cacheMode: 'write-only' }, true, { restore: false, save: true }],
    ['ACTIONS_CACHE_MODE=write', { eventName: 'push', cacheMode: 'write' }, true, { restore: true, save: true }],
    ['write-only on pull_request_target: neither', { eventName: 'pull_request_target', cacheMode: 'write-only' }, true, { restore: false, save: false }],
    ['none on a fork pull request', { eventName: 'pull_request', eventPayload: FORK_FLAG, cacheMode: 'none' }, true, { restore: false, save: false }],
  ])('%s', (_name, context, cacheEnabled, expected) => {
    const permissions = cachePermissions(context, cacheEnabled);
    expect({ restore: permissions.restore, save: permissions.save }).toEqual(expected);
    if (expected.save && expected.restore) expect(permissions.reason).toBeUndefined();
    else expect(permissions.reason).toEqual(expect.any(String));
  });

  it.each<[string, RunContext, boolean, string]>([
    ['cache false', { eventName: 'push' }, false, "input 'cache' is false"],
    ['pull_request_target', { eventName: 'pull_request_target' }, true, "the 'pull_request_target' event runs untrusted code: restore only"],
    ['workflow_run', { eventName: 'workflow_run' }, true, "the 'workflow_run' event runs untrusted code: restore only"],
    ['fork', { eventName: 'pull_request', eventPayload: FORK_FLAG }, true, 'a pull request from a fork runs untrusted code: restore only'],
    ['none', { cacheMode: 'none' }, true, 'the runner disabled the cache (ACTIONS_CACHE_MODE=none)'],
    ['read', { cacheMode: 'read' }, true, 'the runner made the cache read-only (ACTIONS_CACHE_MODE=read)'],
    ['write-only', { cacheMode: 'write-only' }, true, 'the runner made the cache write-only (ACTIONS_CACHE_MODE=write-only)'],
  ])('says why for %s', (_name, context, cacheEnabled, reason) => {
    expect(cachePermissions(context, cacheEnabled).reason).toBe(reason);
  });
});
