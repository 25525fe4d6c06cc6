import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { shownPath } from '../../core/output-folders.js';
import { mergeCoverage, summarizeCoverage, writeLcov, type CoverageData } from '../../core/testing/coverage.js';
import { writeJunit } from '../../core/testing/junit.js';
import { fileDurations, mergeResults } from '../../core/testing/results.js';
import { parseShard } from '../../core/testing/shards.js';
import { timingsKeyPrefix } from '../../core/testing/timings.js';
import { readTextIfExists } from '../../runtime/files/file-system.js';
import { findNamed, writeText } from '../../runtime/testing/test-files.js';
import type { TestInputs } from './inputs.js';
import { finish, REPORT_FILE, type Outcome, type ShardReportFile, type TestActionResult } from './outcome.js';
import { restoreTimings, runIdentity, saveTimings } from './timings-cache.js';

/** Which shards of `i/n` are missing from the reports found. */
export function missingShards(labels: ReadonlyArray<string | undefined>): string[] {
  const specs = labels.flatMap((label) => (label ? [parseShard(label)!] : []));
  const total = Math.max(0, ...specs.map((spec) => spec.total));
  const present = new Set(specs.map((spec) => spec.index));
  return Array.from({ length: total }, (_, index) => index + 1).filter((index) => !present.has(index)).map((index) => `${index}/${total}`);
}

/** Files the shards split among them that no shard ran, and files more than one ran (shards that planned apart). */
export function unevenSplit(plans: ReadonlyArray<{ files: string[]; allFiles: string[] } | undefined>): { missing: string[]; duplicated: string[] } {
  const known = plans.filter((plan): plan is { files: string[]; allFiles: string[] } => plan !== undefined);
  const all = new Set(known.flatMap((plan) => plan.allFiles));
  const runs = new Map<string, number>();
  for (const plan of known) for (const file of plan.files) runs.set(file, (runs.get(file) ?? 0) + 1);
  return {
    missing: [...all].filter((file) => !runs.has(file)).sort(),
    duplicated: [...runs.entries()].filter(([, count]) => count > 1).map(([file]) => file).sort(),
  };
}

/** `merge-shards: true`: the shards' results and coverage from `results-directory` (at any depth) into one summary. */
export async function mergeShards(deps: ActionDependencies, inputs: TestInputs): Promise<TestActionResult> {
  const { io, context } = deps;
  const repositoryRoot = path.resolve(context.workspace);
  const directory = path.resolve(context.workspace, inputs.resultsDirectory);
  const output = path.join(directory, 'merged');
  const relative = (file: string): string => path.relative(repositoryRoot, file).split(path.sep).join('/');
  const found = (await findNamed(directory, REPORT_FILE)).filter((file) => !file.startsWith('merged/'));
  if (found.length === 0) {
    throw new ConfigurationError(
      `No shard results in ${directory}: looked for ${REPORT_FILE} files at any depth. Upload each shard's 'results-directory' as an artifact ` +
        `and download them all into '${inputs.resultsDirectory}' before this step.`,
    );
  }
  const reports: ShardReportFile[] = [];
  for (const file of found) {
    const text = await readTextIfExists(path.join(directory, file));
    try {
      const parsed = JSON.parse(text ?? '') as ShardReportFile;
      if (parsed.schema !== 1 || !Array.isArray(parsed.results?.cases)) throw new Error('not a test report of this action');
      reports.push(parsed);
    } catch (error) {
      throw new ConfigurationError(`${path.join(directory, file)} is not a readable shard report (${(error as Error).message}).`);
    }
  }
  reports.sort((a, b) => (a.shard ?? '').localeCompare(b.shard ?? '', undefined, { numeric: true }));
  const runner = reports[0].runner;
  const results = mergeResults(runner, reports.map((report) => report.results));
  const withCoverage = reports.filter((report) => report.coverage !== undefined);
  const coverage: CoverageData | undefined = withCoverage.length > 0 ? mergeCoverage(withCoverage.map((report) => report.coverage!)) : undefined;
  await writeText(path.join(output, 'junit.xml'), writeJunit(results));
  if (coverage) await writeText(path.join(output, 'lcov.info'), writeLcov(coverage));
  const durationMs = Math.max(...reports.map((report) => report.durationMs));
  await writeText(path.join(output, REPORT_FILE), JSON.stringify({ schema: 1, runner, results, coverage, durationMs } satisfies ShardReportFile));

  const notes = [
    `Merged ${reports.length} shard reports (${reports.map((report) => report.shard ?? 'unsharded').join(', ')}); duration is the longest shard's, ` +
      `${(reports.reduce((sum, report) => sum + report.durationMs, 0) / 1000).toFixed(1)} s in all.`,
  ];
  if (withCoverage.length > 0 && withCoverage.length < reports.length) notes.push(`Only ${withCoverage.length} of ${reports.length} shards measured coverage.`);
  const missing = missingShards(reports.map((report) => report.shard));
  const split = unevenSplit(reports.map((report) => report.plan));
  if (split.duplicated.length > 0) notes.push(`Run by more than one shard (the shards planned from different timings): ${split.duplicated.join(', ')}.`);
  const workingDirectory = path.resolve(context.workspace, inputs.workingDirectory);
  const prefix = timingsKeyPrefix({ os: `${context.platform.os}-${context.platform.arch}`, projectPath: relative(workingDirectory) || '.', runner, cacheVersion: inputs.cacheVersion });
  const identity = runIdentity(context, deps.now());
  const restored = await restoreTimings(io, deps.cache, context, inputs.cache, prefix, identity.run);
  notes.push(await saveTimings(io, deps.cache, context, inputs.cache, prefix, identity, 'merged', restored.file, fileDurations(results)));
  const outcome: Outcome = {
    results,
    durationMs,
    coverage: coverage ? summarizeCoverage(coverage) : undefined,
    coverageNote: 'No shard measured coverage.',
    problem: missing.length > 0
      ? { ok: false, reason: 'crash', message: `The results of shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} are missing in ${directory}: those tests were not counted.` }
      : split.missing.length > 0
        ? {
            ok: false,
            reason: 'crash',
            message: `${split.missing.length} test file${split.missing.length > 1 ? 's' : ''} ran in no shard (the shards planned from different timings, e.g. a concurrent run saved newer ones): ${split.missing.join(', ')}. Re-run the workflow, or keep one run at a time with a concurrency group.`,
          }
        : undefined,
  };
  return finish(io, outcome, {
    title: `Tests: ${runner}, ${reports.length} shards merged`,
    allowNoTests: inputs.allowNoTests,
    coverageThreshold: inputs.coverageThreshold,
    resultsFile: shownPath(repositoryRoot, path.join(output, 'junit.xml')),
    coverageFile: coverage ? shownPath(repositoryRoot, path.join(output, 'lcov.info')) : undefined,
    notes,
  });
}
