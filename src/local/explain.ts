import path from 'node:path';
import { keyFileParts, treeKeyInputs } from '../actions/setup-deps/main.js';
import { readSetupDepsInputs } from '../actions/setup-deps/inputs.js';
import { buildKeyInputs, pythonToolingKeySuffix } from '../actions/build/key-inputs.js';
import { planBuild } from '../actions/build/plan.js';
import { readBuildInputs } from '../actions/build/inputs.js';
import { probePythonTooling } from '../actions/build/python-build.js';
import { buildCacheKey, sizeHistoryPrefix } from '../core/build/cache-key.js';
import { CACHE_NAMES, buildKeyParts, cacheVersionPart, storeKeyParts, treeKeyParts, type CacheExplanation, type EntryAbout, type KeyPart } from '../core/local/cache-explain.js';
import { cacheKeys } from '../core/deps/cache-keys.js';
import { cacheVersionSegment, parseCacheVersion } from '../core/cache/version.js';
import { digestText } from '../core/hashing.js';
import { IMAGE_CACHE_SCHEMA } from '../core/image/build-plan.js';
import { scanDatabaseKeys } from '../core/image/scan.js';
import { chooseScanner, SCANNER_SETUP } from '../actions/publish-image/checks.js';
import { parseScanChoice } from '../actions/publish-image/inputs.js';
import { pinDecision } from '../core/deps/pinned-package-manager.js';
import { detectProject } from '../core/deps/project-detection.js';
import { detectTestProject } from '../core/testing/test-command.js';
import { timingsKeyPrefix } from '../core/testing/timings.js';
import { readProjectSnapshot, readTextIfExists } from '../runtime/files/file-system.js';
import { listLocalEntries, recordEntryAbout, type LocalEntry } from '../runtime/cache/local-cache-store.js';
import type { RunCommand } from '../runtime/process/run-command.js';
import type { ActionContext } from '../runtime/io/run-context.js';
import { probeToolchain } from '../runtime/deps/toolchain-probe.js';

export interface ExplainDependencies {
  run: RunCommand;
  context: ActionContext;
  /** The project folder, absolute. */
  directory: string;
  /** The stages' inputs as given on the command line (package-manager, build-script, package, ...). */
  inputs: Record<string, string>;
  /** The clock (the scanner database's key holds the day); Date.now when not given. */
  now?: () => number;
}

/** Every publish-image layer-cache key starts so (core/image/build-plan.ts layerCacheKeys). */
const LAYER_KEY_START = `build-actions-image-${IMAGE_CACHE_SCHEMA}-`;

const failed = (cache: string, error: unknown): CacheExplanation => ({ cache, matching: 'exact', parts: [], note: `not worked out: ${(error as Error).message.split('\n')[0]}` });

/**
 * The current key and its parts for every cache of every stage, from the same functions the stages use
 * (setup-deps' treeKeyInputs and cacheKeys, build's buildKeyInputs and buildCacheKey, the prefixes of the
 * rolling caches). Nothing is installed, built or restored.
 */
export async function currentCaches(deps: ExplainDependencies): Promise<CacheExplanation[]> {
  const { context, directory, run } = deps;
  const read = (name: string): string => deps.inputs[name] ?? '';
  const snapshot = await readProjectSnapshot(directory);
  const projectPath = path.relative(path.resolve(context.workspace), directory).split(path.sep).join('/') || '.';
  const platform = { kind: 'OS/arch' as const, name: 'platform', value: `${context.platform.os}-${context.platform.arch}` };
  const project = { kind: 'project' as const, name: 'project', value: projectPath };
  // One input for every cache (as on the root action): a bad value fails the whole explanation, not one cache.
  const cacheVersion = parseCacheVersion(read('cache-version'));
  const version = cacheVersionPart(cacheVersion);
  const found: CacheExplanation[] = [];

  try {
    const detected = detectProject(snapshot, readSetupDepsInputs(read).packageManager);
    const toolchain = await probeToolchain(run, detected);
    // A packageManager pin is installed by setup-deps and its version keys the tree: the pinned version, as it would run.
    const pin = pinDecision(detected, toolchain.packageManagerVersion);
    const versions = pin.kind === 'install' ? { ...toolchain, packageManagerVersion: pin.version } : toolchain;
    const inputs = treeKeyInputs(context, detected, versions, await keyFileParts(snapshot, detected), directory, cacheVersion);
    const keys = cacheKeys(inputs);
    found.push({ cache: CACHE_NAMES.tree, key: keys.tree, matching: 'exact', parts: treeKeyParts(inputs) });
    found.push({
      cache: CACHE_NAMES.store,
      key: keys.store,
      matching: 'exact',
      parts: storeKeyParts(inputs),
      note: context.keepsDownloadStore ? `locally the ${detected.packageManager} download store stays on this machine, so it is not cached; on GitHub the newest entry under ${keys.storeRestorePrefix} is restored` : undefined,
    });
  } catch (error) {
    found.push(failed(CACHE_NAMES.tree, error));
  }

  try {
    const buildInputs = readBuildInputs(read);
    const plan = await planBuild(snapshot, directory, buildInputs);
    const parts = await buildKeyInputs({ run, context }, buildInputs, plan, { directory, projectPath, snapshot });
    if (parts === undefined) {
      found.push({ cache: CACHE_NAMES.outputs, matching: 'exact', parts: [], note: `not used: ${directory} is not in a git repository (the key is made from the tracked files)` });
    } else {
      let key = buildCacheKey(parts);
      const extra: KeyPart[] = [];
      if (plan.language === 'python' && plan.pythonPackaging) {
        const python = await probePythonTooling({ run, context }, directory, snapshot);
        key = `${key}-${pythonToolingKeySuffix(python)}`;
        extra.push({ kind: 'tool version', name: 'python build tooling', value: `${python.python} ${python.backendVersion ?? ''}${python.backendInstalled ? '' : ' (isolated)'}`.trim() });
      }
      found.push({ cache: CACHE_NAMES.outputs, key, matching: 'exact', parts: buildKeyParts(parts, extra) });
    }
  } catch (error) {
    found.push(failed(CACHE_NAMES.outputs, error));
  }
  found.push({ cache: CACHE_NAMES.sizes, key: sizeHistoryPrefix(context.platform.os, projectPath, cacheVersion), matching: 'newest under prefix', parts: [{ ...platform, value: context.platform.os }, project, version] });

  try {
    const runner = detectTestProject(snapshot, false, read('test-script')).runner;
    found.push({
      cache: CACHE_NAMES.timings,
      key: timingsKeyPrefix({ os: `${context.platform.os}-${context.platform.arch}`, projectPath, runner, cacheVersion }),
      matching: 'newest under prefix',
      parts: [platform, project, { kind: 'tool version', name: 'test runner', value: runner }, version],
    });
  } catch (error) {
    found.push({ ...failed(CACHE_NAMES.timings, error), matching: 'newest under prefix' });
  }

  const dockerfileName = read('file') || 'Dockerfile';
  const dockerfile = await readTextIfExists(path.resolve(directory, read('context') || '.', dockerfileName)).catch(() => undefined);
  found.push(
    dockerfile === undefined
      ? { cache: CACHE_NAMES.layers, matching: 'newest under prefix', parts: [], note: `not used: no ${dockerfileName} (publish-image is skipped)` }
      : {
          cache: CACHE_NAMES.layers,
          key: `${LAYER_KEY_START}${cacheVersionSegment(cacheVersion)}${context.platform.os}-${context.platform.arch}-<image>-<branch>-<Dockerfile digest>-`,
          matching: 'newest under prefix',
          parts: [platform, { kind: 'Dockerfile', name: dockerfileName, value: `sha256 ${digestText(dockerfile).slice(0, 12)}` }, version],
          note: 'restored by the newest entry of this image and branch; a changed Dockerfile restores a partial match (the earlier stages still hit)',
        },
  );
  found.push(await scanDatabaseCache(deps, read, cacheVersion, dockerfile === undefined ? `not used: no ${dockerfileName} (publish-image is skipped)` : undefined));
  return found;
}

/**
 * publish-image's scanner database (core/image/scan.ts scanDatabaseKeys): one entry a day per scanner and platform;
 * the newest under the prefix is restored when today's is not saved yet (the scanner refreshes it), and today's is
 * saved then. The scanner is the one the stage would choose: the 'scan' input, with auto the first on PATH.
 */
async function scanDatabaseCache(deps: ExplainDependencies, read: (name: string) => string, cacheVersion: string | undefined, unused: string | undefined): Promise<CacheExplanation> {
  const cache = CACHE_NAMES.scanDatabase;
  if (unused !== undefined) return { cache, matching: 'newest under prefix', parts: [], note: unused };
  try {
    const choice = parseScanChoice(read('scan'));
    const scanner = await chooseScanner(deps.run, choice);
    if (scanner === undefined) {
      const why = choice === 'none' ? "input 'scan' is none" : `no scanner on PATH (${SCANNER_SETUP.trivy} or ${SCANNER_SETUP.grype} adds one): the scan is skipped`;
      return { cache, matching: 'newest under prefix', parts: [], note: `not used: ${why}` };
    }
    const day = new Date((deps.now ?? Date.now)()).toISOString().slice(0, 10);
    const { key, prefix } = scanDatabaseKeys(scanner, deps.context.platform, day, cacheVersion);
    return {
      cache,
      key: prefix,
      matching: 'newest under prefix',
      parts: [
        { kind: 'OS/arch', name: 'platform', value: `${deps.context.platform.os}-${deps.context.platform.arch}` },
        { kind: 'tool version', name: 'scanner', value: scanner },
        { kind: 'day', name: 'day', value: day },
        cacheVersionPart(cacheVersion),
      ],
      note: `one entry a day: today's key is ${key}; an older day's entry is restored and the scanner refreshes the database, then today's is saved`,
    };
  } catch (error) {
    return { ...failed(cache, error), matching: 'newest under prefix' };
  }
}

function newest(entries: LocalEntry[]): LocalEntry | undefined {
  return [...entries].sort((a, b) => b.record.created - a.record.created)[0];
}

function matchesPrefix(explanation: CacheExplanation, key: string): boolean {
  if (explanation.cache === CACHE_NAMES.layers) return key.startsWith(LAYER_KEY_START);
  return explanation.key !== undefined && key.startsWith(explanation.key);
}

/** Joins the current caches with the newest entries saved for this project in the local cache. */
export async function explainProject(deps: ExplainDependencies, cacheDirectory: string): Promise<CacheExplanation[]> {
  const entries = await listLocalEntries(cacheDirectory);
  return (await currentCaches(deps)).map((explanation) => {
    const exact = explanation.matching === 'exact' ? entries.filter((entry) => entry.record.key === explanation.key) : [];
    const mine = entries.filter((entry) => entry.record.about?.cache === explanation.cache && entry.record.about.project === deps.directory);
    const unattributed = explanation.matching === 'newest under prefix' && explanation.cache !== CACHE_NAMES.layers ? entries.filter((entry) => matchesPrefix(explanation, entry.record.key)) : [];
    const chosen = newest(exact) ?? newest(mine) ?? newest(unattributed);
    if (chosen === undefined) return explanation;
    return { ...explanation, saved: { key: chosen.record.key, created: chosen.record.created, parts: chosen.record.about?.parts } };
  });
}

/**
 * After a stage saved entries (at or after `since`): writes each one's key parts into its record, so that a later
 * `explain` can say which part changed. Only entries whose key the current parts give (or, for rolling caches,
 * the newest under their prefix) are labelled: a key that no longer matches is left unlabelled, never mislabelled.
 */
export async function recordSavedParts(deps: ExplainDependencies, cacheDirectory: string, since: number): Promise<number> {
  const fresh = (await listLocalEntries(cacheDirectory)).filter((entry) => entry.record.created >= since);
  if (fresh.length === 0) return 0;
  let recorded = 0;
  for (const explanation of await currentCaches(deps)) {
    if (explanation.key === undefined) continue;
    const about: EntryAbout = { cache: explanation.cache, project: deps.directory, parts: explanation.parts };
    const entry = newest(fresh.filter((candidate) => (explanation.matching === 'exact' ? candidate.record.key === explanation.key : matchesPrefix(explanation, candidate.record.key))));
    if (entry !== undefined && (await recordEntryAbout(cacheDirectory, entry.record.key, about))) recorded += 1;
  }
  return recorded;
}
