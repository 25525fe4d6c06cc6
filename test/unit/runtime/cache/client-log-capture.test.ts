import * as core from '@actions/core';
import { loggedArchiveBytes, loggedFault, loggedLine, withClientLogCapture } from '../../../../src/runtime/cache/client-log-capture.js';

/**
 * Watches what reaches the real stdout while `body` runs. The lines are recorded and not printed, so that the
 * suite's own log never carries workflow commands (a CI runner would turn them into annotations).
 */
async function watchStdout<T>(body: () => Promise<T>): Promise<{ value: T; written: string }> {
  const real = process.stdout.write;
  let written = '';
  const watcher = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    written += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    (rest.find((item) => typeof item === 'function') as (() => void) | undefined)?.();
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = watcher;
  try {
    const value = await body();
    return { value, written };
  } finally {
    process.stdout.write = real;
  }
}

describe('withClientLogCapture', () => {
  it("captures what @actions/core writes during the call and passes it on with ::error:: turned into ::warning::", async () => {
    const { value, written } = await watchStdout(() =>
      withClientLogCapture(async () => {
        core.info('Cache Size: ~3 MB (3145728 B)');
        core.warning('Failed to restore: the server is busy');
        core.error('Failed to save: 500 Internal Server Error');
        core.debug('File Size: 42');
        return 'matched-key';
      }),
    );
    expect(value.value).toBe('matched-key');
    expect(value.log.lines).toEqual([
      'Cache Size: ~3 MB (3145728 B)',
      '::warning::Failed to restore: the server is busy',
      '::error::Failed to save: 500 Internal Server Error',
      '::debug::File Size: 42',
    ]);
    expect(written).toBe(
      [
        'Cache Size: ~3 MB (3145728 B)',
        '::warning::Failed to restore: the server is busy',
        '::warning::Failed to save: 500 Internal Server Error',
        '::debug::File Size: 42',
        '',
      ].join('\n'),
    );
  });

  it('joins chunks into lines, drops carriage returns and passes on a last line without a newline', async () => {
    const { value, written } = await watchStdout(() =>
      withClientLogCapture(async () => {
        process.stdout.write('Recei');
        process.stdout.write(Buffer.from('ved 10 of 20\r\n::error::bro'));
        process.stdout.write('ken');
      }),
    );
    expect(value.log.lines).toEqual(['Received 10 of 20', '::error::broken']);
    expect(written).toBe('Received 10 of 20\n::warning::broken\n');
  });

  it('calls the write callback so writers waiting on it go on', async () => {
    let called = false;
    await watchStdout(() => withClientLogCapture(async () => void process.stdout.write('x\n', () => (called = true))));
    expect(called).toBe(true);
  });

  it('puts the very same stdout.write back after the call', async () => {
    let after: unknown;
    let watcherSeen: unknown;
    await watchStdout(async () => {
      watcherSeen = process.stdout.write;
      await withClientLogCapture(async () => core.info('during'));
      after = process.stdout.write;
    });
    expect(after).toBe(watcherSeen);
  });

  it('stops capturing and lets the error through when the call throws', async () => {
    const { written } = await watchStdout(async () => {
      await expect(
        withClientLogCapture(async () => {
          core.error('before the fault');
          throw new Error('network down');
        }),
      ).rejects.toThrow('network down');
      core.error('after the call');
    });
    expect(written).toBe('::warning::before the fault\n::error::after the call\n');
  });
});

describe('reading the captured log', () => {
  const log = {
    lines: ['Cache restored from key: k', '::warning::Failed to restore: timeout', '::error::second fault', 'Cache Size: ~12 MB (12582912 B)'],
  };

  it('loggedFault is the client\'s "Failed to …" line, without its prefixes', () => {
    expect(loggedFault(log)).toBe('timeout');
    expect(loggedFault({ lines: ['::warning::some other warning', '::error::Failed to save: 503 Service Unavailable'] })).toBe('503 Service Unavailable');
  });

  it('loggedFault falls back to the first warning or error, and keeps only its first line', () => {
    expect(loggedFault({ lines: ['::error::only an error%0Astack line'] })).toBe('only an error');
    expect(loggedFault({ lines: ['::warning::100%25 broken'] })).toBe('100% broken');
    expect(loggedFault({ lines: ['all fine', '::debug::not a fault'] })).toBeUndefined();
  });

  it('loggedArchiveBytes reads the size the client reports', () => {
    expect(loggedArchiveBytes(log)).toBe(12_582_912);
    expect(loggedArchiveBytes({ lines: [] })).toBeUndefined();
  });

  it('loggedLine finds the first line matching a pattern', () => {
    expect(loggedLine(log, /restored from key/)).toBe('Cache restored from key: k');
    expect(loggedLine(log, /nothing like this/)).toBeUndefined();
  });
});
