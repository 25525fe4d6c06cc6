// What the setup-deps bench runs: a snapshot of the action's bundles (C), and the store-only restore of
// setup-node/setup-python bundled as they ship it (B).
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { BundleInfo } from './model.js';
import { execFileAsync, gitBlobSha, output } from './processes.js';
import { BENCH_DIR, BENCH_ROOT, BUNDLE_SOURCE, REPO_ROOT } from './settings.js';

/** Copies the action's metadata and bundles (with the cache worker they spawn) to BENCH_ROOT/bundle, keeping their relative layout. */
export async function snapshotBundle(): Promise<BundleInfo> {
  const root = join(BENCH_ROOT, 'bundle');
  const files = ['actions/setup-deps/action.yml', 'dist/setup-deps/index.js', 'dist/setup-deps/package.json', 'dist/setup-deps-post/index.js', 'dist/setup-deps-post/package.json',
    'dist/cache-worker/index.js', 'dist/cache-worker/package.json'];
  const head = await output('git', ['rev-parse', 'HEAD']).catch(() => undefined);
  for (const file of files) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    if (BUNDLE_SOURCE === 'head') {
      const { stdout } = await execFileAsync('git', ['show', `HEAD:${file}`], { cwd: REPO_ROOT, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
      await writeFile(join(root, file), stdout);
    } else {
      await copyFile(join(REPO_ROOT, file), join(root, file));
    }
  }
  const main = readFileSync(join(root, 'dist/setup-deps/index.js'));
  const headBlob = await output('git', ['rev-parse', 'HEAD:dist/setup-deps/index.js']).catch(() => undefined);
  return {
    actionYml: join(root, 'actions/setup-deps/action.yml'),
    source: BUNDLE_SOURCE === 'head' ? `git HEAD ${head ?? '?'}` : `working tree of ${REPO_ROOT}`,
    sha256: createHash('sha256').update(main).digest('hex'),
    gitBlob: gitBlobSha(main),
    headBlob,
    head,
  };
}

/** The store-only restore of setup-node/setup-python: bench/support/restore-store.mjs bundled with ncc, as they ship. */
export async function bundleRestoreScript(): Promise<string> {
  const outDir = join(BENCH_ROOT, 'restore-store');
  const ncc = join(REPO_ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  await execFileAsync(process.execPath, [ncc, 'build', join(BENCH_DIR, 'support/restore-store.mjs'), '-o', outDir, '-q'], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
  const script = (await readdir(outDir)).find((file) => /^index\.m?js$/.test(file));
  if (!script) throw new Error(`ncc wrote no index.mjs into ${outDir}`);
  return join(outDir, script);
}
