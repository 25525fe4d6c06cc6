import { main } from '../actions/pipeline/main.js';
import { runMainWithErrorBoundary } from '../runtime/io/error-boundary.js';
import { githubDependencies } from '../runtime/io/github-wiring.js';

const deps = githubDependencies();
await runMainWithErrorBoundary(deps.io, () => main(deps));
