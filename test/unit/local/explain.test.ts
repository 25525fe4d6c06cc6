import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localRunFolder } from '../../../src/core/local/run-plan.js';
import { runLocalCommand } from '../../../src/local/local-command.js';
import { listLocalEntries } from '../../../src/runtime/cache/local-cache-store.js';
import { tempDirectories } from '../support/temp-dir.js';

// The local command end to end in-process, on a small npm project in a git repository (no dependencies: npm ci
// runs offline): `run` saves the installed tree and the build outputs with their key parts, `explain` then names
// what changed, `cache clear` deletes the project's entries.

const temp = tempDirectories('build-actions-local-explain-');
afterAll(() => temp.cleanup());

async function run(argv: string[]): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await runLocalCommand(argv, (text) => (output += text), false);
  return { code, output };
}

async function writeProject(): Promise<string> {
  const project = await temp.make();
  const files: Record<string, string> = {
    'dep/package.json': JSON.stringify({ name: 'dep', version: '1.0.0' }),
    'package.json': JSON.stringify({ name: 'svc', version: '1.0.0', private: true, type: 'module', dependencies: { dep: 'file:./dep' }, scripts: { test: 'node --test', build: "node -e \"require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/out.js','1')\"" } }, null, 2),
    'test/a.test.js': "import { test } from 'node:test';\ntest('works', () => {});\n",
    '.gitignore': 'node_modules\ndist\ntest-results\n',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(project, name)), { recursive: true });
    await writeFile(path.join(project, name), content);
  }
  // A local dependency, so npm ci makes a node_modules (offline) for the tree cache.
  execFileSync('npm', ['install', '--package-lock-only', '--offline', '--no-audit', '--no-fund'], { cwd: project });
  execFileSync('git', ['init', '-q'], { cwd: project });
  execFileSync('git', ['add', '.'], { cwd: project });
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init'], { cwd: project });
  return project;
}

describe('build-actions run, explain, cache clear', () => {
  let project: string;
  let cacheDir: string;
  const options = (): string[] => ['--cache-dir', cacheDir, '--checks', 'config', '--coverage', 'false'];

  beforeAll(async () => {
    project = await writeProject();
    cacheDir = path.join(await temp.make(), 'cache');
  });

  it('run: plain progress lines per stage when piped (five, the image skipped with a note: no Dockerfile), entries saved with their key parts', async () => {
    const { code, output } = await run(['run', project, ...options()]);
    expect([code, output]).toEqual([0, expect.stringMatching(/==> \[1\/5\] setup-deps\n[\s\S]*<== \[1\/5\] setup-deps: passed[\s\S]*<== \[4\/5\] build: passed \(\d+\.\d s\)\n==> \[5\/5\] publish-image\n<== \[5\/5\] publish-image: skipped: no Dockerfile \(looked for [^)]*\/Dockerfile\), so no image to build[\s\S]*Saved the installed tree[\s\S]*\n4 stages passed; skipped: publish-image\.\n$/)]);
    expect(output).toMatch(/publish-image +⏭️ skipped: no Dockerfile/);
    const recorded = (await listLocalEntries(cacheDir)).map((entry) => entry.record.about?.cache).sort();
    expect(recorded).toEqual(['build: outputs', 'setup-deps: installed tree']);
  }, 120_000);

  it('explain after no change: every exact cache is unchanged', async () => {
    const { code, output } = await run(['explain', project, '--cache-dir', cacheDir]);
    expect(code).toBe(0);
    expect(output).toContain(`Caches of ${project}:`);
    expect(output).toMatch(/setup-deps: installed tree\n {2}key \(exact\): build-actions-deps-v3-[\s\S]*? {2}lockfile {5}package-lock.json: sha256 [0-9a-f]{12}\n[\s\S]*?=> unchanged: the next run is an exact hit/);
    expect(output).toMatch(/build: outputs\n[\s\S]*?=> unchanged: the next run is an exact hit/);
    expect(output).toContain('publish-image: layer cache\n  => not used: no Dockerfile (publish-image is skipped)');
  }, 60_000);

  it('explain --cache-version 2 shows the version in every key and names it as the changed part', async () => {
    const { code, output } = await run(['explain', project, '--cache-dir', cacheDir, '--cache-version', '2']);
    expect(code).toBe(0);
    expect(output).toMatch(/setup-deps: installed tree\n {2}key \(exact\): build-actions-deps-v3-cache-version\+2\+-[\s\S]*? {2}cache-version: 2\n {2}last saved: build-actions-deps-v3-linux-[\s\S]*?=> changed since the last saved entry: cache-version: \(none\) -> 2\n/);
    expect(output).toMatch(/build: outputs\n {2}key \(exact\): build-outputs-v1-cache-version\+2\+-[\s\S]*?=> changed since the last saved entry: cache-version: \(none\) -> 2\n/);
    expect(output).toMatch(/test: timing history\n {2}key \(newest under prefix\): test-timings-v1-cache-version\+2\+-/);
    // without the option, the part is shown as none and nothing changed
    expect((await run(['explain', project, '--cache-dir', cacheDir])).output).toMatch(/setup-deps: installed tree\n[\s\S]*? {2}cache-version: \(none\)\n[\s\S]*?=> unchanged/);
    const refused = await run(['explain', project, '--cache-dir', cacheDir, '--cache-version', 'a b']);
    expect([refused.code, refused.output]).toEqual([1, expect.stringMatching(/^error: Input 'cache-version' must be a short token .*\(got 'a b'\)\.\n$/)]);
  }, 60_000);

  it('explain after a lockfile edit names the lockfile as the changed part', async () => {
    const lockfile = path.join(project, 'package-lock.json');
    await writeFile(lockfile, `${await readFile(lockfile, 'utf8')}\n`);
    const { output } = await run(['explain', project, '--cache-dir', cacheDir]);
    expect(output).toMatch(/setup-deps: installed tree\n[\s\S]*?=> changed since the last saved entry: lockfile package-lock.json: sha256 [0-9a-f]{12} -> sha256 [0-9a-f]{12}\n/);
    // The build key counts the lockfile and the tracked files (the lockfile is one): both are named.
    expect(output).toMatch(/build: outputs\n[\s\S]*?=> changed since the last saved entry: sources tracked files: [^;]+; lockfile package-lock.json: /);
  }, 60_000);

  it('cache clear DIR deletes the entries of that project only; cache clear deletes the rest', async () => {
    const other = path.join(cacheDir, 'keep.txt');
    await writeFile(other, 'not ours');
    const cleared = await run(['cache', 'clear', project, '--cache-dir', cacheDir]);
    expect([cleared.code, cleared.output]).toEqual([0, expect.stringMatching(new RegExp(`^Cleared the entries saved for ${project} in ${cacheDir}: 2 entries, \\d+\\.\\d MiB, and the test results and packages of local runs of that project\\.\n$`))]);
    expect(await listLocalEntries(cacheDir)).toEqual([]);
    // The project's run folder (its test results) went with its entries; another project's stays until cache clear.
    expect(existsSync(localRunFolder(cacheDir, project))).toBe(false);
    const otherRun = path.join(cacheDir, 'runs', 'other-0123456789ab', 'test-results');
    await mkdir(otherRun, { recursive: true });
    const all = await run(['cache', 'clear', '--cache-dir', cacheDir]);
    expect(existsSync(path.join(cacheDir, 'runs'))).toBe(false);
    expect(all).toEqual({ code: 0, output: `Cleared the local cache at ${cacheDir}: 0 entries, 0.0 MiB, and the test results and packages of local runs.\n` });
    // Only the cache's own files go: a file someone put there stays, and so does the folder.
    expect(await readFile(other, 'utf8')).toBe('not ours');
  });
});
