import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import { namedIO } from '../../runtime/io/named-io.js';
import os from 'node:os';
import path from 'node:path';
import { planAnnotations, type AnnotationPlan } from '../../core/findings.js';
import { readPackageJson, requirementsFiles, type ProjectSnapshot } from '../../core/project-snapshot.js';
import { rewriteFindings, rewriteSuspects } from '../../core/quality/source-changes.js';
import { isNodeProject, planChecks, type OutputFormat, type PlannedCheck } from '../../core/quality/check-plan.js';
import { qualityVerdict, readableLines, type CheckOutcome, type QualityVerdict } from '../../core/quality/check-outcome.js';
import { interpretToolRun, type ToolRun } from '../../core/quality/interpret-tool-run.js';
import { qualitySummary } from '../../core/quality/quality-summary.js';
import { configFindings } from '../../core/quality/config-sanity.js';
import { workspacePath } from '../../core/quality/tool-output.js';
import { annotate, AnnotationCounter } from '../../runtime/io/annotations.js';
import { runBounded } from '../../runtime/process/bounded.js';
import { defaultParallelism, runCheckCommand } from '../../runtime/quality/check-runner.js';
import { readProjectSnapshot, resolveInputDirectory } from '../../runtime/files/file-system.js';
import { probeQualityTools } from '../../runtime/quality/tool-probe.js';
import { captureSources, changedSources, restoreSources, type SourceState } from '../../runtime/quality/source-guard.js';
import type { ActionContext } from '../../runtime/io/run-context.js';
import { QUALITY_CHECKS_NAMES, QUALITY_CHECKS_OUTPUTS, readQualityChecksInputs, type QualityChecksInputs } from './inputs.js';

/** The same shape as setup-deps' dependencies (the cache is not used by this action). */
/** quality-checks runs without a cache too (its checks keep nothing). */
export type QualityChecksDependencies = Omit<ActionDependencies, 'cache'> & Partial<Pick<ActionDependencies, 'cache'>>;

export interface QualityChecksResult {
  outcomes: CheckOutcome[];
  verdict: QualityVerdict;
  annotations: AnnotationPlan;
}

/** Tools asked for JSON: the log shows what was read from it, the raw JSON goes to a file. */
const JSON_FORMATS = new Set<OutputFormat>(['eslint-json', 'pylint-json', 'ruff-json', 'npm-audit', 'yarn-audit', 'pip-audit', 'npm-outdated', 'yarn-outdated', 'pip-outdated']);

/** What was read from a tool's JSON; when it crashed (its output is then no report), the output itself too. */
function readable(outcome: Omit<CheckOutcome, 'durationMs'>, run: ToolRun): string[] {
  const lines = readableLines(outcome);
  if (outcome.status !== 'crashed') return lines;
  return [...lines, ...[run.stdout, run.stderr].filter((text) => text.trim() !== '').map((text) => text.trimEnd())];
}

/** RUNNER_TEMP on a runner; the system's temporary folder elsewhere (never the caller's current folder). */
function rawOutputFolder(context: ActionContext): string {
  return path.join(context.env.RUNNER_TEMP || os.tmpdir(), 'quality-checks-output');
}

interface Planned {
  snapshot: ProjectSnapshot;
  /** The manifest dependency findings point at, relative to the repository root. */
  manifest: string;
}

async function runOne(deps: QualityChecksDependencies, inputs: QualityChecksInputs, check: PlannedCheck, { snapshot, manifest }: Planned): Promise<CheckOutcome> {
  const workspace = deps.context.workspace;
  switch (check.kind) {
    case 'skipped':
      return { name: check.name, label: check.label, status: 'skipped', findings: [], detail: check.reason, gating: true };
    case 'unavailable':
      return { name: check.name, label: check.label, status: 'crashed', findings: [], detail: check.reason, gating: true };
    case 'inline': {
      const started = deps.now();
      const findings = configFindings(snapshot, (file) => workspacePath({ workspace, directory: snapshot.directory }, file));
      return { name: check.name, label: check.label, status: findings.length > 0 ? 'findings' : 'passed', findings, durationMs: deps.now() - started, gating: true };
    }
    case 'command': {
      const options = { workspace, auditLevel: inputs.auditLevel, failOnOutdated: inputs.failOnOutdated, manifest, timeoutMinutes: inputs.timeoutMinutes };
      const rawOutput = JSON_FORMATS.has(check.format) ? { folder: rawOutputFolder(deps.context), readable: (run: ToolRun) => readable(interpretToolRun(check, run, options), run) } : undefined;
      const { result, durationMs } = await runCheckCommand(deps.io, deps.run, deps.now, check, { rawOutput, timeoutMs: inputs.timeoutMinutes * 60_000 });
      const outcome = interpretToolRun(check, result, options);
      return { ...outcome, durationMs };
    }
  }
}

/**
 * The checks must leave the project as they found it: files a check changed (a lint script with --fix or
 * --write) are put back and become that check's findings, each named with the fix.
 */
async function guardSources(deps: QualityChecksDependencies, before: SourceState, checks: PlannedCheck[], outcomes: CheckOutcome[], snapshot: ProjectSnapshot): Promise<void> {
  const changed = await changedSources(deps.run, before);
  if (changed.length === 0) return;
  const { restored, notRestored } = await restoreSources(deps.run, before, changed);
  const suspects = rewriteSuspects(checks, scriptsOf(snapshot));
  const files = changed.map((file) => workspacePath({ workspace: deps.context.workspace, directory: before.directory }, file));
  const restoredSet = new Set(restored.map((file) => workspacePath({ workspace: deps.context.workspace, directory: before.directory }, file)));
  deps.io.warning(
    `The checks changed ${changed.length === 1 ? 'a file' : `${changed.length} files`} of the project (${changed.join(', ')})` +
      `${suspects.length > 0 ? `, run by ${suspects.map((suspect) => suspect.check.label).join(' or ')}` : ''}: ` +
      (notRestored.length === 0 ? 'every one was restored.' : `restored ${restored.length}; NOT restored: ${notRestored.join(', ')}.`),
  );
  const targets = suspects.length > 0 ? suspects : [];
  for (const suspect of targets) {
    const index = checks.indexOf(suspect.check);
    const outcome = outcomes[index];
    const findings = rewriteFindings(suspect, targets.length - 1, { files, restored: restoredSet, git: before.kind === 'git' });
    outcomes[index] = {
      ...outcome,
      status: outcome.status === 'passed' ? 'findings' : outcome.status,
      findings: [...outcome.findings, ...findings],
      findingsRead: outcome.findingsRead === false && outcome.findings.length === 0 ? undefined : outcome.findingsRead,
      detail: [outcome.detail, `changed ${changed.length === 1 ? 'a file' : `${changed.length} files`} it should only have read (${notRestored.length === 0 ? 'restored' : `${notRestored.length} not restored`})`].filter(Boolean).join('; '),
    };
  }
  if (targets.length === 0) {
    outcomes.push({
      name: 'lint',
      label: 'unchanged sources',
      status: 'findings',
      gating: true,
      findings: files.map((file) => ({ level: 'error', file, source: 'quality-checks', rule: 'rewrites-sources', message: `a check changed this file while checking it; ${restoredSet.has(file) ? 'it was restored' : 'it was NOT restored'}` })),
    });
  }
}

function scriptsOf(snapshot: ProjectSnapshot): Record<string, unknown> {
  try {
    const scripts = readPackageJson(snapshot)?.scripts;
    return scripts !== null && typeof scripts === 'object' ? (scripts as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export interface QualityChecksOptions {
  /** Annotations earlier steps of the job made, toward GitHub's 50 per job. */
  annotationsBefore?: number;
  /** What this step has annotated so far: the one-step pipeline passes its counter (and an io it wraps). */
  counter?: AnnotationCounter;
}

export async function main(given: QualityChecksDependencies, options: QualityChecksOptions = {}): Promise<QualityChecksResult> {
  const counter = options.counter ?? new AnnotationCounter();
  const deps = options.counter ? given : { ...given, io: counter.wrap(given.io) };
  const { io, context } = deps;
  const inputs = readQualityChecksInputs((name) => io.getInput(name));
  const directory = await resolveInputDirectory(
    context.workspace,
    'working-directory',
    inputs.workingDirectory,
    'Give the path of the folder that holds package.json or pyproject.toml, relative to the repository root.',
  );

  const { checks, ...planned } = await io.group('Detect the project and its tools', async () => {
    const snapshot = await readProjectSnapshot(directory);
    const facts = await probeQualityTools(deps.run, snapshot, context.env.PATH);
    const checks = planChecks(facts, { requested: inputs.checks, lintScript: inputs.lintScript, typeCheckScript: inputs.typeCheckScript });
    const manifestName = isNodeProject(snapshot) ? 'package.json' : (requirementsFiles(snapshot)[0] ?? 'pyproject.toml');
    for (const check of checks) {
      const how = check.kind === 'command' ? [check.command, ...check.args].join(' ') : check.kind === 'inline' ? 'in-process' : `${check.kind}: ${check.reason}`;
      io.info(`${check.label}: ${how}`);
    }
    return { checks, snapshot, manifest: workspacePath({ workspace: context.workspace, directory }, manifestName) };
  });

  const parallelism = inputs.maxParallel ?? defaultParallelism();
  const started = deps.now();
  const before = await captureSources(deps.run, directory);
  const outcomes = await runBounded(checks, parallelism, (check) => runOne(deps, inputs, check, planned));
  await guardSources(deps, before, checks, outcomes, planned.snapshot);
  const wallMilliseconds = deps.now() - started;

  const verdict = qualityVerdict(outcomes, inputs.failOn);
  const annotations = planAnnotations(outcomes.flatMap((outcome) => outcome.findings), undefined, (options.annotationsBefore ?? 0) + counter.total, {
    inStep: counter.counts,
    reservedErrors: verdict.failure !== undefined ? 1 : 0,
  });
  annotate(io, annotations.annotated);
  const outputs = namedIO(io, QUALITY_CHECKS_NAMES);
  for (const name of QUALITY_CHECKS_OUTPUTS) outputs.setOutput(name, verdict.outputs[name] ?? '');
  await io.writeSummary(
    qualitySummary({
      project: path.relative(context.workspace, directory) || '.',
      failOn: inputs.failOn,
      outcomes,
      plan: annotations,
      wallMilliseconds,
      parallelism,
    }),
  );
  if (verdict.failure !== undefined) io.setFailed(verdict.failure);
  return { outcomes, verdict, annotations };
}
