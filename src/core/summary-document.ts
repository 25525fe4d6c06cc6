/**
 * A job summary as data: the actions build it, the runtime renders it as Markdown for GitHub's step
 * summary or as plain text for the local command.
 */
export type SummaryBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] };

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
      case 'table': {
        const header = block.header.some((cell) => cell !== '') ? [block.header] : [];
        const rows = [...header, ...block.rows].map((row) => row.map(plain));
        const widths = block.header.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
        for (const row of rows) lines.push(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()}`);
        break;
      }
    }
  }
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
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
