import { lastLines } from '../../core/process-output.js';
import { PYTHON_CANDIDATES_TEXT, pythonCandidates } from '../../core/python-venv.js';
import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import { backendModule } from '../../core/build/plan.js';
import { ConfigurationError } from '../../core/errors.js';
import type { ProjectSnapshot } from '../../core/project-snapshot.js';
import { withoutWorkflowCommands } from '../../runtime/io/untrusted-output.js';

export interface PythonTooling {
  executable: string;
  python: string;
  /** The backend is importable by this interpreter: the build runs without isolation (offline, with what is installed). */
  backendInstalled: boolean;
  backendVersion?: string;
}

const probeScript = (module: string): string =>
  `import importlib.util, importlib.metadata, json, sys
def version(dist):
    try:
        return importlib.metadata.version(dist)
    except Exception:
        return None
found = importlib.util.find_spec(${JSON.stringify(module.split('.')[0])}) is not None and importlib.util.find_spec(${JSON.stringify(module)}) is not None
print(json.dumps({"python": sys.version.split()[0], "build": importlib.util.find_spec("build") is not None, "backend": found, "backendVersion": version(${JSON.stringify(module === 'poetry.core' ? 'poetry-core' : module)})}))`;

/** The project's interpreter (.venv first, as setup-deps leaves it, then an activated venv, then python3 on PATH) with `build` installed. */
export async function probePythonTooling(deps: Pick<ActionDependencies, 'run' | 'context'>, directory: string, snapshot: ProjectSnapshot): Promise<PythonTooling> {
  const candidates = pythonCandidates(directory, deps.context.env);
  const module = backendModule(snapshot);
  const without: string[] = [];
  for (const executable of candidates) {
    const probe = await deps.run(executable, ['-c', probeScript(module)], { cwd: directory, silent: true });
    if (probe.notFound || probe.exitCode !== 0) continue;
    let found: { python: string; build: boolean; backend: boolean; backendVersion: string | null };
    try {
      found = JSON.parse(probe.stdout.trim().split(/\r?\n/).pop() ?? '') as typeof found;
    } catch {
      continue;
    }
    if (!found.build) {
      without.push(executable);
      continue;
    }
    return { executable, python: found.python, backendInstalled: found.backend, backendVersion: found.backendVersion ?? undefined };
  }
  throw new ConfigurationError(
    `No Python interpreter with the 'build' package to package ${directory}: ${without.length > 0 ? `${without.join(', ')} lack it` : `looked for ${PYTHON_CANDIDATES_TEXT}`}. Add build to the project's dev dependencies (pip install build) and install them first (setup-deps).`,
  );
}

/** `python -m build` (the sdist, then the wheel from it) into `destination`, with SOURCE_DATE_EPOCH so one commit gives the same bytes. */
export async function buildPythonPackages(
  deps: ActionDependencies,
  tooling: PythonTooling,
  directory: string,
  destination: string,
  sourceDateEpoch: string | undefined,
  timeoutMinutes?: number,
): Promise<{ command: string; milliseconds: number; failure?: string }> {
  const args = ['-m', 'build', '--outdir', destination];
  if (tooling.backendInstalled) args.push('--no-isolation');
  args.push('.');
  const command = [tooling.executable, ...args].join(' ');
  const started = deps.now();
  const env: Record<string, string> = { PYTHONDONTWRITEBYTECODE: '1' };
  if (sourceDateEpoch !== undefined) env.SOURCE_DATE_EPOCH = sourceDateEpoch;
  const result = await withoutWorkflowCommands(deps.io, deps.context.env.GITHUB_ACTIONS === 'true', () => deps.run(tooling.executable, args, { cwd: directory, env, timeoutMs: timeoutMinutes === undefined ? undefined : timeoutMinutes * 60_000 }));
  const milliseconds = deps.now() - started;
  if (result.exitCode === 0) return { command, milliseconds };
  const tail = lastLines(`${result.stdout}\n${result.stderr}`, 30);
  if (result.timedOut) return { command, milliseconds, failure: `'${command}' did not finish within ${timeoutMinutes} min (timeout-minutes) and was stopped with every process it started. Its last lines:\n${tail}` };
  return { command, milliseconds, failure: `'${command}' failed with exit code ${result.exitCode}. Its last lines:\n${tail}` };
}
