import { VENV_FOLDER, venvPython } from '../python-venv.js';
import path from 'node:path';
import { isDevRequirementsName, objectAt, requirementsFiles } from '../project-snapshot.js';
import type { CheckName, PlannedCheck, PythonLinter, PythonTool, QualityFacts } from './check-plan.js';
import { command, missing, pyprojectOrNothing, unavailable, type Candidate, type ToolCommand } from './plan-common.js';

/** The Python checks: the linters the project configures, mypy, pip-audit and pip's outdated list, from the venv first. */
const MODULE_NAMES: Record<PythonTool, string> = { pylint: 'pylint', mypy: 'mypy', ruff: 'ruff', flake8: 'flake8', black: 'black', 'pip-audit': 'pip_audit' };

export function resolvePythonTool(facts: QualityFacts, tool: PythonTool): ToolCommand | undefined {
  const directory = facts.snapshot.directory;
  if (facts.projectExecutables.has(`.venv/bin/${tool}`)) return { command: path.join(directory, '.venv/bin', tool), prefix: [] };
  if (facts.venvModules.has(MODULE_NAMES[tool])) return { command: venvPython(path.join(directory, VENV_FOLDER)), prefix: ['-m', MODULE_NAMES[tool]] };
  const found = facts.onPath.get(tool);
  return found === undefined ? undefined : { command: found, prefix: [] };
}

const INSTALL_HINT: Record<PythonTool, string> = {
  pylint: "add pylint to the project's development requirements (pip install pylint, poetry add --group dev pylint)",
  mypy: "add mypy to the project's development requirements (pip install mypy, poetry add --group dev mypy)",
  ruff: "add ruff to the project's development requirements (pip install ruff, poetry add --group dev ruff)",
  flake8: "add flake8 to the project's development requirements (pip install flake8, poetry add --group dev flake8)",
  black: "add black to the project's development requirements (pip install black, poetry add --group dev black)",
  'pip-audit': 'install pip-audit (pip install pip-audit) in the venv or on PATH',
};

const LINTERS: readonly PythonLinter[] = ['ruff', 'flake8', 'pylint', 'black'];

function iniHasSection(text: string | undefined, section: RegExp): boolean {
  return text !== undefined && text.split(/\r?\n/).some((line) => section.test(line.trim()));
}

/** The development requirements' names: requirements files meant for development, and pyproject's dev groups. */
function devRequirementNames(facts: QualityFacts): Set<string> {
  const names = new Set<string>();
  const add = (spec: unknown): void => {
    const name = typeof spec === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1] : undefined;
    if (name !== undefined) names.add(name.toLowerCase().replace(/_/g, '-'));
  };
  const files = [...requirementsFiles(facts.snapshot).filter((name) => /dev|test|lint|check|ci/.test(name)), ...[...facts.snapshot.entries].filter(isDevRequirementsName)];
  for (const file of files) {
    for (const line of (facts.snapshot.texts.get(file) ?? '').split(/\r?\n/)) if (!/^\s*(#|-)/.test(line)) add(line);
  }
  const pyproject = pyprojectOrNothing(facts.snapshot);
  for (const group of Object.values(objectAt(pyproject, 'project', 'optional-dependencies') ?? {})) if (Array.isArray(group)) group.forEach(add);
  for (const group of Object.values(objectAt(pyproject, 'dependency-groups') ?? {})) if (Array.isArray(group)) group.forEach(add);
  for (const key of Object.keys(objectAt(pyproject, 'tool', 'poetry', 'dev-dependencies') ?? {})) add(key);
  for (const group of Object.values(objectAt(pyproject, 'tool', 'poetry', 'group') ?? {})) {
    for (const key of Object.keys(objectAt(group, 'dependencies') ?? {})) add(key);
  }
  return names;
}

/**
 * The Python linters the project configures, each with where it is configured: ruff (ruff.toml, [tool.ruff]),
 * flake8 (.flake8, [flake8] in setup.cfg or tox.ini), pylint (.pylintrc, pylintrc, [tool.pylint], [pylint.*]
 * sections), black ([tool.black]); failing any configuration, the ones the development requirements name.
 */
export function configuredLinters(facts: QualityFacts): Array<{ tool: PythonLinter; why: string }> {
  const { snapshot } = facts;
  const pyproject = pyprojectOrNothing(snapshot);
  const found: Array<{ tool: PythonLinter; why: string }> = [];
  const first = (tool: PythonLinter, sources: Array<[boolean, string]>): void => {
    const source = sources.find(([present]) => present);
    if (source !== undefined) found.push({ tool, why: source[1] });
  };
  first('ruff', [
    [snapshot.entries.has('ruff.toml'), 'ruff.toml'],
    [snapshot.entries.has('.ruff.toml'), '.ruff.toml'],
    [objectAt(pyproject, 'tool', 'ruff') !== undefined, 'pyproject.toml [tool.ruff]'],
  ]);
  first('flake8', [
    [snapshot.entries.has('.flake8'), '.flake8'],
    [iniHasSection(facts.setupCfg, /^\[flake8\]$/), 'setup.cfg [flake8]'],
    [iniHasSection(facts.toxIni, /^\[flake8\]$/), 'tox.ini [flake8]'],
  ]);
  first('pylint', [
    [snapshot.entries.has('.pylintrc'), '.pylintrc'],
    [snapshot.entries.has('pylintrc'), 'pylintrc'],
    [objectAt(pyproject, 'tool', 'pylint') !== undefined, 'pyproject.toml [tool.pylint]'],
    [iniHasSection(facts.setupCfg, /^\[pylint[.\]]/), 'setup.cfg [pylint.*]'],
    [iniHasSection(facts.toxIni, /^\[pylint[.\]]/), 'tox.ini [pylint.*]'],
  ]);
  first('black', [[objectAt(pyproject, 'tool', 'black') !== undefined, 'pyproject.toml [tool.black]']]);
  if (found.length > 0) return found;
  const dev = devRequirementNames(facts);
  return LINTERS.filter((tool) => dev.has(tool)).map((tool) => ({ tool, why: 'the development requirements' }));
}

function configuresMypy(facts: QualityFacts): boolean {
  const { snapshot } = facts;
  return (
    facts.mypyIni !== undefined ||
    objectAt(pyprojectOrNothing(snapshot), 'tool', 'mypy') !== undefined ||
    /^\[mypy\]/m.test(facts.setupCfg ?? '')
  );
}

/**
 * Why mypy runs without being asked for: the project configures it (mypy.ini or .mypy.ini, [tool.mypy] in
 * pyproject.toml, [mypy] in setup.cfg) or its development requirements name it; undefined: neither.
 */
export function mypyOptIn(facts: QualityFacts): string | undefined {
  if (configuresMypy(facts)) return 'configures mypy';
  if (devRequirementNames(facts).has('mypy')) return 'names mypy in its development requirements';
  return undefined;
}

function mypyNotConfigured(cwd: string): string {
  return `${cwd} has no mypy configuration (mypy.ini, .mypy.ini, [tool.mypy] in pyproject.toml, [mypy] in setup.cfg) and no mypy among its development requirements; checks: type-check runs it anyway`;
}

/** Whether the project's mypy configuration names the files to check itself (then no targets are passed, so it holds). */
export function mypyConfiguresFiles(facts: QualityFacts): boolean {
  const fromPyproject = objectAt(pyprojectOrNothing(facts.snapshot), 'tool', 'mypy')?.files;
  if (fromPyproject !== undefined) return true;
  const iniSection = (text: string | undefined, section: RegExp): boolean => {
    const body = section.exec(text ?? '')?.[1] ?? '';
    return /^files\s*[=:]/m.test(body);
  };
  return iniSection(facts.mypyIni, /^\[mypy\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m) || iniSection(facts.setupCfg, /^\[mypy\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m);
}

/** The project's Python code: setuptools' or Poetry's declared packages, else src/, else its top-level packages. */
export function pythonTargets(facts: QualityFacts): string[] {
  const pyproject = pyprojectOrNothing(facts.snapshot);
  const setuptools = objectAt(pyproject, 'tool', 'setuptools');
  const where = objectAt(setuptools, 'packages', 'find')?.where;
  if (Array.isArray(where) && where.every((entry) => typeof entry === 'string')) return where as string[];
  if (Array.isArray(setuptools?.packages) && setuptools.packages.every((entry) => typeof entry === 'string')) {
    const base = typeof objectAt(setuptools, 'package-dir')?.[''] === 'string' ? (objectAt(setuptools, 'package-dir')![''] as string) : '.';
    return [...new Set((setuptools.packages as string[]).map((name) => path.join(base, name.split('.')[0])))];
  }
  const poetryPackages = objectAt(pyproject, 'tool', 'poetry')?.packages;
  if (Array.isArray(poetryPackages)) {
    const targets = poetryPackages
      .filter((entry): entry is { include: string; from?: string } => typeof (entry as { include?: unknown })?.include === 'string')
      .map((entry) => path.join(entry.from ?? '.', entry.include));
    if (targets.length > 0) return targets;
  }
  if (facts.snapshot.entries.has('src')) return ['src'];
  return facts.packageFolders.filter((folder) => !/^(tests?|docs?|\..*)$/.test(folder));
}

const NO_PYTHON_LINTER =
  'no Python linter is configured: add a [tool.ruff] section to pyproject.toml (or a [flake8] section to setup.cfg, ' +
  '[tool.pylint] or a .pylintrc for pylint, [tool.black] for black --check), with the tool among the development requirements';

function pythonLintCandidates(
  facts: QualityFacts,
  targets: string[],
  noTargets: string,
  toolMissing: (tool: PythonTool) => string,
  asked: (name: CheckName) => boolean,
): Candidate[] {
  const cwd = facts.snapshot.directory;
  const linters = configuredLinters(facts);
  if (linters.length === 0) return [{ name: 'lint', plan: () => missing('lint', 'lint (python)', NO_PYTHON_LINTER, asked('lint')) }];
  // flake8 and black find the files themselves (their own excludes, plus the usual venv and build folders).
  const EXCLUDES = '.venv,venv,.tox,.nox,.eggs,node_modules,build,dist,__pycache__';
  return linters.map(({ tool, why }) => ({
    name: 'lint' as const,
    plan: (): PlannedCheck => {
      const label = `lint (${tool})`;
      if ((tool === 'pylint' || tool === 'ruff') && targets.length === 0) return missing('lint', label, noTargets, asked('lint'));
      const resolved = resolvePythonTool(facts, tool);
      if (resolved === undefined) return unavailable('lint', label, `the project configures ${tool} (${why}), but ${toolMissing(tool)}`);
      switch (tool) {
        case 'ruff':
          return command('lint', label, cwd, resolved, ['check', '--output-format=json', ...targets], 'ruff-json');
        case 'flake8':
          return command('lint', label, cwd, resolved, ['--format=default', `--extend-exclude=${EXCLUDES}`, '.'], 'flake8');
        case 'black':
          return command('lint', label, cwd, resolved, ['--check', '--no-color', '.'], 'black');
        case 'pylint': {
          // pylint from PATH runs on its own interpreter: pointed at the venv's site-packages (after its own
          // paths, so its own modules win), it sees the project's packages instead of reporting import-errors.
          const fromVenv = resolved.command.startsWith(path.join(cwd, VENV_FOLDER));
          const sitePackages = fromVenv ? [] : (facts.venvSitePackages ?? []);
          const hook = sitePackages.length > 0 ? [`--init-hook=import sys; sys.path.extend(${JSON.stringify(sitePackages)})`] : [];
          return command('lint', label, cwd, resolved, [...hook, '--output-format=json', '--recursive=y', ...targets], 'pylint-json');
        }
      }
    },
  }));
}

export function pythonCandidates(facts: QualityFacts, asked: (name: CheckName) => boolean): Candidate[] {
  const cwd = facts.snapshot.directory;
  const targets = pythonTargets(facts);
  const noTargets = `no Python code was found in ${cwd} (looked for [tool.setuptools] packages, Poetry's packages, src/, and top-level packages)`;
  const toolMissing = (tool: PythonTool): string => `${tool} is not installed in ${cwd}/.venv nor on PATH: ${INSTALL_HINT[tool]}`;
  return [
    ...pythonLintCandidates(facts, targets, noTargets, toolMissing, asked),
    {
      name: 'type-check',
      plan: () => {
        // mypy is opt-in, as npm's type-check script is: a project that neither configures it nor names it is not judged by it.
        const why = mypyOptIn(facts);
        if (why === undefined && !asked('type-check')) return missing('type-check', 'type-check (mypy)', mypyNotConfigured(cwd), false);
        if (targets.length === 0 && !mypyConfiguresFiles(facts)) return missing('type-check', 'type-check (mypy)', noTargets, asked('type-check'));
        const resolved = resolvePythonTool(facts, 'mypy');
        if (resolved === undefined) {
          if (why !== undefined && !asked('type-check')) return unavailable('type-check', 'type-check (mypy)', `the project ${why}, but ${toolMissing('mypy')}`);
          return missing('type-check', 'type-check (mypy)', toolMissing('mypy'), asked('type-check'));
        }
        const args = ['--show-column-numbers', '--no-error-summary', '--no-color-output', '--no-pretty', '--show-error-codes'];
        if (facts.projectExecutables.has('.venv/bin/python')) args.push('--python-executable', venvPython(path.join(cwd, VENV_FOLDER)));
        return command('type-check', 'type-check (mypy)', cwd, resolved, mypyConfiguresFiles(facts) ? args : [...args, ...targets], 'mypy');
      },
    },
    {
      name: 'audit',
      plan: () => {
        const resolved = resolvePythonTool(facts, 'pip-audit');
        if (resolved === undefined) return missing('audit', 'audit (pip-audit)', toolMissing('pip-audit'), asked('audit'));
        const requirements = requirementsFiles(facts.snapshot).filter((file) => !/dev|test/.test(file));
        const args = requirements.length > 0 ? requirements.flatMap((file) => ['-r', file]) : [];
        return command('audit', 'audit (pip-audit)', cwd, resolved, ['-f', 'json', '--progress-spinner', 'off', ...args], 'pip-audit');
      },
    },
    {
      name: 'outdated',
      plan: () =>
        facts.projectExecutables.has('.venv/bin/python')
          ? command('outdated', 'outdated (pip list --outdated)', cwd, { command: venvPython(path.join(cwd, VENV_FOLDER)), prefix: [] },
              ['-m', 'pip', 'list', '--outdated', '--format=json', '--local', '--not-required', '--retries', '0', '--timeout', '15', '-vv'], 'pip-outdated')
          : missing('outdated', 'outdated (pip list --outdated)', `${cwd} has no .venv (install the project first, e.g. with setup-deps)`, asked('outdated')),
    },
  ];
}

/** Plans every check that applies (or the ones asked for) in the order of CHECK_NAMES, Node before Python. */
