// Broken node_modules trees, as a stale or corrupt cache entry leaves them: a package that lost a file, a package
// whose dependency is gone (CommonJS and ESM), an addon built for another Node, an addon built for another OS;
// and (negative) a project file that is really missing.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NODE24, packageJson, type CaptureEnv } from './environment.js';
import { must, run, versionOf, type Captured, type Workspace } from './harness.js';

const ADDON_CC = `#include <node.h>

namespace checksum {
void Sum(const v8::FunctionCallbackInfo<v8::Value>& args) { args.GetReturnValue().Set(42); }
void Init(v8::Local<v8::Object> exports) { NODE_SET_METHOD(exports, "sum", Sum); }
NODE_MODULE(NODE_GYP_MODULE_NAME, Init)
}
`;

export async function nodeTreeCaptures(ws: Workspace, env: CaptureEnv): Promise<Captured[]> {
  const out: Captured[] = [];
  const node24 = `node ${await versionOf(NODE24)}`;
  const install = (cwd: string, extra: NodeJS.ProcessEnv = {}) => must('npm', ['install', '--no-audit', '--no-fund', '--install-links'], { cwd, env: { ...env.npm, ...extra } });
  const node = (cwd: string, file: string) => run(NODE24, [file], { cwd, env: env.base });

  const dir = await ws.folder('node-tree');
  await ws.write(dir, {
    'package.json': packageJson({ dependencies: { ms: '2.1.3', debug: '4.4.1', 'p-limit': '6.2.0' } }),
    'src/uptime.cjs': "const ms = require('ms');\nconsole.log(ms(90_000));\n",
    'src/log.cjs': "const debug = require('debug');\ndebug('orders')('started');\n",
    'src/queue.mjs': "import pLimit from 'p-limit';\nconsole.log(typeof pLimit(2));\n",
    'src/prices.cjs': "const prices = require('./lib/prices');\nconsole.log(prices);\n",
  });
  await install(dir);
  await rm(join(dir, 'node_modules/ms/index.js'));
  out.push({ file: 'cache-trouble/node-package-file-missing.txt', tool: node24, command: 'node src/uptime.cjs', project: "ms installed, then node_modules/ms/index.js deleted; the file requires 'ms'", result: await node(dir, 'src/uptime.cjs') });
  await rm(join(dir, 'node_modules/ms'), { recursive: true });
  out.push({ file: 'cache-trouble/node-dependency-missing-cjs.txt', tool: node24, command: 'node src/log.cjs', project: "debug installed, then its dependency node_modules/ms deleted; the file requires 'debug'", result: await node(dir, 'src/log.cjs') });
  await rm(join(dir, 'node_modules/yocto-queue'), { recursive: true });
  out.push({ file: 'cache-trouble/node-dependency-missing-esm.txt', tool: node24, command: 'node src/queue.mjs', project: "p-limit installed, then its dependency node_modules/yocto-queue deleted; the file imports 'p-limit'", result: await node(dir, 'src/queue.mjs') });
  out.push({ file: 'negative/node-project-module-missing.txt', tool: node24, command: 'node src/prices.cjs', project: "a project file requiring ./lib/prices, which the project does not have (not a broken tree)", result: await node(dir, 'src/prices.cjs') });

  // An addon installed (built by node-gyp) under Debian's Node 20, then loaded by Node 24.
  const addon = await ws.folder('node-addon');
  await ws.write(addon, {
    'checksum/package.json': `${JSON.stringify({ name: 'checksum', version: '1.0.0', main: 'build/Release/checksum.node', gypfile: true, scripts: { install: 'node-gyp rebuild' } }, null, 2)}\n`,
    'checksum/binding.gyp': `${JSON.stringify({ targets: [{ target_name: 'checksum', sources: ['src/checksum.cc'] }] })}\n`,
    'checksum/src/checksum.cc': ADDON_CC,
    'app/package.json': packageJson({ dependencies: { checksum: 'file:../checksum' } }),
    'app/src/sum.cjs': "const checksum = require('checksum');\nconsole.log(checksum.sum());\n",
  });
  const app = join(addon, 'app');
  await install(app, { npm_config_nodedir: '/usr', npm_config_devdir: join(addon, 'gyp-devdir') });
  const builtWith = `node ${await versionOf('node')}`;
  out.push({ file: 'cache-trouble/node-module-version.txt', tool: node24, command: 'node src/sum.cjs', project: `an addon built by npm install under ${builtWith} (Debian's), loaded by Node 24`, result: await node(app, 'src/sum.cjs') });
  // The same addon file replaced by a macOS (Mach-O) header, as a tree made on another OS holds.
  const machO = Buffer.alloc(64);
  machO.writeUInt32LE(0xfeedfacf, 0);
  await writeFile(join(app, 'node_modules/checksum/build/Release/checksum.node'), machO);
  out.push({ file: 'cache-trouble/node-invalid-elf-header.txt', tool: node24, command: 'node src/sum.cjs', project: 'the addon file replaced by a Mach-O header (a tree built on macOS)', result: await node(app, 'src/sum.cjs') });
  return out;
}
