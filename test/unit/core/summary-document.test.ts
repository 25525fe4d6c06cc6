import { formatBytes, formatSeconds, renderMarkdown, renderText, type SummaryDocument } from '../../../src/core/summary-document.js';

const DOCUMENT: SummaryDocument = [
  { kind: 'heading', text: 'setup-deps' },
  { kind: 'paragraph', text: 'Restored **exact** from `key-1`.' },
  { kind: 'table', header: ['What', 'Result'], rows: [['tree', 'saved'], ['a | b', 'line one\nline two\r\nline three']] },
  { kind: 'list', items: ['first `note`', 'second'] },
];

describe('renderMarkdown', () => {
  it('renders each block, escaping pipes and line breaks inside table cells', () => {
    expect(renderMarkdown(DOCUMENT)).toBe(
      [
        '### setup-deps',
        '',
        'Restored **exact** from `key-1`.',
        '',
        '| What | Result |',
        '| --- | --- |',
        '| tree | saved |',
        '| a \\| b | line one<br>line two<br>line three |',
        '',
        '- first `note`',
        '- second',
        '',
      ].join('\n'),
    );
  });

  it('escapes the header too', () => {
    expect(renderMarkdown([{ kind: 'table', header: ['a|b', ''], rows: [] }])).toBe('| a\\|b |  |\n| --- | --- |\n');
  });
});

describe('renderText', () => {
  it('renders headings, plain paragraphs, aligned tables and lists, without Markdown marks', () => {
    const document: SummaryDocument = [
      { kind: 'heading', text: 'setup-deps' },
      { kind: 'paragraph', text: 'Restored **exact** from `key-1`.' },
      { kind: 'table', header: ['What', 'Result'], rows: [['installed tree', 'saved'], ['store', '`exists`']] },
      { kind: 'list', items: ['first `note`'] },
      { kind: 'heading', text: 'next' },
    ];
    expect(renderText(document)).toBe(
      [
        '== setup-deps ==',
        'Restored exact from key-1.',
        '  What            Result',
        '  installed tree  saved',
        '  store           exists',
        '  - first note',
        '',
        '== next ==',
        '',
      ].join('\n'),
    );
  });

  it('fits 100 columns: the widest column wraps, at spaces where it can and inside a long key where it must', () => {
    const key = `build-actions-deps-v1-linux-x64-node20.20.2-npm11.19.1-${'0123456789abcdef'.repeat(2)}0123456789`;
    const text = renderText([
      { kind: 'table', header: ['What', 'Result', 'Time', 'Key'], rows: [['installed tree', 'saved', '7.2 s', `\`${key}\``]] },
      { kind: 'table', header: ['', ''], rows: [['Cache', `exact: ${'the installed tree is already in place '.repeat(3).trim()}`]] },
    ]);
    const lines = text.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(lines.slice(0, 3)).toEqual([
      '  What            Result  Time   Key',
      `  installed tree  saved   7.2 s  ${key.slice(0, 67)}`,
      `                                 ${key.slice(67)}`,
    ]);
    expect(lines.slice(3, 5)).toEqual([
      '  Cache  exact: the installed tree is already in place the installed tree is already in place the',
      '         installed tree is already in place',
    ]);
  });

  it('leaves out an empty header row', () => {
    expect(renderText([{ kind: 'table', header: ['', ''], rows: [['Key', '`abc`'], ['Cache', '**miss**']] }])).toBe('  Key    abc\n  Cache  miss\n');
  });
});

describe('formatSeconds and formatBytes', () => {
  it.each([
    [0, '0.0 s'],
    [1234, '1.2 s'],
    [61_050, '61.0 s'],
  ])('%d ms → %s', (milliseconds, text) => {
    expect(formatSeconds(milliseconds)).toBe(text);
  });

  it.each<[number | undefined, string]>([
    [undefined, 'unknown'],
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [5 * 1024 * 1024, '5.0 MiB'],
    [3 * 1024 ** 3, '3.0 GiB'],
    [2048 * 1024 ** 3, '2048.0 GiB'],
  ])('%s bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
