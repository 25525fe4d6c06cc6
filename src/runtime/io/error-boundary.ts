import { dependenciesFromCache } from '../../core/diagnosis/cache-evidence.js';
import { diagnosisSummary, withDiagnosis } from '../../core/diagnosis/report.js';
import { isConfigurationError } from '../../core/errors.js';
import { overridingIO, type ActionIO } from './action-io.js';

/**
 * The one error boundary of a bundle: what the user can fix fails the step with its message alone; a bug
 * fails it with the stack, so it can be reported.
 */
export async function runMainWithErrorBoundary(io: ActionIO, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (isConfigurationError(error)) io.setFailed(error.message);
    else io.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}

/**
 * The error boundary of one stage's bundle (and of one stage run by the local command): as above, and a failure
 * the user can fix is diagnosed (which kind, what to do, the evidence lines) in its message and in a summary
 * section after the stage's own. A bug is not diagnosed: its stack is the evidence.
 */
export async function runStageWithErrorBoundary<D extends { io: ActionIO; context: { env: Record<string, string | undefined> } }>(
  deps: D,
  stage: string,
  main: (deps: D) => Promise<unknown>,
): Promise<void> {
  const held: string[] = [];
  const io = overridingIO(deps.io, { setFailed: (message: string) => void held.push(message) });
  try {
    await main({ ...deps, io });
  } catch (error) {
    if (!isConfigurationError(error)) {
      for (const message of held) deps.io.setFailed(message);
      deps.io.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return;
    }
    held.push(error.message);
  }
  if (held.length === 0) return;
  const message = withDiagnosis(held.join('\n'), { stage, restoredFromCache: dependenciesFromCache(deps.context.env) });
  const section = diagnosisSummary([{ stage, message }]);
  try {
    if (section.length > 0) await deps.io.writeSummary(section);
  } catch {
    // The summary is a courtesy; the failure message below carries the diagnosis.
  }
  deps.io.setFailed(message);
}

/** A post step only saves to the cache: nothing it meets may fail the job. */
export async function runPostWithErrorBoundary(io: ActionIO, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    io.warning(`Saving to the cache was skipped after an unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
