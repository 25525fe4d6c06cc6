import { main } from '../actions/quality-checks/main.js';
import { runStageWithErrorBoundary } from '../runtime/error-boundary.js';
import { githubDependencies } from '../runtime/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'quality-checks', (given) => main(given));
