import { renderMarkdown, type SummaryDocument } from '../../core/summary-document.js';
import type { ActionIO, AnnotationPosition } from './action-io.js';
import * as runner from './runner-protocol.js';

function properties(position?: AnnotationPosition): runner.CommandProperties {
  if (!position) return {};
  // The order @actions/core writes them in: title, file, line, endLine, col, endColumn.
  return { title: position.title, file: position.file, line: position.line, col: position.column };
}

/** The runner, through its workflow and file commands (runner-protocol.ts). */
export function createGitHubActionIO(): ActionIO {
  return {
    getInput: (name) => runner.getInput(name),
    setOutput: (name, value) => runner.setOutput(name, value),
    info: (message) => runner.info(message),
    warning: (message, position) => runner.annotate('warning', message, properties(position)),
    error: (message, position) => runner.annotate('error', message, properties(position)),
    notice: (message, position) => runner.annotate('notice', message, properties(position)),
    setFailed: (message) => runner.setFailed(message),
    group: (title, body) => runner.group(title, body),
    exportVariable: (name, value) => runner.exportVariable(name, value),
    addPath: (path) => runner.addPath(path),
    setSecret: (value) => runner.setSecret(value),
    saveState: (name, value) => runner.saveState(name, value),
    getState: (name) => runner.getState(name),
    writeSummary: async (document: SummaryDocument) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await runner.appendSummary(renderMarkdown(document));
    },
  };
}
