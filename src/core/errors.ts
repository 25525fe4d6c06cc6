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
