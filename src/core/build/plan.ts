import { ConfigurationError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { PackageManagerName } from '../deps/package-managers.js';
import { objectAt, readPackageJson, readPyproject, stringAt, type JsonObject, type ProjectSnapshot } from '../project-snapshot.js';
import { configFindings } from '../quality/config-sanity.js';

/** One package of the build: the project itself, or a member of its workspace. */
export interface BuildMember {
  /** Relative to the project folder ('.' for the project itself). */
  directory: string;
  name: string;
  packageJson: JsonObject;
}

export type NodeManager = Extract<PackageManagerName, 'npm' | 'yarn' | 'pnpm'>;

export function scriptsOf(packageJson: JsonObject): Record<string, string> {
  const scripts = objectAt(packageJson, 'scripts') ?? {};
  return Object.fromEntries(Object.entries(scripts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The workspace patterns of package.json (`workspaces` as a list or `{ packages }`) or pnpm-workspace.yaml. */
export function workspacePatterns(snapshot: ProjectSnapshot): string[] {
  const packageJson = readPackageJson(snapshot) ?? {};
  const field = packageJson.workspaces;
  const list = Array.isArray(field) ? field : (objectAt(packageJson, 'workspaces')?.packages as unknown);
  const patterns = Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  const pnpm = snapshot.texts.get('pnpm-workspace.yaml');
  if (pnpm !== undefined) {
    // The packages list of pnpm-workspace.yaml: `- 'pattern'` lines under `packages:` (a full YAML parser is not needed).
    let inPackages = false;
    for (const line of pnpm.split(/\r?\n/)) {
      if (/^packages:\s*$/.test(line)) inPackages = true;
      else if (/^\S/.test(line)) inPackages = false;
      else if (inPackages) {
        const item = /^\s+-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line)?.[1];
        if (item !== undefined && !item.startsWith('!')) patterns.push(item);
      }
    }
  }
  return [...new Set(patterns)];
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** For each member, the other members it depends on (by package name, in any dependency field). */
export function memberDependencies(members: readonly BuildMember[]): Map<string, string[]> {
  const byName = new Map(members.map((member) => [member.name, member]));
  const graph = new Map<string, string[]>();
  for (const member of members) {
    const needs = new Set<string>();
    for (const field of DEPENDENCY_FIELDS) {
      for (const name of Object.keys(objectAt(member.packageJson, field) ?? {})) {
        if (name !== member.name && byName.has(name)) needs.add(name);
      }
    }
    graph.set(member.name, [...needs].sort());
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string, trail: string[]): void => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new ConfigurationError(`The workspace members depend on each other in a cycle (${[...trail, name].join(' → ')}): no build order exists. Break the cycle.`);
    visiting.add(name);
    for (const next of graph.get(name) ?? []) visit(next, [...trail, name]);
    visiting.delete(name);
    done.add(name);
  };
  for (const name of graph.keys()) visit(name, []);
  return graph;
}

/**
 * Runs `task` for every node once all the nodes it depends on have finished, at most `maxParallel` at a time,
 * ready nodes in the order given. A failed task stops new ones from starting; those running finish, then the
 * first failure is thrown. Returns the order the tasks started in.
 */
export async function runInDependencyOrder(
  nodes: readonly string[],
  dependencies: ReadonlyMap<string, readonly string[]>,
  maxParallel: number,
  task: (node: string) => Promise<void>,
): Promise<string[]> {
  const started: string[] = [];
  const finished = new Set<string>();
  const pending = [...nodes];
  const running = new Map<string, Promise<void>>();
  let failure: { error: unknown } | undefined;
  const limit = Math.max(1, Math.floor(maxParallel));
  while (pending.length > 0 || running.size > 0) {
    while (!failure && running.size < limit) {
      const index = pending.findIndex((node) => (dependencies.get(node) ?? []).every((need) => finished.has(need) || !nodes.includes(need)));
      if (index < 0) break;
      const [node] = pending.splice(index, 1);
      started.push(node);
      running.set(
        node,
        task(node).then(
          () => void finished.add(node),
          (error: unknown) => void (failure ??= { error }),
        ).finally(() => void running.delete(node)),
      );
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  if (failure) throw failure.error;
  return started;
}

export function buildCommand(manager: NodeManager, script: string): { command: string; args: string[] } {
  return { command: manager, args: ['run', script] };
}

/** The pack command, writing the tarball into `destination` (an absolute folder). */
export function packCommand(manager: NodeManager, destination: string, fileName: string): { command: string; args: string[] } {
  if (manager === 'yarn') return { command: 'yarn', args: ['pack', '--filename', `${destination}/${fileName}`] };
  return { command: manager, args: ['pack', '--pack-destination', destination] };
}

/** npm's tarball name: `@scope/name` → `scope-name`, then `-version.tgz`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`;
}

/** tsconfig.json is JSON with comments and trailing commas: both are removed (outside strings) before parsing. */
export function parseJsonc(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      out += char;
      if (char === '\\') out += text[++i] ?? '';
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
      out += '\n';
    } else if (char === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i += 1;
      i += 1;
    } else out += char;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

/** A TypeScript build runs when there is a build script and a tsconfig.json (tsc, tsup, vite and esbuild all read it). */
export function runsTypeScript(scriptText: string | undefined, snapshot: ProjectSnapshot): boolean {
  return scriptText !== undefined && snapshot.entries.has('tsconfig.json');
}

export interface PrebuildOptions {
  language: 'node' | 'python';
  buildScript: string;
  /** The user named the build script (so its absence is an error, not "nothing to build"). */
  buildScriptExplicit: boolean;
  /** Whether packages are to be built. */
  packaging: boolean;
  /** tsconfig.json's text, when a TypeScript build runs. */
  tsconfigText?: string;
  locate: (file: string) => string;
}

/** The checks that fail before anything is built, each naming its file and the fix. */
export function prebuildFindings(snapshot: ProjectSnapshot, options: PrebuildOptions): Finding[] {
  const findings = configFindings(snapshot, options.locate);
  if (findings.length > 0) return findings;
  const error = (file: string, message: string, rule: string): void => {
    findings.push({ level: 'error', message, file: options.locate(file), source: 'build', rule });
  };
  if (options.language === 'node') {
    const scripts = scriptsOf(readPackageJson(snapshot) ?? {});
    const isWorkspace = workspacePatterns(snapshot).length > 0;
    if (options.buildScriptExplicit && scripts[options.buildScript] === undefined && !isWorkspace) {
      const names = Object.keys(scripts);
      error('package.json', `Input 'build-script' is '${options.buildScript}', but package.json has no such script (it has: ${names.length > 0 ? names.join(', ') : 'no scripts'}). Add it, or name one of those.`, 'build-script-exists');
    }
    if (options.tsconfigText !== undefined) {
      try {
        parseJsonc(options.tsconfigText);
      } catch (caught) {
        error('tsconfig.json', `tsconfig.json does not parse (${(caught as Error).message}): fix the file.`, 'tsconfig-parses');
      }
    }
  } else if (options.packaging) {
    const pyproject = readPyproject(snapshot);
    if (objectAt(pyproject, 'build-system') === undefined && !snapshot.entries.has('setup.py')) {
      error(
        snapshot.entries.has('pyproject.toml') ? 'pyproject.toml' : 'setup.py',
        `There is no build backend to package with: add a [build-system] table to pyproject.toml (e.g. requires = ["setuptools>=61"], build-backend = "setuptools.build_meta"), or a setup.py; or set 'package: false'.`,
        'build-backend',
      );
    }
  }
  return findings;
}

/** The module a PEP 517 backend is imported from (`poetry.core.masonry.api` → `poetry.core`), to probe for it. */
export function backendModule(snapshot: ProjectSnapshot): string {
  const backend = stringAt(readPyproject(snapshot), 'build-system', 'build-backend');
  if (backend === undefined) return 'setuptools';
  return backend.split(':')[0].split('.').slice(0, backend.startsWith('poetry.') ? 2 : 1).join('.');
}

/** The version pyproject declares ([project] or [tool.poetry]); undefined when dynamic or absent. */
export function pyprojectVersion(snapshot: ProjectSnapshot): string | undefined {
  const pyproject = readPyproject(snapshot);
  return stringAt(pyproject, 'project', 'version') ?? stringAt(pyproject, 'tool', 'poetry', 'version');
}

/**
 * Which package manager runs the scripts: package.json's packageManager, else the lockfile's owner, else npm.
 * Unlike an install, a build needs no lockfile.
 */
export function nodeManager(snapshot: ProjectSnapshot): NodeManager {
  const declared = /^(npm|yarn|pnpm)@/.exec((typeof readPackageJson(snapshot)?.packageManager === 'string' ? (readPackageJson(snapshot)?.packageManager as string) : ''))?.[1] as NodeManager | undefined;
  if (declared) return declared;
  if (snapshot.entries.has('pnpm-lock.yaml') || snapshot.entries.has('pnpm-workspace.yaml')) return 'pnpm';
  if (snapshot.entries.has('yarn.lock')) return 'yarn';
  return 'npm';
}
