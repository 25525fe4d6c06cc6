import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../../../../src/actions/quality-checks/main.js';
import type { ActionContext } from '../../../../src/runtime/io/run-context.js';
import { createConsoleActionIO } from '../../../../src/runtime/io/console-action-io.js';
import { runCommand } from '../../../../src/runtime/process/run-command.js';
import { RecordingIO } from '../../support/recording-io.js';
import { packageJson } from '../../support/snapshot.js';
import { tempDirectories } from '../../support/temp-dir.js';

// main() with a recording ActionIO and real processes: the project's "tools" are small shell scripts in
// node_modules/.bin that print what the real ones print, so every decision after the process boundary is real.
const temp = tempDirectories('quality-checks-action-');
afterEach(() => temp.cleanup());

let clock = 0;
const now = (): number => (clock += 100);

async function project(files: Record<string, string>, tools: Record<string, string> = {}): Promise<{ workspace: string; context: ActionContext }> {
  const workspace = await temp.make();
  const directory = path.join(workspace, 'app');
  await mkdir(path.join(directory, 'node_modules/.bin'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(directory, name), text);
  for (const [name, script] of Object.entries(tools)) {
    const file = path.join(directory, 'node_modules/.bin', name);
    await writeFile(file, `#!/bin/sh\n${script}\n`);
    await chmod(file, 0o755);
  }
  return { workspace, context: { platform: { os: 'linux', arch: 'x64' }, nodePlatform: 'linux', workspace, env: { PATH: '' } } };
}

const NODE_PROJECT = { 'package.json': packageJson({ name: 'app', version: '1.0.0', scripts: { test: 'jest' } }), 'eslint.config.js': '', 'tsconfig.json': '{}' };
const ESLINT_REPORT = JSON.stringify([{ filePath: 'APP/src/a.ts', messages: [{ ruleId: 'no-console', severity: 1, message: 'Unexpected console statement.', line: 3, column: 5 }] }]);

describe('quality-checks main', () => {
  it.each([
    [{ checks: 'lint,style' }, "Input 'checks' must be 'all' or a comma-separated list of lint, type-check, audit, outdated, config (got 'style')."],
    [{ 'fail-on': 'sometimes' }, "Input 'fail-on' must be one of error, warning, never (got 'sometimes')."],
    [{ 'audit-level': 'severe' }, "Input 'audit-level' must be one of low, moderate, high, critical (got 'severe')."],
    [{ 'fail-on-outdated': 'yes' }, "Input 'fail-on-outdated' must be true or false (got 'yes')."],
    [{ 'max-parallel': '0' }, "Input 'max-parallel' must be auto or a whole number of at least 1 (got '0')."],
    [{ 'lint-script': 'lint:ci' }, /Input 'lint-script' is 'lint:ci', but package.json in .*\/app has no such script \(it has 'test'\)/],
    [{ 'working-directory': 'nowhere' }, /Input 'working-directory' is 'nowhere', but .*\/nowhere is not a directory/],
  ])('refuses bad input %j with a message naming it', async (inputs, message) => {
    const { context } = await project(NODE_PROJECT);
    const io = new RecordingIO({ 'working-directory': 'app', ...inputs });
    await expect(main({ io, run: runCommand, context, now })).rejects.toThrow(message);
  });

  it("runs the project's tools, annotates their findings, sets the outputs and fails on the crashed one", async () => {
    const { workspace, context } = await project(NODE_PROJECT, {
      eslint: `echo '${ESLINT_REPORT}' | sed "s|APP|$PWD|"; exit 0`,
      tsc: 'echo "tsc: out of memory" >&2; exit 134',
    });
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint,type-check,config', 'max-parallel': '2' });
    const result = await main({ io, run: runCommand, context, now });

    expect(result.outcomes.map((outcome) => [outcome.label, outcome.status])).toEqual([
      ['lint (eslint)', 'findings'],
      ['type-check (tsc)', 'crashed'],
      ['config', 'passed'],
    ]);
    expect(io.warnings).toEqual([{ message: 'Unexpected console statement', position: { file: 'app/src/a.ts', line: 3, column: 5, title: 'eslint no-console' } }]);
    expect(Object.fromEntries(io.outputs)).toEqual({ 'error-count': '0', 'warning-count': '1', 'notice-count': '0', 'failed-checks': 'type-check' });
    expect(io.failures).toEqual([expect.stringMatching(/^Quality checks failed \(fail-on: error\): type-check \(tsc\) crashed: '.*\/tsc --noEmit --pretty false --listFiles -p \.' exited with code 134/)]);
    // Each tool's whole output, in its own group.
    expect(io.groups).toEqual(expect.arrayContaining(['Detect the project and its tools', 'lint (eslint)', 'type-check (tsc)']));
    expect(io.infos.find((line) => line.includes('tsc --noEmit') && line.includes('exit code 134'))).toContain('tsc: out of memory');
    expect(io.summaries).toHaveLength(1);
    expect(JSON.stringify(io.summaries[0])).toContain(path.relative(workspace, path.join(workspace, 'app/src/a.ts')));
  });

  it('passes a clean project, with fail-on never turning nothing into a failure', async () => {
    const { context } = await project(NODE_PROJECT, { eslint: "echo '[]'", tsc: 'echo "$PWD/src/a.ts"' });
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint,type-check', 'fail-on': 'never' });
    const result = await main({ io, run: runCommand, context, now });
    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(['passed', 'passed']);
    expect([io.failures, io.outputs.get('failed-checks')]).toEqual([[], '']);
  });

  it('reports a configured tool that is not installed as a failed check that says how to install it', async () => {
    const { context } = await project(NODE_PROJECT);
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint' });
    const result = await main({ io, run: runCommand, context, now });
    expect(result.outcomes[0]).toMatchObject({ status: 'crashed', detail: expect.stringContaining('no node_modules/.bin/eslint: install the project') });
    expect(io.outputs.get('failed-checks')).toBe('lint');
  });

  it("runs locally with the console IO (as the local command will): findings as file:line:col lines, the summary as text", async () => {
    const { workspace } = await project(NODE_PROJECT, { eslint: `echo '${ESLINT_REPORT}' | sed "s|APP|$PWD|"`, tsc: 'echo "$PWD/src/a.ts"' });
    let printed = '';
    const io = createConsoleActionIO({ 'working-directory': 'app', checks: 'lint,type-check' }, (text) => (printed += text));
    const context: ActionContext = { platform: { os: 'linux', arch: 'x64' }, nodePlatform: 'linux', workspace, env: { PATH: '' }, keepsDownloadStore: true };
    await main({ io, run: runCommand, context, now });
    expect(printed).toContain('app/src/a.ts:3:5: warning: Unexpected console statement\n');
    expect(printed).toContain('== Quality checks ==');
    expect(printed).toMatch(/ {2}lint \(eslint\) +1 warning +\d+\.\d s +0 +1 +0\n/);
    expect(printed).toContain('  - app/src/a.ts:3:5: warning: Unexpected console statement [eslint no-console]');
    expect(io.failures).toEqual([]);
  });

  it('counts the annotations earlier steps made toward the 50 per job, and keeps one for its own failure message', async () => {
    const report = JSON.stringify([{ filePath: 'APP/src/a.ts', messages: Array.from({ length: 8 }, (_, i) => ({ severity: 2, message: `e${i}`, line: i + 1, column: 1 })) }]);
    const { context } = await project(NODE_PROJECT, { eslint: `echo '${report}' | sed "s|APP|$PWD|"; exit 1` });
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint' });
    const result = await main({ io, run: runCommand, context, now }, { annotationsBefore: 45 });
    // 50 - 45 before - 1 for the failure message: 4 findings annotated.
    expect([io.errors.filter((error) => error.position?.file !== undefined).length, result.annotations.overflow.length]).toEqual([4, 4]);
    expect(io.failures).toHaveLength(1);
  });
});
