import { main } from '../actions/build/main.js';
import { runStageWithErrorBoundary } from '../runtime/io/error-boundary.js';
import { githubDependencies } from '../runtime/io/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'build', (given) => main(given));
