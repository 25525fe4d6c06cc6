import { post } from '../actions/setup-deps/post.js';
import { runPostWithErrorBoundary } from '../runtime/io/error-boundary.js';
import { githubDependencies } from '../runtime/io/github-wiring.js';

const deps = githubDependencies();
await runPostWithErrorBoundary(deps.io, async () => void (await post(deps)));
