import { createConsoleActionIO } from '../../../../src/runtime/io/console-action-io.js';

function consoleIO(inputs: Record<string, string> = {}) {
  const written: string[] = [];
  const io = createConsoleActionIO(inputs, (text) => written.push(text));
  return { io, written, text: () => written.join('') };
}

describe('createConsoleActionIO', () => {
  const savedEnv = { ...process.env };
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
    Object.assign(process.env, savedEnv);
  });

  it('reads inputs from the command line map', () => {
    const { io } = consoleIO({ cache: 'false' });
    expect(io.getInput('cache')).toBe('false');
    expect(io.getInput('package-manager')).toBe('');
  });

  it.each<[string, 'warning' | 'error' | 'notice', Parameters<ReturnType<typeof createConsoleActionIO>['warning']>[1], string]>([
    ['file, line and column', 'warning', { file: 'package.json', line: 3, column: 7 }, 'package.json:3:7: warning: the message\n'],
    ['file and line', 'error', { file: 'src/index.ts', line: 12 }, 'src/index.ts:12: error: the message\n'],
    ['file only', 'notice', { file: 'pyproject.toml' }, 'pyproject.toml: notice: the message\n'],
    ['no position', 'warning', undefined, 'warning: the message\n'],
    ['a position without a file', 'error', { line: 4, title: 'ignored' }, 'error: the message\n'],
  ])('annotations as file:line:col: level: message (%s)', (_name, level, position, expected) => {
    const { io, text } = consoleIO();
    io[level]('the message', position);
    expect(text()).toBe(expected);
  });

  it('setFailed records the failure and prints it as an error', () => {
    const { io, text } = consoleIO();
    io.setFailed("Input 'cache' must be true or false (got 'yes').");
    expect(io.failures).toEqual(["Input 'cache' must be true or false (got 'yes')."]);
    expect(text()).toBe("error: Input 'cache' must be true or false (got 'yes').\n");
  });

  it('masks secrets in everything it prints, summaries included', async () => {
    const { io, text } = consoleIO();
    io.setSecret('npm_s3cr3t');
    io.setSecret('');
    io.info('token is npm_s3cr3t, twice: npm_s3cr3t');
    io.warning('bad npm_s3cr3t', { file: 'a', line: 1 });
    await io.writeSummary([{ kind: 'paragraph', text: 'key npm_s3cr3t' }]);
    expect(text()).toBe('token is ***, twice: ***\na:1: warning: bad ***\nkey ***\n\n');
    expect(text()).not.toContain('s3cr3t');
  });

  it('masks a secret whole when a shorter secret is part of it', () => {
    const { io, text } = consoleIO();
    io.setSecret('abcd1234');
    io.setSecret('abcd1234-long-part');
    io.info('value: abcd1234-long-part');
    expect(text()).toBe('value: ***\n');
  });

  it('prints groups by title and returns what the body returns', async () => {
    const { io, text } = consoleIO();
    const value = await io.group('Install dependencies', async () => {
      io.info('inside');
      return 42;
    });
    expect(value).toBe(42);
    expect(text()).toBe('-- Install dependencies\ninside\n');
  });

  it('keeps outputs and state in memory', () => {
    const { io } = consoleIO();
    io.setOutput('cache-hit', 'true');
    io.saveState('setup-deps', '{"schema":1}');
    expect(io.outputs).toEqual(new Map([['cache-hit', 'true']]));
    expect(io.getState('setup-deps')).toBe('{"schema":1}');
    expect(io.getState('other')).toBe('');
  });

  it('applies exported variables and PATH entries to this process, for the stages that follow', () => {
    const { io } = consoleIO();
    const pathBefore = process.env.PATH;
    io.exportVariable('VIRTUAL_ENV', '/work/app/.venv');
    io.addPath('/work/app/.venv/bin');
    expect(process.env.VIRTUAL_ENV).toBe('/work/app/.venv');
    expect(process.env.PATH).toBe(`/work/app/.venv/bin:${pathBefore}`);
  });

  it('renders the summary as text', async () => {
    const { io, text } = consoleIO();
    await io.writeSummary([
      { kind: 'heading', text: 'setup-deps' },
      { kind: 'table', header: ['', ''], rows: [['Cache', '**miss**'], ['Key', '`k`']] },
    ]);
    expect(text()).toBe('== setup-deps ==\n  Cache  miss\n  Key    k\n\n');
  });
});
