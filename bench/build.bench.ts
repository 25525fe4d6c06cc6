// The build action on the example service: a cold build (no cache entry) against a warm exact hit of the same
// sources in the same run, interleaved rounds, medians (see /work/shared/benchmarking.md). Also the verification's
// own cost (reading every package, its contents, sha256, the size and version checks) as a share of the cold build.
// Run: npx tsx bench/build.bench.ts [rounds]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/actions/build/main.js';
import { verifyArtifact } from '../src/actions/build/verify.js';
import { createConsoleActionIO } from '../src/runtime/io/console-action-io.js';
import { createLocalCacheStore } from '../src/runtime/cache/local-cache-store.js';
import { runCommand } from '../src/runtime/process/run-command.js';
import { commitAll, linkTypeScript, tsLibrary, writeTree } from '../test/support/build-projects.js';

const rounds = Number(process.argv[2] ?? 5);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function project(): Promise<{ workspace: string; directory: string }> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'build-bench-'));
  const directory = path.join(workspace, 'lib');
  // The example library: a few dozen TypeScript modules, built with tsc and packed with npm pack.
  const modules = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`src/m${i}.ts`, `export interface Row${i} { id: number; name: string }\nexport function f${i}(rows: Row${i}[]): string[] {\n  return rows.filter((row) => row.id > ${i}).map((row) => row.name.toUpperCase());\n}\n`]));
  await writeTree(directory, tsLibrary({}, { ...modules, 'src/index.ts': Array.from({ length: 40 }, (_, i) => `export * from './m${i}.js';`).join('\n') + '\n' }));
  await linkTypeScript(directory);
  await commitAll(workspace);
  return { workspace, directory };
}

async function buildOnce(workspace: string, cacheDir: string): Promise<{ ms: number; hit: boolean; artifacts: string[] }> {
  const io = createConsoleActionIO({ 'working-directory': 'lib' }, () => undefined);
  const started = performance.now();
  const result = await main({
    io,
    run: (command, args, options) => runCommand(command, args, { ...options, silent: true }),
    cache: createLocalCacheStore(cacheDir),
    now: Date.now,
    context: { platform: { os: process.platform, arch: process.arch }, nodePlatform: process.platform, workspace, env: { ...process.env, GITHUB_ACTIONS: '' }, keepsDownloadStore: true },
  });
  if (!result.ok) throw new Error(`build failed: ${io.failures.join('\n')}`);
  return { ms: performance.now() - started, hit: result.cacheHit, artifacts: result.artifacts };
}

const cold: number[] = [];
const warm: number[] = [];
const verification: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  const { workspace, directory } = await project();
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'build-bench-cache-'));
  try {
    const first = await buildOnce(workspace, cacheDir);
    if (first.hit) throw new Error('the cold build hit the cache');
    cold.push(first.ms);
    const started = performance.now();
    for (const file of first.artifacts) await verifyArtifact({ file, kind: 'npm', files: ['dist'] }, undefined, { maxIncreasePercent: 25, failOnSize: false });
    verification.push(performance.now() - started);
    await rm(path.join(directory, 'dist'), { recursive: true });
    const second = await buildOnce(workspace, cacheDir);
    if (!second.hit) throw new Error('the warm build missed the cache');
    warm.push(second.ms);
  } finally {
    await rm(workspace, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
  console.log(`round ${round + 1}: cold ${cold.at(-1)!.toFixed(0)} ms, warm ${warm.at(-1)!.toFixed(0)} ms, verification ${verification.at(-1)!.toFixed(1)} ms`);
}
const [c, w, v] = [median(cold), median(warm), median(verification)];
console.log(`\nbuild bench, ${rounds} rounds (medians): cold build ${c.toFixed(0)} ms, warm exact hit ${w.toFixed(0)} ms → ${(c / w).toFixed(1)}x (target ≥ 10x)`);
console.log(`verification ${v.toFixed(1)} ms = ${((v / c) * 100).toFixed(1)}% of the cold build (target < 10%)`);
