// Shards balanced by time, measured: 40 node:test files with skewed durations (real tests that sleep), split 4 ways
// by the planner of the test action, from durations recorded by a real run, versus by count; then each shard of each
// split really runs (node --test on its files, with the action's reporter), and its wall time is measured.
//
//   npx tsx bench/test-shards.bench.ts
//
// What it reports: the longest shard of each split against the ideal (total / 4), planned and measured.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseJunit } from '../src/core/testing/junit.js';
import { fileDurations } from '../src/core/testing/results.js';
import { planShards, planShardsByCount, shardLoads } from '../src/core/testing/shards.js';
import { writeNodeTestReporter } from '../src/runtime/testing/node-test-reporter.js';

const execFileAsync = promisify(execFile);
const SHARDS = 4;

/** A heavy tail: 4 slow files, 8 medium, 28 quick; shuffled with a fixed seed so the order by name is arbitrary. */
function skewedDurations(): number[] {
  const durations = [...Array(4).fill(1500), ...Array(8).fill(500), ...Array(28).fill(80)] as number[];
  let seed = 42;
  for (let i = durations.length - 1; i > 0; i -= 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [durations[i], durations[j]] = [durations[j], durations[i]];
  }
  return durations;
}

async function runNodeTests(project: string, reporter: string, files: string[], output: string): Promise<{ wallMs: number; measured: Record<string, number> }> {
  const started = performance.now();
  await execFileAsync(process.execPath, ['--test', `--test-reporter=${reporter}`, `--test-reporter-destination=${output}`, ...files], { cwd: project });
  const wallMs = performance.now() - started;
  const results = parseJunit(await readFile(output, 'utf8'), { runner: 'node', projectDirectory: project, repositoryRoot: project });
  return { wallMs, measured: fileDurations(results) };
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'test-shards-bench-'));
  try {
    const project = path.join(root, 'project');
    await mkdir(path.join(project, 'test'), { recursive: true });
    await writeFile(path.join(project, 'package.json'), '{"type":"module","private":true}');
    const intended: Record<string, number> = {};
    const durations = skewedDurations();
    for (const [index, ms] of durations.entries()) {
      const file = `test/file${String(index + 1).padStart(2, '0')}.test.js`;
      intended[file] = ms;
      await writeFile(
        path.join(project, file),
        `import { test } from 'node:test';\nimport { setTimeout as sleep } from 'node:timers/promises';\ntest('sleeps ${ms} ms', async () => { await sleep(${ms}); });\n`,
      );
    }
    const reporter = await writeNodeTestReporter(root);
    const files = Object.keys(intended).sort();

    // 1. The recorded history: one real run of every file, timed by the action's reporter.
    const recording = await runNodeTests(project, reporter, files, path.join(root, 'recording.xml'));
    const history = recording.measured;
    const total = Object.values(history).reduce((sum, ms) => sum + ms, 0);
    const ideal = total / SHARDS;

    // 2. The two splits, and 3. each shard of each split run for real.
    const splits: Array<[string, string[][]]> = [
      ['timing-based', planShards(files, history, SHARDS).shards.map((shard) => shard.map((entry) => entry.file))],
      ['count-based', planShardsByCount(files, SHARDS)],
    ];
    const rows: string[] = [];
    // (3. is the slow part: every test sleeps for real, twice over.)
    for (const [name, shards] of splits) {
      const planned = shardLoads(shards, history);
      const walls: number[] = [];
      const testTimes: number[] = [];
      for (const [index, shardFiles] of shards.entries()) {
        const run = await runNodeTests(project, reporter, shardFiles, path.join(root, `${name}-${index}.xml`));
        walls.push(run.wallMs);
        testTimes.push(Object.values(run.measured).reduce((sum, ms) => sum + ms, 0));
      }
      const longestTests = Math.max(...testTimes);
      rows.push(
        `| ${name} | ${shards.map((shard) => shard.length).join('/')} | ${planned.map(seconds).join(' / ')} | ${testTimes.map(seconds).join(' / ')} | ${walls.map(seconds).join(' / ')} | ` +
          `${seconds(longestTests)} s = **${(longestTests / ideal).toFixed(2)}x** | ${seconds(Math.max(...walls))} s = ${(Math.max(...walls) / (recording.wallMs / SHARDS)).toFixed(2)}x |`,
      );
    }
    console.log(`40 test files, ${durations.filter((ms) => ms === 1500).length} x 1.5 s, ${durations.filter((ms) => ms === 500).length} x 0.5 s, ${durations.filter((ms) => ms === 80).length} x 0.08 s (sleeping tests), ${SHARDS} shards`);
    console.log(`recorded run: tests ${seconds(total)} s in all, wall ${seconds(recording.wallMs)} s; ideal shard = total / ${SHARDS} = ${seconds(ideal)} s\n`);
    console.log('| split | files per shard | planned s per shard | measured test s per shard | measured wall s per shard | longest shard (tests) vs ideal | longest wall vs recorded wall / 4 |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
    console.log('\nWall time adds node --test start-up and one process per file (about 40-60 ms each here), which the split does not change much.');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
