import { ConfigurationError } from '../../../../src/core/errors.js';
import { runMainWithErrorBoundary, runPostWithErrorBoundary } from '../../../../src/runtime/io/error-boundary.js';
import { RecordingIO } from '../../support/recording-io.js';

describe('runMainWithErrorBoundary', () => {
  it('does nothing more when the body succeeds', async () => {
    const io = new RecordingIO();
    await runMainWithErrorBoundary(io, async () => io.info('ran'));
    expect(io.failures).toEqual([]);
    expect(io.infos).toEqual(['ran']);
  });

  it('fails with the message alone for what the user can fix', async () => {
    const io = new RecordingIO();
    await runMainWithErrorBoundary(io, async () => {
      throw new ConfigurationError("Input 'cache' must be true or false (got 'yes').");
    });
    expect(io.failures).toEqual(["Input 'cache' must be true or false (got 'yes')."]);
  });

  it('fails with the stack for a bug', async () => {
    const io = new RecordingIO();
    await runMainWithErrorBoundary(io, async () => {
      throw new TypeError('undefined is not a function');
    });
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toMatch(/^TypeError: undefined is not a function\n\s+at /);
  });

  it('fails with the text of something thrown that is not an Error', async () => {
    const io = new RecordingIO();
    await runMainWithErrorBoundary(io, async () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what this test is about
      throw 'plain string';
    });
    expect(io.failures).toEqual(['plain string']);
  });
});

describe('runPostWithErrorBoundary', () => {
  it('never fails the job: an error becomes a warning', async () => {
    const io = new RecordingIO();
    await runPostWithErrorBoundary(io, async () => {
      throw new Error('disk full');
    });
    expect(io.failures).toEqual([]);
    expect(io.warningMessages).toHaveLength(1);
    expect(io.warningMessages[0]).toMatch(/^Saving to the cache was skipped after an unexpected error: Error: disk full\n/);
  });

  it('says nothing when the body succeeds', async () => {
    const io = new RecordingIO();
    await runPostWithErrorBoundary(io, async () => undefined);
    expect(io.warnings).toEqual([]);
  });
});
