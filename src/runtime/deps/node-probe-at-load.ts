import { nodeProjectFolder, startNodeProbeIn, type NodeProbe } from './early-node-probe.js';

/**
 * `node --version` in the step's project folder, started as this module is evaluated. setup-deps' entry point imports
 * it before anything else, so the query runs (on another core) while the rest of the bundle loads, instead of after:
 * about 15 ms off the exact hit. Undefined when the folder holds no package.json.
 */
const folder = nodeProjectFolder(process.env);
export const nodeProbeAtLoad: NodeProbe | undefined = folder === undefined ? undefined : startNodeProbeIn(folder);
