// Stand-ins for the official base images that `build-actions init`'s Dockerfiles start FROM (node:24-slim,
// python:3.12-slim): nothing can be pulled here, so each is a root filesystem made from this machine's own parts and
// given to `docker import` under the official name. Each holds busybox-static (the shell and the usual commands),
// the runtime, its package manager, the shared libraries `ldd` lists for them, and the users the official image has.
// - node: the Node 24 binary the tests run bundles with, and npm from this machine's Node (lib/node_modules/npm);
//   the official image's `node` user (uid 1000); this machine's CA bundle (NODE_EXTRA_CA_CERTS), for the registry.
// - python: Debian's python3.11 (the official 3.12 image's stand-in) with its standard library and Debian's pip,
//   shadow's useradd (the template creates its user with it); pip.conf says no-index, since no Python index can be
//   reached here (the example's requirements name their wheels folder with --find-links).
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DockerEngine } from './docker-engine.js';

function which(program: string): string {
  const result = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} is not on PATH: run scripts/setup.sh`);
  return result.stdout.trim();
}

/** The shared libraries (and the loader) that `ldd` lists for each file, as absolute paths. */
function sharedLibraries(files: string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    const listed = spawnSync('ldd', [file], { encoding: 'utf8' });
    if (listed.status !== 0) continue; // not dynamic (busybox-static, a script)
    for (const line of listed.stdout.split('\n')) {
      const match = /=>\s+(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
      if (match) found.add(match[1]);
    }
  }
  return found;
}

/** Every file under `folder` whose name ends in `.so` (or `.so.N`). */
async function sharedObjects(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && /\.so(\.\d+)*$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

/** Copies a host file or folder to the same path under `rootfs`, following symlinks. */
async function copyIn(rootfs: string, hostPath: string, imagePath = hostPath, filter?: (source: string) => boolean): Promise<void> {
  await mkdir(dirname(join(rootfs, imagePath)), { recursive: true });
  await cp(hostPath, join(rootfs, imagePath), { recursive: true, dereference: true, filter });
}

interface RootfsSpec {
  /** Host path -> path in the image (or the same path). */
  copies: Array<[string, string?, ((source: string) => boolean)?]>;
  /** Binaries and libraries whose shared libraries go in too. */
  dynamic: string[];
  /** Files to write: path in the image -> text (and mode). */
  files: Record<string, string | { text: string; mode: number }>;
  /** Symlinks: path in the image -> target. */
  links: Record<string, string>;
  /** `docker import --change` lines. */
  changes: string[];
}

async function importRootfs(engine: DockerEngine, tag: string, spec: RootfsSpec): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'base-image-rootfs-'));
  try {
    const rootfs = join(root, 'rootfs');
    for (const folder of ['bin', 'usr/bin', 'usr/local/bin', 'etc', 'root', 'home', 'var', 'tmp']) await mkdir(join(rootfs, folder), { recursive: true });
    await chmod(join(rootfs, 'tmp'), 0o1777);
    // busybox-static: /bin/sh and the usual commands, each applet a link.
    await copyIn(rootfs, which('busybox'), '/bin/busybox');
    const applets = spawnSync('busybox', ['--list'], { encoding: 'utf8' }).stdout.split('\n').filter((name) => /^[a-z0-9_.[-]+$/.test(name) && name !== 'busybox');
    for (const applet of applets) await symlink('busybox', join(rootfs, 'bin', applet));
    await symlink('/bin/env', join(rootfs, 'usr/bin/env'));
    for (const [hostPath, imagePath, filter] of spec.copies) await copyIn(rootfs, hostPath, imagePath ?? hostPath, filter);
    for (const library of sharedLibraries(spec.dynamic)) await copyIn(rootfs, library);
    for (const [imagePath, content] of Object.entries(spec.files)) {
      await mkdir(dirname(join(rootfs, imagePath)), { recursive: true });
      const { text, mode } = typeof content === 'string' ? { text: content, mode: 0o644 } : content;
      await writeFile(join(rootfs, imagePath), text, { mode });
    }
    for (const [imagePath, target] of Object.entries(spec.links)) {
      await mkdir(dirname(join(rootfs, imagePath)), { recursive: true });
      await symlink(target, join(rootfs, imagePath));
    }
    const tar = join(root, 'rootfs.tar');
    const packed = spawnSync('tar', ['--numeric-owner', '--owner=0', '--group=0', '-C', rootfs, '-cf', tar, '.']);
    if (packed.status !== 0) throw new Error(`tar of the ${tag} root filesystem failed: ${packed.stderr.toString()}`);
    const imported = await engine.docker(['import', ...spec.changes.flatMap((change) => ['--change', change]), tar, tag]);
    if (imported.exitCode !== 0) throw new Error(`docker import of ${tag} failed: ${imported.stderr}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const PATH = 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** node:24-slim's stand-in: `nodeBinary` (Node 24), npm, the `node` user (1000:1000). */
export async function importNodeBaseImage(engine: DockerEngine, tag: string, nodeBinary: string): Promise<void> {
  // npm is lib/node_modules/npm/bin/npm-cli.js behind the npm on PATH.
  const npmFolder = dirname(dirname(realpathSync(which('npm'))));
  // The registry is reached through this machine's network, whose TLS may need this machine's CA bundle (here the
  // host's Node and npm trust it through NODE_EXTRA_CA_CERTS and cafile): the image trusts what the host trusts.
  const caBundle = process.env.NODE_EXTRA_CA_CERTS || '/etc/ssl/certs/ca-certificates.crt';
  const trust = existsSync(caBundle) ? { copies: [[caBundle, '/etc/ssl/certs/ca-certificates.crt']] as Array<[string, string]>, env: ['ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt'] } : { copies: [], env: [] };
  await importRootfs(engine, tag, {
    copies: [[nodeBinary, '/usr/local/bin/node'], [npmFolder, '/usr/local/lib/node_modules/npm'], ...trust.copies],
    dynamic: [nodeBinary],
    files: {
      '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n',
      '/etc/group': 'root:x:0:\nnode:x:1000:\nnogroup:x:65534:\n',
      '/home/node/.profile': '',
    },
    links: {
      '/usr/local/bin/npm': '../lib/node_modules/npm/bin/npm-cli.js',
      '/usr/local/bin/npx': '../lib/node_modules/npm/bin/npx-cli.js',
    },
    changes: [PATH, 'ENV NODE_VERSION=24', ...trust.env, 'CMD ["node"]'],
  });
}

/** python:3.12-slim's stand-in: Debian's python3.11 as `python`, pip (no index), useradd. */
export async function importPythonBaseImage(engine: DockerEngine, tag: string): Promise<void> {
  const stdlib = '/usr/lib/python3.11';
  const useradd = which('useradd');
  await importRootfs(engine, tag, {
    copies: [
      ['/usr/bin/python3.11'],
      // Debian marks its own Python as managed by apt (EXTERNALLY-MANAGED); the official image's is not.
      [stdlib, stdlib, (source) => !/EXTERNALLY-MANAGED$|\/(test|idlelib|tkinter|turtledemo)(\/|$)/.test(source.slice(stdlib.length))],
      ['/usr/lib/python3/dist-packages/pip'],
      [useradd],
      ['/etc/login.defs'],
    ],
    dynamic: ['/usr/bin/python3.11', useradd, ...(await sharedObjects(join(stdlib, 'lib-dynload')))],
    files: {
      '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n',
      '/etc/group': 'root:x:0:\nnogroup:x:65534:\n',
      '/etc/shadow': { text: 'root:*:19000:0:99999:7:::\nnobody:*:19000:0:99999:7:::\n', mode: 0o640 },
      '/etc/gshadow': { text: 'root:*::\nnogroup:*::\n', mode: 0o640 },
      '/etc/skel/.profile': '',
      '/etc/pip.conf': '[global]\nno-index = true\n',
      '/usr/local/bin/pip': { text: '#!/bin/sh\nexec /usr/bin/python3.11 -m pip "$@"\n', mode: 0o755 },
    },
    links: { '/usr/local/bin/python': '/usr/bin/python3.11', '/usr/local/bin/python3': '/usr/bin/python3.11' },
    changes: [PATH, 'ENV LANG=C.UTF-8', 'CMD ["python3"]'],
  });
}
