import { ConfigurationError } from './errors.js';
import type { PackageManagerName } from './package-managers.js';

/**
 * What a failed install's output says about its cause, as a hint for the person reading it: only causes
 * recognised in the output get one (a wrong hint sends people the wrong way); anything else gets none, and
 * the output itself speaks.
 */
interface Cause {
  managers: readonly PackageManagerName[];
  pattern: RegExp;
  hint: (lockfile: string | undefined) => string;
}

const NODE: readonly PackageManagerName[] = ['npm', 'yarn', 'pnpm'];
const PYTHON: readonly PackageManagerName[] = ['pip', 'poetry'];

const CAUSES: readonly Cause[] = [
  {
    managers: ['npm'],
    pattern: /can only install packages when your package\.json and (package-lock\.json|npm-shrinkwrap\.json)[\s\S]*are in sync|Missing: \S+ from lock file|Invalid: lock file's/,
    hint: (lockfile) => `The lockfile is out of sync with package.json: run 'npm install' locally and commit ${lockfile ?? 'package-lock.json'}.`,
  },
  {
    managers: ['pnpm'],
    pattern: /ERR_PNPM_OUTDATED_LOCKFILE|lockfile (is|was) not up to date|pnpm-lock\.yaml is not up to date/i,
    hint: () => "pnpm-lock.yaml is out of date with package.json: run 'pnpm install' locally and commit pnpm-lock.yaml.",
  },
  {
    managers: ['yarn'],
    pattern: /Your lockfile needs to be updated/,
    hint: () => "yarn.lock is out of date with package.json: run 'yarn install' locally and commit yarn.lock.",
  },
  {
    managers: ['poetry'],
    pattern: /poetry\.lock (was last generated|is not consistent)|changed significantly since poetry\.lock was last generated/,
    hint: () => "poetry.lock does not match pyproject.toml: run 'poetry lock' locally and commit poetry.lock.",
  },
  {
    managers: ['npm'],
    pattern: /ERESOLVE/,
    hint: () => "npm could not resolve the dependency tree (ERESOLVE, usually conflicting peer dependencies): run 'npm install' locally to see and fix the conflict, and commit the lockfile.",
  },
  {
    managers: ['pnpm'],
    pattern: /ERR_PNPM_BAD_PM_VERSION|Refusing to run pnpm@|This project is configured to use/,
    hint: () => "pnpm refused to run as another version than the one package.json's packageManager pins: install that pnpm version before this step, or update the packageManager field.",
  },
  {
    managers: NODE,
    pattern: /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ERR_SOCKET_TIMEOUT)\b|getaddrinfo|network request .* failed/i,
    hint: () => 'The package registry could not be reached: check the network, the registry URL (.npmrc) and its credentials; running again may pass if it was a passing fault.',
  },
  {
    managers: NODE,
    pattern: /\b(E401|E403)\b|401 Unauthorized|403 Forbidden|authentication token/i,
    hint: () => 'The registry refused the credentials: check the token the workflow gives (NODE_AUTH_TOKEN and .npmrc) and its scopes.',
  },
  {
    managers: PYTHON,
    pattern: /Failed to establish a new connection|Could not fetch URL|Max retries exceeded|Name or service not known|Temporary failure in name resolution|Connection refused|Read timed out/i,
    hint: () => 'The package index could not be reached: check the network and the index URL (PIP_INDEX_URL, --index-url, Poetry sources) and its credentials.',
  },
  {
    managers: PYTHON,
    pattern: /No matching distribution found for (\S+)|Could not find a version that satisfies the requirement (\S+)/,
    hint: () => 'pip found no version that satisfies a requirement: check the requirement against the versions on the index (and the Python version they need).',
  },
];

export function installFailureHint(packageManager: PackageManagerName, output: string, lockfile?: string): string | undefined {
  return CAUSES.find((cause) => cause.managers.includes(packageManager) && cause.pattern.test(output))?.hint(lockfile);
}

/** What an install stopped at its `timeout-minutes` leaves for the failure diagnosis to read. */
export interface InstallTimeout {
  minutes: number;
  /** The command that was running when the time ran out (an install step or the package manager's bootstrap). */
  step: string;
}

/**
 * An install (or the bootstrap of its package manager) stopped at `timeout-minutes`: a ConfigurationError (the
 * error boundary prints its message, without a stack) that carries the timeout and the stopped program's output.
 */
export class InstallTimeoutError extends ConfigurationError {
  constructor(
    message: string,
    readonly timedOut: InstallTimeout,
    /** The stopped program's stdout and stderr, as far as it got. */
    readonly output: string,
  ) {
    super(message);
  }
}

const TAIL_LINES = 15;

/** The message of an InstallTimeoutError: what was running, the limit, what became of it, and its last lines. */
export function installTimeoutMessage(facts: { step: string; minutes: number; directory: string; output: string; earlierMs: number }): string {
  const tail = facts.output.trim().split(/\r?\n/).slice(-TAIL_LINES).join('\n');
  const earlier = facts.earlierMs >= 1000 ? ` (the install's earlier steps had used ${(facts.earlierMs / 1000).toFixed(1)} s of it)` : '';
  return (
    `'${facts.step}' did not finish within ${facts.minutes} min (timeout-minutes)${earlier} in ${facts.directory} and was stopped with every process it started; ` +
    `what it made was removed and nothing is saved to the cache. ${tail === '' ? 'It printed nothing.' : `Its last lines:\n${tail}`}`
  );
}
