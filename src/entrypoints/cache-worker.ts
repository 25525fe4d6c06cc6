import { runCacheWorker } from '../runtime/cache/cache-worker.js';

await runCacheWorker();
