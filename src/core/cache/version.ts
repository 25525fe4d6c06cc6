import { ConfigurationError } from '../errors.js';

/**
 * `cache-version`: one knob that makes every cache key of an action new, for when the cache holds a bad entry (a
 * corrupt tree, a stale tool cache) and no lockfile edit should be needed to get past it. Empty (the default)
 * leaves every key exactly as it was without the input, so existing entries stay valid.
 */
export const CACHE_VERSION_INPUT = 'cache-version';

const TOKEN = /^[A-Za-z0-9._-]{1,32}$/;

export function parseCacheVersion(raw: string): string {
  const value = raw.trim();
  if (value === '' || TOKEN.test(value)) return value;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  throw new ConfigurationError(
    `Input '${CACHE_VERSION_INPUT}' must be a short token of 1 to 32 letters, digits, '.', '_' or '-', e.g. 2 or 2024-06-01 (got '${shown}'${value.length > 32 ? `, ${value.length} characters` : ''}).`,
  );
}

/**
 * The key segment a cache version adds, placed right after a key's fixed name and schema so that every key and
 * every restore prefix of the action carries it. It ends with '+', a character no version holds: the prefix of
 * version `1` is therefore never a prefix of a key of version `1-x` (nor of a key without a version, whose next
 * segment is the OS), so no entry saved under another version is ever restored, not even by a prefix match.
 * Empty for no version: the keys stay byte for byte what they were.
 */
export function cacheVersionSegment(version: string | undefined): string {
  return version ? `${CACHE_VERSION_INPUT}+${version}+-` : '';
}
