import { main } from '../actions/publish-image/main.js';
import { runMainWithErrorBoundary } from '../runtime/error-boundary.js';
import { githubDependencies } from '../runtime/github-wiring.js';

const deps = githubDependencies();
await runMainWithErrorBoundary(deps.io, async () => void (await main(deps)));
