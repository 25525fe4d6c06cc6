import { main } from '../actions/test/main.js';
import { runStageWithErrorBoundary } from '../runtime/error-boundary.js';
import { githubDependencies } from '../runtime/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'test', (given) => main(given));
