import { main } from '../actions/quality-checks/main.js';
import { runStageWithErrorBoundary } from '../runtime/io/error-boundary.js';
import { githubDependencies } from '../runtime/io/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'quality-checks', (given) => main(given));
