import { describe, expect, it } from '@jest/globals';
import { diagnoseFailure } from '../../../../src/core/diagnosis/diagnosis.js';
import { expectEvidenceFromFixture, fixtureText, terminalLines } from '../../support/diagnosis-fixtures.js';

// The test action's own failure messages, as the local command printed them for real projects (node --test,
// pytest, a jest project without jest, a script, a one-minute timeout). The stage's error is the message the
// command prints last ("error: ..."): both the whole log and that message alone are diagnosed the same way.

const CASES: Array<[string, 'test failure' | 'timeout', string, string]> = [
  ['cli-node-failures.txt', 'test failure', '2 of 3 tests failed.', 'annotated at its file and line'],
  ['cli-pytest-failures.txt', 'test failure', '1 of 2 tests failed.', 'Failures section'],
  ['cli-node-econnrefused.txt', 'test failure', '1 of 1 tests failed.', 'Failures section'],
  ['cli-node-no-tests.txt', 'test failure', "No test was executed. A step that tests nothing fails unless 'allow-no-tests' is true.", "'allow-no-tests: true'"],
  ['cli-node-coverage.txt', 'test failure', 'Line coverage is 75.00 % (12/16 lines), below the threshold of 95 %.', "'coverage-threshold'"],
  ['cli-jest-crash.txt', 'test failure', 'The test runner jest crashed: it exited with code 127 and it wrote no results file.', 'setup-deps'],
  ['cli-script-exit-code.txt', 'test failure', "'npm run test --' exited with code 3; how many tests failed is unknown.", 'jest, vitest, node --test and pytest'],
  ['cli-node-timeout.txt', 'timeout', "test did not finish within 1 min (timeout-minutes) while running 'npm run test -- --experimental-test-coverage' and was stopped with every process it started.", 'timeout-minutes'],
];

/** The stage's error message: from the command's last "error: " line to the end. */
function message(file: string): string {
  const lines = fixtureText(file).split('\n');
  const start = lines.map((line) => line.startsWith('error: ')).lastIndexOf(true);
  return lines.slice(start).join('\n').replace(/^error: /, '');
}

describe("the test action's failure messages", () => {
  it.each(CASES)('%s', (name, kind, headline, fix) => {
    const file = `test-failure/${name}`;
    for (const output of [fixtureText(file), message(file)]) {
      const diagnosis = diagnoseFailure({ stage: 'test', output });
      expect(diagnosis.kind).toBe(kind);
      expect(diagnosis.headline).toContain(headline);
      expect(diagnosis.fix).toContain(fix);
    }
    expectEvidenceFromFixture(diagnoseFailure({ stage: 'test', output: fixtureText(file) }), file);
  });

  it("quotes the message and the runner's last lines it carries, not the tests again", () => {
    const { evidence } = diagnoseFailure({ stage: 'test', output: fixtureText('test-failure/cli-jest-crash.txt') });
    expect(evidence[0]).toMatch(/^error: jest crashed: .* Its last lines:$/);
    expect(evidence).toContain('sh: 1: jest: not found');
    const failures = diagnoseFailure({ stage: 'test', output: fixtureText('test-failure/cli-node-failures.txt') });
    expect(failures.evidence).toEqual(['error: 2 of 3 tests failed.']);
  });

  it("quotes the runner's tail up to its last line, a dozen lines at most", () => {
    const file = 'test-failure/cli-node-timeout.txt';
    const { evidence } = diagnoseFailure({ stage: 'test', output: fixtureText(file) });
    const lines = terminalLines(fixtureText(file)).filter((line) => line.trim() !== '');
    expect(evidence.length).toBeLessThanOrEqual(12);
    expect(evidence[evidence.length - 1]).toBe(lines[lines.length - 1]);
  });

  it.each(CASES.filter(([, kind]) => kind !== 'timeout').map(([name]) => name))('%s from another stage is not a test failure', (name) => {
    const diagnosis = diagnoseFailure({ stage: 'build', output: message(`test-failure/${name}`) });
    expect(['test failure', 'timeout']).not.toContain(diagnosis.kind);
  });

  it('a stage stopped at its timeout is a timeout whichever stage it was', () => {
    expect(diagnoseFailure({ stage: 'build', output: message('test-failure/cli-node-timeout.txt') }).kind).toBe('timeout');
  });
});
