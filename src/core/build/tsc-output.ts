import type { Finding } from '../findings.js';
import { parseTscOutput, type PathContext } from '../quality/tool-output.js';
import { stripColors } from '../ansi.js';

const PRETTY = /^(.+?):(\d+):(\d+) - (error|warning) (TS\d+): (.*)$/;

/**
 * tsc's errors in a build's output, in either of its formats: `file(line,col): error TS…` (`--pretty false`) and
 * the pretty `file:line:col - error TS…` it prints by default, colours removed. Both go through quality-checks'
 * parser, so the findings are the same whichever tsc printed.
 */
export function buildOutputFindings(text: string, context: PathContext): Finding[] {
  const plain = stripColors(text);
  const lines = plain.split(/\r?\n/).map((line) => {
    const pretty = PRETTY.exec(line);
    return pretty ? `${pretty[1]}(${pretty[2]},${pretty[3]}): ${pretty[4]} ${pretty[5]}: ${pretty[6]}` : /^\s*\d+\s/.test(line) || /^\s+~/.test(line) ? '' : line;
  });
  return parseTscOutput(lines.join('\n'), context);
}
