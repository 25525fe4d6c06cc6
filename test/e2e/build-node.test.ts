import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_ACTION, LEGACY_BUILD_ACTION, commitAll, linkTypeScript, mustRun, tsLibrary, tsService, writeTree } from '../support/build-projects.js';
import { startCacheService, type CacheService } from '../support/cache-service.js';
import { createRunnerJob, type ActionRun, type Annotation } from '../support/runner.js';

// The committed dist/build bundle, run under Node 24 as a runner runs it, on Node projects made in a git checkout:
// the real tsc (the repository's TypeScript, linked as an install would), real npm pack, the local stand-in for
// the Actions cache service.

let service: CacheService;
let scratch: string;
const EMPTY_NPMRC = join(tmpdir(), 'build-actions-build-e2e-empty-npmrc');

beforeAll(async () => {
  service = await startCacheService();
  scratch = await mkdtemp(join(tmpdir(), 'build-e2e-'));
  await writeFile(EMPTY_NPMRC, '');
});
afterAll(async () => {
  await service?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function runBuild(workspace: string, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}, action = BUILD_ACTION): Promise<ActionRun> {
  const job = await createRunnerJob({ workspace });
  Object.assign(job.env, service.env(), { NPM_CONFIG_USERCONFIG: EMPTY_NPMRC, NPM_CONFIG_UPDATE_NOTIFIER: 'false' });
  try {
    return await job.runMain(action, { 'working-directory': 'project', ...inputs }, extraEnv);
  } finally {
    await job.dispose();
  }
}

async function checkout(name: string, files: Record<string, string>, typescript = true): Promise<{ workspace: string; project: string }> {
  const workspace = join(scratch, name);
  const project = join(workspace, 'project');
  await writeTree(project, files);
  if (typescript) await linkTypeScript(project);
  await commitAll(workspace);
  return { workspace, project };
}

const errors = (step: ActionRun): Annotation[] => step.annotations.filter((annotation) => annotation.level === 'error');
const failure = (step: ActionRun): string | undefined => errors(step).filter((annotation) => annotation.file === undefined).at(-1)?.message;
const sha256 = async (file: string): Promise<string> => createHash('sha256').update(await readFile(file)).digest('hex');

describe('a TypeScript service (build, no package)', () => {
  it('builds with tsc, checks the declared outputs, and a warm run with unchanged sources skips the build and still verifies', async () => {
    const { workspace, project } = await checkout('service', tsService());
    const cold = await runBuild(workspace);
    expect(failure(cold)).toBeUndefined();
    expect(cold.exitCode).toBe(0);
    expect(cold.outputs).toEqual({ artifacts: '', version: '1.0.0', 'cache-hit': 'false', built: 'svc' });
    expect(cold.summary).toContain('### Build: project');
    expect(cold.summary).toMatch(/\| svc \| `npm run build` \| \d+\.\d s \| ✅ \|/);
    expect(cold.summary).toContain('**Declared outputs:** all 2 present (main, exports, bin, types).');
    expect(cold.summary).toMatch(/Saved 2 output files and 0 packages as build-outputs-v1-linux-x64-[0-9a-f]{40}\./);
    const built = await readFile(join(project, 'dist/index.js'), 'utf8');
    expect(built).toContain('function greet');

    // A fresh checkout of the same commit: no dist/.
    await rm(join(project, 'dist'), { recursive: true });
    const warm = await runBuild(workspace);
    expect(failure(warm)).toBeUndefined();
    expect(warm.outputs).toEqual({ artifacts: '', version: '1.0.0', 'cache-hit': 'true', built: '' });
    expect(warm.summary).toMatch(/Exact hit build-outputs-v1-linux-x64-[0-9a-f]{40} \(\d+ ms\): the build was skipped; 2 output files and 0 packages restored whole, then verified like a fresh build\./);
    expect(warm.summary).toContain('**Declared outputs:** all 2 present');
    expect(warm.summary).not.toContain('`npm run build`');
    expect(await readFile(join(project, 'dist/index.js'), 'utf8')).toBe(built);

    // A changed source misses and builds again.
    await writeFile(join(project, 'src/index.ts'), 'export const changed = 1;\n');
    const changed = await runBuild(workspace);
    expect(changed.outputs['cache-hit']).toBe('false');
    expect(changed.outputs.built).toBe('svc');
  });

  it('annotates a compile error at its line and fails with the build\'s last lines', async () => {
    const { workspace } = await checkout('compile-error', tsService({}, 'export function greet(name: string): string {\n  const count: number = name;\n  return `hello ${count}`;\n}\n'));
    const step = await runBuild(workspace);
    expect(step.exitCode).not.toBe(0);
    expect(errors(step)).toContainEqual(expect.objectContaining({ file: 'project/src/index.ts', line: 2, col: 9, message: "Type 'string' is not assignable to type 'number'.", title: 'tsc TS2322' }));
    expect(failure(step)).toMatch(/^The build failed: 'npm run build' in the project failed with exit code \d+\. Its last lines:\n[\s\S]*TS2322/);
    expect(step.summary).toMatch(/\| svc \| `npm run build` \| \d+\.\d s \| ❌ failed \|/);
  });

  it('fails before building when an explicit build script does not exist, listing the scripts there are', async () => {
    const { workspace } = await checkout('no-script', tsService(), false);
    const step = await runBuild(workspace, { 'build-script': 'compile' });
    expect(failure(step)).toBe("The pre-build checks failed:\nPre-build check: project/package.json: error: Input 'build-script' is 'compile', but package.json has no such script (it has: build). Add it, or name one of those. [build build-script-exists]");
    expect(errors(step)).toContainEqual(expect.objectContaining({ file: 'project/package.json', title: 'build build-script-exists' }));
  });
});

describe('a publishable TypeScript library', () => {
  it('builds, packs with npm pack, checks the tarball and hands it over with its sha256 (also through build/action.yml)', async () => {
    const { workspace, project } = await checkout('library', tsLibrary());
    const step = await runBuild(workspace, { cache: 'false' }, {}, LEGACY_BUILD_ACTION);
    expect(failure(step)).toBeUndefined();
    expect(step.outputs).toEqual({ artifacts: 'project/dist-artifacts/octo-lib-1.0.0.tgz', version: '1.0.0', 'cache-hit': 'false', built: '@octo/lib' });
    const tarball = join(project, 'dist-artifacts/octo-lib-1.0.0.tgz');
    const listed = await mustRun('tar', ['-tzf', tarball], project);
    expect(listed.split('\n').filter(Boolean).sort()).toEqual(['package/README.md', 'package/dist/index.d.ts', 'package/dist/index.js', 'package/package.json']);
    expect(step.summary).toContain(`| octo-lib-1.0.0.tgz |`);
    expect(step.summary).toContain(`\`${await sha256(tarball)}\``);
    expect(step.summary).toMatch(/\| octo-lib-1\.0\.0\.tgz \| [\d.]+ (B|kB) \| — \| 4 \| `[0-9a-f]{64}` \| ✅ ok \|/);
    expect(step.summary).toContain('**Version:** ✅ Version 1.0.0 agrees across package.json: 1.0.0; octo-lib-1.0.0.tgz package.json: 1.0.0.');
  });

  it('fails on a tag that does not match the version, naming all three, and leaves nothing in the artifacts folder', async () => {
    const { workspace, project } = await checkout('tag-mismatch', tsLibrary());
    const step = await runBuild(workspace, { cache: 'false' }, { GITHUB_REF: 'refs/tags/v1.1.0', GITHUB_REF_NAME: 'v1.1.0', GITHUB_REF_TYPE: 'tag' });
    expect(step.exitCode).not.toBe(0);
    expect(failure(step)).toContain('Version mismatch: tag v1.1.0: 1.1.0; package.json: 1.0.0; octo-lib-1.0.0.tgz package.json: 1.0.0. The tag, the manifest and the built packages must name one version: bump the manifest or re-tag.');
    expect(existsSync(join(project, 'dist-artifacts')) ? await readdir(join(project, 'dist-artifacts')) : []).toEqual([]);
  });

  it('refuses a tarball that would leak .env and a test folder', async () => {
    const files = tsLibrary({ files: undefined }, { '.env': 'API_KEY=hunter2\n', 'test/index.test.js': 'test();\n' });
    const { workspace, project } = await checkout('leaky', files);
    const step = await runBuild(workspace, { cache: 'false' });
    expect(step.exitCode).not.toBe(0);
    const message = failure(step) ?? '';
    expect(message).toContain("octo-lib-1.0.0.tgz: .env must not ship: an environment file (.env*) may hold secrets. Add it to .npmignore or leave it out of 'files'.");
    expect(message).toContain("octo-lib-1.0.0.tgz: test/ (a test folder) is in the tarball: list what ships in package.json 'files' or add test/ to .npmignore.");
    expect(message).toContain('nothing was written to project/dist-artifacts');
    expect(step.stdout).not.toContain('hunter2');
    expect(existsSync(join(project, 'dist-artifacts'))).toBe(false);
  });

  it('compares the size with the last build of the default branch, kept in the cache, and fails a regression with fail-on-size', async () => {
    const { workspace, project } = await checkout('size', tsLibrary());
    const first = await runBuild(workspace);
    expect(failure(first)).toBeUndefined();
    expect(first.summary).toContain('No size history yet');
    expect(first.summary).toMatch(/Size history saved as build-sizes-v1-linux-[0-9a-f]{16}-1000001-1-\d+\./);
    // A later commit whose tarball is far larger.
    await writeFile(join(project, 'src/index.ts'), `export const answer: number = 42;\nexport const blob = ${JSON.stringify('x'.repeat(20_000))};\n`);
    await commitAll(workspace, 'grow');
    const second = await runBuild(workspace, { 'fail-on-size': 'true' });
    expect(second.exitCode).not.toBe(0);
    expect(failure(second)).toMatch(/\nocto-lib-1\.0\.0\.tgz grew from [\d.]+ (B|kB) to [\d.]+ (B|kB) \(\+[\d.]+ (B|kB), \+\d+\.\d%\) since the last build of the default branch, over 'max-size-increase' \(25%\)\./);
    expect(second.summary).toMatch(/\| octo-lib-1\.0\.0\.tgz \| [\d.]+ (B|kB) \| \+[\d.]+ (B|kB), \+\d+\.\d% \|/);
  });
});

describe('an npm workspace of three members', () => {
  it('builds the member another depends on first, the independent ones in parallel, and packs the public one', async () => {
    const log = (name: string, ms: number) => `node -e "const fs=require('fs');fs.appendFileSync('../../order.log','start ${name} '+Date.now()+'\\\\n');setTimeout(()=>{fs.mkdirSync('dist',{recursive:true});fs.writeFileSync('dist/index.js','module.exports=\\"${name}\\";\\\\n');fs.appendFileSync('../../order.log','end ${name} '+Date.now()+'\\\\n')},${ms})"`;
    const member = (name: string, deps: Record<string, string>, extra: Record<string, unknown> = {}) =>
      `${JSON.stringify({ name, version: '1.0.0', main: 'dist/index.js', scripts: { build: log(name, 1500) }, dependencies: deps, ...extra }, null, 2)}\n`;
    const { workspace, project } = await checkout('workspace', {
      'package.json': `${JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }, null, 2)}\n`,
      'packages/core/package.json': member('@mono/core', {}, { private: true }),
      'packages/util/package.json': member('@mono/util', {}, { private: true }),
      'packages/app/package.json': member('@mono/app', { '@mono/core': '1.0.0' }, { files: ['dist'] }),
      '.gitignore': 'node_modules/\ndist/\norder.log\ndist-artifacts/\n',
    }, false);
    const step = await runBuild(workspace, { 'max-parallel': '2', cache: 'false' });
    expect(failure(step)).toBeUndefined();
    const events = (await readFile(join(project, 'order.log'), 'utf8')).trim().split('\n').map((line) => line.split(' '));
    const at = (kind: string, name: string) => Number(events.find(([k, n]) => k === kind && n === name)![2]);
    // core and util (independent) ran at the same time; app started only after core ended.
    expect(at('start', '@mono/util')).toBeLessThan(at('end', '@mono/core'));
    expect(at('start', '@mono/core')).toBeLessThan(at('end', '@mono/util'));
    expect(at('start', '@mono/app')).toBeGreaterThanOrEqual(at('end', '@mono/core'));
    expect(step.outputs.built.split(',').sort()).toEqual(['@mono/app', '@mono/core', '@mono/util']);
    expect(step.outputs.artifacts).toBe('project/dist-artifacts/mono-app-1.0.0.tgz');
    expect(step.summary).toContain('**Declared outputs:** all 3 present');
  });
});
