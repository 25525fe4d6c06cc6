// Fixture projects for the build action's end-to-end tests, written into a job's workspace as a checkout would
// leave them: a git repository with one commit (at a fixed date, so SOURCE_DATE_EPOCH is known).
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cleanProcessEnv, run } from './runner.js';
import { REPO_ROOT } from './setup-deps-jobs.js';

export const BUILD_ACTION = join(REPO_ROOT, 'actions/build/action.yml');
export const LEGACY_BUILD_ACTION = join(REPO_ROOT, 'build/action.yml');
/** The root action: the whole pipeline, the build last. */
export const ROOT_ACTION = join(REPO_ROOT, 'action.yml');
export const COMMIT_TIME = 1_767_225_600; // 2026-01-01T00:00:00Z

export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
}

export async function mustRun(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const result = await run(command, args, { cwd, env: { ...cleanProcessEnv(), ...env }, timeoutMs: 300_000 });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'octocat', GIT_AUTHOR_EMAIL: 'octocat@example.com', GIT_COMMITTER_NAME: 'octocat', GIT_COMMITTER_EMAIL: 'octocat@example.com',
  GIT_AUTHOR_DATE: `@${COMMIT_TIME} +0000`, GIT_COMMITTER_DATE: `@${COMMIT_TIME} +0000`,
};

/** Commits everything in `workspace` (a new repository the first time). */
export async function commitAll(workspace: string, message = 'fixture'): Promise<void> {
  await mustRun('git', ['init', '-q', '-b', 'main'], workspace);
  await mustRun('git', ['add', '-A'], workspace);
  await mustRun('git', ['commit', '-q', '--allow-empty', '-m', message], workspace, GIT_ENV);
}

/** The repository's TypeScript, linked into a fixture's node_modules as an install would leave it (the real tsc, no download). */
export async function linkTypeScript(project: string): Promise<void> {
  await mkdir(join(project, 'node_modules/.bin'), { recursive: true });
  await symlink(join(REPO_ROOT, 'node_modules/typescript'), join(project, 'node_modules/typescript'));
  await symlink('../typescript/bin/tsc', join(project, 'node_modules/.bin/tsc'));
}

export const TSCONFIG = `${JSON.stringify({
  // comments are allowed in tsconfig.json: the pre-build check reads it as tsc does
  compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'dist', rootDir: 'src', declaration: true, strict: true, skipLibCheck: true, types: [] },
  include: ['src'],
}, null, 2).replace('{\n', '{\n  // the build reads this file\n')}\n`;

export function tsService(extra: Record<string, unknown> = {}, source = 'export function greet(name: string): string {\n  return `hello ${name}`;\n}\n'): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'svc', version: '1.0.0', private: true, type: 'module', main: 'dist/index.js', types: 'dist/index.d.ts', scripts: { build: 'tsc' }, ...extra }, null, 2)}\n`,
    'tsconfig.json': TSCONFIG,
    'src/index.ts': source,
    '.gitignore': 'node_modules/\ndist/\ndist-artifacts/\n',
  };
}

export function tsLibrary(extra: Record<string, unknown> = {}, files: Record<string, string> = {}): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: '@octo/lib', version: '1.0.0', type: 'module', main: 'dist/index.js', types: 'dist/index.d.ts', exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } }, files: ['dist'], scripts: { build: 'tsc' }, ...extra }, null, 2)}\n`,
    'tsconfig.json': TSCONFIG,
    'src/index.ts': 'export const answer: number = 42;\n',
    'README.md': '# lib\n',
    '.gitignore': 'node_modules/\ndist/\ndist-artifacts/\n',
    ...files,
  };
}
