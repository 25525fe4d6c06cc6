import { parseChecksInput, planChecks, pythonTargets, type PlannedCheck, type QualityFacts } from '../../../../src/core/quality/check-plan.js';
import { packageJson, snapshot } from '../../support/snapshot.js';

const DIR = '/repo/app';

function facts(files: Record<string, string>, options: Partial<Omit<QualityFacts, 'snapshot'>> & { extraEntries?: string[] } = {}): QualityFacts {
  return {
    snapshot: snapshot(files, { directory: DIR, extraEntries: options.extraEntries }),
    projectExecutables: options.projectExecutables ?? new Set(),
    venvModules: options.venvModules ?? new Set(),
    onPath: options.onPath ?? new Map(),
    packageFolders: options.packageFolders ?? [],
    setupCfg: options.setupCfg,
    mypyIni: options.mypyIni,
  };
}

/** One line per check: "label: command args" / "label: skipped: reason" / "label: unavailable: reason". */
function lines(checks: PlannedCheck[]): string[] {
  return checks.map((check) => {
    if (check.kind === 'command') return `${check.label}: ${[check.command, ...check.args].join(' ').replaceAll(DIR, '.')}`;
    if (check.kind === 'inline') return `${check.label}: in-process`;
    return `${check.label}: ${check.kind}: ${check.reason.replaceAll(DIR, '.')}`;
  });
}

const NODE_BINS = new Set(['node_modules/.bin/eslint', 'node_modules/.bin/tsc']);
const withScripts = packageJson({ name: 'app', scripts: { lint: 'eslint .', 'type-check': 'tsc --noEmit', test: 'jest' } });
const withoutScripts = packageJson({ name: 'app', scripts: { test: 'jest' } });

describe('parseChecksInput', () => {
  it.each([
    ['', undefined],
    ['all', undefined],
    ['lint', ['lint']],
    ['lint, type-check\naudit', ['lint', 'type-check', 'audit']],
    ['LINT,lint', ['lint']],
  ])('%j → %j', (raw, expected) => expect(parseChecksInput(raw)).toEqual(expected));

  it('names the unknown check and lists the known ones', () => {
    expect(() => parseChecksInput('lint,style,format')).toThrow(
      "Input 'checks' must be 'all' or a comma-separated list of lint, type-check, audit, outdated, config (got 'style', 'format').",
    );
  });
});

describe('planChecks for Node projects', () => {
  it.each([
    [
      'the project scripts, when package.json has them',
      facts({ 'package.json': withScripts, 'package-lock.json': '{}', 'eslint.config.js': '', 'tsconfig.json': '{}' }, { projectExecutables: NODE_BINS }),
      {},
      [
        'lint (npm run lint): npm run lint',
        'type-check (npm run type-check): npm run type-check',
        'audit (npm audit): npm audit --omit=dev --json',
        'outdated (npm outdated): npm outdated --json',
        'config: in-process',
      ],
    ],
    [
      'ESLint and tsc from node_modules, without scripts',
      facts({ 'package.json': withoutScripts, 'package-lock.json': '{}', 'eslint.config.mjs': '', 'tsconfig.json': '{}' }, { projectExecutables: NODE_BINS }),
      { requested: ['lint', 'type-check'] as const },
      ['lint (eslint): ./node_modules/.bin/eslint -f json .', 'type-check (tsc): ./node_modules/.bin/tsc --noEmit --pretty false --listFiles -p .'],
    ],
    [
      'scripts named by the inputs, run with pnpm for a pnpm project',
      facts({ 'package.json': packageJson({ scripts: { 'lint:ci': 'eslint .', tsc: 'tsc' } }), 'pnpm-lock.yaml': '' }),
      { requested: ['lint', 'type-check'] as const, lintScript: 'lint:ci', typeCheckScript: 'tsc' },
      ['lint (pnpm run lint:ci): pnpm run lint:ci', 'type-check (pnpm run tsc): pnpm run tsc'],
    ],
    [
      'nothing to lint or type-check: skipped, saying why; yarn audits and lists outdated dependencies itself',
      facts({ 'package.json': withoutScripts, 'yarn.lock': '' }),
      {},
      [
        "lint: skipped: . has no 'lint' script in package.json, no ESLint configuration and no biome.json",
        "type-check: skipped: . has no 'type-check' script in package.json and no tsconfig.json",
        'audit (yarn audit): yarn audit --groups dependencies --json',
        'outdated (yarn outdated): yarn outdated --json',
        'config: in-process',
      ],
    ],
    [
      'pnpm audits production dependencies and lists outdated ones as JSON',
      facts({ 'package.json': withoutScripts, 'pnpm-lock.yaml': '' }),
      { requested: ['audit', 'outdated'] as const },
      ['audit (pnpm audit): pnpm audit --prod --json', 'outdated (pnpm outdated): pnpm outdated --format json'],
    ],
    [
      'a configured ESLint that is not installed: a failed check that says what to do',
      facts({ 'package.json': withoutScripts, '.eslintrc.json': '{}', 'tsconfig.json': '{}' }),
      { requested: ['lint', 'type-check'] as const },
      [
        "lint (eslint): unavailable: . has an ESLint configuration but no node_modules/.bin/eslint: install the project's dependencies first (setup-deps, npm ci), with eslint among its devDependencies",
        "type-check (tsc): unavailable: . has a tsconfig.json but no node_modules/.bin/tsc: install the project's dependencies first (setup-deps, npm ci), with typescript among its devDependencies",
      ],
    ],
  ])('%s', (_name, projectFacts, selection, expected) => {
    expect(lines(planChecks(projectFacts, selection))).toEqual(expected);
  });

  it.each([
    [
      'a lint script that does not exist',
      { requested: ['lint'] as const, lintScript: 'lint:all' },
      "Input 'lint-script' is 'lint:all', but package.json in /repo/app has no such script (it has 'lint', 'type-check', 'test'). Name one of them, or leave the input empty.",
    ],
    [
      'a type-check script that does not exist',
      { typeCheckScript: 'typecheck' },
      "Input 'type-check-script' is 'typecheck', but package.json in /repo/app has no such script (it has 'lint', 'type-check', 'test'). Name one of them, or leave the input empty.",
    ],
  ])('refuses %s, naming what exists', (_name, selection, message) => {
    expect(() => planChecks(facts({ 'package.json': withScripts }), selection)).toThrow(message);
  });

  it('refuses lint when asked for and nothing lints the project', () => {
    expect(() => planChecks(facts({ 'package.json': withoutScripts }), { requested: ['lint'] })).toThrow(
      "Input 'checks' asks for 'lint', but /repo/app has no 'lint' script in package.json, no ESLint configuration and no biome.json.",
    );
  });

  it('plans around a package.json that does not parse: the config check reports it', () => {
    const planned = planChecks(facts({ 'package.json': '{ "name": ', 'eslint.config.js': '' }, { projectExecutables: NODE_BINS }), { requested: ['lint', 'config'] });
    expect(lines(planned)).toEqual(['lint (eslint): ./node_modules/.bin/eslint -f json .', 'config: in-process']);
  });

  it('checks a project that is both Node and Python with both sets of tools', () => {
    const planned = planChecks(
      facts({ 'package.json': withScripts, 'requirements.txt': '', '.pylintrc': '' }, { projectExecutables: new Set(['.venv/bin/python']), venvModules: new Set(['pylint', 'mypy']), packageFolders: ['worker'] }),
      { requested: ['lint', 'type-check'] },
    );
    expect(planned.map((check) => check.label)).toEqual(['lint (npm run lint)', 'lint (pylint)', 'type-check (npm run type-check)', 'type-check (mypy)']);
  });

  it('refuses a folder with no project', () => {
    expect(() => planChecks(facts({ 'README.md': '' }), {})).toThrow(/No project to check in \/repo\/app: looked for package.json, pyproject.toml/);
  });
});

describe('planChecks for Python projects', () => {
  const pyproject = '[project]\nname = "inventory"\n\n[tool.setuptools.packages.find]\nwhere = ["src"]\n\n[tool.pylint.main]\njobs = 1\n';
  const venv = { projectExecutables: new Set(['.venv/bin/python']), venvModules: new Set(['pylint', 'mypy']) };
  const MYPY_ARGS = '--show-column-numbers --no-error-summary --no-color-output --no-pretty --show-error-codes';

  it.each([
    [
      "tools importable by the project's venv run with its interpreter",
      facts({ 'pyproject.toml': pyproject }, { ...venv, extraEntries: ['src'] }),
      {},
      [
        'lint (pylint): ./.venv/bin/python -m pylint --output-format=json --recursive=y src',
        `type-check (mypy): skipped: . has no mypy configuration (mypy.ini, .mypy.ini, [tool.mypy] in pyproject.toml, [mypy] in setup.cfg) and no mypy among its development requirements; checks: type-check runs it anyway`,
        "audit (pip-audit): skipped: pip-audit is not installed in ./.venv nor on PATH: install pip-audit (pip install pip-audit) in the venv or on PATH",
        'outdated (pip list --outdated): ./.venv/bin/python -m pip list --outdated --format=json --local --not-required --retries 0 --timeout 15 -vv',
        'config: in-process',
      ],
    ],
    [
      "the venv's own scripts first, then PATH; ruff when the project configures it",
      facts(
        { 'requirements.txt': 'flask\n', 'requirements-dev.txt': 'ruff\n', 'ruff.toml': '' },
        { projectExecutables: new Set(['.venv/bin/python', '.venv/bin/ruff']), onPath: new Map([['mypy', '/usr/bin/mypy'], ['pip-audit', '/usr/bin/pip-audit']]), packageFolders: ['service', 'tests'] },
      ),
      { requested: ['lint', 'type-check', 'audit'] as const },
      [
        'lint (ruff): ./.venv/bin/ruff check --output-format=json service',
        `type-check (mypy): /usr/bin/mypy ${MYPY_ARGS} --python-executable ./.venv/bin/python service`,
        'audit (pip-audit): /usr/bin/pip-audit -f json --progress-spinner off -r requirements.txt',
      ],
    ],
    [
      'ruff configured but not installed, mypy configured in setup.cfg but not installed: failed checks',
      facts({ 'setup.cfg': '[mypy]\nstrict = True\n', 'pyproject.toml': '[tool.ruff]\nline-length = 100\n' }, { packageFolders: ['inventory'] }),
      {},
      [
        "lint (ruff): unavailable: the project configures ruff (pyproject.toml [tool.ruff]), but ruff is not installed in ./.venv nor on PATH: add ruff to the project's development requirements (pip install ruff, poetry add --group dev ruff)",
        "type-check (mypy): unavailable: the project configures mypy, but mypy is not installed in ./.venv nor on PATH: add mypy to the project's development requirements (pip install mypy, poetry add --group dev mypy)",
        'audit (pip-audit): skipped: pip-audit is not installed in ./.venv nor on PATH: install pip-audit (pip install pip-audit) in the venv or on PATH',
        'outdated (pip list --outdated): skipped: . has no .venv (install the project first, e.g. with setup-deps)',
        'config: in-process',
      ],
    ],
  ])('%s', (_name, projectFacts, selection, expected) => {
    expect(lines(planChecks({ ...projectFacts, setupCfg: projectFacts.snapshot.texts.get('setup.cfg') }, selection))).toEqual(expected);
  });

  // mypy is opt-in: it runs (or is reported missing) only where the project uses it or type-check is asked for.
  const MYPY_OFF = '. has no mypy configuration (mypy.ini, .mypy.ini, [tool.mypy] in pyproject.toml, [mypy] in setup.cfg) and no mypy among its development requirements; checks: type-check runs it anyway';
  const mypyOnPath = new Map([['mypy', '/usr/bin/mypy']]);
  it.each<[string, Record<string, string>, Partial<Omit<QualityFacts, 'snapshot'>>, string]>([
    ['nothing names it, mypy installed', { 'requirements.txt': 'flask\n' }, { onPath: mypyOnPath }, `skipped: ${MYPY_OFF}`],
    ['nothing names it, mypy not installed', { 'pyproject.toml': '[project]\nname = "app"\n' }, {}, `skipped: ${MYPY_OFF}`],
    ['only the runtime requirements name it', { 'requirements.txt': 'mypy\n' }, { onPath: mypyOnPath }, `skipped: ${MYPY_OFF}`],
    ['mypy.ini', { 'requirements.txt': '' }, { onPath: mypyOnPath, mypyIni: '[mypy]\n' }, `/usr/bin/mypy ${MYPY_ARGS} app`],
    ['[tool.mypy]', { 'pyproject.toml': '[tool.mypy]\nstrict = true\n' }, { onPath: mypyOnPath }, `/usr/bin/mypy ${MYPY_ARGS} app`],
    ['setup.cfg [mypy]', { 'requirements.txt': '' }, { onPath: mypyOnPath, setupCfg: '[mypy]\nstrict = True\n' }, `/usr/bin/mypy ${MYPY_ARGS} app`],
    ['requirements-dev.txt', { 'requirements.txt': '', 'requirements-dev.txt': 'pytest\nmypy==1.10\n' }, { onPath: mypyOnPath }, `/usr/bin/mypy ${MYPY_ARGS} app`],
    ['dev-requirements.txt', { 'requirements.txt': '', 'dev-requirements.txt': 'mypy>=1\n' }, { onPath: mypyOnPath }, `/usr/bin/mypy ${MYPY_ARGS} app`],
    ['a Poetry dev group', { 'pyproject.toml': '[tool.poetry.group.dev.dependencies]\nmypy = "^1"\n' }, { onPath: mypyOnPath }, `/usr/bin/mypy ${MYPY_ARGS} app`],
    ['optional-dependencies', { 'pyproject.toml': '[project]\nname = "app"\n[project.optional-dependencies]\ndev = ["mypy", "pytest"]\n' }, { onPath: mypyOnPath }, `/usr/bin/mypy ${MYPY_ARGS} app`],
    [
      'the dev requirements name it, not installed: a failed check',
      { 'requirements.txt': '', 'requirements-dev.txt': 'mypy\n' },
      {},
      "unavailable: the project names mypy in its development requirements, but mypy is not installed in ./.venv nor on PATH: add mypy to the project's development requirements (pip install mypy, poetry add --group dev mypy)",
    ],
  ])('type-check when %s', (_name, files, options, expected) => {
    const planned = planChecks({ ...facts(files, { packageFolders: ['app'], ...options }), setupCfg: options.setupCfg }, {});
    expect(lines(planned).find((line) => line.startsWith('type-check'))).toBe(`type-check (mypy): ${expected}`);
  });

  it('type-check asked for runs mypy where nothing names it, and refuses when it is not installed', () => {
    expect(lines(planChecks(facts({ 'requirements.txt': '' }, { packageFolders: ['app'], onPath: mypyOnPath }), { requested: ['type-check'] }))).toEqual([`type-check (mypy): /usr/bin/mypy ${MYPY_ARGS} app`]);
    expect(() => planChecks(facts({ 'requirements.txt': '' }, { packageFolders: ['app'] }), { requested: ['type-check'] })).toThrow(
      "Input 'checks' asks for 'type-check', but mypy is not installed in /repo/app/.venv nor on PATH: add mypy to the project's development requirements (pip install mypy, poetry add --group dev mypy).",
    );
  });

  it('refuses a check asked for whose tool is not installed, saying how to install it', () => {
    expect(() => planChecks(facts({ 'requirements.txt': '' }, { packageFolders: ['app'] }), { requested: ['audit'] })).toThrow(
      "Input 'checks' asks for 'audit', but pip-audit is not installed in /repo/app/.venv nor on PATH: install pip-audit (pip install pip-audit) in the venv or on PATH.",
    );
    expect(() => planChecks(facts({ 'requirements.txt': '' }, { packageFolders: ['app'] }), { requested: ['lint'] })).toThrow(
      "Input 'checks' asks for 'lint', but no Python linter is configured: add a [tool.ruff] section to pyproject.toml (or a [flake8] section to setup.cfg, [tool.pylint] or a .pylintrc for pylint, [tool.black] for black --check), with the tool among the development requirements.",
    );
  });

  it.each([
    ['[tool.mypy] files', { 'pyproject.toml': '[tool.mypy]\nfiles = ["app"]\n' }, {}, true],
    ['mypy.ini files', { 'requirements.txt': '' }, { mypyIni: '[mypy]\nfiles = app, tools\n\n[mypy-requests.*]\nignore_missing_imports = True\n' }, true],
    ['setup.cfg [mypy] files', { 'requirements.txt': '' }, { setupCfg: '[metadata]\nname = x\n[mypy]\nfiles = app\n' }, true],
    ['files in another section only', { 'requirements.txt': '' }, { setupCfg: '[mypy]\nstrict = True\n[tool:pytest]\nfiles = x\n' }, false],
  ] as const)("passes mypy no targets when %s names them (the project's configuration holds)", (_name, files, config, configured) => {
    const planned = planChecks(facts(files, { ...config, onPath: new Map([['mypy', '/usr/bin/mypy']]), packageFolders: ['app'] }), { requested: ['type-check'] });
    expect(lines(planned)[0].endsWith(' app')).toBe(!configured);
  });

  it.each([
    ['setuptools find where', '[tool.setuptools.packages.find]\nwhere = ["lib", "src"]\n', [], ['lib', 'src']],
    ['setuptools packages with a package-dir', '[tool.setuptools]\npackages = ["acme.core", "acme.cli"]\npackage-dir = {"" = "python"}\n', [], ['python/acme']],
    ['Poetry packages', '[tool.poetry]\nname = "x"\npackages = [{ include = "service", from = "src" }]\n', [], ['src/service']],
    ['top-level packages, not tests or docs', '[project]\nname = "x"\n', ['service', 'tests', 'docs'], ['service']],
  ])('finds the code to check from %s', (_name, text, packageFolders, expected) => {
    expect(pythonTargets(facts({ 'pyproject.toml': text }, { packageFolders }))).toEqual(expected);
  });
});

describe('planChecks: the Python linters the project configures (issue 7, item 6)', () => {
  const plan = (files: Record<string, string>, options: Partial<Omit<QualityFacts, 'snapshot'>> = {}): string[] =>
    lines(planChecks({ ...facts({ 'requirements.txt': '', ...files }, { packageFolders: ['app'], ...options }), setupCfg: files['setup.cfg'], toxIni: files['tox.ini'], ...options }, { requested: ['lint'] }));
  const onPath = new Map([['pylint', '/usr/bin/pylint'], ['flake8', '/usr/bin/flake8'], ['black', '/usr/bin/black'], ['ruff', '/usr/bin/ruff']]);
  const EXCLUDES = '--extend-exclude=.venv,venv,.tox,.nox,.eggs,node_modules,build,dist,__pycache__';

  it('flake8 (setup.cfg) and black ([tool.black]): both run, pylint does not', () => {
    expect(plan({ 'setup.cfg': '[metadata]\nname = app\n\n[flake8]\nmax-line-length = 100\n', 'pyproject.toml': '[tool.black]\nline-length = 100\n' }, { onPath })).toEqual([
      `lint (flake8): /usr/bin/flake8 --format=default ${EXCLUDES} .`,
      'lint (black): /usr/bin/black --check --no-color .',
    ]);
  });

  it.each([
    ['.flake8', { '.flake8': '[flake8]\n' }, 'flake8'],
    ['tox.ini [flake8]', { 'tox.ini': '[tox]\nenvlist = py3\n[flake8]\nignore = E501\n' }, 'flake8'],
    ['.pylintrc', { '.pylintrc': '[MAIN]\n' }, 'pylint'],
    ['setup.cfg [pylint.messages_control]', { 'setup.cfg': '[pylint.messages_control]\ndisable = C0114\n' }, 'pylint'],
    ['ruff.toml', { 'ruff.toml': 'line-length = 100\n' }, 'ruff'],
    ['the dev requirements only', { 'requirements-dev.txt': '# tools\nblack==24.1.0\nflake8>=7\npytest\n' }, 'flake8,black'],
    ['a [dependency-groups] dev group only', { 'pyproject.toml': '[dependency-groups]\ndev = ["ruff>=0.5", "pytest"]\n' }, 'ruff'],
    ['Poetry dev group only', { 'pyproject.toml': '[tool.poetry.group.dev.dependencies]\npylint = "^3"\n' }, 'pylint'],
  ])('configured in %s: %s', (_name, files, tools) => {
    expect(plan(files, { onPath }).map((line) => /^lint \((\w+)\)/.exec(line)?.[1]).join(',')).toBe(tools);
  });

  it('no linter configured: skipped with how to turn one on (never pylint by default)', () => {
    const planned = planChecks(facts({ 'pyproject.toml': '[project]\nname = "app"\n' }, { packageFolders: ['app'], onPath }), {});
    expect(lines(planned)[0]).toBe(
      'lint (python): skipped: no Python linter is configured: add a [tool.ruff] section to pyproject.toml (or a [flake8] section to setup.cfg, [tool.pylint] or a .pylintrc for pylint, [tool.black] for black --check), with the tool among the development requirements',
    );
  });

  it("the venv's linters first; pylint from PATH sees the venv's site-packages through --init-hook", () => {
    const files = { '.pylintrc': '', 'setup.cfg': '[flake8]\n' };
    expect(plan(files, { onPath, projectExecutables: new Set(['.venv/bin/python']), venvModules: new Set(['flake8']), venvSitePackages: ['/repo/app/.venv/lib/python3.11/site-packages'] })).toEqual([
      `lint (flake8): ./.venv/bin/python -m flake8 --format=default ${EXCLUDES} .`,
      'lint (pylint): /usr/bin/pylint --init-hook=import sys; sys.path.extend(["./.venv/lib/python3.11/site-packages"]) --output-format=json --recursive=y app',
    ]);
  });

  it('a configured linter that is not installed: a failed check that says how to install it', () => {
    expect(plan({ 'setup.cfg': '[flake8]\n' })).toEqual([
      "lint (flake8): unavailable: the project configures flake8 (setup.cfg [flake8]), but flake8 is not installed in ./.venv nor on PATH: add flake8 to the project's development requirements (pip install flake8, poetry add --group dev flake8)",
    ]);
  });
});

describe('planChecks: a solution-style tsconfig (issue 7, item 3)', () => {
  const plan = (configs: Record<string, string>): string[] =>
    lines(planChecks({ ...facts({ 'package.json': withoutScripts, 'tsconfig.json': configs['tsconfig.json'] }, { projectExecutables: NODE_BINS }), tsconfigs: new Map(Object.entries(configs)) }, { requested: ['type-check'] }));

  it("Vite's layout (files: [] with references to app and node configs, comments, trailing commas): tsc -b --noEmit over every reference", () => {
    expect(
      plan({
        'tsconfig.json': '{\n  // the solution\n  "files": [],\n  "references": [{ "path": "./tsconfig.app.json" }, { "path": "./tsconfig.node.json" },],\n}\n',
        'tsconfig.app.json': '{ "compilerOptions": { "noEmit": true }, "include": ["src"] }',
        'tsconfig.node.json': '{ "compilerOptions": { "noEmit": true }, "include": ["vite.config.ts"] }',
      }),
    ).toEqual(['type-check (tsc -b --noEmit): ./node_modules/.bin/tsc -b . --noEmit --force --pretty false --listFiles']);
  });

  it("nx's layout (composite projects that reference each other): tsc -b emitting, since --noEmit is refused there (TS6310)", () => {
    expect(
      plan({
        'tsconfig.json': '{ "files": [], "references": [{ "path": "./libs/util" }, { "path": "./apps/api" }] }',
        'libs/util/tsconfig.json': '{ "compilerOptions": { "composite": true }, "include": ["src"] }',
        'apps/api/tsconfig.json': '{ "compilerOptions": { "composite": true }, "include": ["src"], "references": [{ "path": "../../libs/util" }] }',
      }),
    ).toEqual(['type-check (tsc -b): ./node_modules/.bin/tsc -b . --force --pretty false --listFiles']);
  });

  it('an ordinary tsconfig (include, or files listed): tsc -p .', () => {
    expect(plan({ 'tsconfig.json': '{ "include": ["src"], "references": [{ "path": "./tools" }] }' })).toEqual([
      'type-check (tsc): ./node_modules/.bin/tsc --noEmit --pretty false --listFiles -p .',
    ]);
  });
});

describe('planChecks: biome configured without a lint script (issue 7, item 5)', () => {
  it('runs biome lint (read-only) from node_modules/.bin', () => {
    const planned = planChecks(facts({ 'package.json': withoutScripts, 'biome.json': '{}' }, { projectExecutables: new Set(['node_modules/.bin/biome']) }), { requested: ['lint'] });
    expect(lines(planned)).toEqual(['lint (biome lint): ./node_modules/.bin/biome lint .']);
  });

  it('ESLint configured too: ESLint, as before', () => {
    const planned = planChecks(facts({ 'package.json': withoutScripts, 'biome.json': '{}', 'eslint.config.js': '' }, { projectExecutables: NODE_BINS }), { requested: ['lint'] });
    expect(lines(planned)).toEqual(['lint (eslint): ./node_modules/.bin/eslint -f json .']);
  });
});

describe('planChecks: a type-check script that cannot check a solution-style tsconfig (issue 7, item 3)', () => {
  const solution = '{ "files": [], "references": [{ "path": "./tsconfig.app.json" }] }';
  const plan = (typeCheck: string) =>
    planChecks(
      { ...facts({ 'package.json': packageJson({ name: 'app', scripts: { 'type-check': typeCheck } }), 'tsconfig.json': solution }, { projectExecutables: NODE_BINS }), tsconfigs: new Map([['tsconfig.json', solution]]) },
      { requested: ['type-check'] },
    )[0];

  it("'tsc --noEmit': the script runs, with an error on tsconfig.json that says it checks nothing and what to use", () => {
    const check = plan('tsc --noEmit');
    expect(check.kind === 'command' ? check.knownFindings?.map((finding) => [finding.file, finding.rule, finding.message.slice(0, 60)]) : undefined).toEqual([
      ['tsconfig.json', 'solution-tsconfig', "the 'type-check' script runs 'tsc --noEmit', which checks no"],
    ]);
  });

  it.each(['tsc -b', 'tsc --build --noEmit', 'tsc --noEmit -p tsconfig.app.json', 'vue-tsc -b', 'tsc --noEmit && tsc -p tsconfig.app.json'])("'%s': no such finding", (script) => {
    const check = plan(script);
    expect(check.kind === 'command' ? check.knownFindings : 'not a command').toBeUndefined();
  });
});
