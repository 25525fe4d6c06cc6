import * as core from '@actions/core';
import { renderMarkdown, type SummaryDocument } from '../../core/summary-document.js';
import type { ActionIO, AnnotationPosition } from './action-io.js';

function properties(position?: AnnotationPosition): core.AnnotationProperties | undefined {
  if (!position) return undefined;
  return { file: position.file, startLine: position.line, startColumn: position.column, title: position.title };
}

/** The runner, through @actions/core. */
export function createGitHubActionIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    info: (message) => core.info(message),
    warning: (message, position) => core.warning(message, properties(position)),
    error: (message, position) => core.error(message, properties(position)),
    notice: (message, position) => core.notice(message, properties(position)),
    setFailed: (message) => core.setFailed(message),
    group: (title, body) => core.group(title, body),
    exportVariable: (name, value) => core.exportVariable(name, value),
    addPath: (path) => core.addPath(path),
    setSecret: (value) => core.setSecret(value),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    writeSummary: async (document: SummaryDocument) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(renderMarkdown(document)).write();
    },
  };
}
