import type { Finding, FindingLevel } from '../findings.js';
import { parseEslintJson, parseEslintStylish, parseTscOutput, stripDot, workspacePath, type PathContext } from './tool-output.js';
import { stripColors } from '../ansi.js';

/**
 * The formats of the linters people use besides ESLint (biome, prettier --check, stylelint, xo, standard,
 * flake8, black --check), and the reading of a project's own script, whose output has no declared format.
 */

// ---------- flake8 and black ----------

const FLAKE8_LINE = /^(.+?):(\d+):(\d+): ([A-Z]+\d+) (.*)$/;

/** `flake8 --format=default`: `file:line:col: CODE message`; flake8 fails on any, so each is an error. */
export function parseFlake8(text: string, context: PathContext): Finding[] {
  return plainLines(text).flatMap((line) => {
    const match = FLAKE8_LINE.exec(line);
    if (!match) return [];
    return [{ level: 'error' as const, message: match[5], file: workspacePath(context, match[1].replace(/^\.\//, '')), line: Number(match[2]), column: Number(match[3]), source: 'flake8', rule: match[4] }];
  });
}

/** `black --check`: `would reformat FILE` for each file it would change (on stderr); the check fails on any. */
export function parseBlackCheck(text: string, context: PathContext): Finding[] {
  return plainLines(text).flatMap((line) => {
    const match = /^would reformat (.+)$/.exec(line.trim());
    if (!match) return [];
    return [{ level: 'error' as const, message: 'black would reformat this file (black fixes it)', file: workspacePath(context, match[1]), source: 'black', rule: 'format' }];
  });
}


function plainLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => stripColors(line));
}

const BIOME_LOCATED = /^(\S+?):(\d+):(\d+) ((?:lint|assist|suppressions|parse|syntax)\S*|format|organizeImports)\b.*━/;
const BIOME_FILE = /^(\S+\.\w+) ((?:lint|assist|suppressions|parse|syntax)\S*|format|organizeImports)\b.*━/;
const BIOME_MARK: Record<string, FindingLevel> = { '×': 'error', '✖': 'error', '!': 'warning', '⚠': 'warning', i: 'notice', ℹ: 'notice' };

/**
 * Biome's default reporter (`biome lint`, `biome check`, `biome ci`): a header `file:line:col category ━━━`
 * (or `file format ━━━` for a file the formatter would change), then the message after a mark: × error,
 * ! warning, i information.
 */
export function parseBiome(text: string, context: PathContext): Finding[] {
  const findings: Finding[] = [];
  const lines = plainLines(text);
  for (let index = 0; index < lines.length; index += 1) {
    const located = BIOME_LOCATED.exec(lines[index]);
    const whole = located ? null : BIOME_FILE.exec(lines[index]);
    if (!located && !whole) continue;
    const message = lines.slice(index + 1, index + 4).map((line) => /^\s+([×✖!⚠iℹ]) (.+)$/.exec(line)).find((match) => match !== null);
    if (!message) continue;
    const [file, category] = located ? [located[1], located[4]] : [whole![1], whole![2]];
    findings.push({
      level: BIOME_MARK[message[1]] ?? 'warning',
      message: message[2].trim(),
      file: workspacePath(context, file),
      line: located ? Number(located[2]) : undefined,
      column: located ? Number(located[3]) : undefined,
      source: 'biome',
      rule: category,
    });
  }
  return findings;
}

/** `prettier --check`: `[warn] file` for each file it would reformat (the check fails on any: errors). */
export function parsePrettierCheck(text: string, context: PathContext): Finding[] {
  const lines = plainLines(text);
  if (!lines.some((line) => /^\[warn\] Code style issues (found|were found)/.test(line))) return [];
  return lines
    .map((line) => /^\[warn\] (.+)$/.exec(line)?.[1])
    .filter((file): file is string => file !== undefined && !/^Code style issues /.test(file))
    .map((file) => ({
      level: 'error' as const,
      message: 'Prettier would reformat this file (prettier --write fixes it)',
      file: workspacePath(context, file.trim()),
      source: 'prettier',
      rule: 'format',
    }));
}

const MARK_FIRST_MESSAGE = /^\s+(✖|⚠|×|‼)\s+(\d+):(\d+)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;
const MARKED_MESSAGE = /^\s+(\d+):(\d+)\s+(✖|⚠|×|‼|error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;

/**
 * stylelint's default formatter and xo's (eslint-formatter-pretty): a file line (relative, or `file:line:col`
 * for xo), then indented `line:col  ✖|⚠  message  rule` lines.
 */
export function parseMarkedReport(text: string, context: PathContext, source: string): Finding[] {
  const findings: Finding[] = [];
  let file: string | undefined;
  for (const line of plainLines(text)) {
    const stylelint = file === undefined ? null : MARKED_MESSAGE.exec(line);
    const xo = file === undefined || stylelint ? null : MARK_FIRST_MESSAGE.exec(line);
    const message = stylelint ? { line: stylelint[1], column: stylelint[2], mark: stylelint[3], text: stylelint[4], rule: stylelint[5] } : xo ? { mark: xo[1], line: xo[2], column: xo[3], text: xo[4], rule: xo[5] } : undefined;
    if (message) {
      const level: FindingLevel = message.mark === '⚠' || message.mark === '‼' || message.mark === 'warning' ? 'warning' : 'error';
      findings.push({ level, message: stripDot(message.text), file: workspacePath(context, file!), line: Number(message.line), column: Number(message.column), source, rule: message.rule });
      continue;
    }
    const header = /^\s{0,2}([^\s:✖⚠][^\s]*?\.[A-Za-z0-9]+)(?::\d+:\d+)?\s*$/.exec(line);
    if (header) file = header[1];
    else if (line.trim() === '') continue;
    else file = undefined;
  }
  return findings;
}

const STANDARD_LINE = /^\s+(\S.*?):(\d+):(\d+): (.+?)(?: \(([\w@/-]+)\))?$/;

/** standard (and its forks: semistandard, ts-standard, neostandard's CLI): `  /abs/file.js:1:7: message (rule)`. */
export function parseStandard(text: string, context: PathContext): Finding[] {
  const lines = plainLines(text);
  const banner = lines.findIndex((line) => /^[\w-]*standard: /.test(line));
  if (banner < 0) return [];
  return lines.slice(banner + 1).flatMap((line) => {
    const match = STANDARD_LINE.exec(line);
    if (!match) return [];
    return [{ level: 'error' as const, message: stripDot(match[4]), file: workspacePath(context, match[1]), line: Number(match[2]), column: Number(match[3]), source: 'standard', rule: match[5] }];
  });
}

const OXLINT_HEAD = /^\s*([×✖xX⚠!])\s+(?:([\w-]+)\(([\w@/-]+)\)|([\w@/-]+)):\s+(.+)$/;
const OXLINT_PLACE = /^\s*(?:╭─|,-)\[(.+?):(\d+):(\d+)\]/;

/** oxlint's default reporter: `  ! plugin(rule): message` then `,-[file:line:col]` (`⚠` and `╭─[` on a terminal); x/× is an error. */
export function parseOxlint(text: string, context: PathContext): Finding[] {
  const findings: Finding[] = [];
  const lines = plainLines(text);
  for (let index = 0; index < lines.length; index += 1) {
    const head = OXLINT_HEAD.exec(lines[index]);
    if (!head) continue;
    const place = lines.slice(index + 1, index + 3).map((line) => OXLINT_PLACE.exec(line)).find((match) => match !== null);
    if (!place) continue;
    findings.push({
      level: head[1] === '⚠' || head[1] === '!' ? 'warning' : 'error',
      message: stripDot(head[5]),
      file: workspacePath(context, place[1]),
      line: Number(place[2]),
      column: Number(place[3]),
      source: 'oxlint',
      rule: head[2] !== undefined ? `${head[2]}(${head[3]})` : head[4],
    });
  }
  return findings;
}

// ---------- a project's own script ----------

export interface ScriptOutputReading {
  findings: Finding[];
  /** The formats recognised in the output, e.g. ['eslint-stylish', 'tsc']. */
  formats: string[];
}

/** What the output says it found, where a tool prints a count ("Found 3 warnings", "✖ 2 problems"): read or not. */
export function reportsFindings(text: string): boolean {
  return plainLines(text).some((line) =>
    /^Found \d+ (errors?|warnings?|infos?)\b|^\s*[✖×] \d+ problems? \(|^\s*\d+ (errors?|warnings?)\s*$|Code style issues found|^Found \d+ errors? in \d+ files?|would reformat/.test(line),
  );
}

/**
 * The output of a package.json script (`npm run lint`) has no declared format: the common ones are
 * recognised (ESLint's JSON and stylish formats, tsc's, biome's, prettier --check's, stylelint's, xo's and
 * standard's), and whatever else it printed stays in the log.
 */
export function parseScriptOutput(text: string, context: PathContext): ScriptOutputReading {
  const json = parseEslintJson(text, context);
  if (json !== undefined) return { findings: json, formats: ['eslint-json'] };
  const readers: Array<[string, () => Finding[]]> = [
    ['standard', () => parseStandard(text, context)],
    ['eslint-stylish', () => parseEslintStylish(text, context)],
    ['tsc', () => parseTscOutput(text, context)],
    ['biome', () => parseBiome(text, context)],
    ['oxlint', () => parseOxlint(text, context)],
    ['prettier', () => parsePrettierCheck(text, context)],
    ['flake8', () => parseFlake8(text, context)],
    ['black', () => parseBlackCheck(text, context)],
  ];
  const formats: string[] = [];
  const findings: Finding[] = [];
  for (const [format, read] of readers) {
    const found = read();
    if (found.length === 0) continue;
    formats.push(format);
    findings.push(...found);
  }
  if (findings.length === 0) {
    // stylelint's and xo's formats, tried last: their file headers are relative, easier to mistake.
    const marked = parseMarkedReport(text, context, /stylelint/.test(text) || /\.(s?css|less|sass)\s*$/m.test(text) ? 'stylelint' : 'xo');
    if (marked.length > 0) return { findings: marked, formats: [marked[0].source] };
  }
  return { findings, formats };
}
