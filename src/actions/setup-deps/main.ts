import { lastLines } from '../../core/process-output.js';
import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import { SETUP_DEPS_NAMES } from './inputs.js';
import { namedIO } from '../../runtime/io/named-io.js';
import path from 'node:path';
import { cacheKeys, type TreeKeyInputs } from '../../core/deps/cache-keys.js';
import { cachePermissions } from '../../core/cache/permissions.js';
import { ConfigurationError } from '../../core/errors.js';
import { digestParts } from '../../core/hashing.js';
import { describeCommand, installPlan, type InstallPlan } from '../../core/deps/install-plan.js';
import { DEPENDENCIES_CACHE_VARIABLE } from '../../core/diagnosis/cache-evidence.js';
import { diagnoseFailure } from '../../core/diagnosis/diagnosis.js';
import { formatDiagnosisBeside } from '../../core/diagnosis/report.js';
import { installedTreePatterns } from '../../core/deps/installed-tree.js';
import { assertNpmLockfileInSync } from '../../core/deps/npm-lockfile-sync.js';
import { pinDecision } from '../../core/deps/pinned-package-manager.js';
import { detectProject, type DetectedProject } from '../../core/deps/project-detection.js';
import { readPackageJson, type ProjectSnapshot } from '../../core/project-snapshot.js';
import { requirementIncludes } from '../../core/deps/requirements-includes.js';
import { checkRuntime, runtimeDeclarations } from '../../core/deps/runtime-requirements.js';
import { setupDepsSummary, type CacheResult, type SetupDepsReport } from '../../core/deps/report.js';
import { holdsName, readProjectSnapshot, readTextIfExists, resolveInputDirectory } from '../../runtime/files/file-system.js';
import type { ActionContext } from '../../runtime/io/run-context.js';
import { installPinnedTool, toolRoot } from '../../runtime/deps/pinned-tool.js';
import { startNodeProbe, type NodeProbe } from '../../runtime/deps/early-node-probe.js';
import { probeToolchain, type Toolchain, type ToolVersionReader } from '../../runtime/deps/toolchain-probe.js';
import { readSetupDepsInputs } from './inputs.js';
import { installBudget, type InstallBudget } from './install-budget.js';
import { saveSetupDepsState, type SetupDepsState } from './state.js';
import { queryStorePath, removeInstalledTree, restoreFromCache, type RestoreOutcome } from './tree-cache.js';

export interface SetupDepsDependencies extends ActionDependencies {
  /** Reads a package manager's version without starting it; the default looks at its package.json. */
  readToolVersion?: ToolVersionReader;
  /** `node --version` already asked (the entry point starts it as the bundle loads); used if it ran in the project folder. */
  nodeProbe?: NodeProbe;
}

/** What main decided, for the pipeline and the tests. */
export interface SetupDepsResult {
  project: DetectedProject;
  cacheResult: CacheResult;
  treeKey: string;
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
  // The cache client starts while the project is detected and its keys are worked out.
  if (inputs.cache) deps.cache.prepare?.();
  const directory = await resolveInputDirectory(
    context.workspace,
    'working-directory',
    inputs.workingDirectory,
    'Give the path of the folder that holds package.json, requirements*.txt or pyproject.toml, relative to the repository root.',
  );
  // timeout-minutes bounds the install as a whole: the bootstrap of a pinned package manager and the install steps.
  const budget = installBudget(deps.run, inputs.timeoutMinutes, deps.now, directory);

  const { project, snapshot, toolchain, notes, manager } = await io.group('Detect the project and its toolchain', async () => {
    // node's version is asked while the project is read (if not already): package.json makes a Node project all but certain.
    const nodeProbe =
      deps.nodeProbe?.directory === directory ? deps.nodeProbe.result : holdsName(directory, 'package.json') ? startNodeProbe(deps.run, directory) : undefined;
    const snapshot = await readProjectSnapshot(directory);
    const project = detectProject(snapshot, inputs.packageManager);
    for (const warning of project.warnings) io.warning(warning);
    if (project.packageManager === 'npm' && project.lockfile !== undefined) {
      assertNpmLockfileInSync(directory, readPackageJson(snapshot) ?? {}, snapshot.texts.get(project.lockfile) ?? '', project.lockfile);
    }
    const found = await probeToolchain(deps.run, project, deps.readToolVersion, nodeProbe);
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
    ? await io.group('Restore dependencies from the cache', () => restoreFromCache(deps, project, keys, patterns, manager.command))
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
