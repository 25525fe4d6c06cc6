import { randomUUID } from 'node:crypto';
import type { ActionIO } from './action-io.js';

/**
 * Runs `body` with the runner's workflow commands turned off (`::stop-commands::`), so that what the project's
 * tests print (`::error::`, `::add-mask::`, `::set-output::` in a fixture or a log line) is shown, never obeyed.
 * Only on a GitHub runner: elsewhere the lines would just be noise.
 */
export async function withoutWorkflowCommands<T>(io: ActionIO, onRunner: boolean, body: () => Promise<T>): Promise<T> {
  if (!onRunner) return body();
  const token = `build-actions-${randomUUID()}`;
  io.info(`::stop-commands::${token}`);
  try {
    return await body();
  } finally {
    io.info(`::${token}::`);
  }
}
