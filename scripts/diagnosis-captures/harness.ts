// The capture harness for test/fixtures/diagnosis: runs the real tools in fresh folders under one temp root and
// records what they print (stdout and stderr in arrival order), with the temp root written as /tmp/capture so a
// regeneration on another day or machine changes only what the tools themselves changed.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface RunResult {
  output: string;
  exitCode: number | null;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** One fixture: where it goes, how it was made (for the README table), and what the tool printed. */
export interface Captured {
  /** Relative to test/fixtures/diagnosis, e.g. dependency-conflict/npm-eresolve-peer.txt. */
  file: string;
  /** The tool and its version, e.g. "npm 11.19.1". */
  tool: string;
  /** The command as run (in the project folder). */
  command: string;
  /** What the project was. */
  project: string;
  result: RunResult;
  /** A negative fixture of a command that succeeded (its warnings are the point). */
  succeeds?: boolean;
}

export const PLACEHOLDER_ROOT = '/tmp/capture';

export class Workspace {
  private readonly names = new Set<string>();
  private constructor(readonly root: string) {}

  static async create(): Promise<Workspace> {
    return new Workspace(await realpath(await mkdtemp(join(tmpdir(), 'diagnosis-capture-'))));
  }

  /** A fresh folder under the root; its name is the capture's own, so the paths in a fixture do not depend on which groups ran. */
  async folder(name: string): Promise<string> {
    if (this.names.has(name)) throw new Error(`Two captures use the folder name '${name}'.`);
    this.names.add(name);
    const path = join(this.root, name);
    await mkdir(path, { recursive: true });
    return path;
  }

  /** Writes files (paths relative to `dir`, parents made). */
  async write(dir: string, files: Record<string, string>): Promise<void> {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), text);
    }
  }

  /** The temp root written as PLACEHOLDER_ROOT. */
  normalize(text: string): string {
    return text.split(this.root).join(PLACEHOLDER_ROOT);
  }
}

/** Runs a program (an argument array, no shell) and returns its interleaved output and exit code. */
export function run(program: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ output, exitCode });
    });
  });
}

/** Runs a command that must succeed (setting a project up); its output is shown when it does not. */
export async function must(program: string, args: string[], options: RunOptions): Promise<string> {
  const result = await run(program, args, options);
  if (result.exitCode !== 0) throw new Error(`'${[program, ...args].join(' ')}' in ${options.cwd} failed (${result.exitCode}):\n${result.output}`);
  return result.output;
}

/** The first line of `program --version`-like output. */
export async function versionOf(program: string, args: string[] = ['--version'], options: Partial<RunOptions> = {}): Promise<string> {
  const result = await run(program, args, { cwd: options.cwd ?? tmpdir(), env: options.env });
  return result.output.trim().split(/\r?\n/)[0] ?? '';
}
