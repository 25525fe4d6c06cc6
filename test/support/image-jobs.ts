// Workspaces and runner jobs for the publish-image end-to-end tests: the example services copied fresh with
// their Dockerfiles, a base image that every fresh engine loads (the same image id, as a pull would give), and a
// runner job wired to an engine, the registry and the cache service.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CacheService } from './cache-service.js';
import { BASE_IMAGE, importBaseImage, startDockerEngine, type DockerEngine } from './docker-engine.js';
import { createRunnerJob, type ActionRun, type RunnerJob, type RunnerJobOptions } from './runner.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PUBLISH_IMAGE_ACTION = join(REPO_ROOT, 'actions/publish-image/action.yml');
const FIXTURES = join(REPO_ROOT, 'test/fixtures/images');

let baseArchive: Promise<string> | undefined;
let baseFolder: string | undefined;

/**
 * The busybox base image, imported once and saved, so every fresh engine loads the very same image. The test file
 * that used it removes it with removeBaseImageArchive in its afterAll.
 */
export function baseImageArchive(): Promise<string> {
  baseArchive ??= (async () => {
    const folder = (baseFolder = await mkdtemp(join(tmpdir(), 'base-image-')));
    const engine = await startDockerEngine();
    try {
      await importBaseImage(engine);
      const archive = join(folder, 'base.tar');
      const saved = await engine.docker(['image', 'save', '--output', archive, BASE_IMAGE]);
      if (saved.exitCode !== 0) throw new Error(`docker save of the base image failed: ${saved.stderr}`);
      return archive;
    } finally {
      await engine.stop();
    }
  })();
  return baseArchive;
}

/** Removes the saved base image (if this test file made one). */
export async function removeBaseImageArchive(): Promise<void> {
  const folder = baseFolder;
  baseFolder = undefined;
  baseArchive = undefined;
  await removeQuietly(folder);
}

/** A fresh engine (its own data root) with the base image loaded. */
export async function freshEngine(): Promise<DockerEngine> {
  const archive = await baseImageArchive();
  const engine = await startDockerEngine();
  const loaded = await engine.docker(['image', 'load', '--input', archive]);
  if (loaded.exitCode !== 0) {
    await engine.stop();
    throw new Error(`docker load of the base image failed: ${loaded.stderr}`);
  }
  return engine;
}

/** The example Node service (examples/node-service) with the multi-stage Dockerfile. */
export async function prepareNodeService(project: string): Promise<void> {
  await mkdir(project, { recursive: true });
  for (const entry of ['package.json', 'package-lock.json', 'tsconfig.json', 'src']) {
    await cp(join(REPO_ROOT, 'examples/node-service', entry), join(project, entry), { recursive: true });
  }
  await cp(join(FIXTURES, 'node-service.Dockerfile'), join(project, 'Dockerfile'));
  await writeFile(join(project, '.dockerignore'), 'node_modules\n.git\n');
}

/** The example Python service (examples/python-service) with its Dockerfile. */
export async function preparePythonService(project: string): Promise<void> {
  await mkdir(project, { recursive: true });
  for (const entry of ['pyproject.toml', 'requirements.txt', 'service']) {
    await cp(join(REPO_ROOT, 'examples/python-service', entry), join(project, entry), { recursive: true });
  }
  await cp(join(FIXTURES, 'python-service.Dockerfile'), join(project, 'Dockerfile'));
}

export async function appendToFile(file: string, text: string): Promise<void> {
  await writeFile(file, `${await readFile(file, 'utf8')}${text}`);
}

export const SCANNER_STAND_IN = join(FIXTURES, 'scanner-stand-in.sh');

/** A folder inside `parent` (the test's own scratch folder, removed with it) holding `trivy` → the stand-in, to put on PATH. */
export async function scannerStandInPath(parent: string): Promise<string> {
  const folder = await mkdtemp(join(parent, 'scanner-stand-in-'));
  await cp(SCANNER_STAND_IN, join(folder, 'trivy'));
  return folder;
}

export async function imageJob(workspace: string, engine: DockerEngine, service: CacheService | undefined, options: RunnerJobOptions = {}): Promise<RunnerJob> {
  return createRunnerJob({ ...options, workspace, env: { ...engine.env, ...(service ? service.env() : {}), ...options.env } });
}

export function annotations(step: ActionRun, level: 'error' | 'warning' | 'notice'): string[] {
  return step.annotations.filter((annotation) => annotation.level === level).map((annotation) => annotation.message);
}

export async function removeQuietly(folder: string | undefined): Promise<void> {
  if (folder) await rm(folder, { recursive: true, force: true });
}
