import path from 'node:path';
import type { Finding, FindingLevel } from '../findings.js';
import { stripColors } from '../ansi.js';

/**
 * Parsers of the linters' and type checkers' output into findings. Each is a pure function of the text a
 * tool printed; paths in findings are relative to the repository root (GITHUB_WORKSPACE), as annotations
 * need, whatever the tool printed (absolute paths, or paths relative to the project folder it ran in).
 */
export interface PathContext {
  /** The repository root. */
  workspace: string;
  /** The folder the tool ran in (relative paths it prints are relative to this). */
  directory: string;
}

export function workspacePath(context: PathContext, file: string): string {
  const absolute = path.isAbsolute(file) ? file : path.join(context.directory, file);
  return path.relative(context.workspace, absolute).split(path.sep).join('/');
}

/** The JSON value in `text` that starts at a line beginning with `[` or `{` (tools may print a banner or a log first). */
export function parseJsonValue(text: string): unknown {
  const trimmed = text.trim();
  const starts = [0, ...[...trimmed.matchAll(/\n(?=[[{])/g)].map((match) => (match.index ?? 0) + 1)];
  for (const start of starts) {
    try {
      return JSON.parse(trimmed.slice(start));
    } catch {
      // not here: try the next line that opens a JSON value
    }
  }
  return undefined;
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** ESLint's stylish format drops a message's final period: so does the JSON reading, so both read the same. */
export function stripDot(message: string): string {
  return message.trim().replace(/\.$/, '');
}

// ---------- ESLint ----------

interface EslintMessage {
  ruleId?: string | null;
  severity?: number;
  message?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}

/** `eslint -f json`: an array of files, each with messages (severity 2 error, 1 warning). Undefined when it is not that. */
export function parseEslintJson(text: string, context: PathContext): Finding[] | undefined {
  const value = parseJsonValue(text);
  if (!Array.isArray(value) || !value.every((entry) => entry !== null && typeof entry === 'object' && 'filePath' in entry)) return undefined;
  const findings: Finding[] = [];
  for (const entry of value as Array<{ filePath: string; messages?: EslintMessage[] }>) {
    for (const message of entry.messages ?? []) {
      findings.push({
        level: message.severity === 2 || message.fatal ? 'error' : 'warning',
        message: stripDot(message.message ?? ''),
        file: workspacePath(context, entry.filePath),
        line: positiveInteger(message.line),
        column: positiveInteger(message.column),
        endLine: positiveInteger(message.endLine),
        endColumn: positiveInteger(message.endColumn),
        source: 'eslint',
        rule: message.ruleId ?? undefined,
      });
    }
  }
  return findings;
}

const STYLISH_FILE = /^(\/\S.*|[A-Za-z]:\\.*)$/;
const STYLISH_MESSAGE = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;

/** ESLint's default "stylish" format: an absolute file path line, then indented `line:col  level  message  rule` lines. */
export function parseEslintStylish(text: string, context: PathContext): Finding[] {
  const findings: Finding[] = [];
  let file: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = stripColors(raw);
    if (line.trim() === '') {
      file = undefined;
      continue;
    }
    if (STYLISH_FILE.test(line)) {
      file = line.trim();
      continue;
    }
    const match = file === undefined ? null : STYLISH_MESSAGE.exec(line);
    if (match === null || file === undefined) continue;
    findings.push({
      level: match[3] as FindingLevel,
      message: match[4],
      file: workspacePath(context, file),
      line: Number(match[1]) || undefined,
      column: Number(match[2]) || undefined,
      source: 'eslint',
      rule: match[5],
    });
  }
  return findings;
}

// ---------- tsc ----------

const TSC_LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;
const TSC_GLOBAL = /^(error|warning) (TS\d+): (.*)$/;

/** `tsc --pretty false` (its default when not on a terminal): `file(line,col): error TSnnnn: message`, continuation lines indented. */
export function parseTscOutput(text: string, context: PathContext): Finding[] {
  const findings: Finding[] = [];
  let last: Finding | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = stripColors(raw);
    const located = TSC_LOCATED.exec(line);
    const global = located ? null : TSC_GLOBAL.exec(line);
    if (located) {
      last = {
        level: located[4] as FindingLevel,
        message: located[6],
        file: workspacePath(context, located[1]),
        line: Number(located[2]),
        column: Number(located[3]),
        source: 'tsc',
        rule: located[5],
      };
      findings.push(last);
    } else if (global) {
      last = { level: global[1] as FindingLevel, message: global[3], source: 'tsc', rule: global[2] };
      findings.push(last);
    } else if (last !== undefined && /^\s+\S/.test(line)) {
      last.message += `\n${line.trimEnd()}`;
    } else {
      last = undefined;
    }
  }
  return findings;
}

// ---------- pylint ----------

const PYLINT_LEVELS: Record<string, FindingLevel> = {
  fatal: 'error',
  error: 'error',
  warning: 'warning',
  refactor: 'notice',
  convention: 'notice',
  info: 'notice',
};

interface PylintMessage {
  type?: string;
  line?: number;
  column?: number;
  endLine?: number | null;
  endColumn?: number | null;
  path?: string;
  symbol?: string;
  message?: string;
  'message-id'?: string;
}

/** `pylint --output-format=json`: columns are 0-based there, 1-based in findings. */
export function parsePylintJson(text: string, context: PathContext): Finding[] | undefined {
  const value = parseJsonValue(text);
  if (!Array.isArray(value)) return undefined;
  return (value as PylintMessage[]).map((message) => ({
    level: PYLINT_LEVELS[message.type ?? ''] ?? 'warning',
    message: message.message ?? '',
    file: message.path ? workspacePath(context, message.path) : undefined,
    line: positiveInteger(message.line),
    column: typeof message.column === 'number' ? message.column + 1 : undefined,
    endLine: positiveInteger(message.endLine),
    endColumn: typeof message.endColumn === 'number' ? message.endColumn + 1 : undefined,
    source: 'pylint',
    rule: [message['message-id'], message.symbol].filter(Boolean).join(' ') || undefined,
  }));
}

// ---------- ruff ----------

interface RuffMessage {
  code?: string | null;
  message?: string;
  filename?: string;
  location?: { row?: number; column?: number };
  end_location?: { row?: number; column?: number };
}

/** `ruff check --output-format=json`: every violation fails `ruff check`, so each is an error. */
export function parseRuffJson(text: string, context: PathContext): Finding[] | undefined {
  const value = parseJsonValue(text);
  if (!Array.isArray(value)) return undefined;
  return (value as RuffMessage[]).map((message) => ({
    level: 'error' as const,
    message: message.message ?? '',
    file: message.filename ? workspacePath(context, message.filename) : undefined,
    line: positiveInteger(message.location?.row),
    column: positiveInteger(message.location?.column),
    endLine: positiveInteger(message.end_location?.row),
    endColumn: positiveInteger(message.end_location?.column),
    source: 'ruff',
    rule: message.code ?? undefined,
  }));
}

// ---------- mypy ----------

const MYPY_LINE = /^(.+?):(\d+):(?:(\d+):)? (error|warning|note): (.*?)(?:\s{2}\[([\w-]+)\])?$/;

/**
 * mypy's text output with `--show-column-numbers --no-error-summary` (mypy before 1.11 has no `-O json`):
 * `file:line:col: error: message  [code]`. Notes explain the error above them and are appended to it.
 */
export function parseMypyOutput(text: string, context: PathContext): Finding[] {
  const findings: Finding[] = [];
  let last: Finding | undefined;
  for (const line of text.split(/\r?\n/)) {
    const match = MYPY_LINE.exec(line);
    if (match === null) continue;
    const [, file, lineNumber, column, level, message, code] = match;
    if (level === 'note') {
      if (last !== undefined && last.file === workspacePath(context, file)) last.message += `\n${message}`;
      continue;
    }
    last = {
      level: level as FindingLevel,
      message,
      file: workspacePath(context, file),
      line: Number(lineNumber),
      column: column === undefined ? undefined : Number(column),
      source: 'mypy',
      rule: code,
    };
    findings.push(last);
  }
  return findings;
}

