import { main } from '../actions/build/main.js';
import { runStageWithErrorBoundary } from '../runtime/error-boundary.js';
import { githubDependencies } from '../runtime/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'build', (given) => main(given));
