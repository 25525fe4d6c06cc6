// The setup-deps bench's report: the seconds of each variant, the per-round ratios against the targets (B/C >= 5,
// C/D <= 1.5), where C's time goes, the trees' entries, and the results file with every sample and the printed text.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { median, summary } from '../statistics.js';
import { printDiagnostics, type Diagnostics } from './diagnostics.js';
import { VARIANT_NAMES, VARIANTS, type Bench, type Fixture } from './model.js';
import { lpad, out, pad, r2, s3, say } from './printed.js';
import { BENCH_DIR, BENCH_ROOT, FILE_SYSTEM, ROUNDS } from './settings.js';
import { commandsOf } from './variants.js';

/** What the run found out about itself, for the results file. */
export interface RunFacts {
  startedAt: Date;
  versions: Record<string, string>;
  mount: { mountPoint: string; fsType: string };
  fileSystem: string;
  roundLoads: number[];
  roundOtherCores: number[];
}

export async function report(fixtures: Fixture[], diagnostics: Diagnostics, bench: Bench, facts: RunFacts): Promise<void> {
  const { bundle, restoreScript } = bench;
  const { startedAt, versions, mount, fileSystem, roundLoads, roundOtherCores } = facts;
  const n = ROUNDS;
  say();
  say(`results (seconds over ${n} rounds; the warm-up round is not counted)`);
  say(`${pad('fixture', 10)} ${pad('variant', 40)} ${lpad('min', 8)} ${lpad('median', 8)} ${lpad('max', 8)}`);
  const results: Record<string, unknown> = {};
  const verdicts: string[] = [];
  for (const f of fixtures) {
    for (const variant of VARIANTS) {
      const st = summary(f.samples[variant]);
      say(`${pad(f.name, 10)} ${pad(VARIANT_NAMES[variant], 40)} ${lpad(s3(st.min), 8)} ${lpad(s3(st.median), 8)} ${lpad(s3(st.max), 8)}`);
    }
    const restore = summary(f.parts.restore);
    const install = summary(f.parts.install);
    say(`${pad('', 10)} ${pad('  B = restore of the store', 40)} ${lpad(s3(restore.min), 8)} ${lpad(s3(restore.median), 8)} ${lpad(s3(restore.max), 8)}`);
    say(`${pad('', 10)} ${pad('    + install', 40)} ${lpad(s3(install.min), 8)} ${lpad(s3(install.median), 8)} ${lpad(s3(install.max), 8)}`);
  }
  say();
  say('per-round ratios (same round) and their medians; targets: B/C >= 5, C/D <= 1.5');
  for (const f of fixtures) {
    const bc = f.samples.B.map((b, i) => b / f.samples.C[i]!);
    const cd = f.samples.C.map((c, i) => c / f.samples.D[i]!);
    const ac = f.samples.A.map((a, i) => a / f.samples.C[i]!);
    const bcMedian = median(bc);
    const cdMedian = median(cd);
    const bcMet = bcMedian >= 5;
    const cdMet = cdMedian <= 1.5;
    say(`${pad(f.name, 10)} B/C: ${bc.map(r2).join(' ')}  median ${r2(bcMedian)}  ${bcMet ? 'MET' : `MISSED (needs C <= ${s3(median(f.samples.B) / 5)} s at the median B)`}`);
    say(`${pad('', 10)} C/D: ${cd.map(r2).join(' ')}  median ${r2(cdMedian)}  ${cdMet ? 'MET' : `MISSED by ${r2(cdMedian / 1.5)}x (C would need <= ${s3(1.5 * median(f.samples.D))} s; it is ${s3(median(f.samples.C))} s, ${s3(median(f.samples.C) - 1.5 * median(f.samples.D))} s over)`}`);
    say(`${pad('', 10)} A/C: ${ac.map(r2).join(' ')}  median ${r2(median(ac))}  (for reference)`);
    verdicts.push(`${f.name}: B/C ${r2(bcMedian)} ${bcMet ? 'met' : 'missed'}, C/D ${r2(cdMedian)} ${cdMet ? 'met' : 'missed'}`);
    results[f.name] = {
      description: f.description,
      workspace: f.workspace,
      project: f.project,
      home: `${f.workspace}-home`,
      store_path: f.storePath,
      tree_key: f.treeKey,
      store_key: f.storeKey,
      tree_archive_bytes: f.archiveBytes,
      store_archive_bytes: f.storeArchiveBytes,
      cold_job_seconds: f.coldJobSeconds,
      commands: commandsOf(f, bench),
      seconds: Object.fromEntries(VARIANTS.map((v) => [v, { samples: f.samples[v], ...summary(f.samples[v]) }])),
      store_only_parts_seconds: { restore: { samples: f.parts.restore, ...summary(f.parts.restore) }, install: { samples: f.parts.install, ...summary(f.parts.install) } },
      ratios: {
        B_over_C: { per_round: bc, median: bcMedian, target: '>= 5', met: bcMet },
        C_over_D: { per_round: cd, median: cdMedian, target: '<= 1.5', met: cdMet },
        A_over_C: { per_round: ac, median: median(ac) },
      },
      tree_entries_after_run: f.treeEntries,
      diagnostics_c: diagnostics[f.name] ? { median_phases_ms: diagnostics[f.name]!.medianPhases, median_spawn_ms: diagnostics[f.name]!.medianSpawns, runs: diagnostics[f.name]!.runs } : undefined,
    };
  }

  printDiagnostics(fixtures, diagnostics);
  say();
  say('tree entries after each run (files + folders under the tree, counted untimed; C and D include the tree marker):');
  for (const f of fixtures) say(`  ${pad(f.name, 10)} ${VARIANTS.map((v) => `${v} ${[...new Set(f.treeEntries[v])].join('/')}`).join(', ')}`);
  say();
  say(`verdict: ${verdicts.join('; ')}`);
  say(`load average after each round: ${roundLoads.map(r2).join(' ')}; CPU used by processes other than the bench's, in cores (of ${cpus().length}): ${roundOtherCores.map(r2).join(' ')}`);

  const date = startedAt.toISOString().slice(0, 10);
  const resultFile = join(BENCH_DIR, 'results', `setup-deps-${date}${FILE_SYSTEM === 'ext4' ? '-ext4' : ''}.json`);
  await mkdir(dirname(resultFile), { recursive: true });
  await writeFile(resultFile, `${JSON.stringify({
    benchmark: 'setup-deps',
    started_at: startedAt.toISOString(),
    finished_at: new Date().toISOString(),
    rounds: ROUNDS,
    warmup_rounds: 1,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model, load_average_per_round: roundLoads, other_processes_cores_per_round: roundOtherCores },
    versions,
    files: { root: BENCH_ROOT, filesystem: mount.fsType, mount_point: mount.mountPoint, description: fileSystem },
    bundle: { source: bundle.source, sha256: bundle.sha256, git_blob: bundle.gitBlob, head: bundle.head, head_blob: bundle.headBlob, same_as_head: bundle.headBlob === bundle.gitBlob },
    store_only_restore: { script: 'bench/support/restore-store.mjs', bundled_to: restoreScript, client: '@actions/cache (the repository\'s version), ncc bundle, Node 24' },
    fixtures: results,
    printed: out,
  }, null, 2)}\n`);
  console.log(`\nwrote ${resultFile}`);
}
