import type { ActionDependencies } from '../../../../src/runtime/io/action-dependencies.js';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../../src/actions/testing/main.js';
import { renderText } from '../../../../src/core/summary-document.js';
import type { CacheRestoreResult, CacheSaveResult, CacheStore } from '../../../../src/runtime/cache/cache-store.js';
import { runCommand } from '../../../../src/runtime/process/run-command.js';
import { RecordingIO } from '../../support/recording-io.js';
import { tempDirectories } from '../../support/temp-dir.js';

// main(deps) with a recording ActionIO, real child processes (node's own test runner on the committed fixtures),
// and small in-memory caches behind the CacheStore interface.
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/projects');
const temp = tempDirectories('test-action-unit-');
afterAll(() => temp.cleanup());

class FailingCache implements CacheStore {
  readonly description = 'a cache that always fails';
  readonly calls: string[] = [];
  async restore(_paths: string[], key: string): Promise<CacheRestoreResult> {
    this.calls.push(`restore ${key}`);
    return { outcome: 'error', milliseconds: 1, message: 'HTTP 503', fault: 'service' };
  }
  async save(_paths: string[], key: string): Promise<CacheSaveResult> {
    this.calls.push(`save ${key}`);
    return { outcome: 'error', milliseconds: 1, message: 'HTTP 503' };
  }
}

async function workspaceWith(fixture: string): Promise<string> {
  const workspace = await temp.make();
  await cp(path.join(fixtures, fixture), path.join(workspace, 'service'), { recursive: true });
  return workspace;
}

function deps(workspace: string, inputs: Record<string, string>, cache: CacheStore = new FailingCache()): ActionDependencies & { io: RecordingIO } {
  const env = { GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', RUNNER_TEMP: workspace };
  return {
    io: new RecordingIO({ 'working-directory': 'service', ...inputs }),
    run: (command, args, options) => runCommand(command, args, { ...options, silent: true }),
    cache,
    context: { platform: { os: 'linux', arch: 'x64' }, nodePlatform: 'linux', workspace, env, eventName: 'push' },
    now: Date.now,
  };
}

describe('test action main', () => {
  it('annotates failures at their lines, writes the summary, then fails with the count', async () => {
    const workspace = await workspaceWith('tests-node-fail');
    const d = deps(workspace, { coverage: 'false' });
    await expect(main(d)).rejects.toThrow('2 of 4 tests failed.');
    expect(d.io.errors.map((error) => [error.position?.file, error.position?.line, error.position?.column, error.message.split('\n')[0]])).toEqual([
      ['service/test/strings.test.js', 9, 12, 'slug › replaces spaces failed: Expected values to be strictly equal:'],
      ['service/test/strings.test.js', 15, 10, 'trims both ends failed: Expected values to be strictly equal:'],
    ]);
    expect(Object.fromEntries(d.io.outputs)).toMatchObject({ passed: '2', failed: '2', skipped: '0', total: '4', runner: 'node' });
    const text = renderText(d.io.summaries[0]);
    expect(text).toContain('Failed: 2 of 4 tests failed.');
    expect(text).toContain('service/test/strings.test.js:9:12: error: slug › replaces spaces failed');
  });

  it("runs the project's tests in the environment it was given: no FORCE_COLOR of ours (a CLI's colour tests read it)", async () => {
    const workspace = await temp.make();
    const service = path.join(workspace, 'service');
    await mkdir(path.join(service, 'test'), { recursive: true });
    await writeFile(path.join(service, 'package.json'), JSON.stringify({ name: 'env-probe', version: '1.0.0', scripts: { test: 'node --test' } }));
    await writeFile(
      path.join(service, 'test/env.test.js'),
      "const test = require('node:test');\nconst { writeFileSync } = require('node:fs');\ntest('records', () => writeFileSync(require('node:path').join(__dirname, '..', 'seen.json'), JSON.stringify({ force: process.env.FORCE_COLOR ?? null })));\n",
    );
    await main(deps(workspace, { coverage: 'false' }));
    const seen = JSON.parse(await readFile(path.join(service, 'seen.json'), 'utf8')) as { force: string | null };
    expect(seen.force).toBe(process.env.FORCE_COLOR ?? null);
  });

  it('annotates the first 9 failures (the failure message is the 10th error annotation) and lists every one in the summary', async () => {
    const workspace = await temp.make();
    await mkdir(path.join(workspace, 'service/test'), { recursive: true });
    await writeFile(path.join(workspace, 'service/package.json'), JSON.stringify({ type: 'module', scripts: { test: 'node --test' } }));
    const tests = Array.from({ length: 12 }, (_, i) => `test('case ${String(i + 1).padStart(2, '0')}', () => {\n  assert.fail('broken ${i + 1}');\n});`);
    await writeFile(path.join(workspace, 'service/test/many.test.js'), `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\n${tests.join('\n')}\n`);
    const d = deps(workspace, { coverage: 'false' });
    await expect(main(d)).rejects.toThrow('12 of 12 tests failed.');
    // Nine: the step's own failure message is the tenth error annotation.
    expect(d.io.errors.map((error) => error.position?.line)).toEqual([4, 7, 10, 13, 16, 19, 22, 25, 28]);
    const text = renderText(d.io.summaries[0]);
    expect(text).toContain('service/test/many.test.js:37:10: error: case 12 failed: broken 12 [node]');
    expect(text).toContain("3 of them are not annotated (GitHub shows at most 10 error annotations per step, the step's failure message among them)");
  });

  it('only slows the split down when the cache fails: a warning, a count split, and the tests still pass', async () => {
    const workspace = await workspaceWith('tests-node-pass');
    const cache = new FailingCache();
    const d = deps(workspace, { shard: '1/1', coverage: 'false' }, cache);
    const result = await main(d);
    expect(result.verdict).toEqual({ ok: true });
    expect(d.io.warningMessages).toEqual([
      'Restoring test timings from the cache failed (HTTP 503); splitting by file count.',
      'Saving test timings to the cache failed (HTTP 503); the next split uses older timings.',
    ]);
    expect(cache.calls).toEqual([expect.stringMatching(/^restore test-timings-v1-linux-x64-node-[0-9a-f]{12}-7-$/), expect.stringMatching(/^save test-timings-v1-linux-x64-node-[0-9a-f]{12}-7-1-shard-1of1$/)]);
    expect(renderText(d.io.summaries[0])).toContain('1 of 1 test files, split by count (no timing history); history: the cache failed (HTTP 503)');
  });

  it("asks nothing of the cache when 'cache' is false", async () => {
    const workspace = await workspaceWith('tests-node-pass');
    const cache = new FailingCache();
    const d = deps(workspace, { shard: '1/1', coverage: 'false', cache: 'false' }, cache);
    await main(d);
    expect(cache.calls).toEqual([]);
    expect(renderText(d.io.summaries[0])).toContain("history: not restored (input 'cache' is false)");
  });

  it('fails a merge when a shard is missing, after summarising what it has', async () => {
    const workspace = await temp.make();
    const report = (shard: string, name: string, status: string) => ({
      schema: 1,
      runner: 'node',
      shard,
      durationMs: 1000,
      results: { runner: 'node', cases: [{ file: `service/test/${name}.test.js`, name, status, durationMs: 10 }], fileErrors: [] },
      coverage: { [`service/src/${name}.js`]: { lines: { 1: 1, 2: 0 }, branches: {} } },
    });
    for (const [folder, content] of [['shard-1', report('1/3', 'a', 'passed')], ['shard-3', report('3/3', 'c', 'passed')]] as const) {
      await mkdir(path.join(workspace, 'results', folder), { recursive: true });
      await writeFile(path.join(workspace, 'results', folder, 'test-report.json'), JSON.stringify(content));
    }
    const d = deps(workspace, { 'merge-shards': 'true', 'results-directory': 'results', 'working-directory': '.' });
    await expect(main(d)).rejects.toThrow(`The results of shard 2/3 are missing in ${path.join(workspace, 'results')}: those tests were not counted.`);
    expect(Object.fromEntries(d.io.outputs)).toMatchObject({ passed: '2', total: '2', 'coverage-percent': '50.00', 'results-file': 'results/merged/junit.xml', 'coverage-file': 'results/merged/lcov.info' });
  });
});
