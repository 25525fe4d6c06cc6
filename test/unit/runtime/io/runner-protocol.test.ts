import * as core from '@actions/core';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createGitHubActionIO } from '../../../../src/runtime/io/github-action-io.js';
import * as runner from '../../../../src/runtime/io/runner-protocol.js';
import { tempDirectories } from '../../support/temp-dir.js';

// The runner protocol written here, held byte for byte to what @actions/core (the real package) writes for the
// same calls: stdout, and each file command's file. Only the random delimiters differ.

const temp = tempDirectories('build-actions-runner-protocol-');
const FILES = ['OUTPUT', 'STATE', 'ENV', 'PATH', 'STEP_SUMMARY'] as const;
const saved = { ...process.env };
const savedExitCode = process.exitCode;
afterEach(async () => {
  process.env = { ...saved };
  process.exitCode = savedExitCode;
  await temp.cleanup();
});

interface Written {
  stdout: string;
  files: Record<string, string>;
  exitCode: typeof process.exitCode;
  env: Record<string, string | undefined>;
}

/** Runs `calls` with fresh command files (or none), capturing stdout; returns everything written. */
async function capture(withFiles: boolean, calls: () => Promise<void>): Promise<Written> {
  const folder = await temp.make();
  process.env = { ...saved, PATH: '/usr/bin' };
  for (const name of FILES) {
    delete process.env[`GITHUB_${name}`];
    if (withFiles) {
      process.env[`GITHUB_${name}`] = path.join(folder, name);
      await writeFile(path.join(folder, name), '');
    }
  }
  process.exitCode = undefined;
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  try {
    await calls();
  } finally {
    process.stdout.write = write;
  }
  const files: Record<string, string> = {};
  if (withFiles) for (const name of FILES) files[name] = await readFile(path.join(folder, name), 'utf8');
  const normal = (text: string): string => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { stdout: normal(stdout), files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, normal(v)])), exitCode, env: { PATH: process.env.PATH, MY_VAR: process.env.MY_VAR } };
}

const odd = 'a value: with, commas\r\nand 100% newlines';

describe('the same bytes as @actions/core', () => {
  it.each([true, false])('outputs, state, env, path, masks, annotations, groups and failure (file commands: %s)', async (withFiles) => {
    const calls = (api: typeof runner | 'core') => async () => {
      if (api === 'core') {
        core.setOutput('result', odd);
        core.setOutput('count', '3');
        core.saveState('key', odd);
        core.exportVariable('MY_VAR', odd);
        core.addPath('/opt/tool/bin');
        core.setSecret('s3cr%t\nline');
        core.info('plain: line');
        core.warning(odd, { title: 'T: 1, 2', file: 'src/a b.ts', startLine: 12, startColumn: 3 });
        core.error('no properties');
        core.notice('line 0 is left out', { file: 'x.ts', startLine: 0 });
        await core.group('A group: 1', async () => core.info('inside'));
        core.setFailed(`failed:\n${odd}`);
      } else {
        const io = createGitHubActionIO();
        io.setOutput('result', odd);
        io.setOutput('count', '3');
        io.saveState('key', odd);
        io.exportVariable('MY_VAR', odd);
        io.addPath('/opt/tool/bin');
        io.setSecret('s3cr%t\nline');
        io.info('plain: line');
        io.warning(odd, { title: 'T: 1, 2', file: 'src/a b.ts', line: 12, column: 3 });
        io.error('no properties');
        io.notice('line 0 is left out', { file: 'x.ts', line: 0 });
        await io.group('A group: 1', async () => io.info('inside'));
        io.setFailed(`failed:\n${odd}`);
      }
    };
    const ours = await capture(withFiles, calls(runner));
    const theirs = await capture(withFiles, calls('core'));
    expect(ours).toEqual(theirs);
    expect(ours.exitCode).toBe(1);
    expect(ours.stdout).toContain('::warning title=T%3A 1%2C 2,file=src/a b.ts,line=12,col=3::a value: with, commas%0D%0Aand 100%25 newlines');
    if (withFiles) expect(ours.files.OUTPUT).toContain('result<<ghadelimiter_X\n');
  });

  it('inputs: INPUT_ with spaces as underscores, upper case, trimmed; state from STATE_', async () => {
    process.env['INPUT_WORKING-DIRECTORY'] = '  service \n';
    process.env.INPUT_MY_INPUT = 'x';
    process.env.STATE_tree = 'saved';
    for (const name of ['working-directory', 'my input', 'absent']) expect(runner.getInput(name)).toBe(core.getInput(name));
    expect(runner.getInput('working-directory')).toBe('service');
    expect(runner.getState('tree')).toBe(core.getState('tree'));
  });

  it('the summary: appended, as core.summary.addRaw().write() appends; a missing file is the same error', async () => {
    const ours = await capture(true, () => createGitHubActionIO().writeSummary([{ kind: 'heading', text: 'Deps' }, { kind: 'table', header: ['a'], rows: [['1']] }]));
    const theirs = await capture(true, async () => void (await core.summary.addRaw(ours.files.STEP_SUMMARY).write()));
    expect(ours.files.STEP_SUMMARY).toBe(theirs.files.STEP_SUMMARY);
    expect(ours.files.STEP_SUMMARY).not.toBe('');
    process.env.GITHUB_STEP_SUMMARY = '/nonexistent/summary.md';
    await expect(runner.appendSummary('x')).rejects.toThrow("Unable to access summary file: '/nonexistent/summary.md'. Check if the file has correct read/write permissions.");
  });

  it('writes a key-value message with a fresh delimiter each time', () => {
    const first = runner.keyValueMessage('k', 'v');
    expect(first).toMatch(/^k<<(ghadelimiter_[0-9a-f-]{36})\nv\n\1$/);
    expect(runner.keyValueMessage('k', 'v')).not.toBe(first);
  });
});
