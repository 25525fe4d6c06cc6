import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Temporary directories for one test file: `make()` in a test, `cleanup()` in afterEach/afterAll. */
export function tempDirectories(prefix = 'build-actions-unit-'): { make: () => Promise<string>; cleanup: () => Promise<void> } {
  const made: string[] = [];
  return {
    async make() {
      const directory = await mkdtemp(path.join(os.tmpdir(), prefix));
      made.push(directory);
      return directory;
    },
    async cleanup() {
      await Promise.all(made.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
    },
  };
}
