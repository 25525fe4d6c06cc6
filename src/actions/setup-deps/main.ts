import { lastLines } from '../../core/process-output.js';
import { VENV_FOLDER } from '../../core/python-venv.js';
import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import { SETUP_DEPS_NAMES } from './inputs.js';
import { namedIO } from '../../runtime/io/named-io.js';
import path from 'node:path';
import { cacheKeys, type CacheKeys, type TreeKeyInputs } from '../../core/deps/cache-keys.js';
import { cachePermissions } from '../../core/cache/permissions.js';
import { ConfigurationError } from '../../core/errors.js';
import { digestParts } from '../../core/hashing.js';
import { describeCommand, installPlan, type InstallPlan } from '../../core/deps/install-plan.js';
import { DEPENDENCIES_CACHE_VARIABLE } from '../../core/diagnosis/cache-evidence.js';
import { diagnoseFailure } from '../../core/diagnosis/diagnosis.js';
import { formatDiagnosisBeside } from '../../core/diagnosis/report.js';
import { installedTreePatterns } from '../../core/deps/installed-tree.js';
import { assertNpmLockfileInSync } from '../../core/deps/npm-lockfile-sync.js';
import { PACKAGE_MANAGER_RECORDS } from '../../core/deps/package-managers.js';
import { pinDecision } from '../../core/deps/pinned-package-manager.js';
import { detectProject, type DetectedProject } from '../../core/deps/project-detection.js';
import { readPackageJson, type ProjectSnapshot } from '../../core/project-snapshot.js';
import { requirementIncludes } from '../../core/deps/requirements-includes.js';
import { checkRuntime, runtimeDeclarations } from '../../core/deps/runtime-requirements.js';
import { setupDepsSummary, type CacheResult, type SetupDepsReport } from '../../core/deps/report.js';
import { TREE_MARKER_FILE, UNCOUNTED_TREE_ENTRIES, verifyTree } from '../../core/deps/tree-marker.js';
import {
  countEntries,
  expandFolderPatterns,
  isDirectory,
  readProjectSnapshot,
  readTextIfExists,
  removeAll,
  resolveInputDirectory,
} from '../../runtime/files/file-system.js';
import type { RunCommand } from '../../runtime/process/run-command.js';
import type { ActionContext } from '../../runtime/io/run-context.js';
import { installPinnedTool, toolRoot } from '../../runtime/deps/pinned-tool.js';
import { probeToolchain, type Toolchain, type ToolVersionReader } from '../../runtime/deps/toolchain-probe.js';
import { readSetupDepsInputs } from './inputs.js';
import { installBudget, type InstallBudget } from './install-budget.js';
import { saveSetupDepsState, type SetupDepsState } from './state.js';

export interface SetupDepsDependencies extends ActionDependencies {
  /** Reads a package manager's version without starting it; the default looks at its package.json. */
  readToolVersion?: ToolVersionReader;
}

/** What main decided, for the pipeline and the tests. */
export interface SetupDepsResult {
  project: DetectedProject;
  cacheResult: CacheResult;
  treeKey: string;
}

/** Whether the tree folders on disk are whole and were saved under `key` (see tree-marker.ts). */
async function treeIsWhole(directory: string, patterns: string[], key: string): Promise<{ whole: boolean; problem?: string }> {
  const markerText = await readTextIfExists(path.join(directory, patterns[0], TREE_MARKER_FILE));
  if (markerText === undefined) return { whole: false, problem: `${TREE_MARKER_FILE} is missing` };
  const folders = await expandFolderPatterns(directory, patterns);
  const counted: Record<string, number> = {};
  for (const folder of folders) counted[folder] = await countEntries(path.join(directory, folder), UNCOUNTED_TREE_ENTRIES);
  const verdict = verifyTree(markerText, key, counted);
  if (!verdict.whole) return verdict;
  const venvConfig = path.join(directory, VENV_FOLDER, 'pyvenv.cfg');
  const home = /^home\s*=\s*(.+)$/m.exec((await readTextIfExists(venvConfig)) ?? '')?.[1]?.trim();
  if (home !== undefined && !(await isDirectory(home))) {
    return { whole: false, problem: `the virtualenv's interpreter folder ${home} does not exist on this machine` };
  }
  return { whole: true };
}

/** Removes every folder of the installed tree (workspace members' too): a half-made tree is never left. */
async function removeInstalledTree(directory: string, patterns: string[]): Promise<void> {
  const folders = await expandFolderPatterns(directory, patterns);
  await removeAll(folders.map((folder) => path.join(directory, folder)));
}

/** `command`: the package manager's executable when it is not the one on PATH (a pinned version). */
async function queryStorePath(run: RunCommand, project: DetectedProject, command?: string): Promise<string | undefined> {
  const record = PACKAGE_MANAGER_RECORDS[project.packageManager];
  const result = await run(command ?? record.storePath.command, record.storePath.args, { cwd: project.directory, silent: true });
  const printed = result.stdout.trim().split(/\r?\n/).pop()?.trim();
  return result.exitCode === 0 && printed ? printed : undefined;
}

async function runInstall(deps: SetupDepsDependencies, project: DetectedProject, plan: InstallPlan): Promise<void> {
  for (const step of plan.steps) {
    const result = await deps.run(step.command, step.args, { cwd: project.directory, env: plan.env });
    if (result.exitCode !== 0) {
      const whole = `${result.stdout}\n${result.stderr}`;
      const output = lastLines(whole, 15);
      const message = `'${describeCommand(step)}' failed with exit code ${result.exitCode} in ${project.directory}. Its last lines:\n${output}`;
      // The whole output is read: npm prints the conflict it could not resolve well before its last lines.
      const diagnosis = diagnoseFailure({ stage: 'setup-deps', output: whole, tool: project.packageManager, lockfile: project.lockfile });
      throw new ConfigurationError(`${message}\n${formatDiagnosisBeside(message, diagnosis)}`);
    }
  }
}

interface RestoreOutcome {
  cacheResult: CacheResult;
  exact: boolean;
  treeSource: string;
  storePath?: string;
  storeMatchedKey?: string;
  archiveBytes?: number;
  /** The tree key is taken (a corrupt entry, or restored): saving it again would be refused. */
  treeKeyTaken: boolean;
  storeExact: boolean;
  notes: string[];
  /** The cache service failed: nothing more is asked of it in this job. */
  serviceFailure?: string;
}

async function restoreFromCache(
  deps: SetupDepsDependencies,
  project: DetectedProject,
  keys: CacheKeys,
  patterns: string[],
  treePaths: string[],
  managerCommand?: string,
): Promise<RestoreOutcome> {
  const { io, cache } = deps;
  const notes: string[] = [];
  const inPlace = await treeIsWhole(project.directory, patterns, keys.tree);
  if (inPlace.whole) {
    return { cacheResult: 'exact', exact: true, treeSource: 'the installed tree is already in place', treeKeyTaken: true, storeExact: true, notes };
  }
  // A tree on disk that is not this key's (another lockfile, a half-made install): a restore replaces it
  // rather than extracting over it, which would leave the old tree's files among the new ones.
  if ((await expandFolderPatterns(project.directory, patterns)).length > 0) {
    notes.push(`The dependencies already on disk were removed before the restore: ${inPlace.problem ?? 'they do not match the key'}.`);
    await removeInstalledTree(project.directory, patterns);
  }
  let faulted = false;
  let treeKeyTaken = false;
  const tree = await cache.restore(treePaths, keys.tree, []);
  if (tree.outcome === 'hit') {
    const verdict = await treeIsWhole(project.directory, patterns, keys.tree);
    if (verdict.whole) {
      return { cacheResult: 'exact', exact: true, treeSource: 'restored from the cache', archiveBytes: tree.bytes, treeKeyTaken: true, storeExact: true, notes };
    }
    faulted = true;
    treeKeyTaken = true;
    const removal = cache.deleteHint
      ? `The entry stays until it is evicted; to delete it now: ${cache.deleteHint(treePaths, keys.tree)}`
      : 'The entry stays until it is evicted';
    const message = `The cache entry ${keys.tree} restored an incomplete tree (${verdict.problem}); installing afresh. ${removal}.`;
    io.warning(message);
    notes.push(message);
  } else if (tree.outcome === 'error') {
    faulted = true;
    const message = `Restoring the installed dependencies from the cache failed (${tree.message}); installing instead.`;
    io.warning(message);
    notes.push(message);
    if (tree.fault === 'service') {
      // The service itself is failing: asking it again (for the store, or to save) would only add its retries.
      await removeInstalledTree(project.directory, patterns);
      return { cacheResult: 'error', exact: false, treeSource: 'installed', treeKeyTaken, storeExact: false, notes, serviceFailure: tree.message ?? 'unknown fault' };
    }
  }
  await removeInstalledTree(project.directory, patterns);

  if (deps.context.keepsDownloadStore) {
    notes.push(`The ${project.packageManager} download store stays on this machine between runs, so it is not cached.`);
    return { cacheResult: faulted ? 'error' : 'miss', exact: false, treeSource: 'installed', treeKeyTaken, storeExact: false, notes };
  }
  const storePath = await queryStorePath(deps.run, project, managerCommand);
  if (storePath === undefined) {
    notes.push(`The ${project.packageManager} download store could not be located, so it is neither restored nor saved.`);
    return { cacheResult: faulted ? 'error' : 'miss', exact: false, treeSource: 'installed', treeKeyTaken, storeExact: false, notes };
  }
  const storeExisted = await isDirectory(storePath);
  const store = await cache.restore([storePath], keys.store, [keys.storeRestorePrefix]);
  if (store.outcome === 'error') {
    faulted = true;
    const message = `Restoring the ${project.packageManager} download store failed (${store.message}); installing from the registry.`;
    io.warning(message);
    notes.push(message);
    if (!storeExisted) await removeAll([storePath]);
  }
  const restoredStore = store.outcome === 'hit';
  const cacheResult: CacheResult = faulted ? 'error' : restoredStore ? 'partial' : 'miss';
  return {
    cacheResult,
    exact: false,
    treeSource: restoredStore ? 'installed with the download store restored' : 'installed',
    storePath,
    storeMatchedKey: restoredStore ? store.matchedKey : undefined,
    archiveBytes: restoredStore ? store.bytes : undefined,
    treeKeyTaken,
    storeExact: restoredStore && store.matchedKey === keys.store,
    notes,
  };
}

/**
 * Acts on package.json's packageManager pin (see pinned-package-manager.ts): installs the pinned pnpm or yarn
 * when PATH has another version, and returns the toolchain as it will run, with the executable to use.
 */
async function applyPin(
  deps: SetupDepsDependencies,
  project: DetectedProject,
  found: Toolchain,
  notes: string[],
  budget: InstallBudget,
): Promise<{ toolchain: Toolchain; command?: string; binDirectory?: string; versionNote?: string }> {
  const decision = pinDecision(project, found.packageManagerVersion);
  if (decision.kind === 'none') return { toolchain: found };
  if (decision.kind === 'note') {
    deps.io.warning(decision.message);
    notes.push(decision.message);
    return { toolchain: found };
  }
  const tool = await budget.guard(() => installPinnedTool(budget.run, decision.name, decision.version, toolRoot(deps.context.env), project.directory));
  // Said once: the detection line names the version that runs, the summary says how it got there.
  notes.push(
    `${decision.reason}: ${decision.packageSpec} ${tool.installed ? 'was installed from the npm registry' : 'was already installed'} in ${tool.binDirectory}; it runs the install and comes first on PATH for later steps.`,
  );
  return {
    toolchain: { ...found, packageManagerVersion: tool.version },
    command: tool.executable,
    binDirectory: tool.binDirectory,
    versionNote: `pinned; PATH has ${found.packageManagerVersion}`,
  };
}

/** The contents that decide the tree: the detected key files, and for pip every file they include (-r, -c), transitively. */
export async function keyFileParts(snapshot: ProjectSnapshot, project: DetectedProject): Promise<Array<{ name: string; content: string }>> {
  const parts = project.keyFiles.map((name) => ({ name, content: snapshot.texts.get(name) ?? '' }));
  if (project.packageManager !== 'pip') return parts;
  const seen = new Set(project.keyFiles);
  for (let next = 0; next < parts.length; next += 1) {
    const including = parts[next];
    for (const include of requirementIncludes(including.content)) {
      const name = path.normalize(path.join(path.dirname(including.name), include));
      if (seen.has(name)) continue;
      seen.add(name);
      const content = await readTextIfExists(path.join(project.directory, name));
      if (content === undefined) {
        throw new ConfigurationError(
          `${including.name} includes '${include}', but ${path.join(project.directory, name)} does not exist. Fix the path in ${including.name}.`,
        );
      }
      parts.push({ name, content });
    }
  }
  return parts;
}

/** What the tree's key is made of (also read by the local command's `explain`, so both take the same inputs). */
export function treeKeyInputs(
  context: Pick<ActionContext, 'platform'>,
  project: DetectedProject,
  toolchain: Pick<Toolchain, 'runtimeVersion' | 'runtimeIdentity' | 'packageManagerVersion'>,
  files: Array<{ name: string; content: string }>,
  directory: string,
  cacheVersion = '',
): TreeKeyInputs {
  return {
    platform: context.platform,
    language: project.language,
    runtimeVersion: toolchain.runtimeVersion,
    runtimeIdentity: toolchain.runtimeIdentity,
    packageManager: project.packageManager,
    packageManagerVersion: toolchain.packageManagerVersion,
    files,
    // A venv and pnpm's .bin shims record the project's absolute path: such trees are not relocatable.
    location: project.language === 'python' || project.packageManager === 'pnpm' ? directory : undefined,
    cacheVersion,
  };
}

export async function main(deps: SetupDepsDependencies): Promise<SetupDepsResult> {
  const { io, context } = deps;
  const actionOutputs = namedIO(io, SETUP_DEPS_NAMES);
  const inputs = readSetupDepsInputs((name) => io.getInput(name));
  const directory = await resolveInputDirectory(
    context.workspace,
    'working-directory',
    inputs.workingDirectory,
    'Give the path of the folder that holds package.json, requirements*.txt or pyproject.toml, relative to the repository root.',
  );
  // timeout-minutes bounds the install as a whole: the bootstrap of a pinned package manager and the install steps.
  const budget = installBudget(deps.run, inputs.timeoutMinutes, deps.now, directory);

  const { project, snapshot, toolchain, notes, manager } = await io.group('Detect the project and its toolchain', async () => {
    const snapshot = await readProjectSnapshot(directory);
    const project = detectProject(snapshot, inputs.packageManager);
    for (const warning of project.warnings) io.warning(warning);
    if (project.packageManager === 'npm' && project.lockfile !== undefined) {
      assertNpmLockfileInSync(directory, readPackageJson(snapshot) ?? {}, snapshot.texts.get(project.lockfile) ?? '', project.lockfile);
    }
    const found = await probeToolchain(deps.run, project, deps.readToolVersion);
    const runtime = checkRuntime(project.language, found.runtimeVersion, runtimeDeclarations(snapshot, project.language));
    const notes = [...runtime.unchecked];
    const { toolchain, command, binDirectory, versionNote } = await applyPin(deps, project, found, notes, budget);
    const version = `${toolchain.packageManagerVersion}${versionNote ? ` (${versionNote})` : ''}`;
    io.info(`${project.directory}: ${project.language} project, ${project.packageManager} ${version} (${project.reason}), runtime ${toolchain.runtimeVersion}`);
    return { project, snapshot, toolchain, notes, manager: { command, binDirectory } };
  });

  const patterns = installedTreePatterns(project, snapshot);
  const treePaths = patterns.map((pattern) => path.join(directory, pattern));
  const files = await keyFileParts(snapshot, project);
  const keys = cacheKeys(treeKeyInputs(context, project, toolchain, files, directory, inputs.cacheVersion));
  const permissions = cachePermissions(context, inputs.cache);
  if (permissions.reason) notes.push(`Cache: ${permissions.reason}.`);

  const restoreStarted = deps.now();
  const restored: RestoreOutcome = permissions.restore
    ? await io.group('Restore dependencies from the cache', () => restoreFromCache(deps, project, keys, patterns, treePaths, manager.command))
    : {
        cacheResult: inputs.cache && context.cacheMode?.toLowerCase() === 'write-only' ? 'miss' : 'disabled',
        exact: false,
        treeSource: 'installed',
        treeKeyTaken: false,
        storeExact: false,
        notes: [],
        storePath: permissions.save && !context.keepsDownloadStore ? await queryStorePath(deps.run, project, manager.command) : undefined,
      };
  const restoreMilliseconds = deps.now() - restoreStarted;
  notes.push(...restored.notes);

  const plan = installPlan(project, {
    platform: context.nodePlatform,
    pythonExecutable: toolchain.pythonExecutable,
    join: path.join,
    packageManagerCommand: manager.command,
    packageManagerBin: manager.binDirectory,
  });
  const state: SetupDepsState = {
    schema: 1,
    directory,
    language: project.language,
    packageManager: project.packageManager,
    cacheResult: restored.cacheResult,
    treePaths,
    treeKey: keys.tree,
    storePath: restored.storePath,
    storeKey: keys.store,
    keyFilesDigest: digestParts(files),
    keyFiles: files.map((file) => file.name),
    installSucceeded: false,
    saveTree: permissions.save && !restored.treeKeyTaken && restored.serviceFailure === undefined,
    saveStore: permissions.save && restored.storePath !== undefined && !restored.storeExact && restored.serviceFailure === undefined,
    skipReason: !permissions.save
      ? permissions.reason
      : restored.serviceFailure !== undefined
        ? `the cache service failed during the restore (${restored.serviceFailure})`
        : restored.exact
        ? `the installed tree matches its exact key (${restored.treeSource}), and cache entries are immutable`
        : restored.treeKeyTaken
          ? 'an entry already exists under this key'
          : undefined,
  };
  saveSetupDepsState(io, state);

  let installMilliseconds: number | undefined;
  if (!restored.exact) {
    const installStarted = deps.now();
    await io.group(`Install dependencies: ${plan.steps.map(describeCommand).join(' && ')}`, async () => {
      try {
        await budget.guard(() => runInstall({ ...deps, run: budget.run }, project, plan));
      } catch (error) {
        await removeInstalledTree(directory, patterns);
        throw error;
      }
    });
    installMilliseconds = deps.now() - installStarted;
  }

  for (const [name, value] of Object.entries(plan.exportedEnv)) io.exportVariable(name, value);
  // For the later steps' failure diagnosis: a broken installed tree is blamed on the cache only when it came from one.
  io.exportVariable(DEPENDENCIES_CACHE_VARIABLE, restored.cacheResult);
  for (const entry of plan.addedPaths) io.addPath(entry);
  saveSetupDepsState(io, { ...state, installSucceeded: true });

  const cacheHit = restored.exact;
  actionOutputs.setOutput('cache-hit', String(cacheHit));
  actionOutputs.setOutput('cache-result', restored.cacheResult);
  actionOutputs.setOutput('language', project.language);
  actionOutputs.setOutput('package-manager', project.packageManager);
  actionOutputs.setOutput('runtime-version', toolchain.runtimeVersion);
  actionOutputs.setOutput('cache-key', keys.tree);

  const report: SetupDepsReport = {
    project,
    runtimeVersion: toolchain.runtimeVersion,
    packageManagerVersion: toolchain.packageManagerVersion,
    cacheDescription: deps.cache.description,
    cacheBounds: deps.cache.bounds,
    cacheResult: restored.cacheResult,
    treeKey: keys.tree,
    treeSource: restored.treeSource,
    storeKey: restored.storePath !== undefined ? keys.store : undefined,
    storeMatchedKey: restored.storeMatchedKey,
    restoreMilliseconds,
    installMilliseconds,
    archiveBytes: restored.archiveBytes,
    installCommands: plan.steps.map(describeCommand),
    // Why nothing will be saved is said once, by the post step's summary.
    notes,
  };
  io.info(`Cache result: ${restored.cacheResult} (${restored.treeSource}); key ${keys.tree}`);
  await io.writeSummary(setupDepsSummary(report));
  return { project, cacheResult: restored.cacheResult, treeKey: keys.tree };
}
