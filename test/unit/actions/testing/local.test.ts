import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../../src/actions/testing/main.js';
import { createConsoleActionIO } from '../../../../src/runtime/io/console-action-io.js';
import { createLocalCacheStore } from '../../../../src/runtime/cache/local-cache-store.js';
import { runCommand } from '../../../../src/runtime/process/run-command.js';
import { tempDirectories } from '../../support/temp-dir.js';

// The test action's main with the local command's adapters (console ActionIO, local-directory cache): the wiring
// the local command needs, with timings kept between two local runs.
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/projects');
const temp = tempDirectories('test-action-local-');
afterAll(() => temp.cleanup());

it('runs a shard locally, keeps its timings in the local cache, and plans the next run from them', async () => {
  const workspace = await temp.make();
  const cacheDirectory = await temp.make();
  await cp(path.join(fixtures, 'tests-node-shards'), path.join(workspace, 'service'), { recursive: true });
  const runLocally = async (): Promise<string> => {
    let printed = '';
    const io = createConsoleActionIO({ 'working-directory': 'service', shard: '1/4', coverage: 'false' }, (text) => (printed += text));
    const context = { platform: { os: 'linux', arch: 'x64' }, nodePlatform: 'linux' as const, workspace, env: {}, keepsDownloadStore: true };
    const result = await main({ io, run: (command, args, options) => runCommand(command, args, { ...options, silent: true }), cache: createLocalCacheStore(cacheDirectory), context, now: Date.now });
    expect(result.verdict).toEqual({ ok: true });
    return printed;
  };
  const first = await runLocally();
  expect(first).toContain('3 of 12 test files, split by count (no timing history); history: none yet (no cache entry)');
  expect(first).toMatch(/Timings of 3 files saved as test-timings-v1-linux-x64-node-[0-9a-f]{12}-local-\d+-shard-1of4\./);
  const second = await runLocally();
  expect(second).toMatch(/split by earlier durations \(9 files without history spread by count\); history: test-timings-v1-linux-x64-node-[0-9a-f]{12}-local-\d+-shard-1of4\./);
  expect(second).not.toContain('::stop-commands::');
});
