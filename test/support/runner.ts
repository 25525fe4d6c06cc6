// Runs a committed action bundle the way the GitHub runner does: INPUT_* from action.yml with defaults, fresh
// file-command files per step, STATE_* into post, GITHUB_ENV/GITHUB_PATH carried into later steps, workflow
// commands parsed from stdout. Children are spawned asynchronously so in-process servers keep answering.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as osConstants, tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

export interface Annotation { level: 'error' | 'warning' | 'notice'; message: string; file?: string; line?: number; col?: number; title?: string; }
export interface ActionRun {
  exitCode: number; stdout: string; stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  addedPaths: string[];
  summary: string;
  annotations: Annotation[];
  secretsMasked: string[];
  /** From just before the step's process is started until the harness has read the step's files. */
  durationMs: number;
  /** The step's process alone: from just before it is started until it has exited and closed its output. */
  processMs: number;
}
export interface RunnerJob {
  workspace: string; runnerTemp: string; toolCache: string; home: string;
  /** Base env for each step (workflow `env:`); tests add the cache service env here. */
  env: Record<string, string>;
  runMain(actionYmlPath: string, inputs: Record<string, string>, extraEnv?: Record<string, string>): Promise<ActionRun>;
  /** STATE_* from main's state. Like a strict runner, passes no INPUT_*: post must work from state. */
  runPost(actionYmlPath: string, main: ActionRun, extraEnv?: Record<string, string>): Promise<ActionRun>;
  runStep(command: string, args: string[], opts?: { cwd?: string }): Promise<{ exitCode: number; stdout: string; stderr: string }>;
  dispose(): Promise<void>;
}
export interface RunnerJobOptions {
  workspace?: string;
  env?: Record<string, string>;
  /** GITHUB_EVENT_NAME (default push) and the payload written to GITHUB_EVENT_PATH. */
  event?: { name?: string; payload?: Record<string, unknown> };
  /** Kills a step that runs longer (default 10 minutes). */
  stepTimeoutMs?: number;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_NODE = join(REPO_ROOT, '.tools/node24/node_modules/node/bin/node');
const REPOSITORY = 'octo-org/octo-repo';
const SHA = 'c0ffee0000000000000000000000000000c0ffee';

let nodeCheck: Promise<string> | undefined;
/** The Node 24 binary bundles run under: BUILD_ACTIONS_TEST_NODE, else .tools/node24. Checked once per process. */
export function resolveNode24(): Promise<string> {
  nodeCheck ??= (async () => {
    const node = process.env.BUILD_ACTIONS_TEST_NODE || DEFAULT_NODE;
    const howTo = `Install it with \`npm install --prefix ${join(REPO_ROOT, '.tools/node24')} node@24\` or set BUILD_ACTIONS_TEST_NODE to a Node 24 binary.`;
    if (!existsSync(node)) throw new Error(`Node 24 is needed to run action bundles (runs.using: node24) but ${node} does not exist. ${howTo}`);
    const { exitCode, stdout } = await run(node, ['--version'], { env: { PATH: process.env.PATH ?? '' }, cwd: REPO_ROOT, timeoutMs: 30_000 });
    if (exitCode !== 0 || !stdout.startsWith('v24.')) throw new Error(`${node} is not Node 24 (printed '${stdout.trim()}'). ${howTo}`);
    return node;
  })();
  return nodeCheck;
}

/** process.env without what would leak the developer's runner context or the test runner into a step. */
export function cleanProcessEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(GITHUB_|INPUT_|ACTIONS_|RUNNER_|STATE_)/i.test(name)) continue;
    if (/^npm_/.test(name) || ['NODE', 'NODE_OPTIONS', 'JEST_WORKER_ID'].includes(name)) continue; // npm/jest lifecycle
    if (name === 'NODE_ENV' && value === 'test') continue; // set by jest
    env[name] = value;
  }
  return env;
}

export async function createRunnerJob(options: RunnerJobOptions = {}): Promise<RunnerJob> {
  const root = await mkdtemp(join(tmpdir(), 'runner-job-'));
  const workspace = options.workspace ?? join(root, 'workspace');
  const runnerTemp = join(root, 'temp');
  const toolCache = join(root, 'tool-cache');
  const home = join(root, 'home');
  const fileCommands = join(runnerTemp, '_runner_file_commands');
  await Promise.all([workspace, runnerTemp, toolCache, home, fileCommands].map((d) => mkdir(d, { recursive: true })));

  const eventName = options.event?.name ?? 'push';
  const payload = options.event?.payload ?? defaultPayload();
  const eventPath = join(root, 'event.json');
  await writeFile(eventPath, JSON.stringify(payload, null, 2));
  const pr = (payload as { pull_request?: { number?: number; head?: { ref?: string }; base?: { ref?: string } } }).pull_request;
  const isPr = eventName.startsWith('pull_request') && pr !== undefined;

  const exportedEnv: Record<string, string> = {};
  const addedPaths: string[] = [];
  const children = new Set<ChildProcess>();
  let stepNo = 0;
  const realHome = process.env.HOME ?? '';
  const userConfig: Record<string, string> = {};
  // A fresh HOME keeps tool caches (~/.npm, ~/.cache/pip) per job; keep the developer's registry settings reachable.
  if (realHome && existsSync(join(realHome, '.npmrc')) && !process.env.NPM_CONFIG_USERCONFIG) userConfig.NPM_CONFIG_USERCONFIG = join(realHome, '.npmrc');
  if (realHome && existsSync(join(realHome, '.config/pip/pip.conf')) && !process.env.PIP_CONFIG_FILE) userConfig.PIP_CONFIG_FILE = join(realHome, '.config/pip/pip.conf');

  const job: RunnerJob = {
    workspace, runnerTemp, toolCache, home,
    env: { ...options.env },
    runMain: (actionYml, inputs, extraEnv) => runAction(actionYml, 'main', inputs, {}, extraEnv),
    runPost: (actionYml, main, extraEnv) => runAction(actionYml, 'post', undefined, main.state, extraEnv),
    async runStep(command, args, opts = {}) {
      const step = await stepFiles();
      const result = await runTracked(command, args, { env: { ...stepEnv({}), ...step.env }, cwd: opts.cwd ?? workspace });
      await collect(step.files);
      return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    },
    async dispose() {
      for (const child of children) child.kill('SIGKILL');
      await Promise.all([...children].map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(undefined) : c.once('close', r)))));
      await rm(root, { recursive: true, force: true });
    },
  };

  function stepEnv(extraEnv: Record<string, string>, actionDir?: string): Record<string, string> {
    const context: Record<string, string> = {
      HOME: home, ...userConfig, CI: 'true',
      GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: REPOSITORY, GITHUB_REPOSITORY_OWNER: REPOSITORY.split('/')[0]!,
      GITHUB_REF: isPr ? `refs/pull/${pr.number ?? 1}/merge` : 'refs/heads/main',
      GITHUB_REF_NAME: isPr ? `${pr.number ?? 1}/merge` : 'main', GITHUB_REF_TYPE: 'branch',
      GITHUB_HEAD_REF: isPr ? pr.head?.ref ?? '' : '', GITHUB_BASE_REF: isPr ? pr.base?.ref ?? '' : '',
      GITHUB_SHA: SHA, GITHUB_RUN_ID: '1000001', GITHUB_RUN_NUMBER: '1', GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'build', GITHUB_WORKFLOW: 'CI', GITHUB_ACTOR: 'octocat', GITHUB_ACTION: `step_${stepNo}`,
      GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com', GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
      RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', RUNNER_NAME: 'local-test-runner', RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_TEMP: runnerTemp, RUNNER_TOOL_CACHE: toolCache,
    };
    if (actionDir) context.GITHUB_ACTION_PATH = actionDir;
    // The runner's precedence: its context, then GITHUB_ENV exports, then workflow/job env, then the step's env.
    const env = { ...cleanProcessEnv(), ...context, ...exportedEnv, ...job.env, ...extraEnv };
    env.PATH = [...addedPaths].reverse().concat(env.PATH ? [env.PATH] : []).join(':');
    return env;
  }

  async function stepFiles() {
    stepNo += 1;
    const files = {
      GITHUB_OUTPUT: join(fileCommands, `set_output_${randomUUID()}`),
      GITHUB_STATE: join(fileCommands, `save_state_${randomUUID()}`),
      GITHUB_ENV: join(fileCommands, `set_env_${randomUUID()}`),
      GITHUB_PATH: join(fileCommands, `add_path_${randomUUID()}`),
      GITHUB_STEP_SUMMARY: join(fileCommands, `step_summary_${randomUUID()}`),
    };
    await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
    return { files, env: files as Record<string, string> };
  }

  /** Reads a finished step's file commands and applies GITHUB_ENV / GITHUB_PATH to the job. */
  async function collect(files: Record<string, string>) {
    const read = (name: string) => readFile(files[name]!, 'utf8');
    const notes: Annotation[] = [];
    const outputs = parseKeyValueFile(await read('GITHUB_OUTPUT'), 'GITHUB_OUTPUT');
    const state = parseKeyValueFile(await read('GITHUB_STATE'), 'GITHUB_STATE');
    const envSet = parseKeyValueFile(await read('GITHUB_ENV'), 'GITHUB_ENV');
    if ('NODE_OPTIONS' in envSet) {
      delete envSet.NODE_OPTIONS;
      notes.push({ level: 'error', message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command." });
    }
    const paths = (await read('GITHUB_PATH')).split(/\r?\n/).filter((line) => line !== '');
    Object.assign(exportedEnv, envSet);
    for (const p of paths) {
      const at = addedPaths.indexOf(p);
      if (at >= 0) addedPaths.splice(at, 1);
      addedPaths.push(p);
    }
    const summary = await read('GITHUB_STEP_SUMMARY');
    await Promise.all(Object.values(files).map((f) => rm(f, { force: true })));
    return { outputs, state, exportedEnv: envSet, addedPaths: paths, summary, notes };
  }

  async function runAction(actionYml: string, stage: 'main' | 'post', inputs: Record<string, string> | undefined,
    state: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
    const action = await readAction(actionYml);
    const script = stage === 'main' ? action.main : action.post;
    if (!script) throw new Error(`${actionYml} declares no runs.post, so the runner would not run a post step`);
    const node = await resolveNode24();
    const step = await stepFiles();
    const env = { ...stepEnv(extraEnv, action.dir) };
    if (inputs) {
      const unknown = Object.keys(inputs).filter((name) => !(name in action.inputs));
      if (unknown.length) throw new Error(`Unexpected input(s) ${unknown.map((n) => `'${n}'`).join(', ')}, valid inputs are [${Object.keys(action.inputs).join(', ')}] (${actionYml})`);
      for (const [name, input] of Object.entries(action.inputs)) {
        const value = name in inputs ? inputs[name]! : input.default === undefined || input.default === null ? '' : evaluate(String(input.default as string | number | boolean), env);
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      }
    }
    for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;
    Object.assign(env, step.env);
    const started = Date.now();
    const processStarted = performance.now();
    const result = await runTracked(node, [script], { env, cwd: workspace });
    const processMs = performance.now() - processStarted;
    const collected = await collect(step.files);
    const commands = parseWorkflowCommands(`${result.stdout}\n${result.stderr}`); // the runner reads commands on both streams
    return {
      ...result, durationMs: Date.now() - started, processMs,
      outputs: collected.outputs, state: collected.state, exportedEnv: collected.exportedEnv,
      addedPaths: collected.addedPaths, summary: collected.summary,
      annotations: [...commands.annotations, ...collected.notes], secretsMasked: commands.secretsMasked,
    };
  }

  async function runTracked(command: string, args: string[], opts: { env: Record<string, string>; cwd: string }) {
    return run(command, args, { ...opts, timeoutMs: options.stepTimeoutMs ?? 600_000, onSpawn: (c) => children.add(c), onClose: (c) => children.delete(c) });
  }

  return job;
}

interface ActionDefinition { dir: string; main: string; post?: string; inputs: Record<string, { default?: unknown }>; }
async function readAction(actionYml: string): Promise<ActionDefinition> {
  const path = resolve(actionYml);
  const doc = load(await readFile(path, 'utf8')) as { inputs?: Record<string, { default?: unknown } | null>; runs?: { using?: string; main?: string; post?: string } } | undefined;
  const runs = doc?.runs;
  if (runs?.using !== 'node24') throw new Error(`${path}: runs.using must be node24 (got '${String(runs?.using)}')`);
  if (!runs.main) throw new Error(`${path}: runs.main is missing`);
  const dir = dirname(path);
  const script = (file: string) => {
    const full = resolve(dir, file);
    if (!existsSync(full)) throw new Error(`${path}: ${file} resolves to ${full}, which does not exist (is dist/ built? npm run build)`);
    return full;
  };
  const inputs = Object.fromEntries(Object.entries(doc?.inputs ?? {}).map(([name, def]) => [name, def ?? {}]));
  return { dir, main: script(runs.main), post: runs.post ? script(runs.post) : undefined, inputs };
}

/** The few `${{ }}` expressions that appear in input defaults; anything else fails loudly. */
function evaluate(value: string, env: Record<string, string>): string {
  const known: Record<string, string | undefined> = {
    'github.token': 'ghs_0000000000000000000000000000000000test', 'github.workspace': env.GITHUB_WORKSPACE,
    'github.repository': env.GITHUB_REPOSITORY, 'github.ref': env.GITHUB_REF, 'github.sha': env.GITHUB_SHA,
    'github.event_name': env.GITHUB_EVENT_NAME, 'github.server_url': env.GITHUB_SERVER_URL, 'github.action_path': env.GITHUB_ACTION_PATH,
    'runner.temp': env.RUNNER_TEMP, 'runner.tool_cache': env.RUNNER_TOOL_CACHE, 'runner.os': env.RUNNER_OS, 'runner.arch': env.RUNNER_ARCH,
  };
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    const result = known[expr];
    if (result === undefined) throw new Error(`The test runner cannot evaluate the input default expression \${{ ${expr} }}`);
    return result;
  });
}

/** GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV: `name=value` lines and `name<<DELIMITER` heredocs, as the runner parses them. */
export function parseKeyValueFile(text: string, what = 'file command'): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq);
      if (!name) throw new Error(`${what}: invalid line '${line}' (empty name)`);
      result[name] = line.slice(eq + 1);
    } else if (heredoc > 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) throw new Error(`${what}: invalid line '${line}' (empty delimiter)`);
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`${what}: matching delimiter not found '${delimiter}'`);
      result[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else {
      throw new Error(`${what}: invalid line '${line}'`);
    }
  }
  return result;
}

/** `::error file=a.ts,line=3::msg`, `::add-mask::value` and `::stop-commands::token` from a step's stdout. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; secretsMasked: string[] } {
  const annotations: Annotation[] = [];
  const secretsMasked: string[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (!line.startsWith('::')) continue;
    const end = line.indexOf('::', 2);
    if (end < 0) continue;
    const head = line.slice(2, end);
    const data = unescapeData(line.slice(end + 2));
    if (stopToken !== undefined) {
      if (head === stopToken) stopToken = undefined;
      continue;
    }
    const space = head.indexOf(' ');
    const command = (space < 0 ? head : head.slice(0, space)).toLowerCase();
    const props: Record<string, string> = {};
    if (space >= 0) {
      for (const pair of head.slice(space + 1).split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0) props[pair.slice(0, eq).trim().toLowerCase()] = unescapeProperty(pair.slice(eq + 1));
      }
    }
    if (command === 'add-mask') secretsMasked.push(data);
    else if (command === 'stop-commands') stopToken = data;
    else if (command === 'error' || command === 'warning' || command === 'notice') {
      const note: Annotation = { level: command, message: data };
      if (props.file !== undefined) note.file = props.file;
      if (props.line !== undefined) note.line = Number(props.line);
      if (props.col !== undefined) note.col = Number(props.col);
      if (props.title !== undefined) note.title = props.title;
      annotations.push(note);
    }
  }
  return { annotations, secretsMasked };
}

const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');

function defaultPayload(): Record<string, unknown> {
  const [owner, name] = REPOSITORY.split('/');
  return {
    ref: 'refs/heads/main', before: '0'.repeat(40), after: SHA,
    repository: { name, full_name: REPOSITORY, owner: { login: owner, name: owner }, default_branch: 'main', private: false, html_url: `https://github.com/${REPOSITORY}` },
    head_commit: { id: SHA, message: 'test commit' }, sender: { login: 'octocat' },
  };
}

/** Asynchronous spawn with captured output; never spawnSync (in-process servers must keep answering). */
export function run(command: string, args: string[], opts: {
  env: Record<string, string>; cwd: string; timeoutMs?: number; input?: string;
  onSpawn?: (child: ChildProcess) => void; onClose?: (child: ChildProcess) => void;
}): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env: opts.env, cwd: opts.cwd, stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    opts.onSpawn?.(child);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    let timedOut = false;
    const timer = opts.timeoutMs ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, opts.timeoutMs) : undefined;
    timer?.unref();
    child.once('error', (error) => { clearTimeout(timer); opts.onClose?.(child); reject(new Error(`cannot run ${command}: ${error.message}`)); });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      opts.onClose?.(child);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) {
        reject(new Error(`${basename(command)} ${args.join(' ')} timed out after ${opts.timeoutMs} ms\n--- stdout (tail) ---\n${stdout.slice(-4000)}\n--- stderr (tail) ---\n${stderr.slice(-4000)}`));
        return;
      }
      const exitCode = code ?? 128 + (signal ? osConstants.signals[signal] : 0);
      resolvePromise({ exitCode, stdout, stderr });
    });
  });
}
