import path from 'node:path';
import { planAnnotations, type AnnotationPlan } from '../../core/findings.js';
import { requirementsFiles, type ProjectSnapshot } from '../../core/project-snapshot.js';
import { isNodeProject, planChecks, type PlannedCheck } from '../../core/quality/check-plan.js';
import { interpretToolRun, qualitySummary, qualityVerdict, type CheckOutcome, type QualityVerdict } from '../../core/quality/check-results.js';
import { configFindings } from '../../core/quality/config-sanity.js';
import { workspacePath } from '../../core/quality/tool-output.js';
import type { ActionIO } from '../../runtime/action-io.js';
import { annotate, AnnotationCounter } from '../../runtime/annotations.js';
import type { CacheStore } from '../../runtime/cache-store.js';
import { defaultParallelism, runBounded, runCheckCommand } from '../../runtime/check-runner.js';
import { readProjectSnapshot, resolveInputDirectory } from '../../runtime/file-system.js';
import { probeQualityTools } from '../../runtime/quality-tool-probe.js';
import type { RunCommand } from '../../runtime/run-command.js';
import type { ActionContext } from '../../runtime/run-context.js';
import { readQualityChecksInputs, type QualityChecksInputs } from './inputs.js';

/** The same shape as setup-deps' dependencies (the cache is not used by this action). */
export interface QualityChecksDependencies {
  io: ActionIO;
  run: RunCommand;
  cache?: CacheStore;
  context: ActionContext;
  now: () => number;
}

export interface QualityChecksResult {
  outcomes: CheckOutcome[];
  verdict: QualityVerdict;
  annotations: AnnotationPlan;
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
      const { result, durationMs } = await runCheckCommand(deps.io, deps.run, deps.now, check, inputs.timeoutMinutes * 60_000);
      const outcome = interpretToolRun(check, result, { workspace, auditLevel: inputs.auditLevel, failOnOutdated: inputs.failOnOutdated, manifest, timeoutMinutes: inputs.timeoutMinutes });
      return { ...outcome, durationMs };
    }
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
  const outcomes = await runBounded(checks, parallelism, (check) => runOne(deps, inputs, check, planned));
  const wallMilliseconds = deps.now() - started;

  const verdict = qualityVerdict(outcomes, inputs.failOn);
  const annotations = planAnnotations(outcomes.flatMap((outcome) => outcome.findings), undefined, (options.annotationsBefore ?? 0) + counter.total, {
    inStep: counter.counts,
    reservedErrors: verdict.failure !== undefined ? 1 : 0,
  });
  annotate(io, annotations.annotated);
  for (const [name, value] of Object.entries(verdict.outputs)) io.setOutput(name, value);
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
