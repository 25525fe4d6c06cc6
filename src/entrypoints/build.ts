import { ConfigurationError } from '../core/errors.js';
import { runMainWithErrorBoundary } from '../runtime/error-boundary.js';
import { createGitHubActionIO } from '../runtime/github-action-io.js';

// `uses: org/build-actions/build@v1` is reserved for the build action, which is not released yet. Until it
// is, the path answers with a clear failure instead of a missing file.
const io = createGitHubActionIO();
await runMainWithErrorBoundary(io, async () => {
  throw new ConfigurationError(
    'The build action is not released yet: org/build-actions/build@v1 is reserved for it. ' +
      'Use org/build-actions/actions/setup-deps@v1 to install dependencies, then run your build command.',
  );
});
