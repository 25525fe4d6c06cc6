import { directCacheAccess, extractArguments, lookupBody, lookupUrl, readLookupReply } from '../../../../src/core/cache/service-protocol.js';

const env = { ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: 'https://results.example/', ACTIONS_RUNTIME_TOKEN: 't' };

describe('directCacheAccess', () => {
  it('allows a v2 service on github.com, ghe.com and localhost hosts, with a token, a readable mode and zstd', () => {
    expect(directCacheAccess(env, 'linux', true)).toEqual({ access: { resultsUrl: 'https://results.example/', token: 't' } });
    expect(directCacheAccess({ ...env, GITHUB_SERVER_URL: 'https://acme.ghe.com' }, 'linux', true)).toHaveProperty('access');
    expect(directCacheAccess({ ...env, GITHUB_SERVER_URL: 'http://github.localhost' }, 'linux', true)).toHaveProperty('access');
    expect(directCacheAccess({ ...env, ACTIONS_CACHE_MODE: 'read' }, 'linux', true)).toHaveProperty('access');
    expect(directCacheAccess({ ...env, ACTIONS_CACHE_MODE: 'something-new' }, 'linux', true)).toHaveProperty('access');
  });

  it.each([
    [{ ...env, ACTIONS_CACHE_SERVICE_V2: '' }, 'linux', true, 'ACTIONS_CACHE_SERVICE_V2 is not set'],
    [{ ...env, GITHUB_SERVER_URL: 'https://git.acme.internal' }, 'linux', true, 'git.acme.internal is a GitHub Enterprise Server'],
    [{ ...env, ACTIONS_RUNTIME_TOKEN: '' }, 'linux', true, 'ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set'],
    [{ ...env, ACTIONS_RESULTS_URL: 'not a url' }, 'linux', true, 'ACTIONS_RESULTS_URL is not a URL (not a url)'],
    [{ ...env, ACTIONS_CACHE_MODE: 'write-only' }, 'linux', true, "the runner's cache mode is write-only"],
    [{ ...env, ACTIONS_CACHE_MODE: 'none' }, 'linux', true, "the runner's cache mode is none"],
    [env, 'linux', false, 'zstd is not on PATH'],
    [env, 'darwin', true, 'the platform is darwin'],
  ])('leaves the restore to the client when %#', (environment, platform, zstd, reason) => {
    expect(directCacheAccess(environment, platform, zstd)).toEqual({ reason });
  });
});

describe('the lookup call', () => {
  it('resolves the Twirp route at the server root and sends what the client sends', () => {
    expect(lookupUrl('http://127.0.0.1:9/some/path/')).toBe('http://127.0.0.1:9/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL');
    expect(JSON.parse(lookupBody('k', [], 'v'))).toEqual({ key: 'k', version: 'v' });
    expect(JSON.parse(lookupBody('k', ['a-', 'b-'], 'v'))).toEqual({ key: 'k', restore_keys: ['a-', 'b-'], version: 'v' });
  });

  it('reads hits, misses and errors; only 5xx and unreadable answers may be retried', () => {
    expect(readLookupReply(200, '{"ok":true,"signed_download_url":"http://x/a/b/c","matched_key":"k1"}')).toEqual({ found: true, matchedKey: 'k1', downloadUrl: 'http://x/a/b/c' });
    expect(readLookupReply(200, '{"ok":false}')).toEqual({ found: false });
    expect(readLookupReply(200, '{}')).toEqual({ found: false });
    expect(readLookupReply(200, '{"ok":true}')).toEqual({ problem: 'Failed to GetCacheEntryDownloadURL: the answer names no download URL or matched key', retry: false });
    expect(readLookupReply(200, '<html>')).toEqual({ problem: 'Failed to GetCacheEntryDownloadURL: the answer is not JSON: <html>', retry: true });
    expect(readLookupReply(429, '{"code":"resource_exhausted","msg":"slow down"}')).toEqual({ problem: 'Failed to GetCacheEntryDownloadURL: (429) resource_exhausted: slow down', retry: false });
    expect(readLookupReply(503, 'busy')).toEqual({ problem: 'Failed to GetCacheEntryDownloadURL: (503) busy', retry: true });
  });

  it('extracts as the client does: from stdin, relative to the workspace, through unzstd', () => {
    expect(extractArguments('/w')).toEqual(['-xf', '-', '-P', '-C', '/w', '--use-compress-program', 'unzstd']);
  });
});
