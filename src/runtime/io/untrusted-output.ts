import { randomUUID } from 'node:crypto';
import type { ActionIO } from './action-io.js';

/**
 * Runs `body` with the runner's workflow commands turned off (`::stop-commands::`), so that what the project's
 * tests print (`::error::`, `::add-mask::`, `::set-output::` in a fixture or a log line) is shown, never obeyed.
 * Only on a GitHub runner: elsewhere the lines would just be noise.
 */
export async function withoutWorkflowCommands<T>(io: ActionIO, onRunner: boolean, body: () => Promise<T>): Promise<T> {
  if (!onRunner) return body();
  const token = stopToken();
  io.info(`::stop-commands::${token}`);
  try {
    return await body();
  } finally {
    io.info(`::${token}::`);
  }
}

/** A line the runner would read as a workflow command (it trims leading spaces): `::name…::` or the older `##[name]`. */
const WORKFLOW_COMMAND = /^\s*(::[a-z-]+[\s:]|##\[[a-z-]+)/im;

/**
 * Captured output of a tool, made safe to print in one go: when it holds a line the runner would obey, it is
 * wrapped in stop-commands markers, as GitHub documents for untrusted logs; otherwise it is left as it is.
 */
export function neutralizeWorkflowCommands(output: string): string {
  if (!WORKFLOW_COMMAND.test(output)) return output;
  const token = stopToken();
  return [`::stop-commands::${token}`, output, `::${token}::`].join('\n');
}

function stopToken(): string {
  return `build-actions-${randomUUID()}`;
}
