/**
 * An error the user can fix (bad input, a project the action cannot handle as it stands). The error
 * boundary reports it as a plain message, without a stack; any other error is a bug and keeps its stack.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof Error && error.name === 'ConfigurationError';
}

/**
 * A stage that cannot run here and is not a failure: the pipeline reports it as skipped with this message (the
 * local run's image stage on a project without a Dockerfile, or on a machine where no Docker engine answers).
 */
export class StageUnavailable extends Error {
  override readonly name = 'StageUnavailable';
}

export function isStageUnavailable(error: unknown): error is StageUnavailable {
  return error instanceof Error && error.name === 'StageUnavailable';
}
