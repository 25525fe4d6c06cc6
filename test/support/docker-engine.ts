// The real parts the publish-image tests need: a Docker engine (Debian's dockerd, classic builder) with its own
// data root, exec root and socket under a temp folder, so a test can have a fresh engine whenever it wants one;
// a registry (Debian's docker-registry) on 127.0.0.1 with its own config and htpasswd basic auth; a base image
// made with `docker import` of a busybox-static root filesystem (nothing can be pulled from outside).
// Everything stops by itself: on stop(), when the test process goes away (a watchdog), or after maxLifetimeMs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnWatched, stopChild, waitFor } from './watched-process.js';

export const BASE_IMAGE = 'busybox-base:test';
const DOCKER_CLI = process.env.BUILD_ACTIONS_TEST_DOCKER || 'docker';

export interface DockerEngine {
  /** unix:///…/docker.sock */
  host: string;
  /** DOCKER_HOST and DOCKER_CONFIG (a fresh client config, so logins stay in the test). */
  env: Record<string, string>;
  dataRoot: string;
  /** Runs the docker CLI against this engine. */
  docker(args: string[], options?: { input?: string; cwd?: string }): Promise<{ exitCode: number; stdout: string; stderr: string }>;
  stop(): Promise<void>;
}

export interface Registry {
  /** 127.0.0.1:PORT, as image names use it. */
  address: string;
  url: string;
  username: string;
  password: string;
  /** The manifest digest of repository:tag (Docker-Content-Digest), or undefined when the tag is not there. */
  manifestDigest(repository: string, tag: string): Promise<string | undefined>;
  /** The tags of a repository ([] when it has none). */
  tags(repository: string): Promise<string[]>;
  stop(): Promise<void>;
}

function which(program: string): string | undefined {
  const result = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Why the real parts cannot run here, or undefined when they can (tests fail loudly with this, never skip). */
export function dockerPrerequisiteProblem(): string | undefined {
  const missing = ['dockerd', 'docker-registry', 'htpasswd', 'busybox'].filter((program) => which(program) === undefined);
  if (missing.length > 0) return `missing ${missing.join(', ')}: run scripts/setup.sh (apt-get install docker.io docker-registry apache2-utils busybox-static)`;
  if (process.getuid?.() !== 0) return 'dockerd needs root here';
  return undefined;
}

function collect(child: ChildProcess, input?: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

/** Unmounts whatever the engine left mounted under root (overlay mounts, netns), then removes it. */
async function removeEngineRoot(root: string): Promise<void> {
  const mounts = spawnSync('sh', ['-c', 'awk -v r="$1" \'index($2, r) == 1 { print $2 }\' /proc/mounts | sort -r', 'sh', root], { encoding: 'utf8' });
  for (const mount of mounts.stdout.split('\n').filter(Boolean)) spawnSync('umount', ['-l', mount]);
  await rm(root, { recursive: true, force: true, maxRetries: 3 });
}

export async function startDockerEngine(options: { maxLifetimeMs?: number } = {}): Promise<DockerEngine> {
  const problem = dockerPrerequisiteProblem();
  if (problem) throw new Error(`Cannot start a Docker engine: ${problem}`);
  const root = await mkdtemp(join(tmpdir(), 'docker-engine-'));
  const dataRoot = join(root, 'data');
  const execRoot = join(root, 'exec');
  const socket = join(root, 'docker.sock');
  const config = join(root, 'client-config');
  await Promise.all([dataRoot, execRoot, config].map((folder) => mkdir(folder, { recursive: true })));
  await writeFile(join(root, 'daemon.json'), '{}');
  const host = `unix://${socket}`;
  let log = '';
  const child = spawnWatched('dockerd', [
    '--config-file', join(root, 'daemon.json'),
    '--data-root', dataRoot, '--exec-root', execRoot, '--pidfile', join(root, 'dockerd.pid'), '--host', host,
    '--bridge=none', '--iptables=false', '--ip6tables=false', '--ip-masq=false', '--userland-proxy=false',
    '--storage-driver=overlay2',
  ], options.maxLifetimeMs ?? 30 * 60_000, { ...process.env, DOCKER_HOST: host });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const env = { DOCKER_HOST: host, DOCKER_CONFIG: config };
  const docker: DockerEngine['docker'] = (args, runOptions = {}) =>
    collect(spawn(DOCKER_CLI, args, { env: { ...process.env, ...env }, cwd: runOptions.cwd, stdio: ['pipe', 'pipe', 'pipe'] }), runOptions.input);
  let stopped = false;
  const engine: DockerEngine = {
    host, env, dataRoot, docker,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopChild(child);
      await removeEngineRoot(root);
    },
  };
  try {
    await waitFor('dockerd', async () => existsSync(socket) && (await docker(['version', '--format', '{{.Server.Version}}'])).exitCode === 0, child, () => log, 60_000);
  } catch (error) {
    await engine.stop();
    throw error;
  }
  return engine;
}

/** Imports a busybox-static root filesystem as `tag` (a few MB), the base every test Dockerfile starts FROM. */
export async function importBaseImage(engine: DockerEngine, tag = BASE_IMAGE): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'busybox-rootfs-'));
  try {
    const rootfs = join(root, 'rootfs');
    for (const folder of ['bin', 'etc', 'tmp', 'root', 'usr/bin', 'var']) await mkdir(join(rootfs, folder), { recursive: true });
    await copyFile(which('busybox')!, join(rootfs, 'bin/busybox'));
    await chmod(join(rootfs, 'bin/busybox'), 0o755);
    const applets = spawnSync('busybox', ['--list'], { encoding: 'utf8' }).stdout.split('\n').filter((name) => /^[a-z0-9_.[-]+$/.test(name) && name !== 'busybox');
    for (const applet of applets) await symlink('busybox', join(rootfs, 'bin', applet));
    await writeFile(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n');
    await writeFile(join(rootfs, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n');
    const tar = join(root, 'rootfs.tar');
    const packed = spawnSync('tar', ['-C', rootfs, '-cf', tar, '.']);
    if (packed.status !== 0) throw new Error(`tar of the busybox rootfs failed: ${packed.stderr.toString()}`);
    const imported = await docker(engine, ['import', '--change', 'ENV PATH=/bin:/usr/bin', '--change', 'CMD ["/bin/sh"]', tar, tag]);
    if (imported.exitCode !== 0) throw new Error(`docker import failed: ${imported.stderr}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function docker(engine: DockerEngine, args: string[]) {
  return engine.docker(args);
}

export async function startRegistry(options: { username?: string; password?: string; maxLifetimeMs?: number } = {}): Promise<Registry> {
  const problem = dockerPrerequisiteProblem();
  if (problem) throw new Error(`Cannot start a registry: ${problem}`);
  const username = options.username ?? 'ci-user';
  const password = options.password ?? `pw-${Math.random().toString(36).slice(2)}-registry`;
  const root = await mkdtemp(join(tmpdir(), 'registry-'));
  const htpasswdFile = join(root, 'htpasswd');
  const hashed = await collect(spawn('htpasswd', ['-B', '-i', '-c', htpasswdFile, username], { stdio: ['pipe', 'pipe', 'pipe'] }), password);
  if (hashed.exitCode !== 0) throw new Error(`htpasswd failed: ${hashed.stderr}`);
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const configFile = join(root, 'config.yml');
  await writeFile(configFile, [
    'version: 0.1',
    'log:',
    '  level: warn',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(root, 'storage')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${address}`,
    `  secret: ${Math.random().toString(36).slice(2)}`,
    'auth:',
    '  htpasswd:',
    '    realm: test-registry',
    `    path: ${htpasswdFile}`,
    '',
  ].join('\n'));
  let log = '';
  const child = spawnWatched('docker-registry', ['serve', configFile], options.maxLifetimeMs ?? 30 * 60_000, process.env);
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://${address}`;
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const accept = [
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.oci.image.index.v1+json',
  ].join(', ');
  let stopped = false;
  const registry: Registry = {
    address, url, username, password,
    async manifestDigest(repository, tag) {
      const response = await fetch(`${url}/v2/${repository}/manifests/${encodeURIComponent(tag)}`, { method: 'HEAD', headers: { authorization, accept } });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`registry answered ${response.status} for ${repository}:${tag}`);
      return response.headers.get('docker-content-digest') ?? undefined;
    },
    async tags(repository) {
      const response = await fetch(`${url}/v2/${repository}/tags/list`, { headers: { authorization } });
      if (response.status === 404) return [];
      const body = (await response.json()) as { tags?: string[] | null };
      return [...(body.tags ?? [])].sort();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopChild(child);
      await rm(root, { recursive: true, force: true });
    },
  };
  try {
    await waitFor('docker-registry', async () => {
      try {
        return (await fetch(`${url}/v2/`)).status === 401;
      } catch {
        return false;
      }
    }, child, () => log, 30_000);
  } catch (error) {
    await registry.stop();
    throw error;
  }
  return registry;
}
