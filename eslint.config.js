// ESLint with typescript-eslint on the suite's own code (src/, test/, bench/), type-aware, plus the layer rules of
// /work/shared/design.md that the compiler cannot see: src/core decides and touches nothing (no @actions/*, no file
// system, no processes, no runtime adapters), and src/entrypoints are the bundles' few lines that nothing imports.
// `npm run lint`; .ci/run runs it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports that would give src/core a way to touch the outside world. */
const CORE_FORBIDDEN = [
  {
    group: ['@actions/*'],
    message: 'src/core is pure: the runner is reached through src/runtime adapters passed in by the caller.',
  },
  {
    group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'child_process'],
    message: 'src/core is pure: no file system and no processes; take the data (or a small interface) as an argument.',
  },
  {
    group: ['**/runtime', '**/runtime/**'],
    message: 'src/core may not import src/runtime: the adapters depend on the core, never the other way round.',
  },
];

const ENTRYPOINTS_FORBIDDEN = {
  group: ['**/entrypoints', '**/entrypoints/**'],
  message: 'src/entrypoints wire the real adapters for one bundle each and are imported by nothing: import the action\'s main/post instead.',
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.tools/**', 'tmp/**', 'coverage/**', 'test-results/**', 'examples/**', 'test/fixtures/**', 'bench/fixtures/**', 'bench/results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The compiler checks these already (noUnusedLocals, noUnusedParameters); `_name` marks a deliberate unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-imports': ['error', { patterns: [ENTRYPOINTS_FORBIDDEN] }],
      // An async function that does not await still turns a throw into a rejection, which callers rely on: dropping
      // `async` to please this rule would change behaviour.
      '@typescript-eslint/require-await': 'off',
      // Without noUncheckedIndexedAccess every `list[0]!` counts as "unnecessary"; the `!` there documents that the
      // element is known to exist and stays until that compiler option is turned on.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // Tests read JSON and child-process output into loosely typed values and pass methods to expect(); what these
    // rules guard against in production code is the assertion itself in a test.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Deliberate: path.join passed as a function (it does not use `this`), and process.stdout.write kept to be put
    // back as it was. Said here rather than in comments in the files, since ncc copies comments into dist/.
    files: ['src/actions/setup-deps/main.ts', 'src/runtime/client-log-capture.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Stripping ANSI colour codes and the control characters XML 1.0 forbids is what these regular expressions are for.
    files: ['src/core/ansi.ts', 'src/core/testing/xml.ts', 'test/unit/support/diagnosis-fixtures.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...CORE_FORBIDDEN, ENTRYPOINTS_FORBIDDEN] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', Buffer: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' }, // CommonJS preloads (bench/support/*.cjs) load with require()
  },
);
