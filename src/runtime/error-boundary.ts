import { isConfigurationError } from '../core/errors.js';
import type { ActionIO } from './action-io.js';

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

/** A post step only saves to the cache: nothing it meets may fail the job. */
export async function runPostWithErrorBoundary(io: ActionIO, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    io.warning(`Saving to the cache was skipped after an unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
