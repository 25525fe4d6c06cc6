// npm, pnpm and yarn failing to install: dependency conflicts, lockfiles out of sync, unreachable registries,
// refused credentials, the wrong package manager, and (negative) installs that pass with ERESOLVE warnings.
import { join } from 'node:path';
import { packageJson, type CaptureEnv } from './environment.js';
import { must, run, versionOf, type Captured, type Workspace } from './harness.js';
import { startVerdaccio } from './servers.js';

const INSTALL = ['install', '--no-audit', '--no-fund'];

export async function nodeInstallCaptures(ws: Workspace, env: CaptureEnv): Promise<Captured[]> {
  const npm = `npm ${await versionOf('npm', ['--version'], { env: env.npm })}`;
  const pnpm = `pnpm ${await versionOf('pnpm', ['--version'], { env: env.npm })}`;
  const yarn = `yarn ${await versionOf('yarn', ['--version'], { env: env.npm })}`;
  const out: Captured[] = [];
  const npmIn = (cwd: string, args: string[], extra: NodeJS.ProcessEnv = {}) => run('npm', args, { cwd, env: { ...env.npm, ...extra } });

  // A local package (packed to a tarball) whose peers or dependencies make the conflict.
  const widget = async (dir: string, fields: Record<string, unknown>): Promise<void> => {
    await ws.write(dir, { 'widget/package.json': `${JSON.stringify({ name: 'widget', version: '1.0.0', ...fields }, null, 2)}\n` });
    await must('npm', ['pack', '--pack-destination', dir], { cwd: join(dir, 'widget'), env: env.npm });
  };

  let dir = await ws.folder('npm-eresolve-peer');
  await ws.write(dir, { 'package.json': packageJson({}) });
  out.push({ file: 'dependency-conflict/npm-eresolve-peer.txt', tool: npm, command: 'npm install --no-audit --no-fund react@18 react-dom@17', project: 'an empty package.json', result: await npmIn(dir, [...INSTALL, 'react@18', 'react-dom@17']) });

  dir = await ws.folder('npm-eresolve-peer-of-peer');
  await widget(dir, { peerDependencies: { 'react-dom': '18' } });
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { react: '17', widget: 'file:widget-1.0.0.tgz' } }) });
  out.push({
    file: 'dependency-conflict/npm-eresolve-peer-of-peer-color.txt',
    tool: npm,
    command: 'npm install --no-audit --no-fund --color=always',
    project: 'react@17 and a local widget whose peer react-dom@18 needs react@^18 (colours on)',
    result: await npmIn(dir, [...INSTALL, '--color=always']),
  });

  dir = await ws.folder('npm-eresolve-strict-peer');
  await widget(dir, { dependencies: { 'react-dom': '17' }, peerDependencies: { react: '18' } });
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { react: '18', widget: 'file:widget-1.0.0.tgz' } }) });
  out.push({
    file: 'dependency-conflict/npm-eresolve-strict-peer.txt',
    tool: npm,
    command: 'npm install --no-audit --no-fund --strict-peer-deps',
    project: 'react@18 and a local widget that depends on react-dom@17 (peer react 17.0.2)',
    result: await npmIn(dir, [...INSTALL, '--strict-peer-deps']),
  });
  // The same project without --strict-peer-deps installs, with "npm warn ERESOLVE overriding peer dependency".
  out.push({
    file: 'negative/npm-warn-conflicting-peer-install-passes.txt',
    tool: npm,
    command: 'npm install --no-audit --no-fund',
    project: 'the project of npm-eresolve-strict-peer.txt: npm overrides the peer with warnings and succeeds',
    result: await npmIn(dir, INSTALL),
    succeeds: true,
  });

  dir = await ws.folder('npm-warn-override');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { react: '17', 'react-dom': '17' } }) });
  await must('npm', INSTALL, { cwd: dir, env: env.npm });
  out.push({
    file: 'negative/npm-warn-eresolve-install-passes.txt',
    tool: npm,
    command: 'npm install --no-audit --no-fund react@18',
    project: 'react@17 and react-dom@17 installed; react@18 added over react-dom\'s peer (warnings, success)',
    result: await npmIn(dir, [...INSTALL, 'react@18']),
    succeeds: true,
  });

  dir = await ws.folder('npm-ci-out-of-sync');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '2.1.3' } }) });
  await must('npm', [...INSTALL, '--package-lock-only'], { cwd: dir, env: env.npm });
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '2.1.2', 'is-number': '^7.0.0' } }) });
  out.push({ file: 'dependency-conflict/npm-ci-out-of-sync.txt', tool: npm, command: 'npm ci --no-audit --no-fund', project: 'package-lock.json made for ms@2.1.3; package.json then changed to ms@2.1.2 and is-number@^7.0.0', result: await npmIn(dir, ['ci', '--no-audit', '--no-fund']) });

  dir = await ws.folder('npm-etarget');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '^9.0.0' } }) });
  out.push({ file: 'package-not-found/npm-etarget.txt', tool: npm, command: 'npm install --no-audit --no-fund', project: 'package.json wants ms@^9.0.0, which does not exist', result: await npmIn(dir, INSTALL) });

  dir = await ws.folder('pnpm-outdated');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '2.1.3', 'is-odd': '3.0.1' } }) });
  await must('pnpm', ['install', '--lockfile-only'], { cwd: dir, env: env.npm });
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '^2.1.2', 'is-number': '^7.0.0' } }) });
  out.push({ file: 'dependency-conflict/pnpm-outdated-lockfile.txt', tool: pnpm, command: 'pnpm install --frozen-lockfile', project: 'pnpm-lock.yaml made for ms@2.1.3 and is-odd; package.json then changed to ms@^2.1.2 and is-number', result: await run('pnpm', ['install', '--frozen-lockfile'], { cwd: dir, env: env.npm }) });
  out.push({ file: 'dependency-conflict/pnpm-outdated-lockfile-color.txt', tool: pnpm, command: 'FORCE_COLOR=1 pnpm install --frozen-lockfile', project: 'the same project, colours forced', result: await run('pnpm', ['install', '--frozen-lockfile'], { cwd: dir, env: { ...env.npm, FORCE_COLOR: '1' } }) });

  dir = await ws.folder('pnpm-peers');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { react: '17.0.2', 'react-dom': '18.3.1' } }) });
  out.push({ file: 'dependency-conflict/pnpm-peer-dep-issues.txt', tool: pnpm, command: 'pnpm install --lockfile-only --config.strict-peer-dependencies=true', project: 'react@17.0.2 with react-dom@18.3.1', result: await run('pnpm', ['install', '--lockfile-only', '--config.strict-peer-dependencies=true'], { cwd: dir, env: env.npm }) });

  dir = await ws.folder('yarn-frozen');
  const yarnCache = join(ws.root, 'yarn-cache');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '2.1.3' } }) });
  await must('yarn', ['install', '--ignore-scripts', '--cache-folder', yarnCache], { cwd: dir, env: env.npm });
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '^2.1.2', 'is-number': '^7.0.0' } }) });
  out.push({ file: 'dependency-conflict/yarn-frozen-lockfile.txt', tool: yarn, command: 'yarn install --frozen-lockfile --non-interactive', project: 'yarn.lock made for ms@2.1.3; package.json then changed', result: await run('yarn', ['install', '--frozen-lockfile', '--non-interactive', '--cache-folder', yarnCache], { cwd: dir, env: env.npm }) });

  // Registries that cannot be reached: a closed port and a name that does not resolve.
  dir = await ws.folder('unreachable');
  await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '2.1.3' } }) });
  out.push({ file: 'registry-unreachable/npm-econnrefused.txt', tool: npm, command: 'npm install --registry http://127.0.0.1:9/ --fetch-retries 0', project: 'ms@2.1.3 from a registry on a closed port', result: await npmIn(dir, [...INSTALL, '--registry', 'http://127.0.0.1:9/', '--fetch-retries', '0']) });
  out.push({ file: 'registry-unreachable/npm-enotfound.txt', tool: npm, command: 'npm install --registry http://registry.invalid/ --fetch-retries 0', project: 'ms@2.1.3 from a registry whose name does not resolve', result: await npmIn(dir, [...INSTALL, '--registry', 'http://registry.invalid/', '--fetch-retries', '0']) });
  out.push({ file: 'registry-unreachable/pnpm-econnrefused.txt', tool: pnpm, command: 'pnpm install --registry http://127.0.0.1:9/ --fetch-retries 0', project: 'the same', result: await run('pnpm', ['install', '--registry', 'http://127.0.0.1:9/', '--fetch-retries', '0'], { cwd: dir, env: env.npm }) });
  out.push({ file: 'registry-unreachable/yarn-econnrefused.txt', tool: yarn, command: 'yarn install --registry http://127.0.0.1:9/ --non-interactive', project: 'the same', result: await run('yarn', ['install', '--registry', 'http://127.0.0.1:9/', '--non-interactive', '--cache-folder', join(ws.root, 'yarn-cache-empty')], { cwd: dir, env: env.npm }) });

  // A private registry (verdaccio) that wants a user of the ops-team group: anonymous gets 401, another user 403.
  const verdaccio = await startVerdaccio(ws, 'ops-team');
  try {
    const registry = verdaccio.url;
    const host = registry.replace(/^http:/, '');
    dir = await ws.folder('private-registry');
    await ws.write(dir, { 'package.json': packageJson({ dependencies: { ms: '2.1.3' } }) });
    out.push({ file: 'credentials-refused/npm-e401.txt', tool: npm, command: `npm install --registry ${registry}`, project: `ms from verdaccio ${verdaccio.version} that lets only the ops-team group read, no token`, result: await npmIn(dir, [...INSTALL, '--registry', registry]) });
    out.push({ file: 'credentials-refused/npm-e403.txt', tool: npm, command: `npm install --registry ${registry} --${host}:_authToken=<token of a user outside ops-team>`, project: 'the same, with the token of a user outside the group', result: await npmIn(dir, [...INSTALL, '--registry', registry, `--${host}:_authToken=${verdaccio.token}`]) });
    out.push({ file: 'credentials-refused/pnpm-401.txt', tool: pnpm, command: `pnpm install --registry ${registry}`, project: 'the same, no token', result: await run('pnpm', ['install', '--registry', registry], { cwd: dir, env: env.npm }) });
    out.push({ file: 'credentials-refused/yarn-401.txt', tool: yarn, command: `yarn install --registry ${registry} --non-interactive`, project: 'the same, no token', result: await run('yarn', ['install', '--registry', registry, '--non-interactive', '--cache-folder', join(ws.root, 'yarn-cache-private')], { cwd: dir, env: env.npm }) });
  } finally {
    await verdaccio.close();
  }

  // pnpm refusing to run for a project that pins another package manager (version).
  dir = await ws.folder('pnpm-bad-pm-version');
  await ws.write(dir, { 'package.json': packageJson({ packageManager: 'pnpm@9.15.0' }) });
  out.push({ file: 'tool-version/pnpm-bad-pm-version.txt', tool: pnpm, command: 'pnpm install --config.manage-package-manager-versions=false --config.package-manager-strict-version=true', project: 'packageManager: pnpm@9.15.0', result: await run('pnpm', ['install', '--config.manage-package-manager-versions=false', '--config.package-manager-strict-version=true'], { cwd: dir, env: env.npm }) });
  dir = await ws.folder('pnpm-other-pm');
  await ws.write(dir, { 'package.json': packageJson({ packageManager: 'yarn@1.22.22' }) });
  out.push({ file: 'tool-version/pnpm-other-pm-expected.txt', tool: pnpm, command: 'pnpm install', project: 'packageManager: yarn@1.22.22', result: await run('pnpm', ['install'], { cwd: dir, env: env.npm }) });
  return out;
}
