import { formatFinding, planAnnotations, rankFindings, type Finding } from '../../../src/core/findings.js';

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

describe('planAnnotations: what the step has made and will make', () => {
  const errors = (count: number): Finding[] => Array.from({ length: count }, (_, i) => finding('error', 'x.ts', i + 1));

  it("keeps one error slot for a failing step's own message: 10 error findings, 9 annotated", () => {
    const plan = planAnnotations(errors(10), undefined, 0, { reservedErrors: 1 });
    expect([plan.annotated.length, plan.overflow.map((f) => f.line)]).toEqual([9, [10]]);
  });

  it('the reserved slot counts toward the 50 per job too', () => {
    expect(planAnnotations(errors(10), undefined, 45, { reservedErrors: 1 }).annotated).toHaveLength(4);
  });

  it('counts what the step already annotated, per level (earlier stages of the one-step pipeline)', () => {
    const findings = [...errors(5), ...Array.from({ length: 5 }, (_, i) => finding('warning', 'w.ts', i + 1))];
    const plan = planAnnotations(findings, undefined, 12, { inStep: { error: 7, warning: 5 }, reservedErrors: 1 });
    expect(plan.annotated.map((f) => f.level)).toEqual(['error', 'error', 'warning', 'warning', 'warning', 'warning', 'warning']);
    expect(plan.overflow).toHaveLength(3);
  });

  it('nothing left: every finding goes to the summary', () => {
    expect(planAnnotations(errors(3), undefined, 10, { inStep: { error: 10 } }).annotated).toEqual([]);
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
