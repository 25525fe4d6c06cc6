import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { main as qualityChecksMain } from '../../../src/actions/quality-checks/main.js';
import type { CacheStore } from '../../../src/runtime/cache/cache-store.js';
import { runCommand } from '../../../src/runtime/process/run-command.js';
import { RecordingIO } from './recording-io.js';

// A project for the one-step pipeline's stages, run for real: an ESLint stand-in script (it prints what ESLint
// prints), node's own test runner, and a build script when asked for.

export interface PipelineProject {
  /** Errors the lint stand-in reports. */
  lintErrors: number;
  /** Tests that fail, in one test file (none: it holds one test that passes). */
  failingTests: number;
  /** package.json's build script; none by default. */
  build?: string;
}

/** Writes the project into `workspace`/app and returns `workspace`. The package is private: the build packs nothing. */
export async function writePipelineProject(workspace: string, project: PipelineProject): Promise<string> {
  const app = path.join(workspace, 'app');
  await mkdir(path.join(app, 'node_modules/.bin'), { recursive: true });
  await mkdir(path.join(app, 'test'), { recursive: true });
  const scripts = { test: 'node --test', ...(project.build === undefined ? {} : { build: project.build }) };
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module', scripts }));
  await writeFile(path.join(app, 'eslint.config.js'), 'export default [];\n');
  const report = JSON.stringify([{ filePath: 'APP/src/a.ts', messages: Array.from({ length: project.lintErrors }, (_, i) => ({ ruleId: 'no-undef', severity: 2, message: `e${i}`, line: i + 1, column: 1 })) }]);
  const eslint = path.join(app, 'node_modules/.bin/eslint');
  await writeFile(eslint, `#!/bin/sh\necho '${report}' | sed "s|APP|$PWD|"\n${project.lintErrors > 0 ? 'exit 1' : 'exit 0'}\n`);
  await chmod(eslint, 0o755);
  const failing = Array.from({ length: project.failingTests }, (_, i) => `test('case ${i + 1}', () => {\n  assert.fail('broken ${i + 1}');\n});`);
  const tests = failing.length > 0 ? failing : ["test('passes', () => {});"];
  await writeFile(path.join(app, 'test/many.test.js'), `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\n${tests.join('\n')}\n`);
  return workspace;
}

const noCache: CacheStore = {
  description: 'no cache',
  restore: async () => ({ outcome: 'miss', milliseconds: 0 }),
  save: async () => ({ outcome: 'error', milliseconds: 0, message: 'not saved in this test' }),
};

let clock = 0;

/** The stages' dependencies over a project written by writePipelineProject: real processes, no cache. */
export function pipelineDependencies(workspace: string): { io: RecordingIO; run: typeof runCommand; cache: CacheStore; now: () => number; context: Parameters<typeof qualityChecksMain>[0]['context'] } {
  return {
    io: new RecordingIO({ 'working-directory': 'app', checks: 'lint', coverage: 'false', cache: 'false' }),
    run: (command, args, options) => runCommand(command, args, { ...options, silent: true }),
    cache: noCache,
    now: () => (clock += 100),
    context: { platform: { os: 'linux', arch: 'x64' }, nodePlatform: 'linux', workspace, env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: workspace } },
  };
}
