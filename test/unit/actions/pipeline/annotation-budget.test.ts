import { main as pipelineMain } from '../../../../src/actions/pipeline/main.js';
import { main as qualityChecksMain } from '../../../../src/actions/quality-checks/main.js';
import { main as testMain } from '../../../../src/actions/testing/main.js';
import { ConfigurationError } from '../../../../src/core/errors.js';
import { main as buildMain } from '../../../../src/actions/build/main.js';
import { pipelineDependencies as dependencies, writePipelineProject } from '../../support/pipeline-project.js';
import { tempDirectories } from '../../support/temp-dir.js';

// Issue 7 item 2: GitHub shows at most 10 error annotations per step, and a failing step's own message is one
// of them. The one-step pipeline is one step: its stages share the caps, and their failures become one message.
// Real processes: an ESLint stand-in script (it prints what ESLint prints) and node's own test runner.
const temp = tempDirectories('annotation-budget-');
afterEach(() => temp.cleanup());

describe('annotation budget', () => {
  it('quality-checks alone: 10 lint errors and a failing step show 9 findings and the failure message', async () => {
    const d = dependencies(await writePipelineProject(await temp.make(), { lintErrors: 10, failingTests: 0 }));
    const result = await qualityChecksMain(d);
    expect(d.io.errors).toHaveLength(9);
    expect(d.io.failures).toHaveLength(1);
    expect(result.annotations.overflow).toHaveLength(1);
  });

  it('the one-step pipeline: both stages together stay within 10 error annotations, with one failure message naming both', async () => {
    const d = dependencies(await writePipelineProject(await temp.make(), { lintErrors: 6, failingTests: 12 }));
    let setupRan = false;
    const run = pipelineMain(d, {
      setupDeps: async (deps) => {
        setupRan = true;
        deps.io.warning('a setup-deps warning');
      },
      qualityChecks: qualityChecksMain,
      test: testMain,
      build: buildMain,
    });
    // The error boundary turns the thrown error into the step's one failure message (its one error annotation).
    await expect(run).rejects.toThrow(ConfigurationError);
    const message = ((await run.catch((error: unknown) => error)) as Error).message;
    expect(setupRan).toBe(true);
    expect(message).toMatch(/^Quality checks failed[^\n]*\n12 of 12 tests failed\.\nSkipped: build \(test failed\)\.$/);
    expect(d.io.failures).toEqual([]);
    // Six lint findings, then the test stage gets what is left: 10 - 6 - 1 (the failure message) = 3.
    expect(d.io.errors.map((error) => error.position?.file)).toEqual([...Array(6).fill('app/src/a.ts'), ...Array(3).fill('app/test/many.test.js')]);
    expect(d.io.errors.length + 1).toBe(10);
  });

  it('the one-step pipeline, only the quality stage failing: one failure message, set once at the end', async () => {
    const d = dependencies(await writePipelineProject(await temp.make(), { lintErrors: 12, failingTests: 0 }));
    await pipelineMain(d, { setupDeps: async () => undefined, qualityChecks: qualityChecksMain, test: testMain, build: buildMain });
    expect(d.io.failures).toEqual([expect.stringMatching(/^Quality checks failed/)]);
    expect(d.io.errors).toHaveLength(9);
  });
});
