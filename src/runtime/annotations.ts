import type { Finding } from '../core/findings.js';
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
