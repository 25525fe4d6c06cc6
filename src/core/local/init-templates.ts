/**
 * `build-actions init`: the files that onboard a service, decided from what the service has. Pure: the caller
 * reads the facts and writes the files (never over an existing one).
 */
export type ServiceKind = 'node' | 'python';

export interface NodeFacts {
  kind: 'node';
  packageJson: { main?: unknown; scripts?: Record<string, unknown>; engines?: { node?: unknown } };
  /** npm, yarn or pnpm, from the lockfile. */
  manager: 'npm' | 'yarn' | 'pnpm';
  /** .nvmrc or .node-version text, when there is one. */
  nodeVersionFile?: string;
}

export interface PythonFacts {
  kind: 'python';
  /** [project] name and [project.scripts] names, from pyproject.toml. */
  projectName?: string;
  scripts: string[];
  /** Whether pyproject.toml (with a [build-system] or [project]) or setup.py makes the project installable. */
  installable: boolean;
  /** requirements.txt at the top, and the local folders it names with --find-links / -f. */
  requirements: boolean;
  findLinks: string[];
  /** Top-level packages that have a __main__.py (runnable with python -m). */
  mainPackages: string[];
  /** requires-python, when declared. */
  requiresPython?: string;
}

export type ServiceFacts = NodeFacts | PythonFacts;

export interface InitFile {
  /** Path relative to where it is written (the repository root for the workflow, the service for the others). */
  path: string;
  content: string;
  /** What a person should check before committing it. */
  review: string[];
}

const DEFAULT_NODE_MAJOR = 24;
const PYTHON_IMAGE = '3.12';

/** The Node major for the image: .nvmrc / .node-version first, then the lowest major engines.node allows, else the current LTS. */
export function nodeMajor(facts: NodeFacts): { major: number; from: string } {
  const file = /^\s*v?(\d+)/.exec(facts.nodeVersionFile ?? '');
  if (file) return { major: Number(file[1]), from: 'the project\'s .nvmrc / .node-version' };
  const engines = typeof facts.packageJson.engines?.node === 'string' ? facts.packageJson.engines.node : undefined;
  const floor = engines === undefined ? undefined : /(\d+)/.exec(engines);
  if (floor && Number(floor[1]) >= 18) return { major: Math.max(Number(floor[1]), DEFAULT_NODE_MAJOR), from: `engines.node '${engines}' (the newest LTS it allows)` };
  return { major: DEFAULT_NODE_MAJOR, from: 'the current LTS (the project names no Node version)' };
}

const NODE_COMMANDS = {
  npm: { setup: '', lockfiles: ['package.json', 'package-lock.json'], install: 'npm ci', production: 'npm ci --omit=dev', run: 'npm run' },
  yarn: { setup: 'RUN corepack enable\n', lockfiles: ['package.json', 'yarn.lock'], install: 'yarn install --frozen-lockfile', production: 'yarn install --frozen-lockfile --production', run: 'yarn run' },
  pnpm: { setup: 'RUN corepack enable\n', lockfiles: ['package.json', 'pnpm-lock.yaml'], install: 'pnpm install --frozen-lockfile', production: 'pnpm install --frozen-lockfile --prod', run: 'pnpm run' },
} as const;

/** CMD as an exec-form array: a plain `node FILE` start script, else main, else `<manager> start`. */
export function nodeCommand(facts: NodeFacts): { cmd: string[]; from: string } {
  const start = typeof facts.packageJson.scripts?.start === 'string' ? facts.packageJson.scripts.start : undefined;
  const plain = start === undefined ? undefined : /^node\s+([\w./@-]+)$/.exec(start.trim());
  if (plain) return { cmd: ['node', plain[1]], from: `the start script ('${start}')` };
  if (typeof facts.packageJson.main === 'string' && facts.packageJson.main !== '') return { cmd: ['node', facts.packageJson.main], from: `package.json main (${facts.packageJson.main})` };
  if (start !== undefined) return { cmd: [facts.manager, 'start'], from: `the start script ('${start}'), through ${facts.manager}` };
  return { cmd: ['node', 'index.js'], from: 'a guess (no start script, no main): set the command' };
}

/** The folder the build writes the entry point to (dist/server.js -> dist), when there is a build. */
function outputFolder(cmd: string[]): string | undefined {
  const file = cmd[0] === 'node' ? cmd[1] : undefined;
  const first = file?.replace(/^\.\//, '').split('/');
  return first !== undefined && first.length > 1 ? first[0] : undefined;
}

const json = (value: unknown): string => JSON.stringify(value);

export function nodeDockerfile(facts: NodeFacts): InitFile {
  const tools = NODE_COMMANDS[facts.manager];
  const { major, from } = nodeMajor(facts);
  const command = nodeCommand(facts);
  const hasBuild = typeof facts.packageJson.scripts?.build === 'string';
  const output = hasBuild ? outputFolder(command.cmd) : undefined;
  const base = `node:${major}-slim`;
  const review = [`Dockerfile: base image ${base}, from ${from}.`, `Dockerfile: CMD ${json(command.cmd)}, from ${command.from}.`];
  const lines = [
    '# syntax=docker/dockerfile:1',
    '# Written by build-actions init: a multi-stage build, so the build has its dev dependencies and the image only production ones.',
    `FROM ${base} AS deps`,
    'WORKDIR /app',
    `${tools.setup}COPY ${tools.lockfiles.join(' ')} ./`,
    `RUN ${tools.install}`,
    '',
    'FROM deps AS build',
    'COPY . .',
    hasBuild ? `RUN ${tools.run} build` : '# no build script: the sources run as they are',
    '',
    `FROM ${base} AS runtime`,
    'ENV NODE_ENV=production',
    'WORKDIR /app',
    `${tools.setup}COPY ${tools.lockfiles.join(' ')} ./`,
    `RUN ${tools.production}`,
  ];
  if (output !== undefined) {
    lines.push(`COPY --from=build /app/${output} ./${output}`);
    review.push(`Dockerfile: the image gets ${output}/ from the build stage (where the entry point is); add any other file it reads at run time.`);
  } else {
    lines.push('COPY . .');
    review.push(hasBuild ? 'Dockerfile: the entry point is not in a build output folder, so the image gets the sources; copy the build output instead if it runs from one.' : 'Dockerfile: the image gets the sources (no build script).');
  }
  lines.push('USER node', `CMD ${json(command.cmd)}`, '');
  return { path: 'Dockerfile', content: lines.join('\n'), review };
}

/** The command the image runs: the first [project.scripts] entry, else `python -m` the package with a __main__.py, else the project's name. */
export function pythonCommand(facts: PythonFacts): { cmd: string[]; from: string; needsInstall: boolean } {
  if (facts.scripts.length > 0) return { cmd: [facts.scripts[0]], from: `[project.scripts] ${facts.scripts[0]}`, needsInstall: true };
  if (facts.mainPackages.length > 0) return { cmd: ['python', '-m', facts.mainPackages[0]], from: `${facts.mainPackages[0]}/__main__.py`, needsInstall: false };
  const guess = (facts.projectName ?? 'app').replace(/[-.]/g, '_').toLowerCase();
  return { cmd: ['python', '-m', guess], from: 'a guess from the project name (no [project.scripts], no package with __main__.py): set the command', needsInstall: false };
}

export function pythonDockerfile(facts: PythonFacts): InitFile {
  const command = pythonCommand(facts);
  const base = `python:${PYTHON_IMAGE}-slim`;
  const review = [
    `Dockerfile: base image ${base}${facts.requiresPython ? ` (requires-python '${facts.requiresPython}')` : ''}.`,
    `Dockerfile: CMD ${json(command.cmd)}, from ${command.from}.`,
  ];
  const lines = [
    '# syntax=docker/dockerfile:1',
    '# Written by build-actions init.',
    `FROM ${base}`,
    'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1',
    'WORKDIR /app',
    'RUN useradd --create-home --uid 10001 app',
  ];
  if (facts.requirements) {
    // Only what the install reads first, so the dependency layer is reused until requirements.txt changes.
    lines.push('COPY requirements.txt ./');
    for (const folder of facts.findLinks) lines.push(`COPY ${folder} ./${folder}`);
    lines.push('RUN pip install -r requirements.txt', 'COPY . .');
    if (command.needsInstall && facts.installable) lines.push('RUN pip install --no-deps .');
  } else if (facts.installable) {
    lines.push('COPY . .', 'RUN pip install .');
  } else {
    lines.push('COPY . .');
    review.push('Dockerfile: the service has neither requirements.txt nor an installable pyproject.toml/setup.py: add its dependencies.');
  }
  lines.push('USER app', `CMD ${json(command.cmd)}`, '');
  return { path: 'Dockerfile', content: lines.join('\n'), review };
}

export function dockerignore(kind: ServiceKind): InitFile {
  const common = ['.git', '.github', 'Dockerfile', '.dockerignore', '*.log', '.env', '.env.*', 'coverage', 'test-results', 'artifacts'];
  const own = kind === 'node' ? ['node_modules', 'dist', 'build', '.npm'] : ['.venv', 'venv', '__pycache__', '*.pyc', '.pytest_cache', '.mypy_cache', '.ruff_cache', 'dist', 'build', '*.egg-info'];
  return {
    path: '.dockerignore',
    content: `# Written by build-actions init: what the image build never needs (and secrets it must not get).\n${[...common, ...own].join('\n')}\n`,
    review: ['.dockerignore: add anything else local that must not reach the image (keys, data files).'],
  };
}

/** The reusable workflow of a kind. */
export function workflowFile(kind: ServiceKind): string {
  return kind === 'node' ? 'node-service.yml' : 'python-service.yml';
}

/** `.github/workflows/ci.yml` calling the reusable workflow; `workingDirectory` is the service relative to the repository root. */
export function ciWorkflow(kind: ServiceKind, workingDirectory: string, ref = 'v1'): InitFile {
  const folder = workingDirectory === '' ? '.' : workingDirectory;
  const content = [
    '# Written by build-actions init: the whole CI of this service (dependencies, quality checks, tests, build, image).',
    'name: ci',
    'on:',
    '  push:',
    '    branches: [main]',
    "    tags: ['v*']",
    '  pull_request:',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  ci:',
    `    uses: org/build-actions/.github/workflows/${workflowFile(kind)}@${ref}`,
    '    permissions:',
    '      contents: read',
    '      packages: write # the publish job pushes the image to ghcr.io; GitHub wants the caller to grant it',
    '    with:',
    `      working-directory: ${json(folder)}`,
    '',
  ].join('\n');
  return {
    path: '.github/workflows/ci.yml',
    content,
    review: [
      `ci.yml: 'org/build-actions' stands for your organisation's copy of build-actions; '@${ref}' is the release it runs.`,
      'ci.yml: the image is pushed from the default branch (main) and tags v*; set publish: false to never push, test-shards to split the tests.',
    ],
  };
}

/** Every file init would write for the service, in order. `hasDockerfile`: the service has one already. */
export function initFiles(facts: ServiceFacts, workingDirectory: string, hasDockerfile: boolean): { workflow: InitFile; service: InitFile[] } {
  const service = hasDockerfile ? [] : [facts.kind === 'node' ? nodeDockerfile(facts) : pythonDockerfile(facts), dockerignore(facts.kind)];
  return { workflow: ciWorkflow(facts.kind, workingDirectory), service };
}

/** The relative folders a requirements file names with --find-links / -f (URLs and absolute paths are not copied). */
export function requirementsFindLinks(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:--find-links(?:\s*=\s*|\s+)|-f\s*)(\S+)/.exec(line);
    if (match && !/^[a-z+]+:\/\//i.test(match[1]) && !match[1].startsWith('/')) found.push(match[1].replace(/\/$/, ''));
  }
  return [...new Set(found)];
}
