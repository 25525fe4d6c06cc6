import { cacheCallName, DEFAULT_CACHE_DEADLINES, describeCacheDeadlines, findOverrun, parseCacheDeadlines } from '../../../../src/core/cache/deadlines.js';

describe('parseCacheDeadlines', () => {
  it.each([
    [undefined, DEFAULT_CACHE_DEADLINES],
    ['  ', DEFAULT_CACHE_DEADLINES],
    ['metadata=3s', { ...DEFAULT_CACHE_DEADLINES, metadataMs: 3000 }],
    ['metadata=500ms, transfer=2m, min-rate=100KB/s', { metadataMs: 500, transferFloorMs: 120_000, minBytesPerSecond: 102_400 }],
    ['min-rate=2MB/s', { ...DEFAULT_CACHE_DEADLINES, minBytesPerSecond: 2 * 1024 * 1024 }],
    ['transfer=45', { ...DEFAULT_CACHE_DEADLINES, transferFloorMs: 45_000 }],
  ])('%p', (value, expected) => {
    expect(parseCacheDeadlines(value)).toEqual(expected);
  });

  it.each(['metadata', 'metadata=fast', 'metadata=0s', 'min-rate=5', 'retries=3', 'metadata=1s=2', '$(reboot)'])('refuses %p, naming the variable and the form', (value) => {
    expect(() => parseCacheDeadlines(value)).toThrow(/BUILD_ACTIONS_CACHE_DEADLINES must be .*metadata=10s,transfer=30s,min-rate=1MB\/s/);
  });

  it('describes the defaults for the summary', () => {
    expect(describeCacheDeadlines(DEFAULT_CACHE_DEADLINES)).toBe(
      'lookup, reserve and finalize 10 s each; transfers 30 s plus the time at 1 MB/s (set BUILD_ACTIONS_CACHE_DEADLINES to change)',
    );
  });
});

describe('cacheCallName', () => {
  it.each([
    ['POST', '/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', 'lookup'],
    ['POST', '/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry', 'reserve'],
    ['POST', '/twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload', 'finalize'],
    ['PUT', '/account/container/blob?comp=block&blockid=AA', 'upload'],
    ['GET', '/account/container/blob?sig=x', 'download'],
    ['HEAD', '/account/container/blob', 'download'],
  ])('%s %s is the %s call', (method, path, call) => {
    expect(cacheCallName(method, path)).toBe(call);
  });
});

describe('findOverrun', () => {
  const deadlines = { metadataMs: 10_000, transferFloorMs: 30_000, minBytesPerSecond: 1024 * 1024 };

  it('lets a metadata call run to its deadline, then names it and the time', () => {
    const inFlight = [{ call: 'lookup' as const, startedAt: 1000 }];
    expect(findOverrun(deadlines, inFlight, undefined, 11_000)).toBeUndefined();
    expect(findOverrun(deadlines, inFlight, undefined, 11_001)).toEqual({
      call: 'lookup',
      elapsedMs: 10_001,
      message: 'the cache service did not answer the lookup call within 10 s',
    });
  });

  it('gives a transfer the floor plus the time its bytes take at the minimum rate', () => {
    const inFlight = [{ call: 'download' as const, startedAt: 0 }];
    // 60 MB moved: allowed 30 s + 60 s
    expect(findOverrun(deadlines, inFlight, { startedAt: 0, bytes: 60 * 1024 * 1024 }, 89_000)).toBeUndefined();
    expect(findOverrun(deadlines, inFlight, { startedAt: 0, bytes: 60 * 1024 * 1024 }, 91_000)?.call).toBe('download');
  });

  it('abandons a trickle at the floor', () => {
    const overrun = findOverrun(deadlines, [{ call: 'download', startedAt: 0 }], { startedAt: 0, bytes: 31 * 1024 }, 30_100);
    expect(overrun?.message).toBe('the cache download moved 31.0 KB in 30.1 s, slower than 1 MB/s after a 30 s floor');
  });

  it('does not time a transfer while none is in flight (local work: tar)', () => {
    expect(findOverrun(deadlines, [], { startedAt: 0, bytes: 0 }, 999_000)).toBeUndefined();
  });
});
