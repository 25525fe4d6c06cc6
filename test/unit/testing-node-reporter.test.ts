import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseJunit } from '../../src/core/testing/junit.js';
import { testFindings, totals } from '../../src/core/testing/results.js';
import { writeNodeTestReporter } from '../../src/runtime/node-test-reporter.js';
import { tempDirectories } from './support/temp-dir.js';

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
  expect(totals(results)).toMatchObject({ passed: 1, failed: 1, skipped: 2, fileErrors: 1 });
  const findings = testFindings(results);
  expect(findings[0]).toMatchObject({ file: 'test/a.test.js', line: 7, column: 14, message: 'outer › inner › fails failed: Expected values to be strictly equal:\n\n2 !== 3' });
  expect(findings[1]).toMatchObject({ file: 'test/broken.test.js', line: undefined });
  expect(findings[1].message).toMatch(/^test\/broken\.test\.js failed to run: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module '.*\/src\/nowhere\.js'/);
});
