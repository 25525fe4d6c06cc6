import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createGitHubActionIO } from '../../../../src/runtime/io/github-action-io.js';
import { tempDirectories } from '../../support/temp-dir.js';

/** The real @actions/core against the runner's file commands, in temporary files. */
const temp = tempDirectories('build-actions-gh-io-');
const savedEnv = { ...process.env };
let files: Record<'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_STEP_SUMMARY', string>;

beforeEach(async () => {
  const directory = await temp.make();
  files = {
    GITHUB_OUTPUT: path.join(directory, 'output'),
    GITHUB_STATE: path.join(directory, 'state'),
    GITHUB_ENV: path.join(directory, 'env'),
    GITHUB_PATH: path.join(directory, 'path'),
    GITHUB_STEP_SUMMARY: path.join(directory, 'summary'),
  };
  for (const [name, file] of Object.entries(files)) {
    await writeFile(file, '');
    process.env[name] = file;
  }
});

afterEach(async () => {
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
  Object.assign(process.env, savedEnv);
  await temp.cleanup();
});

/** Reads `name<<delimiter\nvalue\ndelimiter` records as the runner does. */
async function fileCommands(file: string): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8');
  const found: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) found[match[1]] = match[3];
  return found;
}

describe('createGitHubActionIO', () => {
  it('reads inputs from INPUT_* variables', () => {
    process.env['INPUT_WORKING-DIRECTORY'] = '  services/api  ';
    process.env.INPUT_CACHE = 'false';
    const io = createGitHubActionIO();
    expect(io.getInput('working-directory')).toBe('services/api');
    expect(io.getInput('cache')).toBe('false');
    expect(io.getInput('package-manager')).toBe('');
  });

  it('writes outputs and state to the runner files', async () => {
    const io = createGitHubActionIO();
    io.setOutput('cache-hit', 'true');
    io.setOutput('cache-key', 'build-actions-deps-v1-linux-x64');
    io.saveState('setup-deps', '{"schema":1,"directory":"/w"}');
    expect(await fileCommands(files.GITHUB_OUTPUT)).toEqual({ 'cache-hit': 'true', 'cache-key': 'build-actions-deps-v1-linux-x64' });
    expect(await fileCommands(files.GITHUB_STATE)).toEqual({ 'setup-deps': '{"schema":1,"directory":"/w"}' });
  });

  it('reads state from STATE_* variables, as the runner gives it to post', () => {
    process.env['STATE_setup-deps'] = '{"schema":1}';
    const io = createGitHubActionIO();
    expect(io.getState('setup-deps')).toBe('{"schema":1}');
    expect(io.getState('missing')).toBe('');
  });

  it('exports variables and PATH entries for later steps and for this process', async () => {
    const io = createGitHubActionIO();
    const pathBefore = process.env.PATH;
    io.exportVariable('VIRTUAL_ENV', '/w/.venv');
    io.addPath('/w/.venv/bin');
    expect(await fileCommands(files.GITHUB_ENV)).toEqual({ VIRTUAL_ENV: '/w/.venv' });
    expect(await readFile(files.GITHUB_PATH, 'utf8')).toBe('/w/.venv/bin\n');
    expect(process.env.VIRTUAL_ENV).toBe('/w/.venv');
    expect(process.env.PATH).toBe(`/w/.venv/bin${path.delimiter}${pathBefore}`);
  });

  it('appends the summary as Markdown to the step summary file', async () => {
    const io = createGitHubActionIO();
    await io.writeSummary([{ kind: 'heading', text: 'setup-deps' }, { kind: 'paragraph', text: 'Nothing saved: a | b.' }]);
    await io.writeSummary([{ kind: 'list', items: ['second'] }]);
    expect(await readFile(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe('### setup-deps\n\nNothing saved: a | b.\n- second\n');
  });

  it('writes no summary outside a runner', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    const io = createGitHubActionIO();
    await expect(io.writeSummary([{ kind: 'paragraph', text: 'x' }])).resolves.toBeUndefined();
    expect(await readFile(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe('');
  });
});
