/**
 * What a restore needs of GitHub's cache service (v2) to be made without the @actions/cache client: whether the job's
 * environment allows it, the entry version the client computes, the lookup call and its reply. Pure: the caller
 * passes the environment in. See ../shared/cache-service.md for the protocol.
 */
import { digestText } from '../hashing.js';

/** The compression the client picks when `zstd` is on PATH (Linux and macOS); gzip otherwise. */
export type CacheCompression = 'zstd-without-long' | 'gzip';

/** @actions/cache's salt, appended to every entry version (internal/cacheUtils.js). */
const VERSION_SALT = '1.0';

/**
 * The entry version, as @actions/cache computes it: the paths exactly as given, the compression method, the salt,
 * joined with '|' and hashed. An entry saved by the client under other paths or another compression has another
 * version and is not found.
 */
export function cacheEntryVersion(paths: readonly string[], compression: CacheCompression): string {
  return digestText([...paths, compression, VERSION_SALT].join('|'));
}

export interface DirectCacheAccess {
  /** The service's root URL (ACTIONS_RESULTS_URL); Twirp routes hang off its root. */
  resultsUrl: string;
  token: string;
}

const READ_MODES = new Set(['read', 'write']);
const KNOWN_MODES = new Set(['none', 'read', 'write', 'write-only']);

/**
 * Whether a restore may speak to the service directly: the v2 service is selected, the server is github.com, a
 * `*.ghe.com` or `*.localhost` host (any other is GHES, which the client serves over the old protocol), a token and
 * the service URL are set, the runner's cache mode allows reading, the platform is Linux (GNU tar, as the client
 * uses it there) and zstd is on PATH. Otherwise `reason` says why, and the client does the restore.
 */
export function directCacheAccess(
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
  zstdOnPath: boolean,
): { access: DirectCacheAccess } | { reason: string } {
  if (platform !== 'linux') return { reason: `the platform is ${platform}` };
  if (!env.ACTIONS_CACHE_SERVICE_V2) return { reason: 'ACTIONS_CACHE_SERVICE_V2 is not set' };
  let host: string;
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trim().toLowerCase();
  } catch {
    return { reason: `GITHUB_SERVER_URL is not a URL (${env.GITHUB_SERVER_URL})` };
  }
  if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) return { reason: `${host} is a GitHub Enterprise Server` };
  const resultsUrl = env.ACTIONS_RESULTS_URL ?? '';
  const token = env.ACTIONS_RUNTIME_TOKEN ?? '';
  if (resultsUrl === '' || token === '') return { reason: 'ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set' };
  try {
    new URL(resultsUrl);
  } catch {
    return { reason: `ACTIONS_RESULTS_URL is not a URL (${resultsUrl})` };
  }
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  if (KNOWN_MODES.has(mode) && !READ_MODES.has(mode)) return { reason: `the runner's cache mode is ${mode}` };
  if (!zstdOnPath) return { reason: 'zstd is not on PATH' };
  return { access: { resultsUrl, token } };
}

export const LOOKUP_METHOD = 'GetCacheEntryDownloadURL';

/** The lookup call's address: Twirp routes are resolved at the server root (a path in ACTIONS_RESULTS_URL is dropped, as the client drops it). */
export function lookupUrl(resultsUrl: string): string {
  return new URL(`/twirp/github.actions.results.api.v1.CacheService/${LOOKUP_METHOD}`, resultsUrl).href;
}

/** The lookup's JSON body: snake_case names, empty fields omitted, as the client's Twirp JSON client sends them. */
export function lookupBody(primaryKey: string, restoreKeys: readonly string[], version: string): string {
  return JSON.stringify({ key: primaryKey, ...(restoreKeys.length > 0 ? { restore_keys: restoreKeys } : {}), version });
}

export type LookupReply =
  | { found: true; matchedKey: string; downloadUrl: string }
  | { found: false }
  | { problem: string; retry: boolean };

/**
 * Reads the lookup's answer. `ok: false` is a miss. An error status is a problem; 5xx may be retried (as the client
 * retries it), anything else may not (429 is a rate limit the client does not retry either).
 */
export function readLookupReply(status: number, body: string): LookupReply {
  if (status < 200 || status >= 300) {
    let detail = body.trim().slice(0, 200);
    try {
      const parsed = JSON.parse(body) as { code?: unknown; msg?: unknown };
      if (typeof parsed.msg === 'string') detail = `${typeof parsed.code === 'string' ? `${parsed.code}: ` : ''}${parsed.msg}`;
    } catch {
      // not JSON: the raw text says what it is
    }
    return { problem: `Failed to ${LOOKUP_METHOD}: (${status}) ${detail}`, retry: status >= 500 };
  }
  let reply: { ok?: unknown; signed_download_url?: unknown; matched_key?: unknown };
  try {
    reply = JSON.parse(body) as typeof reply;
  } catch {
    return { problem: `Failed to ${LOOKUP_METHOD}: the answer is not JSON: ${body.trim().slice(0, 200)}`, retry: true };
  }
  if (reply === null || typeof reply !== 'object' || reply.ok !== true) return { found: false };
  if (typeof reply.signed_download_url !== 'string' || typeof reply.matched_key !== 'string' || reply.signed_download_url === '') {
    return { problem: `Failed to ${LOOKUP_METHOD}: the answer names no download URL or matched key`, retry: false };
  }
  return { found: true, matchedKey: reply.matched_key, downloadUrl: reply.signed_download_url };
}

/**
 * The tar command that extracts the downloaded archive from its standard input, as the client extracts its file:
 * relative to the workspace, `-P` for absolute names, zstd through `unzstd`.
 */
export function extractArguments(workspace: string): string[] {
  return ['-xf', '-', '-P', '-C', workspace, '--use-compress-program', 'unzstd'];
}
