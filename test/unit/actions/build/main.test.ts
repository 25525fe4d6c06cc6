import type { ActionDependencies } from '../../../../src/runtime/io/action-dependencies.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../../../../src/actions/build/main.js';
import type { CacheRestoreResult, CacheSaveResult, CacheStore } from '../../../../src/runtime/cache/cache-store.js';
import { runCommand } from '../../../../src/runtime/process/run-command.js';
import { RecordingIO } from '../../support/recording-io.js';
import { tempDirectories } from '../../support/temp-dir.js';

// build's main with a recording ActionIO and real child processes (npm runs the project's own build script).
const temp = tempDirectories('build-action-unit-');
afterAll(() => temp.cleanup());

class UnusedCache implements CacheStore {
  readonly description = 'a cache this test never expects to be asked';
  async restore(): Promise<CacheRestoreResult> {
    throw new Error('the cache was asked although cache is false');
  }
  async save(): Promise<CacheSaveResult> {
    throw new Error('the cache was asked although cache is false');
  }
}

it("runs the project's build script in the environment it was given: no FORCE_COLOR of ours", async () => {
  const workspace = await temp.make();
  const service = path.join(workspace, 'service');
  await mkdir(service, { recursive: true });
  await writeFile(
    path.join(service, 'package.json'),
    JSON.stringify({ name: 'env-probe', version: '1.0.0', private: true, scripts: { build: "node -e \"require('fs').writeFileSync('seen.json', JSON.stringify({ force: process.env.FORCE_COLOR ?? null }))\"" } }),
  );
  await writeFile(path.join(service, 'package-lock.json'), JSON.stringify({ name: 'env-probe', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'env-probe', version: '1.0.0' } } }));
  const deps: ActionDependencies = {
    io: new RecordingIO({ 'working-directory': 'service', cache: 'false', package: 'false' }),
    run: (command, args, options) => runCommand(command, args, { ...options, silent: true }),
    cache: new UnusedCache(),
    context: { platform: { os: 'linux', arch: 'x64' }, nodePlatform: 'linux', workspace, env: { RUNNER_TEMP: workspace }, eventName: 'push' },
    now: Date.now,
  };
  await main(deps);
  const seen = JSON.parse(await readFile(path.join(service, 'seen.json'), 'utf8')) as { force: string | null };
  expect(seen.force).toBe(process.env.FORCE_COLOR ?? null);
});
