import { renderText, type SummaryDocument } from '../../core/summary-document.js';
import type { ActionIO, AnnotationPosition } from './action-io.js';

function located(level: string, message: string, position?: AnnotationPosition): string {
  if (!position?.file) return `${level}: ${message}`;
  const place = [position.file, position.line, position.column].filter((part) => part !== undefined).join(':');
  return `${place}: ${level}: ${message}`;
}

export interface ConsoleActionIO extends ActionIO {
  readonly outputs: Map<string, string>;
  readonly failures: string[];
}

/**
 * The local command's runner: inputs from the command line, state kept in memory between main and post,
 * annotations as `file:line:col: level: message` lines, the summary as text. Variables and PATH entries
 * are applied to this process so that later stages see them, as later steps would.
 */
export function createConsoleActionIO(
  inputs: Record<string, string>,
  write: (text: string) => void = (text) => process.stdout.write(text),
): ConsoleActionIO {
  const state = new Map<string, string>();
  const secrets = new Set<string>();
  const outputs = new Map<string, string>();
  const failures: string[] = [];
  const say = (text: string): void => {
    let masked = text;
    // longest first, so that a secret containing a shorter one is masked whole
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) masked = masked.split(secret).join('***');
    write(`${masked}\n`);
  };
  return {
    outputs,
    failures,
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => outputs.set(name, value),
    info: (message) => say(message),
    warning: (message, position) => say(located('warning', message, position)),
    error: (message, position) => say(located('error', message, position)),
    notice: (message, position) => say(located('notice', message, position)),
    setFailed: (message) => {
      failures.push(message);
      say(located('error', message));
    },
    group: async (title, body) => {
      say(`-- ${title}`);
      return body();
    },
    exportVariable: (name, value) => {
      process.env[name] = value;
    },
    addPath: (entry) => {
      process.env.PATH = `${entry}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`;
    },
    setSecret: (value) => {
      if (value !== '') secrets.add(value);
    },
    saveState: (name, value) => state.set(name, value),
    getState: (name) => state.get(name) ?? '',
    writeSummary: async (document: SummaryDocument) => say(renderText(document)),
  };
}
