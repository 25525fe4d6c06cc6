import path from 'node:path';
import type { Finding } from '../findings.js';
import { ConfigurationError } from '../errors.js';
import { typeCheckLayout } from './tsconfig.js';
import { command, missing, unavailable, type Candidate, type ToolCommand } from './plan-common.js';
import { pythonCandidates } from './python-plan.js';
import { objectAt, readPackageJson, requirementsFiles, type JsonObject, type ProjectSnapshot } from '../project-snapshot.js';

/**
 * Which checks run on a project, with which tool and command: decided from the project's files and the
 * tools found installed, never from the environment directly.
 */
export const CHECK_NAMES = ['lint', 'type-check', 'audit', 'outdated', 'config'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export type OutputFormat =
  | 'eslint-json'
  | 'tsc'
  | 'script'
  | 'pylint-json'
  | 'ruff-json'
  | 'flake8'
  | 'black'
  | 'biome'
  | 'mypy'
  | 'npm-audit'
  | 'yarn-audit'
  | 'pip-audit'
  | 'npm-outdated'
  | 'yarn-outdated'
  | 'pip-outdated';

interface CheckBase {
  name: CheckName;
  /** e.g. "lint (eslint)", "type-check (npm run type-check)". */
  label: string;
}

export interface CommandCheck extends CheckBase {
  kind: 'command';
  command: string;
  args: string[];
  cwd: string;
  format: OutputFormat;
  /** Findings known before it runs (a type-check script that cannot check a solution-style tsconfig). */
  knownFindings?: Finding[];
}

/** The configuration check runs in-process, on files already read. */
export interface InlineCheck extends CheckBase {
  kind: 'inline';
}

export interface SkippedCheck extends CheckBase {
  kind: 'skipped';
  reason: string;
}

/** The project configures the tool, but it is not installed: a failed check that says how to install it. */
export interface UnavailableCheck extends CheckBase {
  kind: 'unavailable';
  reason: string;
}

export type PlannedCheck = CommandCheck | InlineCheck | SkippedCheck | UnavailableCheck;

export type PythonTool = 'pylint' | 'mypy' | 'ruff' | 'flake8' | 'black' | 'pip-audit';
export type PythonLinter = 'ruff' | 'flake8' | 'pylint' | 'black';

/** What the runtime found on disk and on PATH. */
export interface QualityFacts {
  snapshot: ProjectSnapshot;
  /** setup.cfg's text, when present (mypy's configuration may live there). */
  setupCfg?: string;
  /** tox.ini's text, when present (flake8's and pylint's configuration may live there). */
  toxIni?: string;
  /** The venv's site-packages folders (a linter from PATH is pointed at them, so it sees the project's packages). */
  venvSitePackages?: readonly string[];
  /** mypy.ini's (or .mypy.ini's) text, when present. */
  mypyIni?: string;
  /** tsconfig.json's text and the texts of the configs it references, by path relative to the project. */
  tsconfigs?: ReadonlyMap<string, string>;
  /** Executables that exist, relative to the project: node_modules/.bin/eslint, .venv/bin/python, .venv/bin/mypy… */
  projectExecutables: ReadonlySet<string>;
  /** Python modules the venv's interpreter can import (pylint, mypy, ruff, pip_audit). */
  venvModules: ReadonlySet<string>;
  /** Tools found on PATH, by name, with their full paths. */
  onPath: ReadonlyMap<string, string>;
  /** Top-level folders of the project that hold an __init__.py. */
  packageFolders: readonly string[];
}

export interface CheckSelection {
  /** undefined: every check that applies to the project. */
  requested?: readonly CheckName[];
  lintScript?: string;
  typeCheckScript?: string;
}

const ESLINT_CONFIGS = /^(eslint\.config\.(js|mjs|cjs|ts|mts|cts)|\.eslintrc(\.(js|cjs|yaml|yml|json))?)$/;

export function parseChecksInput(raw: string): CheckName[] | undefined {
  const names = raw
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (names.length === 0 || (names.length === 1 && names[0] === 'all')) return undefined;
  const unknown = names.filter((name) => !(CHECK_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `Input 'checks' must be 'all' or a comma-separated list of ${CHECK_NAMES.join(', ')} (got ${unknown.map((name) => `'${name}'`).join(', ')}).`,
    );
  }
  return [...new Set(names as CheckName[])];
}

export function isNodeProject(snapshot: ProjectSnapshot): boolean {
  return snapshot.entries.has('package.json');
}

export function isPythonProject(snapshot: ProjectSnapshot): boolean {
  return ['pyproject.toml', 'setup.py', 'setup.cfg'].some((name) => snapshot.entries.has(name)) || requirementsFiles(snapshot).length > 0;
}

/** A manifest that does not parse is the config check's finding: planning goes on as if it said nothing. */function manifestOrNothing(snapshot: ProjectSnapshot): JsonObject | undefined {
  try {
    return readPackageJson(snapshot);
  } catch {
    return undefined;
  }
}
function scriptRunner(snapshot: ProjectSnapshot): string {
  if (snapshot.entries.has('pnpm-lock.yaml')) return 'pnpm';
  if (snapshot.entries.has('yarn.lock')) return 'yarn';
  return 'npm';
}

function scripts(snapshot: ProjectSnapshot): Record<string, unknown> {
  return objectAt(manifestOrNothing(snapshot), 'scripts') ?? {};
}

/** The script to run: the one asked for (which must exist), else the default name when present. */
function chooseScript(snapshot: ProjectSnapshot, input: string, asked: string | undefined, fallback: string): string | undefined {
  const available = scripts(snapshot);
  if (asked !== undefined && asked !== '') {
    if (typeof available[asked] === 'string') return asked;
    const names = Object.keys(available);
    throw new ConfigurationError(
      `Input '${input}' is '${asked}', but package.json in ${snapshot.directory} has no such script ` +
        `(it has ${names.length > 0 ? names.map((name) => `'${name}'`).join(', ') : 'no scripts'}). Name one of them, or leave the input empty.`,
    );
  }
  return typeof available[fallback] === 'string' ? fallback : undefined;
}

function hasEslintConfig(snapshot: ProjectSnapshot): boolean {
  return [...snapshot.entries].some((name) => ESLINT_CONFIGS.test(name)) || objectAt(manifestOrNothing(snapshot), 'eslintConfig') !== undefined;
}
function nodeCandidates(facts: QualityFacts, selection: CheckSelection, asked: (name: CheckName) => boolean): Candidate[] {
  const { snapshot } = facts;
  const cwd = snapshot.directory;
  const runner = scriptRunner(snapshot);
  const bin = (tool: string): ToolCommand | undefined =>
    facts.projectExecutables.has(`node_modules/.bin/${tool}`) ? { command: path.join(cwd, 'node_modules/.bin', tool), prefix: [] } : undefined;
  const viaScript = (name: CheckName, script: string): CommandCheck =>
    command(name, `${name} (${runner} run ${script})`, cwd, { command: runner, prefix: [] }, ['run', script], 'script');
  return [
    {
      name: 'lint',
      plan: () => {
        const script = chooseScript(snapshot, 'lint-script', selection.lintScript, 'lint');
        if (script !== undefined) return viaScript('lint', script);
        if (!hasEslintConfig(snapshot) && (snapshot.entries.has('biome.json') || snapshot.entries.has('biome.jsonc'))) {
          // Biome configured, no script to run it: `biome lint` as its configuration says (read-only: no --write).
          const biome = bin('biome');
          return biome
            ? command('lint', 'lint (biome lint)', cwd, biome, ['lint', '.'], 'biome')
            : unavailable('lint', 'lint (biome lint)', `${cwd} has a Biome configuration but no node_modules/.bin/biome: install the project's dependencies first (setup-deps, npm ci), with @biomejs/biome among its devDependencies`);
        }
        if (!hasEslintConfig(snapshot)) {
          return missing('lint', 'lint', `${cwd} has no 'lint' script in package.json, no ESLint configuration and no biome.json`, asked('lint'));
        }
        const eslint = bin('eslint');
        // The project configures ESLint: a missing binary is a failed check, not a check that does not apply.
        return eslint
          ? command('lint', 'lint (eslint)', cwd, eslint, ['-f', 'json', '.'], 'eslint-json')
          : unavailable('lint', 'lint (eslint)', `${cwd} has an ESLint configuration but no node_modules/.bin/eslint: install the project's dependencies first (setup-deps, npm ci), with eslint among its devDependencies`);
      },
    },
    {
      name: 'type-check',
      plan: () => {
        const script = chooseScript(snapshot, 'type-check-script', selection.typeCheckScript, 'type-check');
        if (script !== undefined) {
          const planned = viaScript('type-check', script);
          const layout = typeCheckLayout(facts.tsconfigs ?? new Map());
          const text = scripts(snapshot)[script];
          // `tsc --noEmit` alone on a solution-style tsconfig checks no file and passes: say so, on tsconfig.json.
          if (layout.solution && typeof text === 'string' && /^\s*tsc(\s+--?[\w-]+(=\S+)?)*\s*$/.test(text) && !/\s(-b|--build|-p|--project)\b/.test(` ${text}`)) {
            planned.knownFindings = [{
              level: 'error',
              file: 'tsconfig.json',
              message: `the '${script}' script runs '${text.trim()}', which checks no file here: tsconfig.json is solution-style ("files": [] with references). ` +
                `Use 'tsc -b' (with --noEmit when the referenced projects set noEmit), or remove the script and let quality-checks run tsc -b`,
              source: 'quality-checks',
              rule: 'solution-tsconfig',
            }];
          }
          return planned;
        }
        if (!snapshot.entries.has('tsconfig.json')) {
          return missing('type-check', 'type-check', `${cwd} has no 'type-check' script in package.json and no tsconfig.json`, asked('type-check'));
        }
        const tsc = bin('tsc');
        const layout = typeCheckLayout(facts.tsconfigs ?? new Map());
        // `--listFiles` names every file tsc checked: the outcome reports how many, and none is a failure.
        // A solution-style tsconfig (`"files": []` with references: Vite's and nx's layout) has no files of its
        // own: build mode checks each referenced project (`--force`: an up-to-date build info would skip them).
        // Projects that reference each other need each other's declarations: then the build emits, as the
        // project's own `tsc -b` does, into the outDirs its configs name.
        if (tsc && layout.solution) {
          const emit = layout.needsEmit ? [] : ['--noEmit'];
          return command('type-check', `type-check (tsc -b${layout.needsEmit ? '' : ' --noEmit'})`, cwd, tsc, ['-b', '.', ...emit, '--force', '--pretty', 'false', '--listFiles'], 'tsc');
        }
        return tsc
          ? command('type-check', 'type-check (tsc)', cwd, tsc, ['--noEmit', '--pretty', 'false', '--listFiles', '-p', '.'], 'tsc')
          : unavailable('type-check', 'type-check (tsc)', `${cwd} has a tsconfig.json but no node_modules/.bin/tsc: install the project's dependencies first (setup-deps, npm ci), with typescript among its devDependencies`);
      },
    },
    {
      name: 'audit',
      plan: () => {
        const tool = { command: runner, prefix: [] };
        if (runner === 'yarn') return command('audit', 'audit (yarn audit)', cwd, tool, ['audit', '--groups', 'dependencies', '--json'], 'yarn-audit');
        if (runner === 'pnpm') return command('audit', 'audit (pnpm audit)', cwd, tool, ['audit', '--prod', '--json'], 'npm-audit');
        return command('audit', 'audit (npm audit)', cwd, tool, ['audit', '--omit=dev', '--json'], 'npm-audit');
      },
    },
    {
      name: 'outdated',
      plan: () => {
        const tool = { command: runner, prefix: [] };
        if (runner === 'yarn') return command('outdated', 'outdated (yarn outdated)', cwd, tool, ['outdated', '--json'], 'yarn-outdated');
        if (runner === 'pnpm') return command('outdated', 'outdated (pnpm outdated)', cwd, tool, ['outdated', '--format', 'json'], 'npm-outdated');
        return command('outdated', 'outdated (npm outdated)', cwd, tool, ['outdated', '--json'], 'npm-outdated');
      },
    },
  ];
}
export function planChecks(facts: QualityFacts, selection: CheckSelection): PlannedCheck[] {
  const { snapshot } = facts;
  const node = isNodeProject(snapshot);
  const python = isPythonProject(snapshot);
  if (!node && !python) {
    throw new ConfigurationError(
      `No project to check in ${snapshot.directory}: looked for package.json, pyproject.toml, setup.py, setup.cfg and requirements*.txt. ` +
        `Set 'working-directory' to the folder that holds your project's manifest.`,
    );
  }
  const asked = (name: CheckName): boolean => selection.requested?.includes(name) ?? false;
  const wanted = (name: CheckName): boolean => selection.requested === undefined || asked(name);
  const candidates = [...(node ? nodeCandidates(facts, selection, asked) : []), ...(python ? pythonCandidates(facts, asked) : [])];
  const planned: PlannedCheck[] = [];
  for (const name of CHECK_NAMES) {
    if (!wanted(name)) continue;
    if (name === 'config') {
      planned.push({ kind: 'inline', name, label: 'config' });
      continue;
    }
    for (const candidate of candidates.filter((entry) => entry.name === name)) planned.push(candidate.plan());
  }
  return planned;
}
export { configuredLinters, mypyConfiguresFiles, pythonTargets, resolvePythonTool } from './python-plan.js';
