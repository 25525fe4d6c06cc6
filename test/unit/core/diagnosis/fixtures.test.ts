import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { diagnoseFailure, formatDiagnosis, holdsDiagnosis, type FailureKind } from '../../../../src/core/diagnosis/diagnosis.js';
import { capturedFixtures, diagnoseFixture, fixtureText, terminalLines } from '../../support/diagnosis-fixtures.js';

// Every capture against the kind its folder names, and the negative ones against every stage: output that is a
// warning, a lint finding, a raw test log or a broken import that is not a tree's stays "unknown".

const KIND_OF_FOLDER: Record<string, FailureKind> = {
  'dependency-conflict': 'dependency conflict',
  'compile-error': 'compile error',
  'cache-trouble': 'cache trouble',
  'registry-unreachable': 'registry unreachable',
  'credentials-refused': 'credentials refused',
  'package-not-found': 'package not found',
  'tool-version': 'tool version',
  unknown: 'unknown',
};

const STAGES = ['setup-deps', 'quality-checks', 'test', 'build', 'publish-image'];

describe('the captured fixtures', () => {
  it('are the files the capture index lists, each made by a named tool and command', () => {
    const root = fileURLToPath(new URL('../../../fixtures/diagnosis/', import.meta.url));
    const onDisk = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((folder) => readdirSync(`${root}${folder.name}`).map((file) => `${folder.name}/${file}`))
      .sort();
    const listed = capturedFixtures();
    expect(listed.map((entry) => entry.file).sort()).toEqual(onDisk);
    for (const entry of listed) {
      expect(entry.tool).not.toBe('');
      expect(entry.command).not.toBe('');
    }
  });

  it.each(capturedFixtures().map((entry) => entry.file).filter((file) => !file.startsWith('negative/')))('%s is diagnosed as its folder says', (file) => {
    const folder = file.split('/')[0]!;
    const diagnosis = diagnoseFixture(file, { stage: folder === 'test-failure' ? 'test' : folder === 'compile-error' ? 'build' : 'setup-deps', restoredFromCache: folder === 'cache-trouble' });
    const expected = folder === 'test-failure' ? (file.includes('timeout') ? 'timeout' : 'test failure') : KIND_OF_FOLDER[folder];
    expect(diagnosis.kind).toBe(expected);
  });

  it.each(capturedFixtures().map((entry) => entry.file).filter((file) => file.startsWith('negative/')))(
    '%s stays unknown in every stage, restored from the cache or not',
    (file) => {
      for (const stage of STAGES) {
        for (const restoredFromCache of [true, false]) {
          const diagnosis = diagnoseFixture(file, { stage, restoredFromCache });
          expect(diagnosis.kind).toBe('unknown');
          expect(diagnosis.headline).toBe(`${stage} failed in a way this action does not recognise.`);
          expect(diagnosis.evidence).toEqual(terminalLines(fixtureText(file)).filter((line) => line.trim() !== '').slice(-12));
        }
      }
    },
  );

  it("the passing installs' ERESOLVE warnings are what a matcher would read, were it careless", () => {
    for (const file of ['negative/npm-warn-eresolve-install-passes.txt', 'negative/npm-warn-conflicting-peer-install-passes.txt']) {
      expect(fixtureText(file)).toMatch(/^npm warn ERESOLVE overriding peer dependency$/m);
      expect(fixtureText(file)).toMatch(/^npm warn Could not resolve dependency:$/m);
    }
  });
});

describe('formatDiagnosis of a captured failure', () => {
  it('gives the kind and headline, the fix, then the evidence indented', () => {
    const text = formatDiagnosis(diagnoseFixture('dependency-conflict/npm-ci-out-of-sync.txt'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Diagnosis: dependency conflict. package-lock.json is out of sync with package.json: is-number@7.0.0 is missing from it; its ms@2.1.3 does not satisfy ms@2.1.2.');
    expect(lines[1]).toBe("Fix: Run 'npm install' locally (it brings package-lock.json in line with package.json), check the diff, and commit package-lock.json.");
    expect(lines.slice(2)).toEqual([
      'Evidence:',
      '  npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.',
      '  npm error Missing: is-number@7.0.0 from lock file',
      "  npm error Invalid: lock file's ms@2.1.3 does not satisfy ms@2.1.2",
    ]);
    expect(holdsDiagnosis(`'npm ci' failed.\n${text}`)).toBe(true);
  });

  it('names the first compile error and the count', () => {
    const text = formatDiagnosis(diagnoseFixture('compile-error/tsc-pretty-color.txt', { stage: 'build' }));
    expect(text.split('\n')[0]).toBe("Diagnosis: compile error. 15 compile errors (tsc); the first at src/index.ts:3:7: TS2322: Type 'string' is not assignable to type 'number'.");
    expect(text).not.toContain('\u001b[');
  });

  it('says an unknown failure is unknown and shows its last lines', () => {
    const output = fixtureText('negative/eslint-findings.txt');
    const text = formatDiagnosis(diagnoseFailure({ stage: 'quality-checks', output }));
    expect(text).toContain('Diagnosis: unknown. quality-checks failed in a way this action does not recognise.');
    expect(text).toContain("    3:61  error  'tax' is not defined                         no-undef");
  });
});
