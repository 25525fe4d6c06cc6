// Jest runs the ESM-only @actions toolkit natively (node --experimental-vm-modules) through ts-jest's ESM preset.
// ts-jest does not type-check here (isolatedModules): `npm run typecheck` does that as its own step.
const tsJest = ['ts-jest', { useESM: true, diagnostics: false }]; // isolatedModules comes from tsconfig.json
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
};

export default {
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  ],
};
