import type { AnnotationCounts, Finding } from '../../core/findings.js';
import type { ActionIO } from './action-io.js';

/** Emits each finding as an annotation at its file, line and column. */
export function annotate(io: ActionIO, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const position = {
      file: finding.file,
      line: finding.line,
      column: finding.column,
      title: [finding.source, finding.rule].filter((part) => part !== undefined && part !== '').join(' '),
    };
    if (finding.level === 'error') io.error(finding.message, position);
    else if (finding.level === 'warning') io.warning(finding.message, position);
    else io.notice(finding.message, position);
  }
}

/**
 * The annotations a step has made so far, per level: `setFailed` counts as an error, since GitHub shows the
 * failure message as one. The one-step pipeline shares this across its stages, so that together they stay
 * within one step's caps.
 */
export class AnnotationCounter {
  readonly counts: AnnotationCounts = { error: 0, warning: 0, notice: 0 };
  /** setFailed calls so far (each counted among the errors). */
  failures = 0;

  get total(): number {
    return this.counts.error + this.counts.warning + this.counts.notice;
  }

  /** `io`, counting what goes through it. */
  wrap(io: ActionIO): ActionIO {
    const count = (property: 'error' | 'warning' | 'notice' | 'setFailed'): void => {
      this.counts[property === 'setFailed' ? 'error' : property] += 1;
      if (property === 'setFailed') this.failures += 1;
    };
    return new Proxy(io, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (property === 'error' || property === 'warning' || property === 'notice' || property === 'setFailed') {
          return (...args: unknown[]) => {
            count(property);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  }
}
