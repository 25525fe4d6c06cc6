import { stripTerminalCodes } from '../ansi.js';

/**
 * A tool's output as the lines a person reads on a terminal: colour and cursor codes removed (CSI and OSC
 * sequences, pytest's escaped `#x1B[..m`), a line redrawn after a carriage return kept as drawn last (progress
 * spinners), trailing blanks trimmed. Matchers read these lines and quote them as evidence.
 */
export function plainLines(output: string): string[] {
  return stripTerminalCodes(output).split('\n').map((line) => {
    const drawn = line.replace(/\r+$/, '').split('\r');
    return drawn[drawn.length - 1]!.trimEnd();
  });
}

/** npm's line prefixes ("npm error ", "npm ERR! ", "npm warn "): the tool's words (or a child's, like node-gyp's) without them. */
export function withoutLogPrefix(line: string): string {
  return line.replace(/^npm (?:error|ERR!|warn|WARN|notice)(?: |$)/, '');
}

/** At most `count` lines, de-duplicated in order (verbose tools repeat a message), empty lines dropped. */
export function evidenceLines(lines: readonly string[], count = 12): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const line of lines) {
    if (line.trim() === '' || seen.has(line)) continue;
    seen.add(line);
    kept.push(line);
    if (kept.length === count) break;
  }
  return kept;
}

/** The index of the first line matching `pattern` at or after `from`, or -1. */
export function findLine(lines: readonly string[], pattern: RegExp, from = 0): number {
  for (let index = Math.max(0, from); index < lines.length; index += 1) {
    if (pattern.test(lines[index]!)) return index;
  }
  return -1;
}

/** Names joined for a headline: "a", "a and b", "a, b and c". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
