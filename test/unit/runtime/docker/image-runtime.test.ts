import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineVersion } from '../../../../src/actions/publish-image/checks.js';
import { isConfigurationError } from '../../../../src/core/errors.js';
import { noEngineMessage } from '../../../../src/core/image/engine.js';
import { buildkitLayerCounts, classicLayerCounts, DockerCli, DockerError } from '../../../../src/runtime/docker/docker-cli.js';
import { runCommand } from '../../../../src/runtime/process/run-command.js';
import { searchSavedImage } from '../../../../src/runtime/docker/image-layers.js';
import { registryEndpoint } from '../../../../src/runtime/docker/registry-client.js';
import { listTarEntries, withTar } from '../../../../src/runtime/files/tar-reader.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'image-runtime-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function tar(cwd: string, output: string, entries: string[]): void {
  const result = spawnSync('tar', ['--format=gnu', '-cf', output, ...entries], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}

/** An archive shaped like `docker save` output: manifest.json naming layer tars stored uncompressed inside it. */
async function savedImage(name: string, layers: Array<Record<string, string | Buffer>>): Promise<string> {
  const folder = join(root, name);
  const names: string[] = [];
  for (const [index, files] of layers.entries()) {
    const layerRoot = join(folder, `src-${index}`);
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(layerRoot, path, '..'), { recursive: true });
      await writeFile(join(layerRoot, path), content);
    }
    const id = `${String(index).padStart(2, '0')}${'ab'.repeat(31)}`;
    await mkdir(join(folder, 'out', id), { recursive: true });
    tar(layerRoot, join(folder, 'out', id, 'layer.tar'), Object.keys(files));
    names.push(`${id}/layer.tar`);
  }
  await writeFile(join(folder, 'out', 'manifest.json'), JSON.stringify([{ Config: 'config.json', RepoTags: ['x:1'], Layers: names }]));
  const archive = join(folder, 'image.tar');
  tar(join(folder, 'out'), archive, ['manifest.json', ...names.map((layer) => layer.split('/')[0])]);
  return archive;
}

describe('the layer search of a docker save archive', () => {
  it('finds key files by name and content and secret values in any file, naming the layer and path', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 'x');
    big.write('tok-0123456789', 1024 * 1024 - 5); // straddles the 1 MiB chunk boundary
    const archive = await savedImage('mixed', [
      { 'etc/ssl/certs/ca.pem': '-----BEGIN CERTIFICATE-----\nAAA\n', 'bin/tool': 'binary' },
      { 'root/.ssh/id_rsa': 'whatever', 'app/.npmrc': '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', 'app/.env.example': 'A=\n' },
      { [`app/${'deep/'.repeat(30)}blob.bin`]: big, 'app/ok.js': 'console.log(1)' },
    ]);
    const result = await searchSavedImage(archive, ['tok-0123456789', 'abc']);
    expect(result.layers).toBe(3);
    expect(result.files).toBe(7);
    expect(result.findings).toEqual([
      { where: 'layer 2 of 3 (01ababababab)', path: 'root/.ssh/id_rsa', what: 'an SSH private key' },
      { where: 'layer 2 of 3 (01ababababab)', path: 'app/.npmrc', what: 'an .npmrc with a registry token' },
      { where: 'layer 3 of 3 (02ababababab)', path: `app/${'deep/'.repeat(30)}blob.bin`, what: 'a file holding a secret value' },
    ]);
  });

  it('passes a clean image', async () => {
    const archive = await savedImage('clean', [{ 'app/index.js': 'x', 'app/.npmrc': 'registry=https://r.example/\n' }]);
    expect((await searchSavedImage(archive, ['s3cr3t-value'])).findings).toEqual([]);
  });

  it('reads long names (GNU) and lists entries with their data offsets', async () => {
    const archive = await savedImage('names', [{ [`${'n'.repeat(150)}.txt`]: 'hello' }]);
    const entries = await withTar(archive, (handle) => listTarEntries(handle));
    expect(entries.map((entry) => entry.path)).toEqual(['manifest.json', '00ababababababababababababababababababababababababababababababab/', '00ababababababababababababababababababababababababababababababab/layer.tar']);
  });
});

describe('build output', () => {
  it('counts the classic builder\'s reused and made steps, a COPY made anew among them, FROM and the ARGs before it in neither', () => {
    const output = ['Step 1/7 : ARG BASE=base', 'Step 2/7 : FROM ${BASE}', ' ---> 0123456789ab', 'Step 3/7 : WORKDIR /app', ' ---> Using cache', ' ---> aaaaaaaaaaaa',
      'Step 4/7 : RUN x', ' ---> Using cache', ' ---> bbbbbbbbbbbb', 'Step 5/7 : COPY src ./src', ' ---> 56789abcdef0', 'Step 6/7 : RUN build',
      ' ---> Running in 0a1b2c3d4e5f', 'Removing intermediate container 0a1b2c3d4e5f', ' ---> cccccccccccc', 'Step 7/7 : USER nobody', ' ---> Running in 1a1b2c3d4e5f',
      'Removing intermediate container 1a1b2c3d4e5f', ' ---> dddddddddddd', 'Successfully built dddddddddddd'].join('\n');
    expect(classicLayerCounts(output)).toEqual({ cached: 2, built: 3 });
    expect(classicLayerCounts('Step 1/2 : FROM base\n ---> 0123456789ab\nStep 2/2 : RUN false\n ---> Running in 0a1b2c3d4e5f\nThe command returned a non-zero code: 1')).toEqual({ cached: 0, built: 0 });
  });

  it('counts BuildKit\'s CACHED steps in plain progress', () => {
    const output = ['#5 [deps 2/3] COPY package.json ./', '#5 CACHED', '#6 [deps 3/3] RUN npm ci', '#6 CACHED', '#7 [build 1/2] COPY src ./src', '#7 DONE 0.1s'].join('\n');
    expect(buildkitLayerCounts(output)).toEqual({ cached: 2, built: 1 });
  });
});

it.each([
  ['127.0.0.1:5000/team/app', 'http://127.0.0.1:5000', 'team/app'],
  ['localhost:5000/app', 'http://localhost:5000', 'app'],
  ['ghcr.io/octo-org/app', 'https://ghcr.io', 'octo-org/app'],
  ['docker.io/library/app', 'https://registry-1.docker.io', 'library/app'],
])('asks %s at %s for %s', (repository, base, name) => {
  expect(registryEndpoint(repository)).toEqual({ base, name });
});

describe('no Docker engine', () => {
  // The real docker CLI, pointed at a socket that does not exist.
  it('fails with where no engine answered and what to do, as the held failure of the stage (no stack)', async () => {
    const docker = new DockerCli(runCommand, { env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent.sock' } as Record<string, string> });
    await expect(docker.serverVersion()).rejects.toBeInstanceOf(DockerError);
    const failure = await engineVersion(docker, 'unix:///nonexistent.sock').then(() => undefined, (error: unknown) => error);
    expect(isConfigurationError(failure)).toBe(true);
    const message = (failure as Error).message;
    expect(message).toMatch(/^No Docker engine answered at unix:\/\/\/nonexistent\.sock: publish-image builds the image with Docker/);
    expect(message).toContain('Cannot connect to the Docker daemon at unix:///nonexistent.sock');
    expect(message).toContain('docker/setup-docker-action');
    expect(message).toContain("or fix DOCKER_HOST (it is 'unix:///nonexistent.sock', and nothing answers there)");
  });

  it('names the address docker gives when DOCKER_HOST is not set', () => {
    expect(noEngineMessage('The Docker engine does not answer (docker version: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?).', undefined))
      .toMatch(/^No Docker engine answered at unix:\/\/\/var\/run\/docker\.sock: .* or point DOCKER_HOST at a running engine\.$/);
  });
});
