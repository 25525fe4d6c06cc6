// Bundles every entry point with ncc into dist/<name>/index.js (ESM, with a package.json that says so).
// ncc does not clean its output folder, so dist/ is deleted first.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const BUNDLES = ['setup-deps', 'setup-deps-post', 'pipeline', 'pipeline-post', 'build', 'cli', 'quality-checks', 'test', 'publish-image', 'publish-image-post', 'cache-worker'];

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
for (const bundle of BUNDLES) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', `src/entrypoints/${bundle}.ts`, '-o', `dist/${bundle}`, '--license', 'licenses.txt', '-q'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error(`ncc failed for ${bundle}`);
    process.exit(1);
  }
}
console.log(`built ${BUNDLES.length} bundles into dist/`);
