import { main } from '../actions/publish-image/main.js';
import { runStageWithErrorBoundary } from '../runtime/error-boundary.js';
import { githubDependencies } from '../runtime/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'publish-image', (given) => main(given));
