import { main } from '../actions/publish-image/main.js';
import { runStageWithErrorBoundary } from '../runtime/io/error-boundary.js';
import { githubDependencies } from '../runtime/io/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'publish-image', (given) => main(given));
