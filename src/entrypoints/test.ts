import { main } from '../actions/testing/main.js';
import { runStageWithErrorBoundary } from '../runtime/io/error-boundary.js';
import { githubDependencies } from '../runtime/io/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'test', (given) => main(given));
