import { lastLines } from '../../core/process-output.js';
import type { Builder } from '../../core/image/build-plan.js';
import type { RunCommand, RunOptions } from '../process/run-command.js';

/**
 * The Docker engine, through the `docker` CLI with argument arrays only (no input ever meets a shell).
 * DOCKER_HOST and DOCKER_CONFIG come from the environment, as on a runner.
 */
export interface InspectedImage {
  id: string;
  size: number;
  env: string[];
  labels: Record<string, string>;
  layers: string[];
  repoDigests: string[];
}

export class DockerError extends Error {
  override readonly name = 'DockerError';
}


export class DockerCli {
  constructor(private readonly run: RunCommand, private readonly options: { cwd?: string; env?: Record<string, string> } = {}) {}

  private exec(args: string[], options: RunOptions = {}) {
    return this.run('docker', args, { cwd: this.options.cwd, ...options, env: { ...this.options.env, ...options.env } });
  }

  /** Fails with what docker said when the CLI is missing or the engine does not answer. */
  async serverVersion(): Promise<string> {
    const result = await this.exec(['version', '--format', '{{.Server.Version}}'], { silent: true });
    if (result.notFound) throw new DockerError('docker is not installed or not on PATH: this action needs the Docker CLI and an engine.');
    if (result.exitCode !== 0) throw new DockerError(`The Docker engine does not answer (docker version: ${lastLines(result.stderr, 3)}).`);
    return result.stdout.trim();
  }

  async builder(): Promise<Builder> {
    const result = await this.exec(['buildx', 'version'], { silent: true });
    return result.exitCode === 0 ? 'buildx' : 'classic';
  }

  /** Runs a build; the output (classic: "Using cache" / "Running in" lines) says which layers were reused. */
  async build(args: string[], env: Record<string, string>, timeoutMs?: number): Promise<{ exitCode: number; output: string; timedOut?: boolean }> {
    const result = await this.exec(args, { env, timeoutMs });
    return { exitCode: result.exitCode, output: `${result.stdout}\n${result.stderr}`, timedOut: result.timedOut };
  }

  async inspect(reference: string): Promise<InspectedImage | undefined> {
    const result = await this.exec(['image', 'inspect', '--format', '{{json .}}', reference], { silent: true });
    if (result.exitCode !== 0) return undefined;
    const raw = JSON.parse(result.stdout) as {
      Id: string; Size: number; RepoDigests?: string[] | null;
      Config?: { Env?: string[] | null; Labels?: Record<string, string> | null };
      RootFS?: { Layers?: string[] | null };
    };
    return {
      id: raw.Id,
      size: raw.Size,
      env: raw.Config?.Env ?? [],
      labels: raw.Config?.Labels ?? {},
      layers: raw.RootFS?.Layers ?? [],
      repoDigests: raw.RepoDigests ?? [],
    };
  }

  /** The command that made each layer, oldest first. */
  async history(reference: string): Promise<string[]> {
    const result = await this.exec(['image', 'history', '--no-trunc', '--format', '{{.CreatedBy}}', reference], { silent: true });
    if (result.exitCode !== 0) throw new DockerError(`docker history ${reference} failed: ${lastLines(result.stderr, 3)}`);
    return result.stdout.split('\n').filter((line) => line !== '').reverse();
  }

  /** The image ids of a reference's chain, newest first; `<missing>` where this engine does not know the image. */
  async historyIds(reference: string): Promise<string[]> {
    const result = await this.exec(['image', 'history', '--quiet', '--no-trunc', reference], { silent: true });
    if (result.exitCode !== 0) throw new DockerError(`docker history ${reference} failed: ${lastLines(result.stderr, 3)}`);
    return result.stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  }

  async save(references: string[], file: string): Promise<void> {
    const result = await this.exec(['image', 'save', '--output', file, ...references], { silent: true });
    if (result.exitCode !== 0) throw new DockerError(`docker save failed: ${lastLines(result.stderr, 3)}`);
  }

  async load(file: string): Promise<string[]> {
    const result = await this.exec(['image', 'load', '--input', file], { silent: true });
    if (result.exitCode !== 0) throw new DockerError(`docker load failed: ${lastLines(result.stderr, 3)}`);
    return [...result.stdout.matchAll(/Loaded image(?: ID)?: (\S+)/g)].map((match) => match[1]);
  }

  async tag(source: string, target: string): Promise<void> {
    const result = await this.exec(['image', 'tag', source, target], { silent: true });
    if (result.exitCode !== 0) throw new DockerError(`docker tag ${target} failed: ${lastLines(result.stderr, 3)}`);
  }

  async removeImages(references: string[]): Promise<void> {
    if (references.length > 0) await this.exec(['image', 'rm', '--force', ...references], { silent: true });
  }

  /** Logs in with the password on standard input; never on the command line. */
  async login(registry: string, username: string, password: string): Promise<{ ok: boolean; message: string }> {
    const result = await this.exec(['login', '--username', username, '--password-stdin', registry], { input: password, silent: true });
    return { ok: result.exitCode === 0, message: lastLines(result.stderr || result.stdout, 3) };
  }

  async logout(registry: string): Promise<void> {
    await this.exec(['logout', registry], { silent: true });
  }

  /** Pushes one tag; returns the digest the CLI printed (the registry's word is checked separately). */
  async push(reference: string): Promise<{ ok: boolean; digest?: string; message: string }> {
    const result = await this.exec(['image', 'push', reference]);
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(result.stdout)?.[1];
    return { ok: result.exitCode === 0, digest, message: lastLines(result.stderr || result.stdout, 4) };
  }
}

/**
 * Counts the classic builder's steps that reused a cached layer and those it made anew (RUN, COPY, ADD and the
 * metadata steps alike, as BuildKit's count does for RUN, COPY and ADD); FROM and the ARGs before it make none.
 */
export function classicLayerCounts(output: string): { cached: number; built: number } {
  let cached = 0;
  let built = 0;
  for (const step of output.split(/^Step \d+\/\d+ : /m).slice(1)) {
    if (/^FROM\s/i.test(step)) continue;
    if (/^ ---> Using cache$/m.test(step)) cached += 1;
    else if (/^ ---> [0-9a-f]{12,}$/m.test(step)) built += 1;
  }
  return { cached, built };
}

/** BuildKit's plain progress: CACHED steps against those it ran. */
export function buildkitLayerCounts(output: string): { cached: number; built: number } {
  const cached = (output.match(/^#\d+ CACHED$/gm) ?? []).length;
  const built = (output.match(/^#\d+ \[[^\]]+\] (RUN|COPY|ADD) /gm) ?? []).length - cached;
  return { cached, built: Math.max(built, 0) };
}
