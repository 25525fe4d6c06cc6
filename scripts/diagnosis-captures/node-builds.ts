// Node builds that fail to compile: tsc (both formats, and through `npm run build`), esbuild, vite 8 (rolldown) and
// vite 5 (rollup + esbuild), babel, swc, a native addon's C code under node-gyp; and (negative) an eslint failure.
import { join } from 'node:path';
import { freePort } from '../../test/support/watched-process.js';
import { REPO_BIN, packageJson, type CaptureEnv } from './environment.js';
import { must, run, versionOf, type Captured, type Workspace } from './harness.js';

const ORDERS_TS = `export interface Order {
  id: string;
  total: number;
}

export function totalOf(orders: Order[]): number {
  return orders.reduce((sum, order) => sum + order.totl, 0);
}

export const first: Order = { id: 1, total: 2 };
`;
const INDEX_TS = `import { totalOf } from './orders.js';

const count: number = 'three';
console.log(totalOf([]), count, missing);
`;
const TSCONFIG = `${JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', outDir: 'dist', rootDir: 'src' }, include: ['src'] }, null, 2)}\n`;
/** Eleven more errors, so the pretty run holds 15 (more than the ten locations a diagnosis lists). */
const MANY_TS = Array.from({ length: 11 }, (_, index) => `export const value${index + 1}: number = 'v${index + 1}';`).join('\n') + '\n';

const APP_TS = `import { render } from './view';

export function start(root: HTMLElement) {
  const state = { count: 0 ;
  render(root, state);
}
`;
const VIEW_TS = `export function render(root: HTMLElement, state: { count: number }) {
  root.textContent = \`count: \${state.count}\`;
}
`;
const MAIN_TS = `import { start } from './app';
import { missing } from './nowhere';
import chart from 'chart-lib';
start(document.body);
missing(chart);
`;
const CART_JS = `export function addItem(cart, item) {
  const next = { ...cart, items: [...cart.items, item] ;
  return next;
}
`;
const ADDON_C = `#include <node_api.h>

static napi_value Sum(napi_env env, napi_callback_info info) {
  napi_value result;
  int total = 0
  napi_create_int32(env, total, &result);
  return reslt;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "sum", NAPI_AUTO_LENGTH, Sum, NULL, &fn);
  return fn;
}
`;

export async function nodeBuildCaptures(ws: Workspace, env: CaptureEnv): Promise<Captured[]> {
  const out: Captured[] = [];
  const tscBin = join(REPO_BIN, 'tsc');
  const tsc = `tsc ${(await versionOf(tscBin)).replace(/^Version /, '')}`;
  const npm = `npm ${await versionOf('npm', ['--version'], { env: env.npm })}`;

  let dir = await ws.folder('tsc-small');
  await ws.write(dir, { 'tsconfig.json': TSCONFIG, 'src/orders.ts': ORDERS_TS, 'src/index.ts': INDEX_TS });
  out.push({ file: 'compile-error/tsc-plain.txt', tool: tsc, command: 'tsc -p . --pretty false', project: 'two files with four type errors', result: await run(tscBin, ['-p', '.', '--pretty', 'false'], { cwd: dir, env: env.base }) });
  await ws.write(dir, { 'package.json': packageJson({ scripts: { build: 'tsc -p .' } }) });
  out.push({ file: 'compile-error/tsc-npm-run-build.txt', tool: `${npm}, ${tsc}`, command: 'npm run build (the script runs tsc -p .)', project: 'the same project, built as the build stage does', result: await run('npm', ['run', 'build'], { cwd: dir, env: { ...env.npm, PATH: `${REPO_BIN}:${env.npm.PATH ?? ''}` } }) });

  dir = await ws.folder('tsc-many');
  await ws.write(dir, { 'tsconfig.json': TSCONFIG, 'src/orders.ts': ORDERS_TS, 'src/index.ts': INDEX_TS, 'src/many.ts': MANY_TS });
  out.push({ file: 'compile-error/tsc-pretty-color.txt', tool: tsc, command: 'tsc -p . --pretty true', project: 'three files with 15 type errors (colours on)', result: await run(tscBin, ['-p', '.', '--pretty', 'true'], { cwd: dir, env: env.base }) });

  // The bundlers and transpilers, from the registry into one tools folder (vite 5 in its own).
  const tools = await ws.folder('js-tools');
  await ws.write(tools, { 'package.json': packageJson({ type: 'module' }) });
  await must('npm', ['install', '--no-audit', '--no-fund', 'esbuild', 'vite@8', '@babel/core', '@babel/cli', '@swc/core', '@swc/cli'], { cwd: tools, env: env.npm });
  const vite5 = await ws.folder('vite5');
  await ws.write(vite5, { 'package.json': packageJson({ type: 'module' }) });
  await must('npm', ['install', '--no-audit', '--no-fund', 'vite@5'], { cwd: vite5, env: env.npm });
  const bin = (folder: string, name: string) => join(folder, 'node_modules/.bin', name);
  const esbuild = `esbuild ${await versionOf(bin(tools, 'esbuild'))}`;
  const vite8 = `${(await versionOf(bin(tools, 'vite'))).split(' ')[0]}`;
  const vite5Version = `${(await versionOf(bin(vite5, 'vite'))).split(' ')[0]}`;

  for (const folder of [tools, vite5]) {
    await ws.write(folder, { 'src/app.ts': APP_TS, 'src/view.ts': VIEW_TS, 'src/main.ts': MAIN_TS, 'lib/cart.js': CART_JS, '.babelrc': '{}\n' });
  }
  out.push({ file: 'compile-error/esbuild-syntax.txt', tool: esbuild, command: 'esbuild src/app.ts --bundle --outfile=dist/app.js', project: 'a TypeScript file with a missing brace', result: await run(bin(tools, 'esbuild'), ['src/app.ts', '--bundle', '--outfile=dist/app.js'], { cwd: tools, env: env.base }) });
  out.push({ file: 'compile-error/esbuild-three-errors-color.txt', tool: esbuild, command: 'esbuild src/main.ts --bundle --outfile=dist/main.js --color=true', project: 'an entry importing a missing file, a missing package and the broken file (colours on)', result: await run(bin(tools, 'esbuild'), ['src/main.ts', '--bundle', '--outfile=dist/main.js', '--color=true'], { cwd: tools, env: env.base }) });

  const html = (entry: string) => `<!doctype html><html><body><script type="module" src="/src/${entry}"></script></body></html>\n`;
  await ws.write(tools, { 'index.html': html('app.ts') });
  out.push({ file: 'compile-error/vite8-syntax.txt', tool: vite8, command: 'vite build', project: 'index.html loading src/app.ts, which misses a brace', result: await run(bin(tools, 'vite'), ['build'], { cwd: tools, env: env.base }) });
  await ws.write(tools, { 'index.html': html('main.ts'), 'src/app.ts': APP_TS.replace('{ count: 0 ;', '{ count: 0 };') });
  out.push({ file: 'compile-error/vite8-unresolved-import.txt', tool: vite8, command: 'vite build', project: 'index.html loading src/main.ts, which imports ./nowhere', result: await run(bin(tools, 'vite'), ['build'], { cwd: tools, env: env.base }) });
  await ws.write(vite5, { 'index.html': html('app.ts') });
  out.push({ file: 'compile-error/vite5-esbuild-transform.txt', tool: vite5Version, command: 'vite build', project: 'index.html loading src/app.ts, which misses a brace', result: await run(bin(vite5, 'vite'), ['build'], { cwd: vite5, env: env.base }) });
  await ws.write(vite5, { 'index.html': html('main.ts'), 'src/app.ts': APP_TS.replace('{ count: 0 ;', '{ count: 0 };') });
  out.push({ file: 'compile-error/vite5-rollup-unresolved-import.txt', tool: vite5Version, command: 'vite build', project: 'index.html loading src/main.ts, which imports chart-lib (not installed)', result: await run(bin(vite5, 'vite'), ['build'], { cwd: vite5, env: env.base }) });

  out.push({ file: 'compile-error/babel-syntax.txt', tool: `@babel/cli ${await versionOf(bin(tools, 'babel'))}`, command: 'babel lib --out-dir out', project: 'a JavaScript file with a missing bracket', result: await run(bin(tools, 'babel'), ['lib', '--out-dir', 'out'], { cwd: tools, env: env.base }) });
  out.push({ file: 'compile-error/swc-syntax.txt', tool: `@swc/cli ${await versionOf(bin(tools, 'swc'))}`, command: 'swc lib -d out', project: 'the same file', result: await run(bin(tools, 'swc'), ['lib', '-d', 'out'], { cwd: tools, env: env.base }) });

  // A dependency with a native addon whose C code does not compile: npm runs node-gyp while installing it.
  dir = await ws.folder('node-gyp-addon');
  await ws.write(dir, {
    'checksum/package.json': `${JSON.stringify({ name: 'checksum', version: '1.0.0', gypfile: true, scripts: { install: 'node-gyp rebuild' } }, null, 2)}\n`,
    'checksum/binding.gyp': `${JSON.stringify({ targets: [{ target_name: 'checksum', sources: ['src/checksum.c'] }] })}\n`,
    'checksum/src/checksum.c': ADDON_C,
    'app/package.json': packageJson({ dependencies: { checksum: 'file:../checksum' } }),
  });
  const gyp = { ...env.npm, npm_config_nodedir: '/usr', npm_config_devdir: join(dir, 'gyp-devdir') };
  out.push({ file: 'compile-error/npm-node-gyp-c-error.txt', tool: `${npm} (node-gyp bundled), gcc ${await gccVersion()}`, command: 'npm install --install-links (npm_config_nodedir=/usr)', project: 'a dependency whose binding.gyp builds C with two errors', result: await run('npm', ['install', '--no-audit', '--no-fund', '--install-links'], { cwd: join(dir, 'app'), env: gyp }) });
  // The same install when node-gyp must download Node's headers and cannot.
  // (A closed port that fetch allows: undici refuses port 9 outright as a "bad port".)
  const closed = await freePort();
  const headers = { ...env.npm, npm_config_dist_url: `http://127.0.0.1:${closed}/`, npm_config_devdir: join(dir, 'gyp-devdir-empty') };
  out.push({ file: 'registry-unreachable/npm-node-gyp-headers.txt', tool: `${npm} (node-gyp bundled)`, command: 'npm install --install-links (npm_config_dist_url=http://127.0.0.1:<closed port>/, an empty devdir)', project: 'the same dependency, with no Node headers at hand', result: await run('npm', ['install', '--no-audit', '--no-fund', '--install-links'], { cwd: join(dir, 'app'), env: headers }) });

  // Negative: eslint's findings are a lint failure, not a compile error.
  dir = await ws.folder('eslint');
  await ws.write(dir, { 'src/cart.js': 'const unused = 1;\nexport function total(items) {\n  return items.reduce((sum, item) => sum + item.price, 0) + tax;\n}\n' });
  const eslint = join(REPO_BIN, 'eslint');
  out.push({ file: 'negative/eslint-findings.txt', tool: `eslint ${await versionOf(eslint)}`, command: "eslint --no-config-lookup --rule 'no-unused-vars: error' --rule 'no-undef: error' src", project: 'a file with an unused and an undefined variable', result: await run(eslint, ['--no-config-lookup', '--rule', 'no-unused-vars: error', '--rule', 'no-undef: error', 'src'], { cwd: dir, env: env.base }) });
  return out;
}

export async function gccVersion(): Promise<string> {
  return (await versionOf('gcc', ['-dumpfullversion'])).trim();
}
