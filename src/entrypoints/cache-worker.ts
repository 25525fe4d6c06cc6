import { runCacheWorker } from '../runtime/cache-worker.js';

await runCacheWorker();
