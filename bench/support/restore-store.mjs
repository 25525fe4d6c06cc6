// The store-only approach of actions/setup-node and actions/setup-python (variant B of setup-deps.bench.ts):
// restore the package manager's download store with the real @actions/cache client, nothing else.
// The bench bundles this file with ncc (as those actions ship theirs) and runs it under Node 24 in a runner step's
// environment. Usage: node index.mjs <store path> <primary key> [restore key prefix]
// Prints {"matchedKey": ...} and exits 0 on a hit, 2 on a miss.
import * as cache from '@actions/cache';

const [storePath, primaryKey, ...restoreKeys] = process.argv.slice(2);
if (!storePath || !primaryKey) {
  console.error('usage: restore-store <store path> <primary key> [restore key prefix...]');
  process.exit(64);
}
const matchedKey = await cache.restoreCache([storePath], primaryKey, restoreKeys);
console.log(JSON.stringify({ matchedKey: matchedKey ?? null }));
process.exitCode = matchedKey === undefined ? 2 : 0;
