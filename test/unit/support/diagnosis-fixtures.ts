// The captured tool outputs of test/fixtures/diagnosis (made by scripts/capture-diagnosis-fixtures.ts), read for
// the diagnosis tests, and the checks every diagnosis of one must pass.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';
import { diagnoseFailure, type Diagnosis, type FailureEvidence } from '../../../src/core/diagnosis/diagnosis.js';

const ROOT = fileURLToPath(new URL('../../fixtures/diagnosis/', import.meta.url));

export interface CaptureEntry {
  file: string;
  tool: string;
  command: string;
  exitCode: number | null;
}

/** Every fixture the capture script wrote, as its index lists them. */
export function capturedFixtures(): CaptureEntry[] {
  return JSON.parse(readFileSync(`${ROOT}captures.json`, 'utf8')) as CaptureEntry[];
}

export function fixtureText(file: string): string {
  return readFileSync(`${ROOT}${file}`, 'utf8');
}

/**
 * The fixture's lines as a terminal shows them, by the test's own reading (not the code under test): escape
 * sequences removed, a line redrawn after a carriage return kept as drawn last.
 */
export function terminalLines(text: string): string[] {
  return text
    .replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
    .split('\n')
    .map((line) => line.replace(/\r$/, '').split('\r').pop()!.trimEnd());
}

export function diagnoseFixture(file: string, evidence: Partial<FailureEvidence> = {}): Diagnosis {
  return diagnoseFailure({ stage: 'setup-deps', output: fixtureText(file), ...evidence });
}

/** The evidence is a dozen lines at most, each a line of the fixture verbatim (colours removed), in the fixture's order. */
export function expectEvidenceFromFixture(diagnosis: Diagnosis, file: string): void {
  const lines = terminalLines(fixtureText(file));
  expect(diagnosis.evidence.length).toBeGreaterThan(0);
  expect(diagnosis.evidence.length).toBeLessThanOrEqual(12);
  let previous = -1;
  for (const line of diagnosis.evidence) {
    expect(lines).toContain(line);
    const at = lines.indexOf(line, previous + 1);
    expect(at).toBeGreaterThan(previous);
    previous = at;
  }
}
