import { cp, mkdir, mkdtemp, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLeftover } from '../support/fixture-copy.js';
import { cleanProcessEnv, createRunnerJob, run, type ActionRun, type Annotation, type RunnerJob } from '../support/runner.js';

// The committed dist/quality-checks bundle, run under Node 24 as a runner runs it, on real fixture projects with
// their real tools: ESLint and tsc from one shared `npm ci` of examples/node-service, and Debian's pylint and mypy
// through a venv made with --system-site-packages (as on a runner image with the tools baked in).

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ACTION = join(REPO_ROOT, 'actions/quality-checks/action.yml');
const FIXTURES = join(REPO_ROOT, 'test/fixtures/projects');

let scratch: string;
let workspace: string;
let emptyNpmrc: string;
const jobs: RunnerJob[] = [];

async function mustRun(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  const result = await run(command, args, { cwd, env, timeoutMs: 300_000 });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${result.stdout}\n${result.stderr}`);
}

const withoutInstalled = (source: string) => (from: string): boolean => !isLeftover(source, from);

/**
 * A Node fixture that shares the example's installed node_modules (same dependencies, same lockfile). Its sources
 * are stored as *.ts.fixture, so that the repository's own type check leaves their deliberate errors alone.
 */
async function nodeFixture(name: string, folder: string): Promise<void> {
  const destination = join(workspace, folder);
  await cp(join(FIXTURES, name), destination, { recursive: true });
  for (const file of await readdir(join(destination, 'src'))) {
    if (file.endsWith('.ts.fixture')) await rename(join(destination, 'src', file), join(destination, 'src', file.slice(0, -'.fixture'.length)));
  }
  await cp(join(REPO_ROOT, 'examples/node-service/package-lock.json'), join(destination, 'package-lock.json'));
  await symlink('../example/node_modules', join(destination, 'node_modules'));
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'quality-checks-e2e-'));
  workspace = join(scratch, 'workspace');
  emptyNpmrc = join(scratch, 'empty-npmrc');
  await mkdir(workspace, { recursive: true });
  await writeFile(emptyNpmrc, '');
  const example = join(workspace, 'example');
  const source = join(REPO_ROOT, 'examples/node-service');
  await cp(source, example, { recursive: true, filter: withoutInstalled(source) });
  const env = { ...cleanProcessEnv(), NPM_CONFIG_USERCONFIG: emptyNpmrc };
  await Promise.all([
    mustRun('npm', ['ci', '--no-audit', '--no-fund'], example, env),
    ...[['quality-python-errors', 'python-errors'], ['quality-python-clean', 'python-clean']].map(async ([name, folder]) => {
      await cp(join(FIXTURES, name), join(workspace, folder), { recursive: true });
      await mustRun('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '.venv'], join(workspace, folder), env);
    }),
    cp(join(FIXTURES, 'quality-python-errors'), join(workspace, 'python-no-venv'), { recursive: true }),
    cp(join(FIXTURES, 'quality-node-injection'), join(workspace, 'node-injection'), { recursive: true }),
    nodeFixture('quality-node-errors', 'node-errors'),
    nodeFixture('quality-node-many', 'node-many'),
    nodeFixture('quality-node-crash', 'node-crash'),
  ]);
}, 300_000);

afterAll(async () => {
  await Promise.all(jobs.map((job) => job.dispose()));
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function runStep(inputs: Record<string, string>): Promise<ActionRun> {
  const job = await createRunnerJob({ workspace, env: { NPM_CONFIG_USERCONFIG: emptyNpmrc } });
  jobs.push(job);
  return job.runMain(ACTION, inputs);
}

/** `level file:line:col title: message`, the way a reviewer reads an annotation. */
function shown(annotations: Annotation[]): string[] {
  return annotations.map((a) => `${a.level} ${[a.file, a.line, a.col].filter((part) => part !== undefined).join(':')} ${a.title ?? ''}: ${a.message}`);
}

/** The text of one log group, as a runner shows it. */
function group(step: ActionRun, title: string): string {
  const start = step.stdout.indexOf(`::group::${title}\n`);
  if (start < 0) return '';
  return step.stdout.slice(start, step.stdout.indexOf('::endgroup::', start));
}

describe('quality-checks (the committed bundle)', () => {
  it('a Node project with known lint and type errors: exact annotations, outputs, and a failed step', async () => {
    const step = await runStep({ 'working-directory': 'node-errors', checks: 'lint,type-check,config' });
    expect(shown(step.annotations.filter((a) => a.file !== undefined))).toEqual([
      'error node-errors/.nvmrc config runtime-consistent: .nvmrc (18) does not agree with package.json engines.node (>=20)',
      "error node-errors/src/index.ts:3:14 tsc TS2322: Type 'number' is not assignable to type 'string'.",
      "error node-errors/src/pricing.ts:9:9 eslint @typescript-eslint/no-unused-vars: 'unused' is assigned a value but never used",
      "error node-errors/src/pricing.ts:15:9 tsc TS2322: Type 'string' is not assignable to type 'number'.",
      'error node-errors/src/pricing.ts:20:38 eslint @typescript-eslint/no-explicit-any: Unexpected any. Specify a different type',
      'warning node-errors/src/pricing.ts:16:3 eslint no-console: Unexpected console statement',
    ]);
    expect(step.outputs).toEqual({ 'error-count': '5', 'warning-count': '1', 'notice-count': '0', 'failed-checks': 'lint,type-check,config' });
    expect(step.exitCode).toBe(1);
    expect(step.annotations.find((a) => a.file === undefined)?.message).toMatch(/^Quality checks failed \(fail-on: error\): lint \(eslint\) 2 errors, 1 warning; type-check \(tsc\) 2 errors; config 1 error\.$/);
    expect(step.summary).toContain('| lint (eslint) | **failed**: 2 errors, 1 warning |');
    expect(step.summary).toContain('- node-errors/src/pricing.ts:20:38: error: Unexpected any. Specify a different type [eslint @typescript-eslint/no-explicit-any]');
    // eslint's JSON goes to a file named in the log; the log shows what was read from it.
    expect(group(step, 'lint (eslint)')).toMatch(/\(raw output: \S+\/lint-eslint\.txt\)\nlint \(eslint\): 2 errors, 1 warning/);
    expect(group(step, 'lint (eslint)')).not.toContain('"ruleId"');
  });

  it('a clean project (the example service) through its own scripts: passes, with the offline audit skipped and the reason given', async () => {
    const step = await runStep({ 'working-directory': 'example' });
    expect(step.exitCode).toBe(0);
    expect(step.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(step.outputs).toMatchObject({ 'error-count': '0', 'failed-checks': '' });
    expect(step.summary).toContain('| lint (npm run lint) | passed |');
    expect(step.summary).toContain('| type-check (npm run type-check) | passed |');
    expect(step.summary).toContain('| config | passed |');
    expect(step.summary).toContain('| audit (npm audit) | skipped |');
    expect(step.summary).toContain(
      '- **audit (npm audit)**: the advisory source could not be reached (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)',
    );
    // Outdated dependencies are warnings (the registry's answer changes over time), never a failure unless asked.
    expect(step.summary).toMatch(/\| outdated \(npm outdated\) \| (passed|\d+ warnings?) \|/);
    for (const title of ['lint (npm run lint)', 'type-check (npm run type-check)', 'audit (npm audit)', 'outdated (npm outdated)']) expect(group(step, title)).not.toBe('');
  });

  it('the offline audit alone: skipped with the reason, never passed, never a failed job', async () => {
    const step = await runStep({ 'working-directory': 'example', checks: 'audit', 'fail-on': 'warning' });
    expect([step.exitCode, step.outputs['failed-checks']]).toEqual([0, '']);
    expect(step.summary).toContain('| audit (npm audit) | skipped |');
    expect(step.summary).toContain('- **audit (npm audit)**: the advisory source could not be reached (405 Method Not Allowed');
    expect(group(step, 'audit (npm audit)')).toMatch(/\(raw output: \S+\)\naudit \(npm audit\): skipped: the advisory source could not be reached \(405/);
    expect(group(step, 'audit (npm audit)')).not.toContain('"statusCode"');
  });

  it('more than 50 findings: 9 errors (the failure message is the 10th) and 10 warnings annotated, every other one listed in the summary with file:line', async () => {
    const step = await runStep({ 'working-directory': 'node-many', checks: 'lint,type-check' });
    const errors = step.annotations.filter((a) => a.level === 'error' && a.file !== undefined);
    const warnings = step.annotations.filter((a) => a.level === 'warning');
    expect([errors.length, warnings.length]).toEqual([9, 10]);
    expect(step.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(shown(errors).slice(0, 2)).toEqual([
      "error node-many/src/many.ts:5:9 eslint @typescript-eslint/no-unused-vars: 'unused00' is assigned a value but never used",
      "error node-many/src/many.ts:6:9 eslint @typescript-eslint/no-unused-vars: 'unused01' is assigned a value but never used",
    ]);
    expect(step.outputs).toEqual({ 'error-count': '45', 'warning-count': '12', 'notice-count': '0', 'failed-checks': 'lint,type-check' });
    expect(step.summary).toContain("38 more findings beyond GitHub's annotation limits");
    const listed = step.summary.split('\n').filter((line) => /^- node-many\/src\/many\.ts:\d+:\d+: /.test(line));
    expect(listed).toHaveLength(57);
    expect(step.summary).toContain("- node-many/src/many.ts:52:9: error: Type 'string' is not assignable to type 'number'. [tsc TS2322]");
    expect(step.summary).toContain('- node-many/src/many.ts:82:3: warning: Unexpected console statement [eslint no-console]');
    expect(step.summary).toContain('| lint (npm run lint) | **failed**: 30 errors, 12 warnings |');
  });

  it('a crashed tool is a failed check with its output, not "no findings"', async () => {
    const step = await runStep({ 'working-directory': 'node-crash', checks: 'lint,type-check' });
    expect(step.exitCode).toBe(1);
    expect(step.outputs).toEqual({ 'error-count': '0', 'warning-count': '0', 'notice-count': '0', 'failed-checks': 'lint' });
    expect(step.summary).toContain('| lint (eslint) | **failed**: crashed |');
    expect(step.summary).toContain('| type-check (tsc) | passed |');
    expect(group(step, 'lint (eslint)')).toContain('Could not find "no-such-rule-anywhere"');
    expect(step.annotations.map((a) => a.message)).toEqual([expect.stringMatching(/^Quality checks failed \(fail-on: error\): lint \(eslint\) crashed: '.*eslint -f json \.' exited with code 2 without a report/)]);
  });

  it("a tool's output cannot act on the runner: workflow commands in it are echoed inert, its findings still read", async () => {
    const step = await runStep({ 'working-directory': 'node-injection', checks: 'lint' });
    expect(shown(step.annotations)).toEqual([
      "error node-injection/src/app.js:2:7 eslint no-unused-vars: 'x' is assigned a value but never used",
      'error  : Quality checks failed (fail-on: error): lint (npm run lint) 1 error.',
    ]);
    expect(step.secretsMasked).toEqual([]);
    expect(group(step, 'lint (npm run lint)')).toContain('::error file=src/app.js,line=1::injected by the tool output');
  });

  it("a Python project with known pylint and mypy errors, from the project's venv", async () => {
    const step = await runStep({ 'working-directory': 'python-errors' });
    expect(shown(step.annotations.filter((a) => a.file !== undefined))).toEqual([
      'error python-errors/.python-version config runtime-consistent: .python-version pins Python 3.8, which pyproject.toml requires-python (>=3.9) does not allow',
      'error python-errors/src/inventory/stock.py:7:18 mypy assignment: Incompatible types in assignment (expression has type "str", variable has type "int")',
      "error python-errors/src/inventory/stock.py:14:22 pylint E0602 undefined-variable: Undefined variable 'undefined_name'",
      'warning python-errors/src/inventory/stock.py:2:1 pylint W0611 unused-import: Unused import os',
      'notice python-errors/src/inventory/stock.py:13:1 pylint C0116 missing-function-docstring: Missing function or method docstring',
    ]);
    expect(step.outputs).toEqual({ 'error-count': '3', 'warning-count': '1', 'notice-count': '1', 'failed-checks': 'lint,type-check,config' });
    expect(step.summary).toContain('| lint (pylint) | **failed**: 1 error, 1 warning, 1 notice |');
    expect(step.summary).toMatch(/- \*\*audit \(pip-audit\)\*\*: pip-audit is not installed in .*python-errors\/\.venv nor on PATH: install pip-audit/);
    expect(step.summary).toMatch(/\| outdated \(pip list --outdated\) \| (skipped|passed|\d+ warnings?) \|/);
    expect(step.exitCode).toBe(1);
  });

  it('a Python project without a venv: pylint and mypy from PATH (Debian\'s /usr/bin)', async () => {
    const step = await runStep({ 'working-directory': 'python-no-venv', checks: 'lint,type-check' });
    expect(shown(step.annotations.filter((a) => a.file !== undefined))).toEqual([
      'error python-no-venv/src/inventory/stock.py:7:18 mypy assignment: Incompatible types in assignment (expression has type "str", variable has type "int")',
      "error python-no-venv/src/inventory/stock.py:14:22 pylint E0602 undefined-variable: Undefined variable 'undefined_name'",
      'warning python-no-venv/src/inventory/stock.py:2:1 pylint W0611 unused-import: Unused import os',
      'notice python-no-venv/src/inventory/stock.py:13:1 pylint C0116 missing-function-docstring: Missing function or method docstring',
    ]);
    expect(group(step, 'lint (pylint)')).toMatch(/\[command\]\/(usr\/)?bin\/pylint --output-format=json/);
    expect(group(step, 'type-check (mypy)')).toMatch(/\[command\]\/(usr\/)?bin\/mypy --show-column-numbers/);
  });

  it('a clean Python project (flat layout, its package found as a top-level folder): passes', async () => {
    const step = await runStep({ 'working-directory': 'python-clean', checks: 'lint,type-check,config' });
    expect([step.exitCode, step.annotations]).toEqual([0, []]);
    expect(step.outputs).toEqual({ 'error-count': '0', 'warning-count': '0', 'notice-count': '0', 'failed-checks': '' });
    for (const row of ['| lint (pylint) | passed |', '| type-check (mypy) | passed |', '| config | passed |']) expect(step.summary).toContain(row);
    expect(group(step, 'lint (pylint)')).toMatch(/-m pylint --output-format=json --recursive=y greeter\n/);
  });

  it('bad input: a clear error naming what was asked and what exists', async () => {
    const step = await runStep({ 'working-directory': 'example', checks: 'lint,style' });
    expect(step.exitCode).toBe(1);
    expect(step.annotations.map((a) => a.message)).toEqual([
      "Input 'checks' must be 'all' or a comma-separated list of lint, type-check, audit, outdated, config (got 'style').",
    ]);
  });
});
