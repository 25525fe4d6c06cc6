import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../../../../src/actions/quality-checks/main.js';
import { scriptRewrites } from '../../../../src/core/quality/source-changes.js';
import { runCommand } from '../../../../src/runtime/process/run-command.js';
import type { ActionContext } from '../../../../src/runtime/io/run-context.js';
import { captureSources, changedSources, restoreSources } from '../../../../src/runtime/quality/source-guard.js';
import { RecordingIO } from '../../support/recording-io.js';
import { packageJson } from '../../support/snapshot.js';
import { tempDirectories } from '../../support/temp-dir.js';

// Issue 7, item 4: a lint script that rewrites the user's files (eslint --fix, prettier --write) must not pass.
// Real git, real npm running the project's script (a small node program that rewrites a file, as --fix does).
const temp = tempDirectories('quality-source-guard-');
afterEach(() => temp.cleanup());

let clock = 0;
const now = (): number => (clock += 100);
const ORIGINAL = 'let total = 1\nconsole.log(total)\n';
const FIXER = "const fs = require('node:fs');\nfs.writeFileSync('src/app.js', fs.readFileSync('src/app.js', 'utf8').replace('let', 'const'));\n";

async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await runCommand('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, silent: true });
  if (result.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

async function project(lint: string, options: { git: boolean }): Promise<{ workspace: string; directory: string; context: ActionContext }> {
  const workspace = await temp.make();
  const directory = path.join(workspace, 'app');
  await mkdir(path.join(directory, 'src'), { recursive: true });
  await writeFile(path.join(directory, 'package.json'), packageJson({ name: 'app', version: '1.0.0', scripts: { lint } }));
  await writeFile(path.join(directory, 'fix.cjs'), FIXER);
  await writeFile(path.join(directory, 'src/app.js'), ORIGINAL);
  await writeFile(path.join(directory, 'src/notes.js'), '// edited by the developer, not committed\n');
  if (options.git) {
    await git(workspace, 'init', '-q');
    await git(workspace, 'add', '.');
    await git(workspace, 'commit', '-qm', 'initial');
    await writeFile(path.join(directory, 'src/notes.js'), '// edited after the commit: left as it is\n');
  }
  return { workspace, directory, context: { platform: { os: 'linux', arch: 'x64' }, nodePlatform: 'linux', workspace, env: { PATH: process.env.PATH } } };
}

describe('a check that rewrites the sources', () => {
  it.each([
    ['in a git work tree (tracked files compared)', true],
    ['outside git (every file hashed)', false],
  ])('%s: fails the check, names the file and the fix, and restores it', async (_name, isGit) => {
    const { directory, context } = await project('node fix.cjs', { git: isGit });
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint' });
    const result = await main({ io, run: runCommand, context, now });

    expect(result.outcomes.map((outcome) => [outcome.label, outcome.status])).toEqual([['lint (npm run lint)', 'findings']]);
    expect(io.errors.filter((error) => error.position?.file !== undefined).map((error) => [error.position?.file, error.position?.title])).toEqual([
      ['app/src/app.js', 'quality-checks rewrites-sources'],
    ]);
    expect(io.errors[0].message).toMatch(/^'lint' \(node fix\.cjs\) changed this file while checking it; a check must only read the sources: make the script check-only .*, or name a check-only script with the 'lint-script' input\. It was restored to its content before the check\.$/);
    expect(io.failures).toEqual([expect.stringMatching(/^Quality checks failed \(fail-on: error\): lint \(npm run lint\) 1 error\.$/)]);
    expect(await readFile(path.join(directory, 'src/app.js'), 'utf8')).toBe(ORIGINAL);
    if (isGit) expect(await readFile(path.join(directory, 'src/notes.js'), 'utf8')).toBe('// edited after the commit: left as it is\n');
  });

  it('a check-only script changes nothing and passes', async () => {
    const { context } = await project('node -e "process.exit(0)"', { git: true });
    const io = new RecordingIO({ 'working-directory': 'app', checks: 'lint' });
    const result = await main({ io, run: runCommand, context, now });
    expect([result.outcomes[0].status, io.errors, io.failures]).toEqual(['passed', [], []]);
  });

  it("restores a file the developer had already modified to the developer's content, not the committed one", async () => {
    const { directory } = await project('true', { git: true });
    const before = await captureSources(runCommand, directory);
    await writeFile(path.join(directory, 'src/notes.js'), '// rewritten by a formatter\n');
    await writeFile(path.join(directory, 'src/app.js'), 'const total = 1\n');
    const changed = await changedSources(runCommand, before);
    expect(changed).toEqual(['src/app.js', 'src/notes.js']);
    expect(await restoreSources(runCommand, before, changed)).toEqual({ restored: ['src/app.js', 'src/notes.js'], notRestored: [] });
    expect(await readFile(path.join(directory, 'src/notes.js'), 'utf8')).toBe('// edited after the commit: left as it is\n');
    expect(await readFile(path.join(directory, 'src/app.js'), 'utf8')).toBe(ORIGINAL);
    expect(await changedSources(runCommand, before)).toEqual([]);
  });

  it.each([
    ['eslint --fix .', true],
    ['biome lint --write .', true],
    ['biome check --apply .', true],
    ['prettier --write .', true],
    ['black src', true],
    ['ruff format', true],
    ['eslint .', false],
    ['prettier --check .', false],
    ['black --check src', false],
    ['biome ci .', false],
    ['tsc --noEmit', false],
  ])('%s rewrites: %s', (script, rewrites) => expect(scriptRewrites(script)).toBe(rewrites));
});
