import { describeOutcome, parseStagesInput, PIPELINE_STAGES, selectStages, stageGate, STAGE_NEEDS, type PipelineStage, type StageOutcome } from '../../../../src/core/pipeline/plan.js';
import { pipelineSummaryTable, stageCacheResult, type StageRecord } from '../../../../src/core/pipeline/report.js';
import { ConfigurationError } from '../../../../src/core/errors.js';

// The pipeline's plan (which stages are asked for, which stop which) and the table its summary opens with.

/** Runs the gate over every stage in order, each stage that runs failing when named in `failing`, else passing. */
function walk(selected: Iterable<PipelineStage>, failing: PipelineStage[]): Record<string, string> {
  const outcomes = new Map<PipelineStage, StageOutcome>();
  for (const stage of PIPELINE_STAGES) {
    outcomes.set(stage, stageGate(stage, new Set(selected), outcomes) ?? { result: failing.includes(stage) ? 'failed' : 'passed' });
  }
  return Object.fromEntries([...outcomes].map(([stage, outcome]) => [stage, describeOutcome(outcome)]));
}

describe('stages and publish', () => {
  it.each([
    ['all', false, ['setup-deps', 'quality-checks', 'test', 'build']],
    ['', false, ['setup-deps', 'quality-checks', 'test', 'build']],
    ['ALL', true, [...PIPELINE_STAGES]],
    ['test, setup-deps', false, ['setup-deps', 'test']],
    ['build,publish-image', true, ['build', 'publish-image']],
  ])('stages %j with publish %s selects %j', (stages, publish, expected) => {
    expect([...selectStages(stages, publish)].sort()).toEqual([...expected].sort());
  });

  it.each([
    ['lint', "unknown 'lint'"],
    ['test,,deploy', "unknown 'deploy'"],
    [',', "(got ',')"],
  ])('refuses %j, naming the input, the value and the accepted names', (stages, detail) => {
    expect(() => parseStagesInput(stages)).toThrow(ConfigurationError);
    expect(() => parseStagesInput(stages)).toThrow("Input 'stages' must be all or a comma-separated list of setup-deps, quality-checks, test, build, publish-image");
    expect(() => parseStagesInput(stages)).toThrow(detail);
  });

  it('refuses publish-image named in stages while publish is false, rather than guessing', () => {
    expect(() => selectStages('build,publish-image', false)).toThrow("Input 'stages' names publish-image, but input 'publish' is false");
  });
});

describe('the need rule', () => {
  it('is one table over the stages, each needing only earlier ones', () => {
    for (const stage of PIPELINE_STAGES) {
      for (const need of STAGE_NEEDS[stage]) expect(PIPELINE_STAGES.indexOf(need)).toBeLessThan(PIPELINE_STAGES.indexOf(stage));
    }
  });

  it('runs everything when nothing fails; publish-image not selected without publish', () => {
    expect(walk(selectStages('all', false), [])).toEqual({
      'setup-deps': 'passed', 'quality-checks': 'passed', test: 'passed', build: 'passed', 'publish-image': 'not selected (publish is not true)',
    });
  });

  it('quality findings stop neither the tests nor the build, but do stop the image', () => {
    expect(walk(PIPELINE_STAGES, ['quality-checks'])).toEqual({
      'setup-deps': 'passed', 'quality-checks': 'failed', test: 'passed', build: 'passed', 'publish-image': 'skipped: quality-checks failed',
    });
  });

  it('a failing test stops the build, and the image for the same reason', () => {
    expect(walk(PIPELINE_STAGES, ['test'])).toEqual({
      'setup-deps': 'passed', 'quality-checks': 'passed', test: 'failed', build: 'skipped: test failed', 'publish-image': 'skipped: test failed',
    });
  });

  it('a failed install stops every later stage, each naming setup-deps', () => {
    expect(walk(PIPELINE_STAGES, ['setup-deps'])).toEqual({
      'setup-deps': 'failed', 'quality-checks': 'skipped: setup-deps failed', test: 'skipped: setup-deps failed', build: 'skipped: setup-deps failed',
      'publish-image': 'skipped: setup-deps failed',
    });
  });

  it('names every cause: quality-checks and test both failed', () => {
    expect(walk(PIPELINE_STAGES, ['quality-checks', 'test'])['publish-image']).toBe('skipped: quality-checks and test failed');
  });

  it('a stage unavailable here (the local image stage without a Dockerfile) is skipped with its note and stops nothing', () => {
    const outcomes = new Map<PipelineStage, StageOutcome>([['setup-deps', { result: 'unavailable', reason: 'no engine' }]]);
    expect(stageGate('quality-checks', new Set(PIPELINE_STAGES), outcomes)).toBeUndefined();
    expect(describeOutcome({ result: 'unavailable', reason: 'no Dockerfile (looked for /p/Dockerfile)' })).toBe('skipped: no Dockerfile (looked for /p/Dockerfile)');
  });

  it('a need that was not selected does not stop a stage (the user chose to run it alone)', () => {
    expect(walk(['build', 'publish-image'], [])).toEqual({
      'setup-deps': "not selected (not in 'stages')", 'quality-checks': "not selected (not in 'stages')", test: "not selected (not in 'stages')",
      build: 'passed', 'publish-image': 'passed',
    });
  });
});

describe('the cache column', () => {
  it.each([
    ['setup-deps', { 'cache-result': 'exact', 'cache-hit': 'true' }, 'exact'],
    ['build', { 'cache-hit': 'true' }, 'hit (build skipped)'],
    ['build', { 'cache-hit': 'false' }, 'miss'],
    ['build', {}, '—'],
    ['publish-image', { 'cache-result': 'partial' }, 'partial'],
    ['test', { passed: '3' }, '—'],
  ] as const)('%s with %j: %s', (stage, outputs, expected) => {
    expect(stageCacheResult(stage, outputs)).toBe(expected);
  });
});

describe('the summary table', () => {
  it('opens with the verdict, then one row per stage in order: result (with why), seconds, cache', () => {
    const records = new Map<PipelineStage, StageRecord>([
      ['setup-deps', { outcome: { result: 'passed' }, milliseconds: 1200, outputs: { 'cache-result': 'exact' } }],
      ['quality-checks', { outcome: { result: 'passed' }, milliseconds: 3400, outputs: {} }],
      ['test', { outcome: { result: 'failed' }, milliseconds: 5000, outputs: { failed: '1' } }],
      ['build', { outcome: { result: 'skipped', because: ['test'] } }],
      ['publish-image', { outcome: { result: 'not selected', reason: 'publish is not true' } }],
    ]);
    expect(pipelineSummaryTable(records)).toEqual([
      { kind: 'heading', text: 'Pipeline: failed: test' },
      {
        kind: 'table',
        header: ['stage', 'result', 'seconds', 'cache'],
        rows: [
          ['setup-deps', '✅ passed', '1.2 s', 'exact'],
          ['quality-checks', '✅ passed', '3.4 s', '—'],
          ['test', '❌ failed', '5.0 s', '—'],
          ['build', '⏭️ skipped: test failed', '—', '—'],
          ['publish-image', 'not selected (publish is not true)', '—', '—'],
        ],
      },
      { kind: 'paragraph', text: "3 stage(s) ran in 9.6 s; each one's own section follows." },
    ]);
  });

  it('an unavailable stage: skipped with its note, and the pipeline still passed', () => {
    const table = pipelineSummaryTable(new Map<PipelineStage, StageRecord>([
      ['build', { outcome: { result: 'passed' }, milliseconds: 100, outputs: {} }],
      ['publish-image', { outcome: { result: 'unavailable', reason: 'no Dockerfile' } }],
    ]));
    expect(table[0]).toEqual({ kind: 'heading', text: 'Pipeline: passed' });
    expect(table[1]).toMatchObject({ rows: expect.arrayContaining([['publish-image', '⏭️ skipped: no Dockerfile', '—', '—']]) });
  });

  it('says passed when no stage failed, and lists a stage it has no record of as not selected', () => {
    const table = pipelineSummaryTable(new Map([['build', { outcome: { result: 'passed' }, milliseconds: 100, outputs: { 'cache-hit': 'true' } }]]));
    expect(table[0]).toEqual({ kind: 'heading', text: 'Pipeline: passed' });
    expect(table[1]).toMatchObject({ rows: expect.arrayContaining([['build', '✅ passed', '0.1 s', 'hit (build skipped)'], ['test', "not selected (not in 'stages')", '—', '—']]) });
  });
});
