import { describe, expect, it } from '@jest/globals';
import { diagnoseFixture, expectEvidenceFromFixture } from '../../support/diagnosis-fixtures.js';

// Compile errors from tsc 6, esbuild, vite 8 (rolldown) and 5 (rollup), babel, swc, Python 3.11 builds and gcc 12
// under node-gyp and setuptools, as captured on this machine.

interface Expected {
  count: number;
  /** The first location as file:line[:column]; absent when the tool names no line. */
  first?: string;
  locations: number;
  headline: string[];
  fix: string[];
}

const CASES: Array<[string, Expected]> = [
  ['tsc-plain.txt', { count: 4, first: 'src/index.ts:3:7', locations: 4, headline: ['(tsc)', "TS2322: Type 'string' is not assignable to type 'number'."], fix: ["'npx tsc --noEmit'"] }],
  ['tsc-npm-run-build.txt', { count: 4, first: 'src/index.ts:3:7', locations: 4, headline: ['4 compile errors'], fix: ["'npx tsc --noEmit'"] }],
  ['tsc-pretty-color.txt', { count: 15, first: 'src/index.ts:3:7', locations: 10, headline: ['15 compile errors (tsc)', 'TS2322'], fix: ['src/index.ts:3:7'] }],
  ['esbuild-syntax.txt', { count: 1, first: 'src/app.ts:4:27', locations: 1, headline: ['(esbuild)', 'Expected "}" but found ";"'], fix: ["'npm run build'"] }],
  ['esbuild-three-errors-color.txt', { count: 3, first: 'src/main.ts:2:24', locations: 3, headline: ['3 compile errors (esbuild)', 'Could not resolve "./nowhere"'], fix: ['package.json'] }],
  ['vite8-syntax.txt', { count: 1, first: 'src/app.ts:4:28', locations: 1, headline: ['(vite)', '[builtin:vite-transform] Expected `,` or `}` but found `;`'], fix: ["'npm run build'"] }],
  ['vite8-unresolved-import.txt', { count: 1, first: 'src/main.ts:2:25', locations: 1, headline: ["[UNRESOLVED_IMPORT] Could not resolve './nowhere' in src/main.ts"], fix: ['package.json'] }],
  ['vite5-esbuild-transform.txt', { count: 1, first: '/tmp/capture/vite5/src/app.ts:4:27', locations: 1, headline: ['(esbuild)', 'Expected "}" but found ";"'], fix: [] }],
  ['vite5-rollup-unresolved-import.txt', { count: 1, locations: 0, headline: ['Rollup failed to resolve import "chart-lib"'], fix: ['package.json'] }],
  ['babel-syntax.txt', { count: 1, first: '/tmp/capture/js-tools/lib/cart.js:2:55', locations: 1, headline: ['(babel)', 'SyntaxError: Unexpected token, expected ","'], fix: [] }],
  ['swc-syntax.txt', { count: 1, first: 'lib/cart.js:2:1', locations: 1, headline: ['(swc)', "Expected ',', got ';'"], fix: [] }],
  ['python-build-syntax.txt', { count: 1, first: '/tmp/capture/python-syntax/src/billing/__init__.py:4', locations: 1, headline: ['(Python)', "SyntaxError: '(' was never closed"], fix: ['compileall'] }],
  ['python-compileall-syntax.txt', { count: 2, first: 'src/billing/__init__.py:4', locations: 2, headline: ['2 compile errors (Python)'], fix: ['compileall'] }],
  ['npm-node-gyp-c-error.txt', { count: 2, first: '../src/checksum.c:6:3', locations: 2, headline: ['(the C/C++ compiler)', 'expected ‘,’ or ‘;’ before ‘napi_create_int32’'], fix: ['checksum', 'prebuilt binaries'] }],
  ['python-build-c-extension.txt', { count: 2, first: 'src/fastsum/_speedups.c:5:3', locations: 2, headline: ['2 compile errors (the C/C++ compiler)'], fix: ['fastsum', 'prebuilt binaries'] }],
  ['pip-c-extension.txt', { count: 2, first: 'src/fastsum/_speedups.c:5:3', locations: 2, headline: ['expected ‘,’ or ‘;’ before ‘return’'], fix: ['fastsum'] }],
];

const place = (location: { file: string; line: number; column?: number }) => `${location.file}:${location.line}${location.column !== undefined ? `:${location.column}` : ''}`;

describe('compile errors in captured output', () => {
  it.each(CASES)('%s', (name, expected) => {
    const file = `compile-error/${name}`;
    const diagnosis = diagnoseFixture(file, { stage: 'build' });
    expect(diagnosis.kind).toBe('compile error');
    expect(diagnosis.count).toBe(expected.count);
    expect(diagnosis.locations?.length ?? 0).toBe(expected.locations);
    if (expected.first) {
      expect(place(diagnosis.locations![0]!)).toBe(expected.first);
      expect(diagnosis.headline).toContain(`the first at ${expected.first}:`);
    }
    for (const part of expected.headline) expect(diagnosis.headline).toContain(part);
    for (const part of expected.fix) expect(diagnosis.fix).toContain(part);
    expectEvidenceFromFixture(diagnosis, file);
  });

  it("takes tsc's own total, and lists the first ten places in order", () => {
    const diagnosis = diagnoseFixture('compile-error/tsc-pretty-color.txt', { stage: 'build' });
    expect(diagnosis.locations!.map(place)).toEqual([
      'src/index.ts:3:7',
      'src/index.ts:4:33',
      'src/many.ts:1:14',
      'src/many.ts:2:14',
      'src/many.ts:3:14',
      'src/many.ts:4:14',
      'src/many.ts:5:14',
      'src/many.ts:6:14',
      'src/many.ts:7:14',
      'src/many.ts:8:14',
    ]);
    expect(diagnosis.locations![0]!.message).toBe("TS2322: Type 'string' is not assignable to type 'number'.");
    expect(diagnosis.evidence).toContain('Found 15 errors in 3 files.');
  });

  it('reads the same errors from both tsc formats', () => {
    const plain = diagnoseFixture('compile-error/tsc-plain.txt');
    const built = diagnoseFixture('compile-error/tsc-npm-run-build.txt');
    expect(built.locations).toEqual(plain.locations);
    expect(plain.evidence[0]).toBe("src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.");
  });

  it('quotes the esbuild error with the place under it, colours removed', () => {
    const { evidence } = diagnoseFixture('compile-error/esbuild-three-errors-color.txt');
    expect(evidence.slice(0, 2)).toEqual(['✘ [ERROR] Could not resolve "./nowhere"', '    src/main.ts:2:24:']);
    expect(evidence[evidence.length - 1]).toBe('3 errors');
  });

  it("counts a Python SyntaxError once although setuptools reports it twice (ast's <unknown>, then the import)", () => {
    const diagnosis = diagnoseFixture('compile-error/python-build-syntax.txt', { stage: 'build' });
    expect(diagnosis.locations!.map((location) => location.file)).not.toContain('<unknown>');
    expect(diagnosis.evidence).toEqual(['  File "/tmp/capture/python-syntax/src/billing/__init__.py", line 4', "SyntaxError: '(' was never closed"]);
  });

  it('reads C errors through npm\'s and pip\'s prefixes and indentation', () => {
    expect(diagnoseFixture('compile-error/npm-node-gyp-c-error.txt').evidence[0]).toBe('npm error ../src/checksum.c:6:3: error: expected ‘,’ or ‘;’ before ‘napi_create_int32’');
    expect(diagnoseFixture('compile-error/pip-c-extension.txt').evidence[0]).toBe('      src/fastsum/_speedups.c:5:3: error: expected ‘,’ or ‘;’ before ‘return’');
  });
});
