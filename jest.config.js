// Jest runs the ESM-only @actions toolkit natively (node --experimental-vm-modules) through ts-jest's ESM preset.
// ts-jest does not type-check here (isolatedModules): `npm run typecheck` does that as its own step.
import { availableParallelism } from 'node:os';

const tsJest = ['ts-jest', { useESM: true, diagnostics: false }]; // isolatedModules comes from tsconfig.json
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
};

// Speed, for every test file, old or new:
// - Files run side by side. Jest's default (one worker fewer than the cores) is a single worker on a 2-core machine,
//   but the end-to-end files spend most of their time waiting on child processes (package managers, action bundles,
//   the cache client's retry back-off), so one worker more than the cores keeps the machine busy. JEST_MAX_WORKERS
//   overrides (on a loaded machine, fewer: installs that share two cores with many others time out on the registry).
// - Inside a file, cases written with `it.concurrent` (independent cases: their own workspace, their own cache
//   service where they count its requests) run together, up to maxConcurrency at a time.
// - Installs are shared: test/support/installs.ts installs a fixture once per lockfile for the whole run.
const maxWorkers = Number(process.env.JEST_MAX_WORKERS) || Math.max(2, availableParallelism() + 1);

export default {
  testTimeout: 120_000,
  maxWorkers,
  maxConcurrency: Number(process.env.JEST_MAX_CONCURRENCY) || 4,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/e2e-setup.ts'],
    },
  ],
};
