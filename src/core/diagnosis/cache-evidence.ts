/**
 * How a later step of the job learns where its dependencies came from: setup-deps exports its cache result under
 * this name, so a failure that looks like a broken installed tree is blamed on the cache only when the tree came
 * from one.
 */
export const DEPENDENCIES_CACHE_VARIABLE = 'BUILD_ACTIONS_DEPENDENCIES_CACHE';

/** setup-deps' cache results that mean the installed tree (or part of it) was restored from a cache entry. */
export function restoredFromCache(cacheResult: string | undefined): boolean {
  return cacheResult === 'exact' || cacheResult === 'partial';
}

export function dependenciesFromCache(env: Readonly<Record<string, string | undefined>>): boolean {
  return restoredFromCache(env[DEPENDENCIES_CACHE_VARIABLE]);
}
