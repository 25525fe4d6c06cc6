import { failureHeadline, repositoryPath, stackLocation, stripColors, type FileError, type PathBase, type TestCase, type TestResults, type TestStatus } from './results.js';

interface JestAssertion {
  ancestorTitles?: string[];
  title?: string;
  fullName?: string;
  status?: string;
  duration?: number | null;
  location?: { line?: number; column?: number } | null;
  failureMessages?: string[];
}

interface JestFileResult {
  name?: string;
  status?: string;
  message?: string;
  startTime?: number;
  endTime?: number;
  assertionResults?: JestAssertion[];
}

const STATUS: Record<string, TestStatus> = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', todo: 'skipped', disabled: 'skipped', focused: 'passed' };

/** jest `--json --outputFile=… --testLocationInResults`: every assertion, and the files that failed to run. */
export function parseJestJson(text: string, base: PathBase): TestResults {
  const parsed = JSON.parse(text) as { testResults?: JestFileResult[] };
  if (!Array.isArray(parsed.testResults)) throw new Error('no testResults array: not the output of jest --json');
  const cases: TestCase[] = [];
  const fileErrors: FileError[] = [];
  const fileDurationsMs: Record<string, number> = {};
  for (const result of parsed.testResults) {
    const file = result.name ? repositoryPath(result.name, base) : undefined;
    if (file !== undefined && result.startTime !== undefined && result.endTime !== undefined && result.endTime >= result.startTime) {
      fileDurationsMs[file] = result.endTime - result.startTime;
    }
    const assertions = result.assertionResults ?? [];
    for (const assertion of assertions) {
      const status = STATUS[assertion.status ?? ''] ?? 'skipped';
      const test: TestCase = {
        file,
        name: assertion.fullName ?? [...(assertion.ancestorTitles ?? []), assertion.title ?? ''].join(' › '),
        status,
        durationMs: assertion.duration ?? 0,
        line: assertion.location?.line ?? undefined,
      };
      if (status === 'failed') {
        const text = (assertion.failureMessages ?? []).join('\n');
        const location = stackLocation(text, base, file);
        if (location) {
          test.failureFile = location.file;
          test.failureLine = location.line;
          test.failureColumn = location.column;
        }
        test.message = failureHeadline(text.replace(/^Error: /, '')) || 'failed';
      }
      cases.push(test);
    }
    const anyFailed = assertions.some((assertion) => assertion.status === 'failed');
    if (result.status === 'failed' && !anyFailed) {
      // jest's text: "● Test suite failed to run", the error, then a code frame (kept out: the annotation is at that line).
      const text = stripColors(result.message ?? '')
        .split(/\r?\n/)
        .filter((line) => !/^\s*(●\s*)?Test suite failed to run\s*$/.test(line) && !/^\s*>?\s*\d*\s*\|/.test(line))
        .join('\n');
      const message = failureHeadline(text, 6).split('\n').map((line) => line.trim()).filter((line) => line !== '').join('\n') || 'the test file failed to run';
      const location = stackLocation(result.message ?? '', base, file);
      fileErrors.push({ file, line: location?.file === file ? location?.line : undefined, message: `${file ?? 'A test file'} failed to run: ${message}` });
    }
  }
  return { runner: 'jest', cases, fileErrors, fileDurationsMs };
}
