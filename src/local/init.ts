import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { initFiles, requirementsFindLinks, type InitFile, type ServiceFacts } from '../core/local/init-templates.js';
import { readPackageJson, readPyproject, type JsonObject } from '../core/project-snapshot.js';
import { isDirectory, readProjectSnapshot, readTextIfExists } from '../runtime/files/file-system.js';
import type { RunCommand } from '../runtime/process/run-command.js';

async function serviceFacts(directory: string): Promise<ServiceFacts> {
  const snapshot = await readProjectSnapshot(directory);
  if (snapshot.entries.has('package.json')) {
    return {
      kind: 'node',
      packageJson: readPackageJson(snapshot) ?? {},
      manager: snapshot.entries.has('pnpm-lock.yaml') ? 'pnpm' : snapshot.entries.has('yarn.lock') ? 'yarn' : 'npm',
      nodeVersionFile: (await readTextIfExists(path.join(directory, '.nvmrc'))) ?? (await readTextIfExists(path.join(directory, '.node-version'))),
    };
  }
  if (snapshot.entries.has('pyproject.toml') || snapshot.entries.has('setup.py') || snapshot.entries.has('requirements.txt')) {
    const pyproject = readPyproject(snapshot) ?? {};
    const project = (pyproject.project ?? {}) as JsonObject;
    const requirements = await readTextIfExists(path.join(directory, 'requirements.txt'));
    const findLinks: string[] = [];
    for (const folder of requirementsFindLinks(requirements ?? '')) if (await isDirectory(path.join(directory, folder))) findLinks.push(folder);
    const mainPackages: string[] = [];
    for (const entry of (await readdir(directory, { withFileTypes: true })).filter((item) => item.isDirectory()).map((item) => item.name).sort()) {
      if (!entry.startsWith('.') && entry !== 'tests' && (await readTextIfExists(path.join(directory, entry, '__main__.py'))) !== undefined) mainPackages.push(entry);
    }
    return {
      kind: 'python',
      projectName: typeof project.name === 'string' ? project.name : undefined,
      scripts: Object.keys((project.scripts ?? {}) as JsonObject),
      installable: snapshot.entries.has('setup.py') || pyproject['build-system'] !== undefined,
      requirements: requirements !== undefined,
      findLinks,
      mainPackages,
      requiresPython: typeof project['requires-python'] === 'string' ? project['requires-python'] : undefined,
    };
  }
  throw new ConfigurationError(`No service to onboard in ${directory}: looked for package.json, pyproject.toml, setup.py and requirements.txt.`);
}

/** Writes `file` under `root` unless something is there already; says which. */
async function writeNew(root: string, file: InitFile, say: (line: string) => void): Promise<boolean> {
  const target = path.join(root, file.path);
  if ((await readTextIfExists(target).catch(() => '')) !== undefined || (await isDirectory(target))) {
    say(`kept     ${target} (it exists; init never overwrites a file)`);
    return false;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, file.content, { flag: 'wx' });
  say(`wrote    ${target}`);
  return true;
}

/**
 * `build-actions init DIR`: the workflow at the repository's root (GitHub reads workflows there only), the
 * Dockerfile and .dockerignore in the service when it has no Dockerfile. Returns the files written.
 */
export async function initService(run: RunCommand, directory: string, say: (line: string) => void): Promise<string[]> {
  if (!(await isDirectory(directory))) throw new ConfigurationError(`init: ${directory} is not a directory. Give the folder of the service.`);
  const facts = await serviceFacts(directory);
  const top = await run('git', ['rev-parse', '--show-toplevel'], { cwd: directory, silent: true });
  const root = top.exitCode === 0 && top.stdout.trim() !== '' ? top.stdout.trim() : directory;
  const workingDirectory = path.relative(root, directory).split(path.sep).join('/');
  const hasDockerfile = (await readTextIfExists(path.join(directory, 'Dockerfile'))) !== undefined;
  const { workflow, service } = initFiles(facts, workingDirectory, hasDockerfile);
  say(`${directory}: a ${facts.kind === 'node' ? 'Node' : 'Python'} service${root !== directory ? ` in the repository at ${root}` : ''}.`);
  const written: string[] = [];
  const review: string[] = [];
  for (const [where, file] of [[root, workflow], ...service.map((item) => [directory, item] as const)] as const) {
    if (await writeNew(where, file, say)) {
      written.push(path.join(where, file.path));
      review.push(...file.review);
    }
  }
  if (hasDockerfile) say(`kept     ${path.join(directory, 'Dockerfile')} (the service has one: no Dockerfile or .dockerignore written)`);
  if (review.length > 0) say(['', 'To review before committing:', ...review.map((line) => `  - ${line}`)].join('\n'));
  return written;
}
