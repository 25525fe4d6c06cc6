import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main as pipelineMain } from '../../src/actions/pipeline/main.js';
import { main as qualityChecksMain } from '../../src/actions/quality-checks/main.js';
import { main as testMain } from '../../src/actions/test/main.js';
import { ConfigurationError } from '../../src/core/errors.js';
import type { CacheStore } from '../../src/runtime/cache-store.js';
import { runCommand } from '../../src/runtime/run-command.js';
import { RecordingIO } from './support/recording-io.js';
import { tempDirectories } from './support/temp-dir.js';

// Issue 7 item 2: GitHub shows at most 10 error annotations per step, and a failing step's own message is one
// of them. The one-step pipeline is one step: its stages share the caps, and their failures become one message.
// Real processes: an ESLint stand-in script (it prints what ESLint prints) and node's own test runner.
const temp = tempDirectories('annotation-budget-');
afterEach(() => temp.cleanup());

let clock = 0;
const now = (): number => (clock += 100);
const noCache: CacheStore = {
  description: 'no cache',
  restore: async () => ({ outcome: 'miss', milliseconds: 0 }),
  save: async () => ({ outcome: 'error', milliseconds: 0, message: 'not saved in this test' }),
};

/** A project whose lint finds `lintErrors` errors and whose tests fail `failingTests` times. */
async function workspaceWith(lintErrors: number, failingTests: number): Promise<string> {
  const workspace = await temp.make();
  const app = path.join(workspace, 'app');
  await mkdir(path.join(app, 'node_modules/.bin'), { recursive: true });
  await mkdir(path.join(app, 'test'), { recursive: true });
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', type: 'module', scripts: { test: 'node --test' } }));
  await writeFile(path.join(app, 'eslint.config.js'), 'export default [];\n');
  const report = JSON.stringify([{ filePath: 'APP/src/a.ts', messages: Array.from({ length: lintErrors }, (_, i) => ({ ruleId: 'no-undef', severity: 2, message: `e${i}`, line: i + 1, column: 1 })) }]);
  const eslint = path.join(app, 'node_modules/.bin/eslint');
  await writeFile(eslint, `#!/bin/sh\necho '${report}' | sed "s|APP|$PWD|"\nexit 1\n`);
  await chmod(eslint, 0o755);
  const tests = Array.from({ length: failingTests }, (_, i) => `test('case ${i + 1}', () => {\n  assert.fail('broken ${i + 1}');\n});`);
  await writeFile(path.join(app, 'test/many.test.js'), `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\n${tests.join('\n')}\n`);
  return workspace;
}

function dependencies(workspace: string): { io: RecordingIO; run: typeof runCommand; cache: CacheStore; now: () => number; context: Parameters<typeof qualityChecksMain>[0]['context'] } {
  return {
    io: new RecordingIO({ 'working-directory': 'app', checks: 'lint', coverage: 'false', cache: 'false' }),
    run: (command, args, options) => runCommand(command, args, { ...options, silent: true }),
    cache: noCache,
    now,
    context: { platform: { os: 'linux', arch: 'x64' }, nodePlatform: 'linux', workspace, env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: workspace } },
  };
}

describe('annotation budget', () => {
  it('quality-checks alone: 10 lint errors and a failing step show 9 findings and the failure message', async () => {
    const d = dependencies(await workspaceWith(10, 0));
    const result = await qualityChecksMain(d);
    expect(d.io.errors).toHaveLength(9);
    expect(d.io.failures).toHaveLength(1);
    expect(result.annotations.overflow).toHaveLength(1);
  });

  it('the one-step pipeline: both stages together stay within 10 error annotations, with one failure message naming both', async () => {
    const d = dependencies(await workspaceWith(6, 12));
    let setupRan = false;
    const run = pipelineMain(d, {
      setupDeps: async (deps) => {
        setupRan = true;
        deps.io.warning('a setup-deps warning');
      },
      qualityChecks: qualityChecksMain,
      test: testMain,
    });
    // The error boundary turns the thrown error into the step's one failure message (its one error annotation).
    await expect(run).rejects.toThrow(ConfigurationError);
    const message = ((await run.catch((error: unknown) => error)) as Error).message;
    expect(setupRan).toBe(true);
    expect(message).toMatch(/^Quality checks failed[^\n]*\n12 of 12 tests failed\.$/);
    expect(d.io.failures).toEqual([]);
    // Six lint findings, then the test stage gets what is left: 10 - 6 - 1 (the failure message) = 3.
    expect(d.io.errors.map((error) => error.position?.file)).toEqual([...Array(6).fill('app/src/a.ts'), ...Array(3).fill('app/test/many.test.js')]);
    expect(d.io.errors.length + 1).toBe(10);
  });

  it('the one-step pipeline, only the quality stage failing: one failure message, set once at the end', async () => {
    const workspace = await workspaceWith(12, 0);
    await writeFile(path.join(workspace, 'app/test/many.test.js'), "import { test } from 'node:test';\ntest('passes', () => {});\n");
    const d = dependencies(workspace);
    await pipelineMain(d, { setupDeps: async () => undefined, qualityChecks: qualityChecksMain, test: testMain });
    expect(d.io.failures).toEqual([expect.stringMatching(/^Quality checks failed/)]);
    expect(d.io.errors).toHaveLength(9);
  });
});
