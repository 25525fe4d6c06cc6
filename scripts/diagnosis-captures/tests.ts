// The test action's own failure messages, captured from the local command (dist/cli/index.js test DIR): failing
// tests (node and pytest), no tests, coverage under the threshold, a runner that crashed, an exit code without a
// failed test, a timeout; and (negative) raw runner logs, which hold file:line:col and ECONNREFUSED lines.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../test/support/watched-process.js';
import { DEBIAN_PYTHON, NODE24, REPO_ROOT, packageJson, type CaptureEnv } from './environment.js';
import { run, versionOf, type Captured, type Workspace } from './harness.js';

const CART_TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';

test('adds an item', () => {
  assert.equal(1 + 1, 2);
});

test('applies the discount', () => {
  assert.equal(100 * 0.9, 80);
});

test('rounds the total', () => {
  assert.equal(Math.round(2.5), 2);
});
`;

export async function testCaptures(ws: Workspace, env: CaptureEnv): Promise<Captured[]> {
  const cli = join(REPO_ROOT, 'dist/cli/index.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'npm run build' first (the captures run the local command).`);
  const tool = `build-actions test (dist/cli), node ${await versionOf(NODE24)}`;
  const out: Captured[] = [];
  const stage = (dir: string, extra: string[] = []) => run(NODE24, [cli, 'test', dir, '--cache', 'false', ...extra], { cwd: dir, env: { ...env.npm, BUILD_ACTIONS_CACHE_DIR: join(ws.root, 'cli-cache') }, timeoutMs: 600_000 });

  let dir = await ws.folder('node-failures');
  await ws.write(dir, { 'package.json': packageJson({ type: 'module', scripts: { test: 'node --test' } }), 'test/cart.test.js': CART_TEST });
  out.push({ file: 'test-failure/cli-node-failures.txt', tool, command: 'build-actions test . --cache false', project: 'node --test with two failing tests of three', result: await stage(dir) });
  out.push({ file: 'negative/node-test-runner-log.txt', tool: `node ${await versionOf(NODE24)}`, command: 'node --test', project: 'the same tests run by node itself: a raw runner log', result: await run(NODE24, ['--test'], { cwd: dir, env: env.base }) });

  dir = await ws.folder('node-no-tests');
  await ws.write(dir, { 'package.json': packageJson({ type: 'module', scripts: { test: 'node --test' } }), 'src/cart.js': 'export const empty = [];\n' });
  out.push({ file: 'test-failure/cli-node-no-tests.txt', tool, command: 'build-actions test . --cache false', project: 'node --test with no test files', result: await stage(dir) });

  dir = await ws.folder('node-coverage');
  await ws.write(dir, {
    'package.json': packageJson({ type: 'module', scripts: { test: 'node --test' } }),
    'src/prices.js': 'export function price(item) {\n  if (item.free) {\n    return 0;\n  }\n  if (item.discount) {\n    return item.price * (1 - item.discount);\n  }\n  return item.price;\n}\n',
    'test/prices.test.js': "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { price } from '../src/prices.js';\n\ntest('full price', () => {\n  assert.equal(price({ price: 10 }), 10);\n});\n",
  });
  out.push({ file: 'test-failure/cli-node-coverage.txt', tool, command: 'build-actions test . --cache false --coverage-threshold 95', project: 'one passing test covering part of the code', result: await stage(dir, ['--coverage-threshold', '95']) });

  dir = await ws.folder('jest-missing');
  await ws.write(dir, { 'package.json': packageJson({ scripts: { test: 'jest' }, devDependencies: { jest: '^30.0.0' } }), 'cart.test.js': "test('adds', () => expect(1 + 1).toBe(2));\n" });
  out.push({ file: 'test-failure/cli-jest-crash.txt', tool, command: 'build-actions test . --cache false', project: 'a jest project whose dependencies were never installed', result: await stage(dir) });

  dir = await ws.folder('script-exit');
  await ws.write(dir, { 'package.json': packageJson({ scripts: { test: 'node scripts/check.mjs' } }), 'scripts/check.mjs': "console.log('checking the fixtures');\nconsole.error('fixture orders.json is out of date');\nprocess.exit(3);\n" });
  out.push({ file: 'test-failure/cli-script-exit-code.txt', tool, command: 'build-actions test . --cache false', project: 'a test script that is not a runner the action reads, exiting 3', result: await stage(dir) });

  dir = await ws.folder('pytest-failures');
  await ws.write(dir, {
    'requirements.txt': '',
    'pyproject.toml': '[project]\nname = "billing"\nversion = "1.0.0"\n',
    'tests/test_tax.py': 'def test_rate():\n    assert round(0.1 + 0.2, 2) == 0.3\n\n\ndef test_rounding():\n    assert round(2.675, 2) == 2.68\n',
  });
  out.push({ file: 'test-failure/cli-pytest-failures.txt', tool: `${tool}, pytest ${(await versionOf(DEBIAN_PYTHON, ['-m', 'pytest', '--version'])).split(' ')[1]}`, command: 'build-actions test . --cache false --coverage false', project: "a Python project with one failing test of two, run by Debian's python3 and pytest", result: await stage(dir, ['--coverage', 'false']) });

  dir = await ws.folder('node-network');
  await ws.write(dir, {
    'package.json': packageJson({ type: 'module', scripts: { test: 'node --test' } }),
    // A closed port (fetch refuses port 9 itself as a "bad port", before connecting).
    'test/api.test.js': `import { test } from 'node:test';\n\ntest('reads the orders API', async () => {\n  await fetch('http://127.0.0.1:${await freePort()}/orders');\n});\n`,
  });
  out.push({ file: 'negative/node-test-econnrefused.txt', tool: `node ${await versionOf(NODE24)}`, command: 'node --test', project: 'a test whose API is down (ECONNREFUSED in a test is not a registry fault)', result: await run(NODE24, ['--test'], { cwd: dir, env: env.base }) });
  out.push({ file: 'test-failure/cli-node-econnrefused.txt', tool, command: 'build-actions test . --cache false', project: 'the same test through the test stage', result: await stage(dir) });

  dir = await ws.folder('node-timeout');
  await ws.write(dir, {
    'package.json': packageJson({ type: 'module', scripts: { test: 'node --test' } }),
    'test/slow.test.js': "import { test } from 'node:test';\n\ntest('waits for a server that never answers', async () => {\n  await new Promise((resolve) => setTimeout(resolve, 600_000));\n});\n",
  });
  out.push({ file: 'test-failure/cli-node-timeout.txt', tool, command: 'build-actions test . --cache false --timeout-minutes 1', project: 'a test that waits ten minutes', result: await stage(dir, ['--timeout-minutes', '1']) });
  return out;
}
