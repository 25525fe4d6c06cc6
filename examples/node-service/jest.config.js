// Jest runs the TypeScript tests through ts-jest in CommonJS mode (this package has no "type": "module").
// ts-jest type-checks the tests against tests/tsconfig.json; `npm run type-check` covers src/.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }],
  },
};
