import { main } from '../actions/setup-deps/main.js';
import { runStageWithErrorBoundary } from '../runtime/io/error-boundary.js';
import { githubDependencies } from '../runtime/io/github-wiring.js';

const deps = githubDependencies();
await runStageWithErrorBoundary(deps, 'setup-deps', (given) => main(given));
