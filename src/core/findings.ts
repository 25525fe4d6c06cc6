/**
 * Findings (lint and type errors, failed tests) and how they become annotations. GitHub shows at most 10
 * error and 10 warning annotations per step (and 10 notices), and 50 per job: findings are ranked (errors
 * first, then by file, line and column), the first ones within the caps are annotated, and every one that
 * is left is listed in the job summary instead.
 */
export type FindingLevel = 'error' | 'warning' | 'notice';

export interface Finding {
  level: FindingLevel;
  message: string;
  /** Relative to the repository root, as annotations need. */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The tool or check that found it (eslint, tsc, mypy, jest…). */
  source: string;
  /** The tool's rule or code (no-unused-vars, TS2322, E501…). */
  rule?: string;
}

export interface AnnotationCaps {
  perLevelPerStep: number;
  perJob: number;
}

export const GITHUB_ANNOTATION_CAPS: AnnotationCaps = { perLevelPerStep: 10, perJob: 50 };

const LEVEL_ORDER: Record<FindingLevel, number> = { error: 0, warning: 1, notice: 2 };

export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (a.file ?? '\uffff').localeCompare(b.file ?? '\uffff') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.source.localeCompare(b.source) ||
      a.message.localeCompare(b.message),
  );
}

export interface AnnotationPlan {
  annotated: Finding[];
  /** Ranked findings that did not fit the caps: the summary lists them. */
  overflow: Finding[];
}

export type AnnotationCounts = Record<FindingLevel, number>;

export interface AnnotationBudgetUse {
  /** Annotations this step already made, per level (warnings, and earlier stages of the one-step pipeline). */
  inStep?: Partial<AnnotationCounts>;
  /**
   * Error annotations still to come in this step: the step's own failure message is one (setFailed is an
   * error annotation), so a failing step that annotates 10 errors would show 11 and GitHub would drop one.
   */
  reservedErrors?: number;
}

/**
 * `alreadyAnnotated` counts annotations earlier steps of the job (and this step, so far) made, toward the
 * per-job cap; `use` says what this step has made and will make besides these findings.
 */
export function planAnnotations(
  findings: readonly Finding[],
  caps: AnnotationCaps = GITHUB_ANNOTATION_CAPS,
  alreadyAnnotated = 0,
  use: AnnotationBudgetUse = {},
): AnnotationPlan {
  const reserved = use.reservedErrors ?? 0;
  const perLevel: AnnotationCounts = {
    error: (use.inStep?.error ?? 0) + reserved,
    warning: use.inStep?.warning ?? 0,
    notice: use.inStep?.notice ?? 0,
  };
  let jobBudget = Math.max(0, caps.perJob - alreadyAnnotated - reserved);
  const annotated: Finding[] = [];
  const overflow: Finding[] = [];
  for (const finding of rankFindings(findings)) {
    if (perLevel[finding.level] < caps.perLevelPerStep && jobBudget > 0) {
      perLevel[finding.level] += 1;
      jobBudget -= 1;
      annotated.push(finding);
    } else {
      overflow.push(finding);
    }
  }
  return { annotated, overflow };
}

/** `file:line:col: level: message [source rule]` — the local command's line, and the summary's list item. */
export function formatFinding(finding: Finding): string {
  const place = [finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':');
  const origin = [finding.source, finding.rule].filter((part) => part !== undefined && part !== '').join(' ');
  return `${place ? `${place}: ` : ''}${finding.level}: ${finding.message}${origin ? ` [${origin}]` : ''}`;
}
