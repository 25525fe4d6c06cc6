import { formatFinding, planAnnotations, rankFindings, type Finding } from '../../src/core/findings.js';

const finding = (level: Finding['level'], file: string, line: number, message = `${level} at ${file}:${line}`): Finding => ({
  level,
  file,
  line,
  message,
  source: 'eslint',
});

describe('rankFindings', () => {
  it('puts errors first, then warnings, then notices, each by file, line and column', () => {
    const ranked = rankFindings([finding('warning', 'a.ts', 1), finding('notice', 'a.ts', 1), finding('error', 'b.ts', 9), finding('error', 'b.ts', 2), finding('error', 'a.ts', 5)]);
    expect(ranked.map((f) => `${f.level} ${f.file}:${f.line}`)).toEqual(['error a.ts:5', 'error b.ts:2', 'error b.ts:9', 'warning a.ts:1', 'notice a.ts:1']);
  });
});

describe('planAnnotations', () => {
  it('annotates at most 10 per level per step and spills the rest, ranked', () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => finding('error', 'src/e.ts', i + 1)),
      ...Array.from({ length: 12 }, (_, i) => finding('warning', 'src/w.ts', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => finding('notice', 'src/n.ts', i + 1)),
    ];
    const plan = planAnnotations(findings);
    expect(plan.annotated.filter((f) => f.level === 'error')).toHaveLength(10);
    expect(plan.annotated.filter((f) => f.level === 'warning')).toHaveLength(10);
    expect(plan.annotated.filter((f) => f.level === 'notice')).toHaveLength(3);
    expect(plan.overflow.map((f) => `${f.level}:${f.line}`)).toEqual(['error:11', 'error:12', 'error:13', 'error:14', 'warning:11', 'warning:12']);
  });

  it('honours the 50-per-job cap, counting what earlier steps annotated', () => {
    const findings = Array.from({ length: 10 }, (_, i) => finding('error', 'x.ts', i + 1));
    expect(planAnnotations(findings, undefined, 45).annotated).toHaveLength(5);
    expect(planAnnotations(findings, undefined, 50).annotated).toHaveLength(0);
    expect(planAnnotations(findings, undefined, 50).overflow).toHaveLength(10);
  });
});

describe('formatFinding', () => {
  it.each([
    [{ level: 'error', file: 'src/a.ts', line: 3, column: 7, message: 'Unexpected any.', source: 'eslint', rule: 'no-explicit-any' }, 'src/a.ts:3:7: error: Unexpected any. [eslint no-explicit-any]'],
    [{ level: 'warning', message: 'lodash is outdated', source: 'npm outdated' }, 'warning: lodash is outdated [npm outdated]'],
  ] as const)('%j', (input, expected) => {
    expect(formatFinding(input as Finding)).toBe(expected);
  });
});
