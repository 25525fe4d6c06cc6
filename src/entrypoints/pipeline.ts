// First of all: node's version is asked while the rest of the bundle loads (see node-probe-at-load.ts).
import { nodeProbeAtLoad } from '../runtime/deps/node-probe-at-load.js';
import { main } from '../actions/pipeline/main.js';
import { runMainWithErrorBoundary } from '../runtime/io/error-boundary.js';
import { githubDependencies } from '../runtime/io/github-wiring.js';

const deps = { ...githubDependencies(), nodeProbe: nodeProbeAtLoad };
await runMainWithErrorBoundary(deps.io, () => main(deps));
