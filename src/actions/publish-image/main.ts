import { lastLines } from '../../core/process-output.js';
import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import { PUBLISH_IMAGE_NAMES } from './inputs.js';
import { namedIO } from '../../runtime/io/named-io.js';
import { mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { buildArguments, buildSteps, checkBuildArgs, dockerfileStages, layerCacheKeys, secretEnvName, stagesToCache } from '../../core/image/build-plan.js';
import { publishImageSummary, type PublishReport } from '../../core/image/report.js';
import { scanDatabaseKeys } from '../../core/image/scan.js';
import { describeFindings } from '../../core/image/secret-search.js';
import { secretValues } from '../../core/secrets.js';
import { formatBytes } from '../../core/summary-document.js';
import { buildkitLayerCounts, classicLayerCounts, DockerCli } from '../../runtime/docker/docker-cli.js';
import { chooseScanner, engineVersion, runScan, SCANNER_SETUP, secretCheck, type ScanOutcome } from './checks.js';
import { readPublishImageInputs, secretInputs } from './inputs.js';
import { ARCHIVE, downloadLayerCache, restoreLayerCache, type LayerCacheResult } from './layer-cache.js';
import { pushAndConfirm, registryHost } from './push.js';
import { compressedSize } from '../../runtime/docker/registry-client.js';
import { restoreSizeHistory, saveSizeHistory } from '../../runtime/cache/size-history.js';
import { savePublishImageState, type PublishImageState } from './state.js';
import { planPublish, refFacts } from './plan.js';

export interface PublishImageResult {
  references: string[];
  digest?: string;
  imageId: string;
  cacheResult: LayerCacheResult;
  scanResult: ScanOutcome['result'];
  layers?: { cached: number; built: number };
}

async function timed<T>(deps: ActionDependencies, phases: PublishReport['phases'], name: string, body: () => Promise<T>): Promise<T> {
  const started = deps.now();
  try {
    return await deps.io.group(name, body);
  } finally {
    phases.push({ name, milliseconds: deps.now() - started });
  }
}

export async function main(deps: ActionDependencies): Promise<PublishImageResult> {
  const { io, context } = deps;
  const actionOutputs = namedIO(io, PUBLISH_IMAGE_NAMES);
  const masked = secretInputs((name) => io.getInput(name));
  for (const value of masked) io.setSecret(value);
  const inputs = readPublishImageInputs((name) => io.getInput(name));
  const secrets = [...new Set([...masked, ...secretValues(context.env)])];
  const phases: PublishReport['phases'] = [];
  const p = await planPublish(deps, inputs, secrets);
  const docker = new DockerCli(deps.run, { cwd: p.directory });
  const keys = layerCacheKeys({
    platform: context.platform, repository: p.tags.repository, dockerfile: path.relative(p.directory, p.dockerfile), dockerfileText: p.dockerfileText,
    target: inputs.target, branch: context.env.GITHUB_HEAD_REF || context.env.GITHUB_REF_NAME, defaultBranch: refFacts(context, false).defaultBranch,
    cacheVersion: inputs.cacheVersion,
  });
  const tempRoot = context.env.RUNNER_TEMP || os.tmpdir();
  const cacheFolder = path.join(tempRoot, 'build-actions-image-cache', keys.scope);
  // The layer cache downloads while the engine is asked its version and builder (the classic builder loads it;
  // with buildx the lookup finds no classic entry and costs one request). Its fault is only ever a warning.
  const layerDownload = p.restoreAllowed ? downloadLayerCache(deps.cache, keys, cacheFolder) : undefined;
  layerDownload?.catch(() => undefined);
  const [, builder] = await Promise.all([engineVersion(docker, context.env.DOCKER_HOST), docker.builder()]);
  checkBuildArgs(inputs.buildArgs, new Set(secrets), builder === 'buildx');
  if (builder === 'classic' && inputs.secrets.length > 0) {
    throw new ConfigurationError("Input 'secrets' needs buildx (BuildKit secret mounts), and this engine has the classic builder only: add docker/setup-buildx-action before this step.");
  }
  const state: PublishImageState = { schema: 1, directory: p.directory };
  const report: PublishReport = {
    repository: p.tags.repository, tags: p.tags.tags, latestReason: `${p.tags.latest.latest ? 'moves' : 'stays'}: ${p.tags.latest.reason}`,
    pushNote: 'not pushed', builder: builder === 'buildx' ? 'buildx (BuildKit)' : 'classic (no buildx on this engine)',
    cacheResult: 'disabled', cacheDetail: p.cacheReason ?? '', phases, secretCheck: 'not run', scan: { result: 'skipped', detail: 'not run', findings: [] },
    maxSizeBytes: inputs.maxSizeBytes,
  };
  const finish = async (failure?: string) => {
    savePublishImageState(io, state);
    await io.writeSummary(publishImageSummary(report));
    if (failure !== undefined) throw new ConfigurationError(failure);
  };

  // Restore the layer cache (classic: docker load; buildx reads type=gha itself).
  let cacheResult: LayerCacheResult = 'disabled';
  let restoredSources: string[] = [];
  const stages = builder === 'classic' ? stagesToCache(dockerfileStages(p.dockerfileText), inputs.target) : [];
  if (layerDownload && builder === 'classic') {
    const restored = await timed(deps, phases, 'Restore the layer cache', () => restoreLayerCache(io, layerDownload, docker, keys, cacheFolder));
    cacheResult = restored.result;
    restoredSources = restored.sources;
    report.cacheDetail = restored.detail + (p.saveAllowed ? '' : `; not saved: ${p.cacheReason}`);
  } else if (p.restoreAllowed) {
    // buildx reads its own type=gha cache: whatever the classic lookup brought is not used.
    await layerDownload?.then(() => rm(path.join(cacheFolder, ARCHIVE), { force: true }), () => undefined);
    cacheResult = 'partial';
    report.cacheDetail = `type=gha, scope ${keys.scope}${p.saveAllowed ? '' : ' (read only)'}`;
  }
  report.cacheResult = cacheResult;

  // Build: each stage with --target (so its layers can be kept), then the image; values of build args in the env only.
  const buildEnv: Record<string, string> = {};
  for (const arg of inputs.buildArgs) buildEnv[arg.name] = arg.value;
  for (const secret of inputs.secrets) buildEnv[secretEnvName(secret.name)] = secret.value;
  const cacheTags = builder === 'classic' ? [...stages.map((stage) => keys.stageTag(stage)), keys.stageTag('')] : [];
  const workFolder = path.join(tempRoot, `publish-image-${process.pid}-${deps.now()}`);
  await mkdir(workFolder, { recursive: true });
  const layers = { cached: 0, built: 0 };
  let imageId = '';
  try {
    await timed(deps, phases, `Build ${p.tags.references[0]}`, async () => {
      const targets = buildSteps({ builder, stages, target: inputs.target, references: p.tags.references, stageTag: (stage) => keys.stageTag(stage), restored: restoredSources });
      for (const step of targets) {
        const args = buildArguments({
          builder, context: p.contextDir, file: p.dockerfile, references: step.references, labels: step === targets[targets.length - 1] ? p.labels : {}, buildArgNames: inputs.buildArgs.map((arg) => arg.name),
          secretIds: builder === 'buildx' ? inputs.secrets.map((secret) => secret.name) : [], target: step.target, cacheFrom: step.cacheFrom,
          ghaScope: builder === 'buildx' && p.restoreAllowed ? keys.ghaScope : undefined, ghaWrite: p.saveAllowed, iidFile: path.join(workFolder, 'iid'),
        });
        const result = await docker.build(args, builder === 'buildx' ? { ...buildEnv, BUILDKIT_PROGRESS: 'plain' } : buildEnv, inputs.timeoutMinutes * 60_000);
        const counts = builder === 'classic' ? classicLayerCounts(result.output) : buildkitLayerCounts(result.output);
        layers.cached += counts.cached;
        layers.built += counts.built;
        if (result.timedOut) {
          report.pushNote = 'not pushed: the build timed out';
          await finish(`docker build${step.target ? ` (stage ${step.target})` : ''} did not finish within ${inputs.timeoutMinutes} min (timeout-minutes) and was stopped: ${lastLines(result.output, 6).split('\n').join(' / ')}`);
        }
        if (result.exitCode !== 0) {
          report.pushNote = 'not pushed: the build failed';
          await finish(`docker build failed${step.target ? ` (stage ${step.target})` : ''} with exit code ${result.exitCode}: ${lastLines(result.output, 6).split('\n').join(' / ')}`);
        }
      }
      imageId = (await readFile(path.join(workFolder, 'iid'), 'utf8')).trim();
    });
  } finally {
    await rm(workFolder, { recursive: true, force: true });
  }
  report.layers = layers;
  report.imageId = imageId;
  const inspected = await docker.inspect(imageId);
  if (inspected === undefined) throw new Error(`the built image ${imageId} is not in the engine`);
  report.sizeBytes = inspected.size;
  // The change against the default branch's last push (the size history, restored after the layer download so
  // that the cache client's log capture never runs twice at once).
  const sizeHistory = { prefix: keys.sizePrefix, folder: path.join(tempRoot, 'build-actions-image-sizes', keys.scope), setBy: 'push' as const };
  const before = await restoreSizeHistory(io, deps.cache, context, inputs.cache, sizeHistory);
  report.sizeBefore = { bytes: before.history?.sizes.image, ref: before.history?.ref, note: before.note };
  actionOutputs.setOutput('image', p.tags.repository);
  actionOutputs.setOutput('tags', p.tags.references.join('\n'));
  actionOutputs.setOutput('image-id', imageId);
  actionOutputs.setOutput('size-bytes', String(inspected.size));
  actionOutputs.setOutput('cache-result', cacheResult);

  // Check the very image that will be pushed: secrets first, then the scan, then the size budget.
  const found = await timed(deps, phases, 'Search the image for secrets', () => secretCheck(docker, imageId, inspected, secrets, tempRoot));
  if (found.findings.length > 0) {
    report.secretCheck = `**failed**: ${found.findings.length} finding(s)`;
    report.pushNote = 'not pushed: the secret check failed';
    state.skipReason = 'the image holds a secret: its layers are not cached';
    actionOutputs.setOutput('scan-result', 'skipped');
    await finish(`The image holds secrets, so nothing was pushed: ${describeFindings(found.findings)}. Remove them from the build context (.dockerignore) or the Dockerfile; pass build-time secrets in 'secrets'.`);
  }
  report.secretCheck = `passed: ${found.layers} layer(s), ${found.files} file(s), history, labels and env searched`;
  if (builder === 'classic' && p.saveAllowed) state.layerCache = { references: cacheTags, folder: cacheFolder, key: keys.saveKey(imageId) };
  else if (!p.saveAllowed) state.skipReason = p.cacheReason;

  const scan = await timed(deps, phases, 'Scan for vulnerabilities', async (): Promise<ScanOutcome> => {
    const scanner = await chooseScanner(deps.run, inputs.scan);
    if (scanner === undefined) {
      const reason = inputs.scan === 'none' ? "input 'scan' is none" : `no scanner on PATH (add ${SCANNER_SETUP.trivy} or ${SCANNER_SETUP.grype} before this step)`;
      if (inputs.scan === 'auto') io.warning(`The vulnerability scan was SKIPPED, not passed: ${reason}.`);
      return { result: 'skipped', reason, ranked: [] };
    }
    const databaseFolder = path.join(tempRoot, `build-actions-${scanner}-db`);
    await mkdir(databaseFolder, { recursive: true });
    if (p.restoreAllowed) {
      // The scanner's database, kept in the Actions cache for a day (the scanner refreshes what is older).
      const { key, prefix } = scanDatabaseKeys(scanner, context.platform, new Date(deps.now()).toISOString().slice(0, 10), inputs.cacheVersion);
      const restored = await deps.cache.restore([databaseFolder], key, [prefix]);
      if (restored.outcome === 'error') io.warning(`Restoring the ${scanner} database failed (${restored.message}); the scanner downloads it.`);
      if (p.saveAllowed && restored.matchedKey !== key) state.scanDatabase = { folder: databaseFolder, key };
    }
    const sarifFile = path.join(tempRoot, `publish-image-${keys.scope}.sarif`);
    return runScan(deps.run, scanner, imageId, inputs.severityThreshold, databaseFolder, sarifFile, path.relative(context.workspace, p.dockerfile), p.directory);
  });
  actionOutputs.setOutput('scan-result', scan.result);
  if (scan.sarifFile) actionOutputs.setOutput('sarif-file', scan.sarifFile);
  report.scan = {
    result: scan.result,
    detail: scan.result === 'skipped' ? (scan.reason ?? '') :
      `${scan.scanner}: ${scan.ranked.length} finding(s), ${scan.verdict?.blocking.length ?? 0} at or above ${inputs.severityThreshold}`,
    findings: scan.ranked,
  };
  if (scan.result === 'failed') {
    report.pushNote = 'not pushed: the scan failed';
    await finish(`The vulnerability scan (${scan.scanner}) found ${scan.verdict?.blocking.length} finding(s) at or above '${inputs.severityThreshold}' (${scan.verdict?.blocking.slice(0, 5).map((v) => `${v.id} in ${v.packageName}`).join(', ')}), so nothing was pushed. See the summary and ${scan.sarifFile}.`);
  }
  if (inputs.maxSizeBytes !== undefined && inspected.size > inputs.maxSizeBytes) {
    report.pushNote = 'not pushed: over the size budget';
    await finish(`The image is ${formatBytes(inspected.size)}, over the 'max-size' budget of ${formatBytes(inputs.maxSizeBytes)}, so nothing was pushed.`);
  }

  // Push every tag of that same image, and confirm each from the registry.
  let digest: string | undefined;
  if (!inputs.push) report.pushNote = "not pushed: input 'push' is false";
  else if (p.untrusted) {
    report.pushNote = 'not pushed: this event runs untrusted code';
    io.warning('Not pushing: this event (a fork pull request, pull_request_target or workflow_run) runs untrusted code.');
  } else {
    const outcome = await timed(deps, phases, `Push ${p.tags.tags.length} tag(s)`, async () => {
      const credentials = inputs.username !== undefined && inputs.password !== undefined ? { username: inputs.username, password: inputs.password } : undefined;
      const host = registryHost(p.tags.repository);
      if (credentials) {
        const login = await docker.login(host, credentials.username, credentials.password);
        if (!login.ok) {
          report.pushNote = `not pushed: ${host} refused the login`;
          await finish(`Logging in to ${host} as '${credentials.username}' failed, so nothing was pushed: ${login.message}`);
        }
        state.loggedInTo = host;
        savePublishImageState(io, state);
      }
      try {
        const pushed = await pushAndConfirm(docker, p.tags, credentials);
        report.registrySize = await compressedSize(p.tags.repository, p.tags.tags[0], credentials);
        return pushed;
      } catch (error) {
        report.pushNote = `push failed: ${(error as Error).message}`;
        await finish();
        throw error;
      }
    });
    digest = outcome.digest;
    report.digest = digest;
    actionOutputs.setOutput('digest', digest);
  }
  // The size history follows what the default branch pushed (locally, the last checked build).
  if (before.history?.sizes.image !== inspected.size) {
    const pushedOrLocal = digest !== undefined || context.env.GITHUB_ACTIONS !== 'true';
    io.info(pushedOrLocal ? await saveSizeHistory(io, deps.cache, context, inputs.cache, sizeHistory, { image: inspected.size }, deps.now()) : 'Size history not saved: only a push sets it.');
  }
  await finish();
  return { references: p.tags.references, digest, imageId, cacheResult, scanResult: scan.result, layers };
}
