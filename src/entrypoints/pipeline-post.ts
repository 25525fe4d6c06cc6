import { post } from '../actions/pipeline/post.js';
import { runPostWithErrorBoundary } from '../runtime/error-boundary.js';
import { githubDependencies } from '../runtime/github-wiring.js';

const deps = githubDependencies();
await runPostWithErrorBoundary(deps.io, () => post(deps));
