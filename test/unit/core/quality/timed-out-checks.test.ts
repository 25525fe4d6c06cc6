import type { CommandCheck } from '../../../../src/core/quality/check-plan.js';
import { checkFails, qualityVerdict, resultText } from '../../../../src/core/quality/check-outcome.js';
import { interpretToolRun } from '../../../../src/core/quality/interpret-tool-run.js';

const check: CommandCheck = { kind: 'command', name: 'lint', label: 'lint (npm run lint)', command: 'npm', args: ['run', 'lint'], cwd: '/w', format: 'script' };
const options = { workspace: '/w', auditLevel: 'high' as const, failOnOutdated: false, manifest: 'package.json', timeoutMinutes: 30 };

describe('a check stopped at its deadline', () => {
  // Whatever the exit code of a killed tool looks like, and whatever it printed, it is a timeout.
  it.each([
    [137, 'src/a.ts(1,1): error TS1: looks like a finding\n'],
    [143, ''],
    [0, 'all good so far'],
  ])('exit code %p is reported as timed out, with its last lines, and fails the step', (exitCode, stdout) => {
    const outcome = { ...interpretToolRun(check, { exitCode, stdout, stderr: '', timedOut: true }, options), durationMs: 1 };
    expect(outcome.status).toBe('timed-out');
    expect(outcome.findings).toEqual([]);
    expect(outcome.detail).toMatch(/^'npm run lint' did not finish within 30 min \(timeout-minutes\) and was stopped/);
    if (stdout !== '') expect(outcome.detail).toContain(stdout.trim().split('\n').pop());
    expect(resultText(outcome)).toMatch(/^timed out: /);
    expect(checkFails(outcome, 'error')).toBe(true);
    expect(checkFails(outcome, 'never')).toBe(false);
    expect(qualityVerdict([outcome], 'error').failure).toMatch(/lint \(npm run lint\) timed out/);
  });
});
