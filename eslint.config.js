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

/** The orchestrators: what composes the stages (src/actions/<name>, src/local) is imported by no adapter. */
const ORCHESTRATION_FORBIDDEN = {
  group: ['../../actions/**', '../../local/**'],
  message: 'src/runtime holds adapters: it is called by the actions and the local command, never the other way round.',
};

/** Domain probes (runtime/deps, runtime/quality, runtime/testing) sit on the generic adapters, not under them. */
const DOMAIN_PROBES_FORBIDDEN = {
  group: ['**/runtime/deps/**', '**/runtime/quality/**', '**/runtime/testing/**', '../deps/*', '../quality/*', '../testing/*'],
  message: 'The generic adapters (io, process, cache, files, docker) know no domain: a domain probe may use them, not the reverse.',
};

/** The composers of the core (the local command's plans, the pipeline's plan) are imported by no domain. */
const CORE_COMPOSERS_FORBIDDEN = {
  group: ['../local/*', '../pipeline/*'],
  message: 'A domain folder of src/core decides for its own stage: the pipeline and the local command compose the domains, not the reverse.',
};

const ACTIONS = ['build', 'publish-image', 'quality-checks', 'setup-deps', 'testing'];

/** No action imports another: what two actions share lives in src/core or src/runtime (the pipeline composes them). */
function otherActionsForbidden(action) {
  return {
    group: ACTIONS.filter((other) => other !== action).map((other) => `../${other}/*`),
    message: `src/actions/${action} may not import another action: move what they share to src/core or src/runtime.`,
  };
}

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
    files: ['src/actions/setup-deps/main.ts', 'src/runtime/cache/client-log-capture.ts'],
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
    files: ['src/core/{deps,quality,testing,build,image,diagnosis,cache}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...CORE_FORBIDDEN, ENTRYPOINTS_FORBIDDEN, CORE_COMPOSERS_FORBIDDEN] }],
    },
  },
  {
    files: ['src/runtime/{deps,quality,testing}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ENTRYPOINTS_FORBIDDEN, ORCHESTRATION_FORBIDDEN] }],
    },
  },
  {
    files: ['src/runtime/{io,process,cache,files,docker}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ENTRYPOINTS_FORBIDDEN, ORCHESTRATION_FORBIDDEN, DOMAIN_PROBES_FORBIDDEN] }],
    },
  },
  ...ACTIONS.map((action) => ({
    files: [`src/actions/${action}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ENTRYPOINTS_FORBIDDEN, otherActionsForbidden(action)] }],
    },
  })),
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
