import path from 'node:path';
import type { Finding } from '../findings.js';
import { stripColors } from '../ansi.js';

/** One test as every parser reports it. Files are relative to the repository root (posix separators). */
export type TestStatus = 'passed' | 'failed' | 'skipped';

export interface TestCase {
  file?: string;
  /** The full name: suites and title. */
  name: string;
  status: TestStatus;
  durationMs: number;
  /** Where the test is declared (1-based). */
  line?: number;
  /** Where it failed, from the stack or the traceback (1-based): annotations point here first. */
  failureFile?: string;
  failureLine?: number;
  failureColumn?: number;
  /** The failure's message: the first lines of the assertion. */
  message?: string;
}

/** A file that failed as a whole (a suite that could not be loaded, a collection error). */
export interface FileError {
  file?: string;
  message: string;
  line?: number;
}

export interface TestResults {
  runner: string;
  cases: TestCase[];
  fileErrors: FileError[];
  /** Wall time per file when the runner reports it (jest does): better for shard planning than the sum of tests. */
  fileDurationsMs?: Record<string, number>;
}

/**
 * One set of totals for the summary, the outputs and the closing line. A test file that failed to run (a suite jest
 * could not load, a file node's runner could not import) is one failure and one of the total, as jest counts failed
 * suites: "13 passed, 5 failed" where 5 suites did not load, never "13 passed, 0 failed".
 */
export interface TestTotals {
  passed: number;
  /** Failed tests plus files that failed as a whole. */
  failed: number;
  skipped: number;
  /** passed + failed + skipped. */
  total: number;
  /** Of `failed`, the files that failed as a whole (errors outside any test). */
  fileErrors: number;
  durationMs: number;
}

/** Where paths in a report are resolved from, and what they are made relative to. */
export interface PathBase {
  /** Absolute folder the runner ran in (relative paths in reports resolve against it). */
  projectDirectory: string;
  /** Absolute repository root (GITHUB_WORKSPACE): annotation paths are relative to it. */
  repositoryRoot: string;
}

/** A path from a report (absolute, relative to the project, or a file:// URL) as a repository-relative posix path. */
export function repositoryPath(file: string, base: PathBase): string {
  let raw = file.trim();
  if (raw.startsWith('file://')) raw = decodeURIComponent(raw.slice('file://'.length));
  const absolute = path.resolve(base.projectDirectory, raw);
  return path.relative(base.repositoryRoot, absolute).split(path.sep).join('/');
}

export interface StackLocation {
  file: string;
  line: number;
  column?: number;
}

/**
 * The first frame of a stack or traceback that lies in the project and outside node_modules, site-packages and
 * the runtime: `at x (/abs/tests/a.test.ts:26:106)`, `file:///abs/a.test.js:10:12`, `tests/test_a.py:10: AssertionError`.
 */
export { stripColors } from '../ansi.js';

export function stackLocation(text: string, base: PathBase, preferFile?: string): StackLocation | undefined {
  const frames = projectFrames(stripColors(text), base);
  return frames.find((frame) => frame.file === preferFile) ?? frames[0];
}

function projectFrames(text: string, base: PathBase): StackLocation[] {
  const found: StackLocation[] = [];
  const frame = /(?:\(|\s|^)((?:file:\/\/)?[^\s()'"]+?\.(?:[cm]?[jt]sx?|py)):(\d+)(?::(\d+))?/gm;
  for (const match of text.matchAll(frame)) {
    const file = match[1];
    if (/(^|\/)(node_modules|site-packages|dist-packages)\//.test(file) || file.startsWith('node:') || /^<.*>$/.test(file)) continue;
    const relative = repositoryPath(file, base);
    if (relative.startsWith('../')) continue;
    const projectRelative = path.relative(base.projectDirectory, path.resolve(base.repositoryRoot, relative));
    if (projectRelative.startsWith('..')) continue;
    found.push({ file: relative, line: Number(match[2]), column: match[3] === undefined ? undefined : Number(match[3]) });
  }
  return found;
}

/** The first meaningful lines of a failure text, without ANSI colours and stack frames. */
export function failureHeadline(text: string, maxLines = 6): string {
  const lines = stripColors(text)
    .split(/\r?\n/)
    .filter((line) => !/^\s*at\s/.test(line) && !/^\s*[{}]\s*$/.test(line))
    .map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  // Two blank lines in a row end the message (mocha puts its diff and the stack after them).
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '' && lines[index - 1].trim() === '');
  const kept = lines.slice(0, end < 0 ? maxLines : Math.min(end, maxLines));
  while (kept.length > 0 && kept[kept.length - 1].trim() === '') kept.pop();
  return kept.join('\n');
}

export function totals(results: TestResults, durationMs?: number): TestTotals {
  const count = (status: TestStatus): number => results.cases.filter((test) => test.status === status).length;
  const fileErrors = results.fileErrors.length;
  return {
    passed: count('passed'),
    failed: count('failed') + fileErrors,
    skipped: count('skipped'),
    total: results.cases.length + fileErrors,
    fileErrors,
    durationMs: durationMs ?? results.cases.reduce((sum, test) => sum + test.durationMs, 0),
  };
}

/** The closing line's counts: the same numbers as the summary's table and the outputs. */
export function totalsLine(counted: TestTotals): string {
  const files = counted.fileErrors > 0 ? ` (${counted.fileErrors} of them test file${counted.fileErrors > 1 ? 's' : ''} that failed to run)` : '';
  return `${counted.passed} passed, ${counted.failed} failed${files}, ${counted.skipped} skipped, ${counted.total} in all`;
}

/** Tests that ran (passed or failed): zero of them is "nothing was tested". */
export function executedCount(results: TestResults): number {
  return results.cases.filter((test) => test.status !== 'skipped').length;
}

/** Failed tests and failed files as findings: at the failing line when known, else at the test's declaration. */
export function testFindings(results: TestResults): Finding[] {
  const findings: Finding[] = [];
  for (const test of results.cases) {
    if (test.status !== 'failed') continue;
    const atFailure = test.failureFile !== undefined && test.failureLine !== undefined;
    findings.push({
      level: 'error',
      message: `${test.name} failed${test.message ? `: ${test.message}` : ''}`,
      file: atFailure ? test.failureFile : test.file,
      line: atFailure ? test.failureLine : test.line,
      column: atFailure ? test.failureColumn : undefined,
      source: results.runner,
    });
  }
  for (const error of results.fileErrors) {
    findings.push({ level: 'error', message: error.message, file: error.file, line: error.line, source: results.runner });
  }
  return findings;
}

/** Per-file durations (sum of the file's tests), for shard planning. */
export function fileDurations(results: TestResults): Record<string, number> {
  const durations: Record<string, number> = { ...results.fileDurationsMs };
  const measured = new Set(Object.keys(durations));
  for (const test of results.cases) {
    if (test.file === undefined || measured.has(test.file)) continue;
    durations[test.file] = (durations[test.file] ?? 0) + test.durationMs;
  }
  return durations;
}

export function mergeResults(runner: string, parts: readonly TestResults[]): TestResults {
  return {
    runner,
    cases: parts.flatMap((part) => part.cases),
    fileErrors: parts.flatMap((part) => part.fileErrors),
    fileDurationsMs: Object.assign({}, ...parts.map((part) => part.fileDurationsMs ?? {})) as Record<string, number>,
  };
}

/**
 * Paths as the repository has them. Runners write some relative to a root of their own (a vitest workspace
 * project writes `bundle-size.test.ts` for `packages/treeshake/bundle-size.test.ts`): a path that is not a file of
 * the repository is replaced by the one file under the project that ends with it, or dropped when none or several
 * do, so that every annotation points at a file that exists. `files`: repository-relative files under the project.
 */
export function placeOnExistingFiles(results: TestResults, files: readonly string[], projectPath = ''): TestResults {
  const known = new Set(files);
  const prefix = projectPath === '' || projectPath === '.' ? '' : `${projectPath}/`;
  const placed = new Map<string, string | undefined>();
  const place = (file: string | undefined, near?: string): string | undefined => {
    if (file === undefined || known.has(file)) return file;
    // The path the runner meant, relative to some root under the project: what follows the project's own path.
    const tail = (file.startsWith(prefix) ? file.slice(prefix.length) : file).replace(/^(\.\.\/)+/, '');
    const ends = (candidate: string): boolean => candidate === tail || candidate.endsWith(`/${tail}`);
    // A failure's frame in the test's own file: that file, even where several packages have one of that name.
    if (near !== undefined && ends(near)) return near;
    if (!placed.has(file)) {
      const matches = files.filter(ends);
      placed.set(file, matches.length === 1 ? matches[0] : undefined);
    }
    return placed.get(file);
  };
  const cases = results.cases.map((test) => {
    const moved: TestCase = { ...test, file: place(test.file) };
    if (test.failureFile !== undefined) {
      moved.failureFile = place(test.failureFile, moved.file);
      if (moved.failureFile === undefined) {
        delete moved.failureFile;
        delete moved.failureLine;
        delete moved.failureColumn;
      }
    }
    if (moved.file === undefined) delete moved.line;
    return moved;
  });
  const fileErrors = results.fileErrors.map((error) => {
    const file = place(error.file);
    return file === undefined ? { message: error.message } : { ...error, file };
  });
  const fileDurationsMs = results.fileDurationsMs
    ? Object.fromEntries(Object.entries(results.fileDurationsMs).map(([file, ms]) => [place(file) ?? file, ms]))
    : undefined;
  return { ...results, cases, fileErrors, ...(fileDurationsMs ? { fileDurationsMs } : {}) };
}
