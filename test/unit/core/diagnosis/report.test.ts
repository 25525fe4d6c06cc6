import { diagnoseFailure, formatDiagnosis, holdsDiagnosis } from '../../../../src/core/diagnosis/diagnosis.js';
import { DEPENDENCIES_CACHE_VARIABLE, dependenciesFromCache } from '../../../../src/core/diagnosis/cache-evidence.js';
import { diagnosisSummary, readDiagnosis, withDiagnosis } from '../../../../src/core/diagnosis/report.js';
import { ConfigurationError } from '../../../../src/core/errors.js';
import { renderMarkdown, renderText } from '../../../../src/core/summary-document.js';
import { runStageWithErrorBoundary } from '../../../../src/runtime/io/error-boundary.js';
import { RecordingIO } from '../../support/recording-io.js';

// Failure diagnosis (issue 11): the timeout kind, the unknown fallback, the text form read back for the summary,
// and the stage boundary that puts a diagnosis in the failure message and the summary.

const STOPPED = [
  "'npm test' did not finish within 0.2 min (timeout-minutes) and was stopped with every process it started. The slowest part seen: slow suite › waits (test/slow.test.js), 4.0 s. Its last lines:",
  '> svc@1.0.0 test',
  '> node --test test/',
  '▶ slow suite',
].join('\n');

describe('the timeout kind', () => {
  it('reads the stages\' own words: the limit, the command stopped and the slowest part seen', () => {
    const diagnosis = diagnoseFailure({ stage: 'test', output: STOPPED });
    expect(diagnosis.kind).toBe('timeout');
    expect(diagnosis.headline).toBe(
      "test did not finish within 0.2 min (timeout-minutes) while running 'npm test' and was stopped with every process it started; the slowest part seen: slow suite › waits (test/slow.test.js), 4.0 s.",
    );
    expect(diagnosis.evidence.at(-1)).toBe('▶ slow suite');
  });

  it('takes the limit given by the stage when it knows it, without the stages\' words', () => {
    const diagnosis = diagnoseFailure({ stage: 'build', output: 'compiling…', timedOut: { minutes: 3, slowest: "'tsc -b'" } });
    expect(diagnosis).toMatchObject({ kind: 'timeout', evidence: ['compiling…'] });
    expect(diagnosis.headline).toBe("build did not finish within 3 min (timeout-minutes) and was stopped with every process it started; the slowest part seen: 'tsc -b'.");
  });
});

describe('the unknown kind', () => {
  it('says so and shows the last lines, never a guess', () => {
    const output = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const diagnosis = diagnoseFailure({ stage: 'build', output });
    expect(diagnosis.kind).toBe('unknown');
    expect(diagnosis.headline).toBe('build failed in a way this action does not recognise.');
    expect(diagnosis.evidence).toEqual(Array.from({ length: 12 }, (_, i) => `line ${i + 9}`));
  });
});

describe('withDiagnosis', () => {
  it('leaves a message of the action\'s own as it is: it already says what to fix', () => {
    const message = "Input 'cache' must be true or false (got 'yes').";
    expect(withDiagnosis(message, { stage: 'setup-deps' })).toBe(message);
  });

  it('does not repeat the test action\'s own verdict: its failing tests are annotated and listed already', () => {
    expect(withDiagnosis('2 of 4 tests failed.', { stage: 'test' })).toBe('2 of 4 tests failed.');
  });

  it('adds unknown after quoted tool output, pointing at the lines the message already shows', () => {
    const message = "'npm run build' in the project failed with exit code 3. Its last lines:\nsomething odd\nthen it stopped";
    const text = withDiagnosis(message, { stage: 'build' });
    expect(text).toBe(`${message}\nDiagnosis: unknown. build failed in a way this action does not recognise.\nFix: Read its last lines and the full log for the cause. (The evidence is in the lines above.)`);
  });

  it('keeps a message that holds a diagnosis already', () => {
    const message = `install failed\n${formatDiagnosis({ kind: 'timeout', headline: 'h.', fix: 'f.', evidence: ['e'] })}`;
    expect(holdsDiagnosis(message)).toBe(true);
    expect(withDiagnosis(message, { stage: 'setup-deps' })).toBe(message);
  });
});

describe('the summary section', () => {
  it('reads the text form back: kind, headline, fix and evidence', () => {
    const text = `a failure\n${formatDiagnosis({ kind: 'timeout', headline: 'test did not finish.', fix: 'Raise it.', evidence: ['one', '  two'] })}`;
    expect(readDiagnosis(text)).toEqual({ kind: 'timeout', headline: 'test did not finish.', fix: 'Raise it.', evidence: ['one', '  two'] });
    expect(readDiagnosis('no diagnosis here')).toBeUndefined();
  });

  it('gives each diagnosed stage a heading, the headline, the fix and the evidence verbatim; the message\'s last lines when it left them out', () => {
    const diagnosed = withDiagnosis(STOPPED, { stage: 'test' });
    const unknown = withDiagnosis("'x' failed. Its last lines:\nboom", { stage: 'build' });
    const document = diagnosisSummary([{ stage: 'test', message: diagnosed }, { stage: 'build', message: unknown }, { stage: 'quality-checks', message: 'Quality checks failed: 2 errors.' }]);
    expect(document.filter((block) => block.kind === 'heading')).toEqual([
      { kind: 'heading', text: 'Diagnosis: test — timeout' },
      { kind: 'heading', text: 'Diagnosis: build — unknown' },
    ]);
    expect(document).toContainEqual({ kind: 'code', lines: ["'x' failed. Its last lines:", 'boom'] });
    const markdown = renderMarkdown(document);
    expect(markdown).toContain('**Fix:** Find what hangs');
    expect(markdown).toContain('Its last lines:\n> svc@1.0.0 test\n> node --test test/\n▶ slow suite\n```');
  });

  it('fences code with more backticks than any line holds, and indents it on the console', () => {
    const document = [{ kind: 'code' as const, lines: ['a ``` b', 'c'] }];
    expect(renderMarkdown(document)).toBe('````\na ``` b\nc\n````\n');
    expect(renderText(document)).toBe('    a ``` b\n    c\n');
  });
});

describe('where the dependencies came from', () => {
  it('blames the cache only for a tree restored from it (setup-deps\' exported cache result)', () => {
    expect(dependenciesFromCache({ [DEPENDENCIES_CACHE_VARIABLE]: 'exact' })).toBe(true);
    expect(dependenciesFromCache({ [DEPENDENCIES_CACHE_VARIABLE]: 'partial' })).toBe(true);
    expect(dependenciesFromCache({ [DEPENDENCIES_CACHE_VARIABLE]: 'miss' })).toBe(false);
    expect(dependenciesFromCache({})).toBe(false);
  });
});

describe('runStageWithErrorBoundary', () => {
  const context = { env: {} };

  it('diagnoses a failure the stage reports, in the message and in a summary section after the stage\'s own', async () => {
    const io = new RecordingIO();
    await runStageWithErrorBoundary({ io, context }, 'test', async ({ io: given }) => {
      await given.writeSummary([{ kind: 'heading', text: 'Tests' }]);
      given.setFailed(STOPPED);
    });
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toMatch(/^'npm test' did not finish(.|\n)*\nDiagnosis: timeout\. test did not finish within 0\.2 min/);
    expect(io.summaries.map((document) => document[0])).toEqual([{ kind: 'heading', text: 'Tests' }, { kind: 'heading', text: 'Diagnosis: test — timeout' }]);
  });

  it('diagnoses a thrown ConfigurationError too, and joins what the stage reported before it', async () => {
    const io = new RecordingIO();
    await runStageWithErrorBoundary({ io, context }, 'setup-deps', async ({ io: given }) => {
      given.setFailed('first');
      throw new ConfigurationError("'npm ci' did not finish within 1 min (timeout-minutes). Its last lines:\nadded 3 packages");
    });
    expect(io.failures).toEqual([expect.stringMatching(/^first\n'npm ci' did not finish(.|\n)*\nDiagnosis: timeout\./)]);
  });

  it('does not diagnose a bug: the stack is its evidence, and no section is written', async () => {
    const io = new RecordingIO();
    await runStageWithErrorBoundary({ io, context }, 'build', async () => {
      throw new TypeError('x is undefined');
    });
    expect(io.failures).toEqual([expect.stringMatching(/^TypeError: x is undefined\n\s+at /)]);
    expect(io.summaries).toEqual([]);
  });

  it('writes nothing more for a message of the action\'s own', async () => {
    const io = new RecordingIO();
    await runStageWithErrorBoundary({ io, context }, 'setup-deps', async () => {
      throw new ConfigurationError("Input 'cache' must be true or false (got 'yes').");
    });
    expect(io.failures).toEqual(["Input 'cache' must be true or false (got 'yes')."]);
    expect(io.summaries).toEqual([]);
  });
});
