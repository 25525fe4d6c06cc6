import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CommandCheck } from '../../../../src/core/quality/check-plan.js';
import { resultText } from '../../../../src/core/quality/check-outcome.js';
import { interpretToolRun } from '../../../../src/core/quality/interpret-tool-run.js';
import { parseBiome, parseMarkedReport, parseOxlint, parsePrettierCheck, parseScriptOutput, parseStandard } from '../../../../src/core/quality/linter-formats.js';

// Real outputs of the linters people use besides ESLint, captured from the tools themselves (biome 2.6.8,
// prettier 3, stylelint 16 with stylelint-config-standard, standard 17, xo 1) on a small project in /repo/app.
const output = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../fixtures/tool-output/${name}.txt`, import.meta.url)), 'utf8');
const context = { workspace: '/repo', directory: '/repo/app' };
const shown = (findings: Array<{ level: string; file?: string; line?: number; column?: number; rule?: string; message: string }>): string[] =>
  findings.map((f) => `${f.level} ${[f.file, f.line, f.column].filter((part) => part !== undefined).join(':')} ${f.rule ?? ''}: ${f.message}`);

const script: CommandCheck = { kind: 'command', name: 'lint', label: 'lint (npm run lint)', command: 'npm', args: ['run', 'lint'], cwd: '/repo/app', format: 'script' };
const options = { workspace: '/repo', auditLevel: 'high' as const, failOnOutdated: false, manifest: 'app/package.json' };

describe('the linters after ESLint', () => {
  it("biome lint: each diagnostic with its level (× error, ! warning), file, line and rule", () => {
    expect(shown(parseBiome(output('biome'), context))).toEqual([
      "warning app/src/a.css:1:3 lint/suspicious/noEmptyBlock: An empty block isn't allowed.",
      'warning app/src/a.ts:1:7 lint/correctness/noUnusedVariables: This variable unused is unused.',
      'warning app/src/a.ts:2:1 lint/style/useConst: This let declares a variable that is only assigned once.',
      'warning app/src/b.js:1:7 lint/correctness/noUnusedVariables: This variable unused is unused.',
      'error app/src/a.ts:3:7 lint/suspicious/noDoubleEquals: Using == may be unsafe if you are relying on type coercion.',
      'error app/src/a.ts:4:1 lint/suspicious/noDebugger: This is an unexpected use of the debugger statement.',
    ]);
  });

  it('biome check: a file the formatter would change is an error on that file', () => {
    expect(shown(parseBiome(output('biome-check'), context)).filter((line) => line.includes(' format:'))).toEqual([
      'error app/src/a.css format: Formatter would have printed the following content:',
      'error app/src/a.ts format: Formatter would have printed the following content:',
      'error app/src/b.js format: Formatter would have printed the following content:',
    ]);
  });

  it("oxlint (the Vite template's linter, 1.x, not on a terminal): each diagnostic with its place and rule", () => {
    expect(shown(parseOxlint(output('oxlint'), context))).toEqual([
      "warning app/src/App.tsx:124:7 eslint(no-unused-vars): Variable 'unusedValue' is declared but never used. Unused variables should start with a '_'",
      'warning app/src/App.tsx:126:1 eslint(no-debugger): `debugger` statement is not allowed',
    ]);
  });

  it('prettier --check: each file it would reformat', () => {
    expect(shown(parsePrettierCheck(output('prettier'), context))).toEqual([
      'error app/src/a.css format: Prettier would reformat this file (prettier --write fixes it)',
      'error app/src/a.ts format: Prettier would reformat this file (prettier --write fixes it)',
      'error app/src/b.js format: Prettier would reformat this file (prettier --write fixes it)',
    ]);
  });

  it('stylelint: ✖ errors and ⚠ warnings under relative file headers', () => {
    expect(shown(parseMarkedReport(output('stylelint2'), context, 'stylelint'))).toEqual([
      'error app/src/a.css:1:3 block-no-empty: Empty block',
      'warning app/src/w.css:1:12 color-named: Disallowed named color "red"',
    ]);
  });

  it('standard: absolute file:line:col lines after its banner', () => {
    expect(shown(parseStandard(output('standard'), context))).toEqual(["error app/src/b.js:1:7 no-unused-vars: 'unused' is assigned a value but never used"]);
  });

  it.each([
    ['biome', 'biome', 6],
    ['prettier', 'prettier', 3],
    ['stylelint', 'stylelint', 1],
    ['standard', 'standard', 1],
    ['xo', 'xo', 2],
  ])("a lint script printing %s's format: read as %s", (name, format, count) => {
    const reading = parseScriptOutput(`> app@1.0.0 lint\n> ${name} .\n\n${output(name)}`, context);
    expect([reading.formats, reading.findings.length]).toEqual([[format], count]);
  });

  it('a script whose biome lint found 1 warning and exited 0 reports that warning, never "0 warnings"', () => {
    const text = output('biome').split('\n\nsrc/a.ts:1:7')[0] + '\n\nChecked 1 file in 2ms. No fixes applied.\nFound 1 warning.\n';
    const outcome = interpretToolRun(script, { exitCode: 0, stdout: text, stderr: '' }, options);
    expect([outcome.status, resultText({ ...outcome })]).toEqual(['findings', '1 warning']);
  });

  it("a script that printed only the package manager's own lines reported nothing: passed, findings read", () => {
    const outcome = interpretToolRun(script, { exitCode: 0, stdout: '\n> app@1.0.0 lint\n> eslint .\n\n', stderr: '' }, options);
    expect([outcome.status, outcome.findingsRead, resultText({ ...outcome })]).toEqual(['passed', undefined, 'passed']);
    const failed = interpretToolRun(script, { exitCode: 2, stdout: '\n> app@1.0.0 lint\n> eslint .\n\n', stderr: '' }, options);
    expect([failed.status, failed.detail]).toEqual(['failed', "'npm run lint' exited with code 2, though no error was read; see its log group"]);
  });

  it('output in no format it reads: "findings not read", the verdict by the exit code', () => {
    const passed = interpretToolRun(script, { exitCode: 0, stdout: '> lint\n> my-linter\n\nall good, 3 hints\n', stderr: '' }, options);
    expect([passed.status, resultText({ ...passed })]).toEqual(['passed', 'passed (exit code 0; findings not read)']);
    const failed = interpretToolRun(script, { exitCode: 1, stdout: '> lint\n> my-linter\n\nbad things happened\n', stderr: '' }, options);
    expect([failed.status, resultText({ ...failed })]).toEqual(['failed', 'failed (exit code 1; findings not read)']);
  });
});
