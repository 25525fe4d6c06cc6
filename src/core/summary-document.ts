/**
 * A job summary as data: the actions build it, the runtime renders it as Markdown for GitHub's step
 * summary or as plain text for the local command.
 */
export type SummaryBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] }
  /** Lines shown verbatim (a tool's output). */
  | { kind: 'code'; lines: string[] };

export type SummaryDocument = SummaryBlock[];

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function renderMarkdown(document: SummaryDocument): string {
  const parts = document.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `### ${block.text}`;
      case 'paragraph':
        return block.text;
      case 'list':
        return block.items.map((item) => `- ${item}`).join('\n');
      case 'code':
        return fenced(block.lines);
      case 'table':
        return [
          `| ${block.header.map(escapeCell).join(' | ')} |`,
          `| ${block.header.map(() => '---').join(' | ')} |`,
          ...block.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
        ].join('\n');
    }
  });
  return `${parts.join('\n\n')}\n`;
}

/** A fenced block whose fence is longer than any run of backticks in the lines, so no line can close it. */
function fenced(lines: string[]): string {
  const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(longest + 1);
  return [fence, ...lines, fence].join('\n');
}

/** Markdown inline code and emphasis are dropped for the console. */
function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}

export function renderText(document: SummaryDocument): string {
  const lines: string[] = [];
  for (const block of document) {
    switch (block.kind) {
      case 'heading':
        lines.push('', `== ${plain(block.text)} ==`);
        break;
      case 'paragraph':
        lines.push(plain(block.text));
        break;
      case 'list':
        lines.push(...block.items.map((item) => `  - ${plain(item)}`));
        break;
      case 'code':
        lines.push(...block.lines.map((line) => `    ${line}`));
        break;
      case 'table':
        lines.push(...tableLines(block.header, block.rows));
        break;
    }
  }
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}

/** Console lines fit this many columns: a table's widest column wraps onto more lines when a row would not. */
export const CONSOLE_COLUMNS = 100;

function tableLines(headerCells: string[], bodyRows: string[][]): string[] {
  const header = headerCells.some((cell) => cell !== '') ? [headerCells] : [];
  const rows = [...header, ...bodyRows].map((row) => headerCells.map((_, i) => plain(row[i] ?? '')));
  const widths = headerCells.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const total = 2 + widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1);
  if (total > CONSOLE_COLUMNS) {
    const widest = widths.indexOf(Math.max(...widths));
    const room = CONSOLE_COLUMNS - (total - widths[widest]);
    // Wrap only where enough room is left for the column to read as one.
    if (room >= 24) widths[widest] = room;
  }
  const lines: string[] = [];
  for (const row of rows) {
    const pieces = row.map((cell, i) => (cell.length > widths[i] ? wrap(cell, widths[i]) : [cell]));
    const height = Math.max(...pieces.map((cell) => cell.length));
    for (let line = 0; line < height; line += 1) {
      lines.push(`  ${pieces.map((cell, i) => (cell[line] ?? '').padEnd(widths[i])).join('  ').trimEnd()}`);
    }
  }
  return lines;
}

/** Splits `text` into lines of at most `width` characters, at spaces where it can, inside long words where it must. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (rest.length > 0) {
      const joined = current === '' ? rest : `${current} ${rest}`;
      if (joined.length <= width) {
        current = joined;
        rest = '';
      } else if (current !== '') {
        lines.push(current);
        current = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (current !== '') lines.push(current);
  return lines.length > 0 ? lines : [''];
}

export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'unknown';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
