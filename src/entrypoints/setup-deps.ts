import { main } from '../actions/setup-deps/main.js';
import { runStageWithErrorBoundary } from '../runtime/error-boundary.js';
import { githubDependencies } from '../runtime/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'setup-deps', (given) => main(given));
