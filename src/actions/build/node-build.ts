import { outputTail } from '../../core/process-output.js';
import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCommand, memberDependencies, packCommand, runInDependencyOrder, scriptsOf, tarballName, workspacePatterns, type BuildMember, type NodeManager } from '../../core/build/plan.js';
import { ConfigurationError } from '../../core/errors.js';
import type { Finding } from '../../core/findings.js';
import { readPackageJson, type ProjectSnapshot } from '../../core/project-snapshot.js';
import { buildOutputFindings } from '../../core/build/tsc-output.js';
import { expandFolderPatterns } from '../../runtime/files/file-system.js';
import { withoutWorkflowCommands } from '../../runtime/io/untrusted-output.js';

export interface MemberBuild {
  member: string;
  command: string;
  milliseconds: number;
  ok: boolean;
}

/** The project's packages: its workspace members, or the project itself. */
export async function nodeMembers(snapshot: ProjectSnapshot, directory: string): Promise<{ members: BuildMember[]; workspace: boolean }> {
  const root = readPackageJson(snapshot) ?? {};
  const patterns = workspacePatterns(snapshot);
  if (patterns.length === 0) {
    return { members: [{ directory: '.', name: typeof root.name === 'string' ? root.name : path.basename(directory), packageJson: root }], workspace: false };
  }
  const members: BuildMember[] = [];
  for (const folder of await expandFolderPatterns(directory, patterns)) {
    let text: string;
    try {
      text = await readFile(path.join(directory, folder, 'package.json'), 'utf8');
    } catch {
      continue; // a folder the pattern matched that is no package
    }
    let manifest: Record<string, unknown>;
    try {
      manifest = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigurationError(`${path.join(folder, 'package.json')} is not valid JSON (${(error as Error).message}): fix the file.`);
    }
    const relative = folder.split(path.sep).join('/');
    members.push({ directory: relative, name: typeof manifest.name === 'string' ? manifest.name : relative, packageJson: manifest });
  }
  return { members, workspace: true };
}

export interface NodeBuildResult {
  builds: MemberBuild[];
  findings: Finding[];
  /** A failed build: its message (the command, its exit code, its last lines). */
  failure?: string;
}

/** Builds each member that has the script, in dependency order, up to `maxParallel` at once. */
export async function buildMembers(
  deps: ActionDependencies,
  manager: NodeManager,
  directory: string,
  members: readonly BuildMember[],
  script: string,
  maxParallel: number,
  timeoutMinutes?: number,
): Promise<NodeBuildResult> {
  const { io, context } = deps;
  const withScript = members.filter((member) => scriptsOf(member.packageJson)[script] !== undefined);
  const graph = memberDependencies(members);
  const builds: MemberBuild[] = [];
  const findings: Finding[] = [];
  const failures: string[] = [];
  const byName = new Map(withScript.map((member) => [member.name, member]));
  const onGitHub = context.env.GITHUB_ACTIONS === 'true';
  // One stop-commands span around all members: spans of members running in parallel would interleave.
  await withoutWorkflowCommands(io, onGitHub, async () => {
  try {
    await runInDependencyOrder([...byName.keys()], graph, maxParallel, async (name) => {
      const member = byName.get(name)!;
      const cwd = path.join(directory, member.directory);
      const { command, args } = buildCommand(manager, script);
      const text = [command, ...args].join(' ');
      const started = deps.now();
      io.info(`Building ${member.name} (${member.directory}): ${text}`);
      const result = await deps.run(command, args, { cwd, timeoutMs: timeoutMinutes === undefined ? undefined : timeoutMinutes * 60_000 });
      const milliseconds = deps.now() - started;
      const ok = result.exitCode === 0;
      builds.push({ member: member.name, command: text, milliseconds, ok });
      if (!ok) {
        findings.push(...buildOutputFindings(`${result.stdout}\n${result.stderr}`, { workspace: context.workspace, directory: cwd }));
        const where = member.directory === '.' ? 'the project' : member.directory;
        failures.push(result.timedOut
          ? `'${text}' in ${where} did not finish within ${timeoutMinutes} min (timeout-minutes) and was stopped with every process it started. Its last lines:\n${outputTail(result.stdout, result.stderr)}`
          : `'${text}' in ${where} failed with exit code ${result.exitCode}${result.notFound ? ` (${command} is not installed)` : ''}. Its last lines:\n${outputTail(result.stdout, result.stderr)}`);
        throw new Error('build failed');
      }
    });
  } catch (error) {
    if (failures.length === 0) throw error;
  }
  });
  return { builds, findings, failure: failures.length > 0 ? failures.join('\n\n') : undefined };
}

/** Packs `member` into `destination` with the project's package manager; returns the tarball's path. */
export async function packMember(deps: ActionDependencies, manager: NodeManager, directory: string, member: BuildMember, destination: string): Promise<string> {
  const version = typeof member.packageJson.version === 'string' ? member.packageJson.version : '';
  const expected = tarballName(member.name, version);
  const before = new Set(await readdir(destination));
  const { command, args } = packCommand(manager, destination, expected);
  const cwd = path.join(directory, member.directory);
  const result = await deps.run(command, args, { cwd, silent: true });
  if (result.exitCode !== 0) {
    throw new ConfigurationError(`'${[command, ...args].join(' ')}' in ${member.directory === '.' ? 'the project' : member.directory} failed with exit code ${result.exitCode}. Its last lines:\n${outputTail(result.stdout, result.stderr)}`);
  }
  const made = (await readdir(destination)).filter((name) => !before.has(name) && name.endsWith('.tgz'));
  if (made.length !== 1) throw new Error(`'${[command, ...args].join(' ')}' left ${made.length} new tarballs in ${destination} (expected ${expected})`);
  return path.join(destination, made[0]);
}
