import type { Finding } from '../../../../src/core/findings.js';
import { planAnnotations } from '../../../../src/core/findings.js';
import type { CommandCheck } from '../../../../src/core/quality/check-plan.js';
import { checkFails, qualityVerdict, type CheckOutcome, type FailOn } from '../../../../src/core/quality/check-outcome.js';
import { interpretToolRun } from '../../../../src/core/quality/interpret-tool-run.js';
import { qualitySummary } from '../../../../src/core/quality/quality-summary.js';
import { renderMarkdown } from '../../../../src/core/summary-document.js';

const options = { workspace: '/repo', auditLevel: 'high' as const, failOnOutdated: false, manifest: 'app/package.json' };

function check(format: CommandCheck['format'], name: CommandCheck['name'] = 'lint'): CommandCheck {
  return { kind: 'command', name, label: `${name} (${format})`, command: '/repo/app/node_modules/.bin/tool', args: ['.'], cwd: '/repo/app', format };
}

const ESLINT_CRASH = `
Oops! Something went wrong! :(

ESLint: 10.15.0

TypeError: Key "rules": Key "no-such-rule-anywhere": Could not find "no-such-rule-anywhere" in plugin "@".
    at throwRuleNotFoundError (/repo/app/node_modules/eslint/lib/config/config.js:119:16)
`;

describe('interpretToolRun', () => {
  it.each([
    ['eslint exit 2 (a configuration error): crashed, not "no findings"', check('eslint-json'), { exitCode: 2, stdout: '', stderr: ESLINT_CRASH }, 'crashed', 0],
    ['eslint exit 1 with a report: findings', check('eslint-json'), { exitCode: 1, stdout: '[{"filePath":"/repo/app/a.ts","messages":[{"severity":2,"message":"x","line":1,"column":1}]}]', stderr: '' }, 'findings', 1],
    ['eslint exit 0, empty report: passed', check('eslint-json'), { exitCode: 0, stdout: '[]', stderr: '' }, 'passed', 0],
    ['a missing binary: crashed', check('tsc', 'type-check'), { exitCode: 127, stdout: '', stderr: 'Unable to locate executable file', notFound: true }, 'crashed', 0],
    ['tsc exit 2 with diagnostics: findings', check('tsc', 'type-check'), { exitCode: 2, stdout: "src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.\n", stderr: '' }, 'findings', 1],
    ['tsc exit 1 printing nothing it can read: crashed', check('tsc', 'type-check'), { exitCode: 1, stdout: 'Killed', stderr: '' }, 'crashed', 0],
    ['a script failing with output it cannot read: failed by its exit code, findings not read', check('script'), { exitCode: 1, stdout: '> lint\n> my-linter\n\nsomething odd', stderr: '' }, 'failed', 0],
    ['a script passing with warnings: findings', check('script'), { exitCode: 0, stdout: '/repo/app/a.ts\n  1:1  warning  Unexpected console statement  no-console\n', stderr: '' }, 'findings', 1],
    ['pylint usage error (exit 32): crashed', check('pylint-json'), { exitCode: 32, stdout: '', stderr: 'usage: pylint [options]\npylint: error: Unrecognized option found: bogus' }, 'crashed', 0],
    ['pylint fatal (exit 1): crashed, keeping the fatal finding', check('pylint-json'), { exitCode: 1, stdout: '[{"type":"fatal","path":"nonexist","line":1,"column":0,"message":"No module named nonexist","message-id":"F0001","symbol":"fatal"}]', stderr: '' }, 'crashed', 1],
    ['pylint messages (exit 22 = error|warning|convention): findings', check('pylint-json'), { exitCode: 22, stdout: '[{"type":"warning","path":"a.py","line":2,"column":0,"message":"Unused import os"}]', stderr: '' }, 'findings', 1],
    ['mypy exit 2: crashed', check('mypy', 'type-check'), { exitCode: 2, stdout: '', stderr: "mypy: can't read file 'nonexist': No such file or directory" }, 'crashed', 0],
    ['npm audit offline (405): skipped', check('npm-audit', 'audit'), { exitCode: 1, stdout: '{"message":"405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk","statusCode":405,"error":{"summary":"","detail":""}}', stderr: '' }, 'skipped', 0],
  ])('%s', (_name, planned, run, status, count) => {
    const outcome = interpretToolRun(planned, run, options);
    expect([outcome.status, outcome.findings.length]).toEqual([status, count]);
  });

  it('keeps the cause of a crash in its detail', () => {
    const outcome = interpretToolRun(check('eslint-json'), { exitCode: 2, stdout: '', stderr: ESLINT_CRASH }, options);
    expect(outcome.detail).toContain("'/repo/app/node_modules/.bin/tool .' exited with code 2 without a report");
    expect(outcome.detail).toContain('Could not find "no-such-rule-anywhere"');
  });

  it('outdated dependencies are warnings that fail nothing, unless asked', () => {
    const stdout = '{"typescript":{"current":"5.9.3","wanted":"5.9.3","latest":"7.0.2"}}';
    const relaxed = { ...interpretToolRun(check('npm-outdated', 'outdated'), { exitCode: 1, stdout, stderr: '' }, options) } as CheckOutcome;
    const strict = { ...interpretToolRun(check('npm-outdated', 'outdated'), { exitCode: 1, stdout, stderr: '' }, { ...options, failOnOutdated: true }) } as CheckOutcome;
    expect([relaxed.findings[0].level, checkFails(relaxed, 'warning')]).toEqual(['warning', false]);
    expect([strict.findings[0].level, checkFails(strict, 'error')]).toEqual(['error', true]);
  });
});

const finding = (level: Finding['level'], line: number): Finding => ({ level, file: 'app/src/a.ts', line, message: `${level} ${line}`, source: 'eslint' });
const outcome = (status: CheckOutcome['status'], findings: Finding[] = [], name: CheckOutcome['name'] = 'lint'): CheckOutcome => ({
  name,
  label: `${name} (tool)`,
  status,
  findings,
  gating: true,
  durationMs: 1500,
  detail: status === 'skipped' ? 'the advisory source could not be reached (405)' : status === 'crashed' ? "'eslint' exited with code 2" : undefined,
});

describe('checkFails and qualityVerdict', () => {
  it.each<[string, CheckOutcome, FailOn, boolean]>([
    ['errors, fail-on error', outcome('findings', [finding('error', 1)]), 'error', true],
    ['warnings, fail-on error', outcome('findings', [finding('warning', 1)]), 'error', false],
    ['warnings, fail-on warning', outcome('findings', [finding('warning', 1)]), 'warning', true],
    ['notices, fail-on warning', outcome('findings', [finding('notice', 1)]), 'warning', false],
    ['a crash, fail-on error', outcome('crashed'), 'error', true],
    ['a crash, fail-on never', outcome('crashed'), 'never', false],
    ['errors, fail-on never', outcome('findings', [finding('error', 1)]), 'never', false],
    ['skipped (advisory source unreachable)', outcome('skipped'), 'warning', false],
  ])('%s → %s', (_name, checked, failOn, fails) => expect(checkFails(checked, failOn)).toBe(fails));

  it('counts every finding and names the failed checks', () => {
    const verdict = qualityVerdict(
      [outcome('findings', [finding('error', 1), finding('warning', 2)]), outcome('crashed', [], 'type-check'), outcome('skipped', [], 'audit'), outcome('passed', [], 'config')],
      'error',
    );
    expect(verdict.outputs).toEqual({ 'error-count': '1', 'warning-count': '1', 'notice-count': '0', 'failed-checks': 'lint,type-check' });
    expect(verdict.failure).toBe("Quality checks failed (fail-on: error): lint (tool) 1 error, 1 warning; type-check (tool) crashed: 'eslint' exited with code 2.");
  });
});

describe('qualitySummary', () => {
  it('tables the checks, then lists the annotated findings and every one beyond the caps with file:line', () => {
    const findings = Array.from({ length: 13 }, (_, i) => finding('error', i + 1));
    const outcomes = [outcome('findings', findings), outcome('skipped', [], 'audit')];
    const markdown = renderMarkdown(
      qualitySummary({ project: 'app', failOn: 'error', outcomes, plan: planAnnotations(findings), wallMilliseconds: 2100, parallelism: 2 }),
    );
    expect(markdown).toContain('| Check | Result | Duration | Errors | Warnings | Notices |');
    expect(markdown).toContain('| lint (tool) | **failed**: 13 errors | 1.5 s | 13 | 0 | 0 |');
    expect(markdown).toContain('| audit (tool) | skipped | 1.5 s |  |  |  |');
    expect(markdown).toContain('- **audit (tool)**: the advisory source could not be reached (405)');
    expect(markdown).toContain('10 findings annotated on the lines at fault:');
    expect(markdown).toContain("3 more findings beyond GitHub's annotation limits (10 errors, a failing step's own message among them, and 10 warnings per step; 50 per job):");
    expect(markdown).toContain('- app/src/a.ts:13: error: error 13 [eslint]');
  });
});
