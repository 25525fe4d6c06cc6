import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import { BUILD_NAMES } from './inputs.js';
import { namedIO } from '../../runtime/io/named-io.js';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildCacheKey, sizeHistoryPrefix } from '../../core/build/cache-key.js';
import { declaredOutputs } from '../../core/build/contents.js';
import { prebuildFindings, runsTypeScript, scriptsOf, type BuildMember } from '../../core/build/plan.js';
import { buildFailures, buildSummary, type BuildReport } from '../../core/build/report.js';
import { artifactsInsideProject, resolveArtifactsFolder, shownPath } from '../../core/output-folders.js';
import { planAnnotations } from '../../core/findings.js';
import { readPackageJson, type ProjectSnapshot } from '../../core/project-snapshot.js';
import { clampTarGzTimes } from '../../runtime/files/archives.js';
import { annotate } from '../../runtime/io/annotations.js';
import { readProjectSnapshot, readTextIfExists, resolveInputDirectory } from '../../runtime/files/file-system.js';
import { readBuildInputs, type BuildInputs } from './inputs.js';
import { buildMembers, packMember } from './node-build.js';
import { buildOutputs, type CacheOutcome, restoreOutputs, saveOutputs, untrackedEntries } from './output-cache.js';
import { buildPythonPackages, probePythonTooling } from './python-build.js';
import { publishPackages } from './publish.js';
import { restoreSizeHistory, saveSizeHistory } from '../../runtime/cache/size-history.js';
import { kindOf, projectNameOf, readPyprojectSafe, shippedOnPurpose, verifyArtifact, versionCheck, type ArtifactInput, type VerifiedArtifact } from './verify.js';
import { planBuild, type Plan } from './plan.js';
import { buildKeyInputs, pythonToolingKeySuffix, quiet } from './key-inputs.js';

export interface BuildActionResult {
  ok: boolean;
  artifacts: string[];
  version?: string;
  cacheHit: boolean;
  built: string[];
}

/** The package files this action writes into 'artifacts-directory' (and nothing else there is touched). */
const PACKAGE_FILE = /\.(tgz|tar\.gz|whl)$/;

export async function main(deps: ActionDependencies): Promise<BuildActionResult> {
  const { io, context } = deps;
  const inputs = readBuildInputs((name) => io.getInput(name));
  if (inputs.registryToken !== '') io.setSecret(inputs.registryToken);
  const directory = await resolveInputDirectory(context.workspace, 'working-directory', inputs.workingDirectory, 'Give the folder that holds package.json or pyproject.toml, relative to the repository root.');
  const repositoryRoot = path.resolve(context.workspace);
  const relative = (file: string): string => shownPath(repositoryRoot, file);
  const projectPath = relative(directory) || '.';
  const artifactsDirectory = resolveArtifactsFolder({ workspace: context.workspace, temp: context.tempDirectory }, directory, inputs.artifactsDirectory);
  const snapshot = await readProjectSnapshot(directory);
  const notes: string[] = [];
  const report: BuildReport = { title: `Build: ${projectPath}`, prebuild: [], builds: [], declaredOutputs: [], artifacts: [], notes, overflow: [] };
  const fail = async (message: string, extra: string[] = []): Promise<BuildActionResult> => {
    await io.writeSummary(buildSummary(report));
    io.setFailed([message, ...extra].join('\n'));
    return { ok: false, artifacts: [], cacheHit: false, built: report.builds.map((build) => build.member) };
  };

  // 1. Pre-build checks.
  const plan = await io.group('Pre-build checks', async () => {
    const language = snapshot.entries.has('package.json') ? 'node' : 'python';
    const scriptText = scriptsOf((() => { try { return readPackageJson(snapshot) ?? {}; } catch { return {}; } })())[inputs.buildScript];
    const tsconfigText = language === 'node' && runsTypeScript(scriptText, snapshot) ? snapshot.texts.get('tsconfig.json') ?? (await readTextIfExists(path.join(directory, 'tsconfig.json'))) : undefined;
    const packaging = inputs.package === 'true' || (inputs.package === 'auto' && (readPyprojectSafe(snapshot)?.['build-system'] !== undefined || snapshot.entries.has('setup.py')));
    report.prebuild = prebuildFindings(snapshot, { language, buildScript: inputs.buildScript, buildScriptExplicit: inputs.buildScriptExplicit, packaging: language === 'python' && packaging, tsconfigText, locate: (file) => relative(path.join(directory, file)) });
    if (report.prebuild.length > 0) return undefined;
    const plan = await planBuild(snapshot, directory, inputs);
    io.info(`${projectPath}: ${plan.language}${plan.manager ? ` (${plan.manager})` : ''}; ${plan.language === 'node' ? `${plan.toBuild.length} of ${plan.members.length} packages have '${inputs.buildScript}', ${plan.toPack.length} to pack` : plan.pythonPackaging ? 'sdist and wheel' : 'nothing to package'}`);
    return plan;
  });
  if (plan === undefined) {
    annotate(io, planAnnotations(report.prebuild).annotated);
    return fail(`The pre-build checks failed:`, buildFailures(report));
  }

  // 2. The cache key and what earlier builds left.
  const staging = await mkdtemp(path.join(context.env.RUNNER_TEMP || os.tmpdir(), 'build-actions-artifacts-'));
  try {
    return await buildAndVerify(deps, inputs, plan, { directory, projectPath, artifactsDirectory, staging, snapshot, report, relative, fail });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

interface Where {
  directory: string;
  projectPath: string;
  artifactsDirectory: string;
  staging: string;
  snapshot: ProjectSnapshot;
  report: BuildReport;
  relative: (file: string) => string;
  fail: (message: string, extra?: string[]) => Promise<BuildActionResult>;
}

async function buildAndVerify(deps: ActionDependencies, inputs: BuildInputs, plan: Plan, where: Where): Promise<BuildActionResult> {
  const { io, context } = deps;
  const actionOutputs = namedIO(io, BUILD_NAMES);
  const { directory, staging, report, relative, fail } = where;
  const notes = report.notes;
  const keyInputs = await buildKeyInputs(deps, inputs, plan, where);
  let key = keyInputs === undefined ? undefined : buildCacheKey(keyInputs);
  let python: Awaited<ReturnType<typeof probePythonTooling>> | undefined;
  if (plan.language === 'python' && plan.pythonPackaging) {
    python = await probePythonTooling(deps, directory, where.snapshot);
    if (key !== undefined) key = `${key}-${pythonToolingKeySuffix(python)}`;
  }
  if (key === undefined) notes.push(`${directory} is not in a git repository: the build-output cache is off (its key is made from the tracked files).`);
  const sizeHistoryPlace = {
    prefix: sizeHistoryPrefix(context.platform.os, where.projectPath, inputs.cacheVersion),
    folder: path.join(context.workspace, '.build-actions-build-sizes'),
    setBy: 'build' as const,
  };

  // One after the other: the cache client's log capture (runtime/cache/client-log-capture.ts) patches process.stdout
  // and is not reentrant, so two restores at once would leave it patched.
  const [sizes, restored] = await io.group('Restore the build outputs and the size history', async (): Promise<[Awaited<ReturnType<typeof restoreSizeHistory>>, CacheOutcome]> => {
    const history = await restoreSizeHistory(io, deps.cache, context, inputs.cache, sizeHistoryPlace);
    const outputs = key === undefined ? { hit: false, note: 'Not cached: no git repository.' } : await restoreOutputs(io, deps.cache, context, inputs.cache, key, directory, staging);
    return [history, outputs];
  });
  notes.push(restored.note, sizes.note);

  // 3. Build (unless an exact hit restored the outputs) and package.
  let outputs: string[] = [];
  const artifacts: ArtifactInput[] = [];
  const built: string[] = [];
  const packedBy = new Map<string, BuildMember>();
  if (restored.hit) {
    for (const name of restored.restoredArtifacts ?? []) artifacts.push({ file: path.join(staging, name), kind: kindOf(name) });
    outputs = restored.restoredOutputs ?? [];
  } else if (plan.language === 'node') {
    const before = (await untrackedEntries(deps.run, directory)) ?? [];
    const started = Date.now();
    if (plan.toBuild.length === 0) {
      report.nothingBuilt = `Nothing to build: no package has a '${inputs.buildScript}' script${plan.members.length > 1 ? ` (${plan.members.length} workspace members looked at)` : ''}.`;
    } else {
      const maxParallel = inputs.maxParallel ?? Math.max(1, os.availableParallelism());
      const result = await io.group(`Build: ${plan.manager} run ${inputs.buildScript} (${plan.toBuild.length} package${plan.toBuild.length === 1 ? '' : 's'}, up to ${maxParallel} at once)`, () =>
        buildMembers(deps, plan.manager!, directory, plan.members, inputs.buildScript, maxParallel, inputs.timeoutMinutes),
      );
      report.builds = result.builds;
      built.push(...result.builds.filter((build) => build.ok).map((build) => build.member));
      if (result.failure) {
        const annotations = planAnnotations(result.findings);
        annotate(io, annotations.annotated);
        report.overflow = annotations.overflow;
        return fail(`The build failed: ${result.failure}`);
      }
    }
    outputs = await buildOutputs(deps.run, directory, before, started, artifactsInsideProject(directory, inputs.artifactsDirectory));
    if (plan.toPack.length > 0) {
      await io.group(`Pack ${plan.toPack.length} package${plan.toPack.length === 1 ? '' : 's'}: ${plan.manager} pack`, async () => {
        for (const member of plan.toPack) {
          const file = await packMember(deps, plan.manager!, directory, member, staging);
          packedBy.set(path.basename(file), member);
          artifacts.push({ file, kind: 'npm', files: Array.isArray(member.packageJson.files) ? member.packageJson.files.filter((item): item is string => typeof item === 'string') : undefined });
        }
      });
    }
  } else if (python) {
    const epoch = await quiet(deps, 'git', ['log', '-1', '--format=%ct'], directory);
    notes.push(epoch ? `SOURCE_DATE_EPOCH=${epoch} (the commit time): the same commit gives the same bytes.` : 'No commit time (not a git repository): SOURCE_DATE_EPOCH is unset, so the packages are not reproducible.');
    if (!python.backendInstalled) notes.push(`The build backend is not installed for ${python.executable}: python -m build made an isolated environment for it (this needs the package index).`);
    const result = await io.group(`Build the sdist and wheel: ${python.executable} -m build`, () => buildPythonPackages(deps, python!, directory, staging, epoch, inputs.timeoutMinutes));
    report.builds = [{ member: projectNameOf(where.snapshot) ?? where.projectPath, command: result.command, milliseconds: result.milliseconds, ok: result.failure === undefined }];
    if (result.failure) return fail(`The build failed: ${result.failure}`);
    built.push(report.builds[0].member);
    for (const name of (await readdir(staging)).sort()) {
      if (!PACKAGE_FILE.test(name)) continue;
      const file = path.join(staging, name);
      if (epoch && name.endsWith('.tar.gz')) await writeFile(file, clampTarGzTimes(await readFile(file), Number(epoch)));
      artifacts.push({ file, kind: kindOf(name), shippedOnPurpose: shippedOnPurpose(where.snapshot) });
    }
  } else {
    report.nothingBuilt = "Nothing to build: the Python project has no build backend ([build-system] or setup.py) and 'package' is not true.";
  }

  // 4. Verify: declared outputs, every package, versions.
  await io.group('Verify the outputs and packages', async () => {
    for (const member of plan.toBuild) {
      for (const output of declaredOutputs(member.packageJson)) {
        const present = await stat(path.join(directory, member.directory, output.file)).then((info) => info.isFile() || info.isDirectory(), () => false);
        report.declaredOutputs.push({ member: member.name, field: output.field, file: path.posix.join(member.directory, output.file), present });
      }
    }
    const budget = { maxSize: inputs.maxSize, maxIncreasePercent: inputs.maxSizeIncrease, failOnSize: inputs.failOnSize };
    for (const artifact of artifacts) {
      if (artifact.kind === 'npm' && artifact.files === undefined) {
        const member = packedBy.get(path.basename(artifact.file)) ?? plan.toPack.find((candidate) => path.basename(artifact.file).startsWith(candidate.name.replace(/^@/, '').replace(/\//g, '-')));
        const files = member?.packageJson.files;
        if (Array.isArray(files)) artifact.files = files.filter((item): item is string => typeof item === 'string');
      }
      report.artifacts.push(await verifyArtifact(artifact, sizes.history?.sizes, budget));
    }
    report.versions = versionCheck(deps, plan, where.snapshot, report.artifacts as VerifiedArtifact[]);
  });
  for (const artifact of report.artifacts) for (const problem of artifact.problems.filter((p) => p.level === 'warning')) io.warning(`${artifact.file}: ${problem.message}`);
  const failures = buildFailures(report);
  if (failures.length > 0) return fail(`The build's verification failed: nothing was written to ${relative(where.artifactsDirectory)}.`, failures);

  // 5. Hand the verified packages over, then keep what this build made.
  await mkdir(where.artifactsDirectory, { recursive: true });
  for (const name of await readdir(where.artifactsDirectory)) if (PACKAGE_FILE.test(name)) await rm(path.join(where.artifactsDirectory, name), { force: true });
  const delivered: string[] = [];
  for (const artifact of report.artifacts as VerifiedArtifact[]) {
    const target = path.join(where.artifactsDirectory, artifact.file);
    await rename(artifact.path, target).catch(() => cp(artifact.path, target));
    delivered.push(target);
  }
  if (key !== undefined && !restored.hit) notes.push(await saveOutputs(io, deps.cache, context, inputs.cache, key, directory, outputs, delivered));
  else if (restored.hit) notes.push('The restored entry is not saved again.');
  if (report.artifacts.length > 0) {
    const sizesNow = Object.fromEntries((report.artifacts as VerifiedArtifact[]).map((artifact) => [artifact.stableName, artifact.size]));
    const unchanged = sizes.history !== undefined && JSON.stringify(Object.entries(sizes.history.sizes).sort()) === JSON.stringify(Object.entries(sizesNow).sort());
    notes.push(unchanged ? 'Size history unchanged: not saved again.' : await saveSizeHistory(io, deps.cache, context, inputs.cache, sizeHistoryPlace, sizesNow, deps.now()));
  }
  actionOutputs.setOutput('artifacts', delivered.map(relative).join('\n'));
  actionOutputs.setOutput('version', report.versions?.version ?? '');
  actionOutputs.setOutput('cache-hit', String(restored.hit));
  actionOutputs.setOutput('built', built.join(','));

  // 6. Publish exactly the packages just verified, when asked.
  const publishing = inputs.publish === 'none' ? undefined : await publishPackages(deps, { choice: inputs.publish, files: delivered, directory, token: inputs.registryToken, repositoryUrl: inputs.repositoryUrl });
  if (publishing) actionOutputs.setOutput('published', publishing.published.map(relative).join('\n'));
  if (publishing) report.publishing = publishing;
  if (publishing?.failure) return fail(`Publishing failed: ${publishing.failure}`);
  if (publishing?.skipped) io.notice(publishing.skipped);
  await io.writeSummary(buildSummary(report));
  io.info(`Build of ${where.projectPath}: ${restored.hit ? 'outputs restored from the cache' : `${built.length} built`}, ${delivered.length} packages verified.`);
  return { ok: true, artifacts: delivered, version: report.versions?.version, cacheHit: restored.hit, built };
}

