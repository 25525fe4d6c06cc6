import {
  parseEslintJson,
  parseEslintStylish,
  parseMypyOutput,
  parsePylintJson,
  parseRuffJson,
  parseTscOutput,
  workspacePath,
} from '../../../../src/core/quality/tool-output.js';
import { parseScriptOutput } from '../../../../src/core/quality/linter-formats.js';

// Real outputs captured from the tools on the test fixtures (ESLint 10.15, TypeScript 5.9.3, pylint 2.16.2 and
// mypy 1.0.1 from Debian 12), with the temporary workspace path replaced by /repo. Ruff is not in Debian 12: its
// row follows ruff's documented JSON output.
const context = { workspace: '/repo', directory: '/repo/services/api' };

const ESLINT_JSON = JSON.stringify([
  { filePath: '/repo/services/api/eslint.config.js', messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] },
  {
    filePath: '/repo/services/api/src/pricing.ts',
    messages: [
      { ruleId: '@typescript-eslint/no-unused-vars', severity: 2, message: "'unused' is assigned a value but never used.", line: 9, column: 9, messageId: 'unusedVar', endLine: 9, endColumn: 15 },
      { ruleId: 'no-console', severity: 1, message: 'Unexpected console statement.', line: 16, column: 3, messageId: 'unexpected', endLine: 16, endColumn: 14 },
      { ruleId: '@typescript-eslint/no-explicit-any', severity: 2, message: 'Unexpected any. Specify a different type.', line: 20, column: 38, messageId: 'unexpectedAny', endLine: 20, endColumn: 41 },
    ],
    suppressedMessages: [], errorCount: 2, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [],
  },
]);

const ESLINT_STYLISH = `
> quality-node-many@1.0.0 lint
> eslint .


/repo/services/api/src/many.ts
   5:9  error    'unused00' is assigned a value but never used  @typescript-eslint/no-unused-vars
  82:3  warning  Unexpected console statement                   no-console

✖ 42 problems (30 errors, 12 warnings)

`;

const TSC = `src/index.ts(3,14): error TS2322: Type 'number' is not assignable to type 'string'.
src/pricing.ts(15,9): error TS2322: Type 'string' is not assignable to type 'number'.
`;
const TSC_ELABORATED = `src/a.ts(3,14): error TS2322: Type '{ x: number; y: { z: number; }; }' is not assignable to type 'Point'.
  The types of 'y.z' are incompatible between these types.
    Type 'number' is not assignable to type 'string'.
`;
const TSC_NO_CONFIG = `error TS5057: Cannot find a tsconfig.json file at the specified directory: '.'.
`;

const PYLINT_JSON = `[
    {"type": "convention", "module": "inventory.stock", "obj": "describe", "line": 13, "column": 0, "endLine": 13, "endColumn": 12, "path": "src/inventory/stock.py", "symbol": "missing-function-docstring", "message": "Missing function or method docstring", "message-id": "C0116"},
    {"type": "error", "module": "inventory.stock", "obj": "describe", "line": 14, "column": 21, "endLine": 14, "endColumn": 35, "path": "src/inventory/stock.py", "symbol": "undefined-variable", "message": "Undefined variable 'undefined_name'", "message-id": "E0602"},
    {"type": "warning", "module": "inventory.stock", "obj": "", "line": 2, "column": 0, "endLine": 2, "endColumn": 9, "path": "src/inventory/stock.py", "symbol": "unused-import", "message": "Unused import os", "message-id": "W0611"}
]
`;
const PYLINT_FATAL = `[{"type": "fatal", "module": "nonexist", "obj": "", "line": 1, "column": 0, "endLine": null, "endColumn": null, "path": "nonexist", "symbol": "fatal", "message": "No module named nonexist", "message-id": "F0001"}]`;

const MYPY = `src/inventory/stock.py:7:18: error: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
`;
const MYPY_WITH_NOTES = `n.py:1:1: error: Library stubs not installed for "yaml"  [import]
n.py:1:1: note: Hint: "python3 -m pip install types-PyYAML"
n.py:1:1: note: (or run "mypy --install-types" to install all missing stub packages)
n.py:1:1: note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports
`;

const RUFF_JSON = JSON.stringify([
  {
    cell: null, code: 'F401', end_location: { column: 10, row: 2 }, filename: '/repo/services/api/src/inventory/stock.py',
    fix: { applicability: 'safe', edits: [], message: 'Remove unused import: `os`' }, location: { column: 8, row: 2 },
    message: '`os` imported but unused', noqa_row: 2, url: 'https://docs.astral.sh/ruff/rules/unused-import',
  },
]);

describe('workspacePath', () => {
  it.each([
    ['src/a.ts', 'services/api/src/a.ts'],
    ['/repo/services/api/src/a.ts', 'services/api/src/a.ts'],
    ['./src/../lib/b.ts', 'services/api/lib/b.ts'],
  ])('%s → %s', (file, expected) => expect(workspacePath(context, file)).toBe(expected));
});

describe('parsers of real tool outputs', () => {
  it.each([
    [
      'eslint -f json',
      () => parseEslintJson(ESLINT_JSON, context),
      [
        ['error', 'services/api/src/pricing.ts', 9, 9, "'unused' is assigned a value but never used", '@typescript-eslint/no-unused-vars'],
        ['warning', 'services/api/src/pricing.ts', 16, 3, 'Unexpected console statement', 'no-console'],
        ['error', 'services/api/src/pricing.ts', 20, 38, 'Unexpected any. Specify a different type', '@typescript-eslint/no-explicit-any'],
      ],
    ],
    [
      'eslint stylish (through npm run)',
      () => parseEslintStylish(ESLINT_STYLISH, context),
      [
        ['error', 'services/api/src/many.ts', 5, 9, "'unused00' is assigned a value but never used", '@typescript-eslint/no-unused-vars'],
        ['warning', 'services/api/src/many.ts', 82, 3, 'Unexpected console statement', 'no-console'],
      ],
    ],
    [
      'tsc',
      () => parseTscOutput(TSC, context),
      [
        ['error', 'services/api/src/index.ts', 3, 14, "Type 'number' is not assignable to type 'string'.", 'TS2322'],
        ['error', 'services/api/src/pricing.ts', 15, 9, "Type 'string' is not assignable to type 'number'.", 'TS2322'],
      ],
    ],
    [
      'tsc with an elaborated message',
      () => parseTscOutput(TSC_ELABORATED, context),
      [
        [
          'error', 'services/api/src/a.ts', 3, 14,
          "Type '{ x: number; y: { z: number; }; }' is not assignable to type 'Point'.\n  The types of 'y.z' are incompatible between these types.\n    Type 'number' is not assignable to type 'string'.",
          'TS2322',
        ],
      ],
    ],
    ['tsc without a file', () => parseTscOutput(TSC_NO_CONFIG, context), [['error', undefined, undefined, undefined, "Cannot find a tsconfig.json file at the specified directory: '.'.", 'TS5057']]],
    [
      'pylint --output-format=json (0-based columns made 1-based)',
      () => parsePylintJson(PYLINT_JSON, context),
      [
        ['notice', 'services/api/src/inventory/stock.py', 13, 1, 'Missing function or method docstring', 'C0116 missing-function-docstring'],
        ['error', 'services/api/src/inventory/stock.py', 14, 22, "Undefined variable 'undefined_name'", 'E0602 undefined-variable'],
        ['warning', 'services/api/src/inventory/stock.py', 2, 1, 'Unused import os', 'W0611 unused-import'],
      ],
    ],
    ['pylint fatal', () => parsePylintJson(PYLINT_FATAL, context), [['error', 'services/api/nonexist', 1, 1, 'No module named nonexist', 'F0001 fatal']]],
    [
      'mypy text',
      () => parseMypyOutput(MYPY, context),
      [['error', 'services/api/src/inventory/stock.py', 7, 18, 'Incompatible types in assignment (expression has type "str", variable has type "int")', 'assignment']],
    ],
    [
      'mypy with notes (appended to their error)',
      () => parseMypyOutput(MYPY_WITH_NOTES, context),
      [
        [
          'error', 'services/api/n.py', 1, 1,
          'Library stubs not installed for "yaml"\nHint: "python3 -m pip install types-PyYAML"\n(or run "mypy --install-types" to install all missing stub packages)\nSee https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports',
          'import',
        ],
      ],
    ],
    ['ruff --output-format=json', () => parseRuffJson(RUFF_JSON, context), [['error', 'services/api/src/inventory/stock.py', 2, 8, '`os` imported but unused', 'F401']]],
  ])('%s', (_name, parse, expected) => {
    const findings = parse() ?? [];
    expect(findings.map((f) => [f.level, f.file, f.line, f.column, f.message, f.rule])).toEqual(expected);
  });

  it.each([
    ['eslint', () => parseEslintJson('Oops! Something went wrong! :(', context)],
    ['pylint', () => parsePylintJson('usage: pylint [options]', context)],
    ['ruff', () => parseRuffJson('error: unexpected argument', context)],
  ])('%s: text that is not its JSON report reads as no report at all (undefined), not as no findings', (_name, parse) => {
    expect(parse()).toBeUndefined();
  });
});

describe('parseScriptOutput', () => {
  it.each([
    ['stylish', ESLINT_STYLISH, ['eslint-stylish'], 2],
    ['tsc', `\n> app@1.0.0 type-check\n> tsc --noEmit\n\n${TSC}`, ['tsc'], 2],
    ['both (a script that runs eslint and tsc)', `${ESLINT_STYLISH}\n${TSC}`, ['eslint-stylish', 'tsc'], 4],
    ['eslint JSON', ESLINT_JSON, ['eslint-json'], 3],
    ['an unknown format', '\n> app lint\n> standard\n\nsrc/a.js:1:1: Unexpected var (no-var)\n', [], 0],
  ])('recognises %s', (_name, text, formats, count) => {
    const reading = parseScriptOutput(text, context);
    expect([reading.formats, reading.findings.length]).toEqual([formats, count]);
  });
});
