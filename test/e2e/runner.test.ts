// The runner harness against a tiny handwritten action that only uses node:fs.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunnerJob, parseKeyValueFile, parseWorkflowCommands, type RunnerJob } from '../support/runner.js';

const ACTION_YML = `name: probe
description: records what the runner gave it
inputs:
  working-directory:
    description: a hyphenated input
    default: .
  greeting:
    description: has a default
    default: hello
  cache:
    description: a boolean default written unquoted
    default: false
  temp-dir:
    description: an expression default
    default: \${{ runner.temp }}
  secret:
    description: no default
runs:
  using: node24
  main: dist/main.mjs
  post: dist/post.mjs
`;

const MAIN = `import { appendFileSync } from 'node:fs';
const append = (file, text) => appendFileSync(process.env[file], text);
const inputs = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('INPUT_')));
append('GITHUB_OUTPUT', 'inputs=' + JSON.stringify(inputs) + '\\n');
append('GITHUB_OUTPUT', 'report<<ghadelimiter_1\\nline one\\nline two=with equals\\nghadelimiter_1\\n');
append('GITHUB_OUTPUT', 'context=' + JSON.stringify({ cwd: process.cwd(), node: process.version, os: process.env.RUNNER_OS,
  arch: process.env.RUNNER_ARCH, actions: process.env.GITHUB_ACTIONS, event: process.env.GITHUB_EVENT_NAME,
  eventPath: process.env.GITHUB_EVENT_PATH, repo: process.env.GITHUB_REPOSITORY, ref: process.env.GITHUB_REF,
  leaked: process.env.LEAK_CHECK ?? null, leakedGithub: process.env.GITHUB_TOKEN ?? null, jobVar: process.env.JOB_VAR ?? null,
  stepVar: process.env.STEP_VAR ?? null }) + '\\n');
append('GITHUB_STATE', 'cache-key=npm-linux-abc\\n');
append('GITHUB_STATE', 'multi<<EOF\\na\\nb\\nEOF\\n');
append('GITHUB_ENV', 'PROBE_EXPORTED=from main\\n');
append('GITHUB_ENV', 'PROBE_MULTI<<END\\nx\\ny\\nEND\\n');
append('GITHUB_PATH', process.env.INPUT_SECRET + '/bin\\n');
append('GITHUB_STEP_SUMMARY', '## Probe\\n\\nall good\\n');
console.log('::add-mask::' + process.env.INPUT_SECRET);
console.log('::error file=a.ts,line=3::msg');
console.log('::warning file=src/x%2Cy.ts,line=10,col=4,title=T%3A1::two%0Alines 100%25');
console.log('::notice::plain notice');
console.log('::stop-commands::pause-token');
console.log('::error::not a command while stopped');
console.log('::pause-token::');
console.log('::debug::ignored');
console.error('::warning::from stderr');
process.exitCode = Number(process.env.INPUT_GREETING === 'fail');
`;

const POST = `import { appendFileSync } from 'node:fs';
const visible = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('STATE_') || k.startsWith('INPUT_') || k.startsWith('PROBE_')));
appendFileSync(process.env.GITHUB_OUTPUT, 'seen=' + JSON.stringify(visible) + '\\n');
`;

describe('runner harness', () => {
  let dir: string;
  let actionYml: string;
  let job: RunnerJob;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'probe-action-'));
    await mkdir(join(dir, 'dist'));
    actionYml = join(dir, 'action.yml');
    await Promise.all([
      writeFile(actionYml, ACTION_YML),
      writeFile(join(dir, 'dist/main.mjs'), MAIN),
      writeFile(join(dir, 'dist/post.mjs'), POST),
    ]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    process.env.LEAK_CHECK = 'x';
    process.env.GITHUB_TOKEN = 'developer-token';
    job = await createRunnerJob({ env: { JOB_VAR: 'job' } });
  });
  afterEach(async () => {
    delete process.env.LEAK_CHECK;
    delete process.env.GITHUB_TOKEN;
    await job.dispose();
  });

  it('passes inputs (hyphens kept, defaults applied), runs under Node 24 in the workspace and parses the file commands', async () => {
    const run = await job.runMain(actionYml, { 'working-directory': 'packages/api', secret: '/opt/s3cret' }, { STEP_VAR: 'step' });

    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.inputs!)).toEqual({
      'INPUT_WORKING-DIRECTORY': 'packages/api',
      INPUT_GREETING: 'hello',
      INPUT_CACHE: 'false',
      'INPUT_TEMP-DIR': job.runnerTemp,
      INPUT_SECRET: '/opt/s3cret',
    });
    expect(run.outputs.report).toBe('line one\nline two=with equals');
    const context = JSON.parse(run.outputs.context!);
    expect(context).toMatchObject({
      cwd: job.workspace, os: 'Linux', arch: 'X64', actions: 'true', event: 'push', repo: 'octo-org/octo-repo',
      ref: 'refs/heads/main', leaked: 'x', leakedGithub: null, jobVar: 'job', stepVar: 'step',
    });
    expect(context.node).toMatch(/^v24\./);
    expect(run.state).toEqual({ 'cache-key': 'npm-linux-abc', multi: 'a\nb' });
    expect(run.exportedEnv).toEqual({ PROBE_EXPORTED: 'from main', PROBE_MULTI: 'x\ny' });
    expect(run.addedPaths).toEqual(['/opt/s3cret/bin']);
    expect(run.summary).toBe('## Probe\n\nall good\n');
    expect(run.secretsMasked).toEqual(['/opt/s3cret']);
    expect(run.annotations).toEqual([
      { level: 'error', message: 'msg', file: 'a.ts', line: 3 },
      { level: 'warning', message: 'two\nlines 100%', file: 'src/x,y.ts', line: 10, col: 4, title: 'T:1' },
      { level: 'notice', message: 'plain notice' },
      { level: 'warning', message: 'from stderr' },
    ]);
  });

  it('feeds main state to post as STATE_* and carries GITHUB_ENV into it, without inputs', async () => {
    const main = await job.runMain(actionYml, { secret: '/s' });
    const post = await job.runPost(actionYml, main);

    expect(post.exitCode).toBe(0);
    expect(JSON.parse(post.outputs.seen!)).toEqual({
      'STATE_cache-key': 'npm-linux-abc', STATE_multi: 'a\nb', PROBE_EXPORTED: 'from main', PROBE_MULTI: 'x\ny',
    });
  });

  it('carries exported env and added paths into a later run step, most recent path first', async () => {
    await job.runMain(actionYml, { secret: '/first' });
    await job.runMain(actionYml, { secret: '/second' });
    const step = await job.runStep('sh', ['-c', 'echo "$PROBE_EXPORTED|$PROBE_MULTI|$PWD"; echo "$PATH"; echo "LATER=1" >> "$GITHUB_ENV"']);

    expect(step.exitCode).toBe(0);
    const lines = step.stdout.split('\n');
    expect(lines.slice(0, 2).join('\n')).toBe(`from main|x\ny|${job.workspace}`);
    expect(lines[2]!.split(':').slice(0, 2)).toEqual(['/second/bin', '/first/bin']);
    const next = await job.runStep('sh', ['-c', 'printf %s "$LATER"']);
    expect(next.stdout).toBe('1');
  });

  it('reports a failing step by exit code and rejects undeclared inputs', async () => {
    const failed = await job.runMain(actionYml, { greeting: 'fail', secret: '/s' });
    expect(failed.exitCode).toBe(1);
    await expect(job.runMain(actionYml, { 'no-such-input': 'x' })).rejects.toThrow(/Unexpected input\(s\) 'no-such-input'/);
  });

  it('writes the event payload the test passes', async () => {
    const prJob = await createRunnerJob({ event: { name: 'pull_request', payload: { pull_request: { number: 7, head: { ref: 'feature' }, base: { ref: 'main' } } } } });
    try {
      const step = await prJob.runStep('sh', ['-c', 'echo "$GITHUB_EVENT_NAME $GITHUB_REF $GITHUB_HEAD_REF $GITHUB_BASE_REF"; cat "$GITHUB_EVENT_PATH"']);
      const [head, ...json] = step.stdout.split('\n');
      expect(head).toBe('pull_request refs/pull/7/merge feature main');
      expect(JSON.parse(json.join('\n'))).toEqual({ pull_request: { number: 7, head: { ref: 'feature' }, base: { ref: 'main' } } });
    } finally {
      await prJob.dispose();
    }
  });
});

describe('file command and workflow command parsers', () => {
  it.each([
    ['name=value\n', { name: 'value' }],
    ['a=b=c\n', { a: 'b=c' }],
    ['x<<EOF\n1\n\n2\nEOF\ny=z\n', { x: '1\n\n2', y: 'z' }],
    ['k<<D\r\nv\r\nD\r\n', { k: 'v' }],
    ['eq=has<<in value\n', { eq: 'has<<in value' }],
  ])('parses %j', (text, expected) => {
    expect(parseKeyValueFile(text)).toEqual(expected);
  });

  it('rejects a heredoc without its delimiter', () => {
    expect(() => parseKeyValueFile('x<<EOF\nvalue\n')).toThrow(/matching delimiter not found/);
  });

  it('unescapes %25 last so escaped escapes survive', () => {
    expect(parseWorkflowCommands('::error file=a%253A.ts::x%250A\n').annotations).toEqual([{ level: 'error', message: 'x%0A', file: 'a%3A.ts' }]);
  });
});
