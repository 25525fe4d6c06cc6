import { lastLines } from '../process-output.js';
import { child, descendants, escapeXml, parseXml, type XmlElement } from './xml.js';
import {
  failureHeadline,
  repositoryPath,
  stackLocation,
  type FileError,
  type PathBase,
  type TestCase,
  type TestResults,
} from './results.js';

export interface JunitOptions extends PathBase {
  runner: string;
  /** pytest's xunit1 `line` attribute counts from 0; other writers count from 1. */
  zeroBasedLines?: boolean;
}

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py)$/;

function caseFile(testcase: XmlElement, options: JunitOptions): string | undefined {
  const file = testcase.attributes.file;
  if (file) return repositoryPath(file, options);
  // vitest writes the test file (relative to its root) as the classname.
  const classname = testcase.attributes.classname ?? '';
  if (SOURCE_FILE.test(classname)) return repositoryPath(classname, options);
  return undefined;
}

/** pytest: `TestClass::test_name` as in its node ids; others: `suite › test` when the classname is a suite title. */
function caseName(testcase: XmlElement, runner: string): string {
  const name = testcase.attributes.name ?? '';
  const classname = testcase.attributes.classname ?? '';
  if (runner === 'pytest') {
    const last = classname.split('.').pop() ?? '';
    return /^[A-Z]/.test(last) ? `${last}::${name}` : name;
  }
  if (classname === '' || classname === 'test' || SOURCE_FILE.test(classname) || name.startsWith(classname)) return name;
  return `${classname} › ${name}`;
}

function parseCase(testcase: XmlElement, options: JunitOptions): TestCase {
  const file = caseFile(testcase, options);
  const lineAttribute = testcase.attributes.line;
  const declared = lineAttribute !== undefined && lineAttribute !== '' ? Number(lineAttribute) + (options.zeroBasedLines ? 1 : 0) : undefined;
  const seconds = Number.parseFloat(testcase.attributes.time ?? '0');
  const failure = child(testcase, 'failure') ?? child(testcase, 'error');
  const skipped = child(testcase, 'skipped');
  const test: TestCase = {
    file,
    name: caseName(testcase, options.runner),
    status: failure ? 'failed' : skipped ? 'skipped' : 'passed',
    durationMs: Number.isFinite(seconds) ? Math.round(seconds * 1000) : 0,
    line: declared !== undefined && Number.isFinite(declared) ? declared : undefined,
  };
  if (failure) {
    const text = failure.text;
    const location = stackLocation(text, options, file);
    if (location) {
      test.failureFile = location.file;
      test.failureLine = location.line;
      test.failureColumn = location.column;
    }
    const message = failure.attributes.message?.trim();
    test.message = failureHeadline(message ? message : text) || failure.attributes.type || 'failed';
  }
  return test;
}

/** JUnit XML from pytest (`--junitxml`), vitest's junit reporter, mocha's xunit reporter, node's junit or ours. */
export function parseJunit(xml: string, options: JunitOptions): TestResults {
  const root = parseXml(xml);
  const testcases = root.name === 'testcase' ? [root] : descendants(root, 'testcase');
  // pytest reports its own internal error (a plugin crash, a bad -k with xdist) as a test named pytest.internal.
  const internal = (testcase: XmlElement): boolean => options.runner === 'pytest' && testcase.attributes.classname === 'pytest' && testcase.attributes.name === 'internal';
  const fileErrors: FileError[] = testcases.filter(internal).map((testcase) => {
    const text = (child(testcase, 'error') ?? child(testcase, 'failure'))?.text ?? '';
    const last = lastLines(text, 3, { skipBlank: true });
    return { message: `pytest stopped with an internal error:\n${last}` };
  });
  // pytest reports a module it could not collect (an ImportError, a SyntaxError) as an error named by the module.
  const uncollected = (testcase: XmlElement): boolean => options.runner === 'pytest' && child(testcase, 'error')?.attributes.message === 'collection failure';
  fileErrors.push(...testcases.filter(uncollected).map((testcase) => pytestCollectionError(testcase, options)));
  // node's runner reports a file that failed as a whole (it did not load, its process died) as a test named by the
  // file; vitest a suite that failed to run as a test named by its classname, the file.
  const namedByFile = (testcase: XmlElement): boolean => {
    const { name, file, classname } = testcase.attributes;
    return (file !== undefined && name === file) || (classname !== undefined && SOURCE_FILE.test(classname) && name === classname);
  };
  const wholeFile = (testcase: XmlElement): boolean => namedByFile(testcase) && (child(testcase, 'failure') ?? child(testcase, 'error')) !== undefined;
  for (const testcase of testcases.filter(wholeFile)) {
    const failed = parseCase(testcase, options);
    fileErrors.push({ file: failed.file, line: failed.failureFile === failed.file ? failed.failureLine : undefined, message: `${failed.file ?? 'A test file'} failed to run: ${failed.message ?? 'failed'}` });
  }
  const cases = testcases.filter((testcase) => !internal(testcase) && !uncollected(testcase) && !wholeFile(testcase)).map((testcase) => parseCase(testcase, options));
  return { runner: options.runner, cases, fileErrors };
}

/**
 * A test module pytest could not collect, as pytest's own summary line names it ("ERROR collecting tests/test_x.py")
 * with the error's last line (`E   ModuleNotFoundError: No module named 'foo'`, `E   SyntaxError: invalid syntax`), at
 * the module's line that the traceback or the SyntaxError blames.
 */
function pytestCollectionError(testcase: XmlElement, options: JunitOptions): FileError {
  const text = child(testcase, 'error')?.text ?? '';
  const named = /^Import\w*Error while importing test module '([^']+)'/m.exec(text)?.[1] ?? /^E\s+File "([^"]+\.py)", line \d+/m.exec(text)?.[1];
  const fromName = `${(testcase.attributes.name ?? '').replace(/\./g, '/')}.py`;
  const file = repositoryPath(named ?? (testcase.attributes.file || fromName), options);
  const syntaxLine = /^E\s+File "([^"]+)", line (\d+)/m.exec(text);
  const frame = stackLocation(text, options, file);
  const line = syntaxLine && repositoryPath(syntaxLine[1]!, options) === file ? Number(syntaxLine[2]) : frame?.file === file ? frame.line : undefined;
  const errors = text.split(/\r?\n/).filter((entry) => /^E\s{2,}\S/.test(entry) && !/^E\s+(File "|\s*\^)/.test(entry)).map((entry) => entry.replace(/^E\s+/, '').trim());
  const cause = errors.filter((entry) => /^\w*(Error|Exception|Exit)\b/.test(entry)).pop() ?? errors.pop() ?? failureHeadline(text, 1);
  return { file, ...(line !== undefined ? { line } : {}), message: `ERROR collecting ${file} (pytest could not import the test module): ${cause}` };
}

/** Writes results as JUnit XML (for the merged results of shards, and for runners whose own file lacks paths). */
export function writeJunit(results: TestResults): string {
  const byFile = new Map<string, TestCase[]>();
  for (const test of results.cases) {
    const key = test.file ?? results.runner;
    byFile.set(key, [...(byFile.get(key) ?? []), test]);
  }
  const suites = [...byFile.entries()].map(([name, tests]) => {
    const failures = tests.filter((test) => test.status === 'failed').length;
    const skipped = tests.filter((test) => test.status === 'skipped').length;
    const seconds = tests.reduce((sum, test) => sum + test.durationMs, 0) / 1000;
    const cases = tests.map((test) => {
      const attributes = [
        `name="${escapeXml(test.name)}"`,
        `classname="${escapeXml(test.file ?? results.runner)}"`,
        `time="${(test.durationMs / 1000).toFixed(3)}"`,
        test.file !== undefined ? `file="${escapeXml(test.file)}"` : '',
        test.line !== undefined ? `line="${test.line}"` : '',
      ].filter((part) => part !== '');
      if (test.status === 'passed') return `    <testcase ${attributes.join(' ')}/>`;
      if (test.status === 'skipped') return `    <testcase ${attributes.join(' ')}><skipped/></testcase>`;
      const where = test.failureFile !== undefined ? `\n${test.failureFile}:${test.failureLine ?? 0}${test.failureColumn !== undefined ? `:${test.failureColumn}` : ''}` : '';
      return `    <testcase ${attributes.join(' ')}><failure message="${escapeXml(test.message ?? 'failed')}">${escapeXml(`${test.message ?? ''}${where}`)}</failure></testcase>`;
    });
    return `  <testsuite name="${escapeXml(name)}" tests="${tests.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const errors = results.fileErrors.map(
    (error) => `  <testsuite name="${escapeXml(error.file ?? results.runner)}" tests="1" failures="0" errors="1"><testcase name="(file)" classname="${escapeXml(error.file ?? results.runner)}"${error.file ? ` file="${escapeXml(error.file)}"` : ''}><error message="${escapeXml(failureHeadline(error.message, 1))}">${escapeXml(error.message)}</error></testcase></testsuite>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${[...suites, ...errors].join('\n')}\n</testsuites>\n`;
}
