// The four variants of one run, A cold, B store-only, C exact hit, D floor: their commands and one timed run each
// (the untimed preparation included: a fresh copy of the project without its tree, a fresh runner job).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../test/support/runner.js';
import { startJob } from '../../../test/support/setup-deps-jobs.js';
import type { Bench, Fixture, Variant } from './model.js';
import { say } from './printed.js';
import { countEntries, show, stepEnvironment, timed } from './processes.js';
import { STEP_TIMEOUT_MS } from './settings.js';

/** Each variant's command lines as printed and recorded: A the install, B the store restore then the install. */
export function commandsOf(f: Fixture, bench: Bench): { A: string[]; B: string[]; C: string; D: string } {
  return {
    A: f.install.map(show),
    B: [show({ command: bench.node24, args: [bench.restoreScript, f.storePath, f.storeKey] }), ...f.install.map(show)],
    C: show({ command: bench.node24, args: [join(bench.bundleRoot, 'dist/setup-deps/index.js')] }),
    D: show(f.extract),
  };
}

export function printCommands(fixtures: Fixture[], bench: Bench): void {
  say('commands (cwd = the project, <ws>/service; each run in a fresh runner job: empty HOME, fresh RUNNER_TEMP):');
  for (const f of fixtures) {
    const commands = commandsOf(f, bench);
    say(`  ${f.name}: ${f.description}`);
    say(`    workspace <ws> = ${f.workspace}, HOME = ${f.workspace}-home, store = ${f.storePath}`);
    say(`    A: ${commands.A.join(' && ')}`);
    say(`    B: ${commands.B[0]}   (@actions/cache restoreCache, exact key)`);
    say(`       && ${commands.A.join(' && ')}`);
    say(`    C: ${commands.C}   (runner harness, INPUT_WORKING-DIRECTORY=service; asserts cache-result=exact)`);
    say(`    D: ${commands.D}`);
  }
  say('  A/B/C env: a runner step\'s (test/support/runner.ts + setup-deps-jobs.ts startJob): NPM_CONFIG_USERCONFIG=<empty file>, PIP_INDEX_URL=<local index>, PIP_CONFIG_FILE=/dev/null, the cache service env');
}

/** One timed run of `variant` on a freshly prepared project, in seconds; records the tree's entries (and B's parts). */
export async function runVariant(f: Fixture, variant: Variant, bench: Bench): Promise<number> {
  const { service, index, node24, restoreScript } = bench;
  await f.prepare(f.project, index);
  if (variant === 'D') {
    const seconds = await timed(f.extract, f.workspace, { PATH: process.env.PATH ?? '' });
    f.treeEntries.D.push(await countEntries(join(f.project, f.tree)));
    return seconds;
  }
  const job = await startJob(f.workspace, service, index);
  try {
    if (variant === 'C') {
      const main = await job.runMain(bench.bundle.actionYml, { 'working-directory': 'service' });
      if (main.exitCode !== 0 || main.outputs['cache-result'] !== 'exact' || main.outputs['cache-hit'] !== 'true') {
        throw new Error(`${f.name} C: expected cache-result=exact, got exit ${main.exitCode}, cache-result=${main.outputs['cache-result']}, cache-hit=${main.outputs['cache-hit']}:\n${main.stdout.slice(-4000)}\n${main.stderr.slice(-2000)}`);
      }
      f.treeEntries.C.push(await countEntries(join(f.project, f.tree)));
      return main.durationMs / 1000;
    }
    const env = await stepEnvironment(job);
    let restoreSeconds = 0;
    if (variant === 'B') {
      const started = process.hrtime.bigint();
      const result = await run(node24, [restoreScript, f.storePath, f.storeKey], { env, cwd: f.workspace, timeoutMs: STEP_TIMEOUT_MS });
      restoreSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const matched = /"matchedKey":\s*"([^"]*)"/.exec(result.stdout)?.[1];
      if (result.exitCode !== 0 || matched !== f.storeKey || !existsSync(f.storePath)) {
        throw new Error(`${f.name} B: the store restore did not hit ${f.storeKey} (exit ${result.exitCode}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`);
      }
    }
    let installSeconds = 0;
    for (const step of f.install) installSeconds += await timed(step, f.project, env);
    if (variant === 'B') {
      f.parts.restore.push(restoreSeconds);
      f.parts.install.push(installSeconds);
    }
    f.treeEntries[variant].push(await countEntries(join(f.project, f.tree)));
    return restoreSeconds + installSeconds;
  } finally {
    await job.dispose();
  }
}
