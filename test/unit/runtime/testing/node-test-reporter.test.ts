import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseJunit } from '../../../../src/core/testing/junit.js';
import { testFindings, totals } from '../../../../src/core/testing/results.js';
import { testCommand } from '../../../../src/core/testing/test-command.js';
import { writeNodeTestReporter } from '../../../../src/runtime/testing/node-test-reporter.js';
import { tempDirectories } from '../../support/temp-dir.js';

// The reporter module runs inside node's own test runner (a real `node --test` here) and writes JUnit XML that
// keeps what annotations need: file, line, the suites in the name, the assertion's message and frame.
const execFileAsync = promisify(execFile);
const temp = tempDirectories('node-reporter-');
afterAll(() => temp.cleanup());

it('writes every test with its file and line, and a file that failed to load with what it printed', async () => {
  const project = await temp.make();
  await mkdir(path.join(project, 'test'));
  await writeFile(path.join(project, 'package.json'), '{"type":"module"}');
  await writeFile(
    path.join(project, 'test/a.test.js'),
    [
      "import { describe, test } from 'node:test';",
      "import assert from 'node:assert/strict';",
      "describe('outer', () => {",
      "  describe('inner', () => {",
      "    test('passes', () => {});",
      "    test('fails', () => {",
      "      assert.equal(1 + 1, 3);",
      '    });',
      '  });',
      "  test.todo('later');",
      '});',
      "test('top <&> \"quoted\"', { skip: 'not now' }, () => {});",
      '',
    ].join('\n'),
  );
  await writeFile(path.join(project, 'test/broken.test.js'), "import { missing } from '../src/nowhere.js';\n");
  const reporter = await writeNodeTestReporter(path.join(project, 'reporter'));
  const output = path.join(project, 'junit.xml');
  await execFileAsync(process.execPath, ['--test', `--test-reporter=${reporter}`, `--test-reporter-destination=${output}`], { cwd: project }).catch(() => undefined);
  const results = parseJunit(await readFile(output, 'utf8'), { runner: 'node', projectDirectory: project, repositoryRoot: project });
  expect(results.cases.map((test) => [test.name, test.status, test.file, test.line])).toEqual([
    ['outer › inner › passes', 'passed', 'test/a.test.js', 5],
    ['outer › inner › fails', 'failed', 'test/a.test.js', 6],
    ['outer › later', 'skipped', 'test/a.test.js', 10],
    ['top <&> "quoted"', 'skipped', 'test/a.test.js', 12],
  ]);
  // The file that failed to load is one of the failures, as node itself counts it.
  expect(totals(results)).toMatchObject({ passed: 1, failed: 2, skipped: 2, total: 5, fileErrors: 1 });
  const findings = testFindings(results);
  expect(findings[0]).toMatchObject({ file: 'test/a.test.js', line: 7, column: 14, message: 'outer › inner › fails failed: Expected values to be strictly equal:\n\n2 !== 3' });
  expect(findings[1]).toMatchObject({ file: 'test/broken.test.js', line: undefined });
  expect(findings[1].message).toMatch(/^test\/broken\.test\.js failed to run: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module '.*\/src\/nowhere\.js'/);
});

// The reporters reach node's runner through NODE_OPTIONS (issue 7, item 1: appended after `node --test test/`, they
// were read as file names). Each form a script uses, run as `npm test` runs it, under Node 20 (PATH's) and Node 24
// (the runner's): the counts read from our files must be the ones node's own spec reporter prints in the same run.
const NODE24 = path.resolve('.tools/node24/node_modules/node/bin');
describe.each([
  ['node 20', ''],
  ['node 24', NODE24],
])('a script calling node --test, under %s', (_label, binFirst) => {
  it.each([
    ['node --test'],
    ['node --test test/'],
    ['node --test "test/**/*.test.js"'],
    ['node --import ./hook.mjs --test'],
    ['node --import ./hook.mjs --test "test/**/*.test.js"'],
  ])('%s: our results agree with what node itself reports', async (script) => {
    const project = await temp.make();
    await mkdir(path.join(project, 'test/deep'), { recursive: true });
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ type: 'module', scripts: { test: script } }));
    await writeFile(path.join(project, 'hook.mjs'), 'export {};\n');
    await mkdir(path.join(project, 'src'));
    await writeFile(path.join(project, 'src/add.js'), 'export const add = (a, b) => a + b;\n');
    await writeFile(path.join(project, 'test/a.test.js'), "import test from 'node:test';\nimport assert from 'node:assert';\nimport { add } from '../src/add.js';\ntest('adds', () => assert.equal(add(1, 1), 2));\ntest('fails', () => assert.equal(1, 2));\n");
    await writeFile(path.join(project, 'test/deep/b.test.js'), "import test from 'node:test';\ntest('deep', () => {});\n");
    const reporter = await writeNodeTestReporter(path.join(project, 'a folder with spaces'));
    const results = path.join(project, 'results');
    await mkdir(results);
    const plan = testCommand(
      { language: 'node', runner: 'node', script: 'test', scriptText: script, packageManager: 'npm', reason: '' },
      { coverage: true, extraArgs: [], resultsDirectory: results, nodeReporter: reporter, nodeOptions: '--no-warnings' },
    );
    const env = { ...process.env, ...plan.env, PATH: [binFirst, process.env.PATH].filter(Boolean).join(':'), FORCE_COLOR: '0', NO_COLOR: '1' };
    const run = await execFileAsync(plan.command, plan.args, { cwd: project, env }).catch((error: { stdout: string; stderr: string }) => error);
    // node's own spec reporter, in the same run: "ℹ pass N" and "ℹ fail N".
    const said = (name: string): number => Number(new RegExp(`ℹ ${name} (\\d+)`).exec(run.stdout)?.[1]);
    const files = (await readdir(plan.files.nodeJunitDirectory!).catch(() => [])).filter((name) => name.endsWith('.xml'));
    if (!Number.isFinite(said('pass'))) {
      // Node 20 takes no globs: node ran no test and failed ("Could not find"), and there is nothing to read (a crash).
      expect(run.stderr).toMatch(/Could not find/);
      expect(files).toEqual([]);
      return;
    }
    expect(files).toHaveLength(1);
    const read = parseJunit(await readFile(path.join(plan.files.nodeJunitDirectory!, files[0]), 'utf8'), { runner: 'node', projectDirectory: project, repositoryRoot: project });
    const counted = totals(read);
    expect([counted.passed, counted.failed]).toEqual([said('pass'), said('fail')]);
    expect(run.stdout.match(/ℹ pass \d+/g)).toHaveLength(1);
    // Where coverage could be asked for on the command line, node wrote lcov for it.
    if (plan.files.lcov !== undefined) expect(await readFile(plan.files.lcov, 'utf8')).toContain('SF:');
  });
});
