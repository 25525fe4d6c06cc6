import { VENV_FOLDER, venvPython } from '../../core/python-venv.js';
import { access, constants, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PythonTool, QualityFacts } from '../../core/quality/check-plan.js';
import { referencedConfig, tsconfigShape } from '../../core/quality/tsconfig.js';
import type { ProjectSnapshot } from '../../core/project-snapshot.js';
import { readTextIfExists } from '../files/file-system.js';
import type { RunCommand } from '../process/run-command.js';

const PROJECT_EXECUTABLES = [
  'node_modules/.bin/eslint',
  'node_modules/.bin/tsc',
  'node_modules/.bin/biome',
  '.venv/bin/python',
  '.venv/bin/pylint',
  '.venv/bin/mypy',
  '.venv/bin/ruff',
  '.venv/bin/flake8',
  '.venv/bin/black',
  '.venv/bin/pip-audit',
];
const PATH_TOOLS: PythonTool[] = ['pylint', 'mypy', 'ruff', 'flake8', 'black', 'pip-audit'];
const VENV_MODULES = ['pylint', 'mypy', 'ruff', 'flake8', 'black', 'pip_audit'];

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The first executable named `name` in the PATH entries. */
export async function findOnPath(name: string, searchPath: string | undefined): Promise<string | undefined> {
  for (const entry of (searchPath ?? '').split(path.delimiter).filter((part) => part !== '')) {
    const candidate = path.join(entry, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** What is installed for the project: its own tools (node_modules/.bin, .venv), the venv's modules, and tools on PATH. */
export async function probeQualityTools(run: RunCommand, snapshot: ProjectSnapshot, searchPath: string | undefined): Promise<QualityFacts> {
  const directory = snapshot.directory;
  const projectExecutables = new Set<string>();
  await Promise.all(
    PROJECT_EXECUTABLES.map(async (relative) => {
      if (await isExecutable(path.join(directory, relative))) projectExecutables.add(relative);
    }),
  );
  const venvModules = new Set<string>();
  const venvSitePackages: string[] = [];
  if (projectExecutables.has('.venv/bin/python')) {
    const script =
      `import importlib.util,json,site;print(json.dumps({"modules":[m for m in ${JSON.stringify(VENV_MODULES)} if importlib.util.find_spec(m)],` +
      `"site":site.getsitepackages()}))`;
    const result = await run(venvPython(path.join(directory, VENV_FOLDER)), ['-c', script], { cwd: directory, silent: true });
    if (result.exitCode === 0) {
      try {
        const answer = JSON.parse(result.stdout.trim().split(/\r?\n/).pop() ?? '{}') as { modules?: string[]; site?: string[] };
        for (const name of answer.modules ?? []) venvModules.add(name);
        venvSitePackages.push(...(answer.site ?? []).filter((folder) => folder.startsWith(directory)));
      } catch {
        // an interpreter that prints something else: its modules stay unknown, PATH is tried
      }
    }
  }
  const onPath = new Map<string, string>();
  for (const tool of PATH_TOOLS) {
    const found = await findOnPath(tool, searchPath);
    if (found !== undefined) onPath.set(tool, found);
  }
  const packageFolders: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    if (entry.isDirectory() && (await isFile(path.join(directory, entry.name, '__init__.py')))) packageFolders.push(entry.name);
  }
  return {
    snapshot,
    setupCfg: snapshot.entries.has('setup.cfg') ? await readTextIfExists(path.join(directory, 'setup.cfg')) : undefined,
    tsconfigs: snapshot.entries.has('tsconfig.json') ? await readTsconfigs(directory) : undefined,
    toxIni: snapshot.entries.has('tox.ini') ? await readTextIfExists(path.join(directory, 'tox.ini')) : undefined,
    venvSitePackages,
    mypyIni: (await readTextIfExists(path.join(directory, 'mypy.ini'))) ?? (await readTextIfExists(path.join(directory, '.mypy.ini'))),
    projectExecutables,
    venvModules,
    onPath,
    packageFolders: packageFolders.sort(),
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** tsconfig.json and every config it references, transitively (at most 500), by path relative to the project. */
async function readTsconfigs(directory: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const queue = ['tsconfig.json'];
  while (queue.length > 0 && texts.size < 500) {
    const config = queue.shift()!;
    if (texts.has(config) || config.startsWith('../')) continue;
    const text = await readTextIfExists(path.join(directory, config));
    if (text === undefined) continue;
    texts.set(config, text);
    for (const reference of tsconfigShape(text)?.references ?? []) queue.push(referencedConfig(config, reference));
  }
  return texts;
}
