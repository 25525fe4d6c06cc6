import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderExplanation, verdict } from '../../../src/core/local/cache-explain.js';
import { currentCaches, explainProject, recordSavedParts, type ExplainDependencies } from '../../../src/local/explain.js';
import { createLocalCacheStore } from '../../../src/runtime/cache/local-cache-store.js';
import { runCommand, type RunCommand } from '../../../src/runtime/process/run-command.js';
import { readActionContext } from '../../../src/runtime/io/run-context.js';
import { scannerStandInPath } from '../../support/image-jobs.js';
import { tempDirectories } from '../support/temp-dir.js';

// `build-actions explain` on publish-image's scanner database cache: keyed by the scanner the stage would choose
// (trivy is the repository's stand-in script, as in the image e2e tests: no scanner can be installed here), the
// platform and the day. Real processes: the scanner is looked for on PATH as the stage looks for it.

const temp = tempDirectories('build-actions-explain-scandb-');
afterAll(() => temp.cleanup());

const TODAY = Date.UTC(2026, 11, 2, 9, 0, 0);
const YESTERDAY = TODAY - 86_400_000;
const DATABASE = 'publish-image: scanner database';

/** Runs `body` with the process's PATH set as given: @actions/exec looks a program up on the process's own PATH. */
async function withPath<T>(pathValue: string, body: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = pathValue;
  try {
    return await body();
  } finally {
    process.env.PATH = saved;
  }
}

async function project(withDockerfile: boolean): Promise<string> {
  const directory = await temp.make();
  await writeFile(path.join(directory, 'package.json'), JSON.stringify({ name: 'svc', version: '1.0.0', private: true }));
  if (withDockerfile) await writeFile(path.join(directory, 'Dockerfile'), 'FROM scratch\n');
  return directory;
}

function deps(directory: string, run: RunCommand, now: number, inputs: Record<string, string> = {}): ExplainDependencies {
  return { run, context: readActionContext({ ...process.env, GITHUB_WORKSPACE: directory }), directory, inputs, now: () => now };
}

const scannerDatabase = async (explain: ExplainDependencies) => (await currentCaches(explain)).find((cache) => cache.cache === DATABASE)!;

describe('explain: the scanner database cache', () => {
  it("gives today's key from the scanner on PATH, the platform and the day", async () => {
    const directory = await project(true);
    const standIn = await scannerStandInPath(await temp.make());
    const explanation = await withPath(`${standIn}:${process.env.PATH}`, () => scannerDatabase(deps(directory, runCommand, TODAY)));
    const platform = `${process.platform}-${process.arch}`;
    expect(explanation).toMatchObject({ key: `build-actions-scandb-trivy-${platform}-`, matching: 'newest under prefix' });
    expect(explanation.parts).toEqual([
      { kind: 'OS/arch', name: 'platform', value: platform },
      { kind: 'tool version', name: 'scanner', value: 'trivy' },
      { kind: 'day', name: 'day', value: '2026-12-02' },
      { kind: 'cache-version', name: 'cache-version', value: '(none)' },
    ]);
    expect(explanation.note).toContain(`today's key is build-actions-scandb-trivy-${platform}-2026-12-02`);
    const withVersion = await withPath(`${standIn}:${process.env.PATH}`, () => scannerDatabase(deps(directory, runCommand, TODAY, { 'cache-version': '3' })));
    expect(withVersion.key).toMatch(/^build-actions-scandb-.*3.*trivy-/);
  });

  it('says why it is not used: no scanner on PATH, scan none, no Dockerfile', async () => {
    const empty = await temp.make();
    const directory = await project(true);
    expect((await withPath(empty, () => scannerDatabase(deps(directory, runCommand, TODAY)))).note).toMatch(/^not used: no scanner on PATH \(aquasecurity\/setup-trivy or /);
    expect((await scannerDatabase(deps(directory, runCommand, TODAY, { scan: 'none' }))).note).toBe("not used: input 'scan' is none");
    expect((await scannerDatabase(deps(await project(false), runCommand, TODAY))).note).toBe('not used: no Dockerfile (publish-image is skipped)');
  });

  it("names the day as what changed since yesterday's entry, which the next run restores", async () => {
    const directory = await project(true);
    const standIn = await scannerStandInPath(await temp.make());
    const run = runCommand;
    const cacheDir = path.join(await temp.make(), 'cache');
    const database = path.join(await temp.make(), 'trivy-db');
    await mkdir(path.join(database, 'db'), { recursive: true });
    await writeFile(path.join(database, 'db', 'trivy.db'), 'database');
    const yesterdayKey = `build-actions-scandb-trivy-${process.platform}-${process.arch}-2026-12-01`;
    expect((await createLocalCacheStore(cacheDir, () => YESTERDAY).save([database], yesterdayKey)).outcome).toBe('saved');
    const withStandIn = <T>(body: () => Promise<T>) => withPath(`${standIn}:${process.env.PATH}`, body);
    expect(await withStandIn(() => recordSavedParts(deps(directory, run, YESTERDAY), cacheDir, 0))).toBeGreaterThanOrEqual(1);
    const explanations = await withStandIn(() => explainProject(deps(directory, run, TODAY), cacheDir));
    const explanation = explanations.find((cache) => cache.cache === DATABASE)!;
    expect(explanation.saved?.key).toBe(yesterdayKey);
    expect(verdict(explanation)).toBe(`the next run restores ${yesterdayKey}, saved when day: 2026-12-01 -> 2026-12-02`);
    expect(renderExplanation(directory, explanations, TODAY)).toContain(`${DATABASE}\n  key (newest under prefix): build-actions-scandb-trivy-`);
  });
});
