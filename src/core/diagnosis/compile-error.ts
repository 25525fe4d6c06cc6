import type { BlamedLocation, Diagnosis, FailureMatcher } from './diagnosis.js';
import { evidenceLines, joinNames, plainLines, withoutLogPrefix } from './output-text.js';

/**
 * Compile errors in the formats the build tools print them: tsc (`file(l,c): error TS…` and the pretty
 * `file:l:c - error TS…`), esbuild (`✘ [ERROR]` blocks, and as vite 5 relays them), vite 8/rolldown
 * (`╭─[ file:l:c ]`), vite 5/rollup's unresolved import, babel's and swc's SyntaxErrors, Python's SyntaxError
 * (`File "x.py", line N` then `SyntaxError:`), and a C/C++ compiler's `file.c:l:c: error:` in a native build.
 * Locations are the files as printed; the count is the tool's own total when it prints one.
 */

type Tool = 'tsc' | 'esbuild' | 'vite' | 'babel' | 'swc' | 'python' | 'cc';

interface FoundError {
  tool: Tool;
  /** Indexes of the lines that show it (the evidence). */
  lines: number[];
  location?: BlamedLocation;
  message: string;
}

interface Total {
  tool: Tool;
  count: number;
  line: number;
}

const LABELS: Record<Tool, string> = { tsc: 'tsc', esbuild: 'esbuild', vite: 'vite', babel: 'babel', swc: 'swc', python: 'Python', cc: 'the C/C++ compiler' };

const TSC_PLAIN = /^(\S[^()]*?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
const TSC_PRETTY = /^(\S.*?):(\d+):(\d+) - error (TS\d+): (.*)$/;
const TSC_TOTAL = /^Found (\d+) errors?\b/;
const ESBUILD_ERROR = /^✘ \[ERROR\] (.*)$/;
const ESBUILD_PLACE = /^\s+(\S.*?):(\d+):(\d+):$/;
const ESBUILD_RELAYED = /^(\S.*?):(\d+):(\d+): ERROR: (.*)$/;
const ESBUILD_TOTAL = /^(\d+) errors?$/;
const ROLLDOWN_TOTAL = /^(?:Error: )?Build failed with (\d+) errors?:$/;
const ROLLDOWN_MESSAGE = /^\[([^\]]+)\] (.*)$/;
const ROLLDOWN_PLACE = /^\s*╭─\[ ?(.+?):(\d+):(\d+) ?\]$/;
const ROLLUP_UNRESOLVED = /^\[vite\]: Rollup failed to resolve import "(.+?)" from "(.+?)"\.$/;
const BABEL = /^SyntaxError: (\S.*?): (.*) \((\d+):(\d+)\)$/;
const SWC_MESSAGE = /^\s*x (.*)$/;
const SWC_PLACE = /^\s*,-\[(.+?):(\d+):(\d+)\]$/;
const PYTHON_PLACE = /^\s*File "(.+?)", line (\d+)$/;
const PYTHON_ERROR = /^\s*(SyntaxError|IndentationError|TabError): (.*)$/;
const CC_ERROR = /^\s*(\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm)):(\d+):(\d+): (?:fatal )?error: (.*)$/;

function located(file: string, line: string, column: string | undefined, message: string): BlamedLocation {
  return { file, line: Number(line), ...(column !== undefined ? { column: Number(column) } : {}), message };
}

/** Every compile error the lines hold, in order, and the totals the tools printed. */
function findErrors(lines: readonly string[]): { errors: FoundError[]; totals: Total[] } {
  const errors: FoundError[] = [];
  const totals: Total[] = [];
  const plain = lines.map(withoutLogPrefix);
  plain.forEach((line, index) => {
    let match: RegExpExecArray | null;
    if ((match = TSC_PLAIN.exec(line) ?? TSC_PRETTY.exec(line))) {
      const message = `${match[4]}: ${match[5]}`;
      errors.push({ tool: 'tsc', lines: [index], location: located(match[1]!, match[2]!, match[3], message), message });
    } else if ((match = TSC_TOTAL.exec(line)) && errors.some((error) => error.tool === 'tsc')) {
      totals.push({ tool: 'tsc', count: Number(match[1]), line: index });
    } else if ((match = ESBUILD_ERROR.exec(line))) {
      const placeIndex = [index + 1, index + 2, index + 3].find((next) => ESBUILD_PLACE.test(plain[next] ?? ''));
      const place = placeIndex === undefined ? null : ESBUILD_PLACE.exec(plain[placeIndex]!);
      errors.push({ tool: 'esbuild', lines: placeIndex === undefined ? [index] : [index, placeIndex], location: place ? located(place[1]!, place[2]!, place[3], match[1]!) : undefined, message: match[1]! });
    } else if ((match = ESBUILD_RELAYED.exec(line))) {
      errors.push({ tool: 'esbuild', lines: [index], location: located(match[1]!, match[2]!, match[3], match[4]!), message: match[4]! });
    } else if ((match = ESBUILD_TOTAL.exec(line)) && errors.some((error) => error.tool === 'esbuild')) {
      totals.push({ tool: 'esbuild', count: Number(match[1]), line: index });
    } else if ((match = ROLLDOWN_TOTAL.exec(line))) {
      totals.push({ tool: 'vite', count: Number(match[1]), line: index });
    } else if ((match = ROLLDOWN_PLACE.exec(line))) {
      const messageIndex = index - 1;
      const message = ROLLDOWN_MESSAGE.exec(plain[messageIndex] ?? '');
      const text = message ? `[${message[1]}] ${message[2]}` : 'build error';
      errors.push({ tool: 'vite', lines: message ? [messageIndex, index] : [index], location: located(match[1]!, match[2]!, match[3], text), message: text });
    } else if ((match = ROLLUP_UNRESOLVED.exec(line))) {
      errors.push({ tool: 'vite', lines: [index], message: `Rollup failed to resolve import "${match[1]}" from "${match[2]}"` });
    } else if ((match = BABEL.exec(line))) {
      errors.push({ tool: 'babel', lines: [index], location: located(match[1]!, match[3]!, match[4], `SyntaxError: ${match[2]}`), message: `SyntaxError: ${match[2]}` });
    } else if ((match = SWC_PLACE.exec(line)) && SWC_MESSAGE.test(plain[index - 1] ?? '')) {
      const message = SWC_MESSAGE.exec(plain[index - 1]!)![1]!;
      errors.push({ tool: 'swc', lines: [index - 1, index], location: located(match[1]!, match[2]!, match[3], message), message });
    } else if ((match = PYTHON_PLACE.exec(line))) {
      const errorIndex = [index + 1, index + 2, index + 3, index + 4].find((next) => PYTHON_ERROR.test(plain[next] ?? ''));
      if (errorIndex !== undefined) {
        const error = PYTHON_ERROR.exec(plain[errorIndex]!)!;
        const message = `${error[1]}: ${error[2]}`;
        errors.push({ tool: 'python', lines: [index, errorIndex], location: located(match[1]!, match[2]!, undefined, message), message });
      }
    } else if ((match = CC_ERROR.exec(line))) {
      errors.push({ tool: 'cc', lines: [index], location: located(match[1]!, match[2]!, match[3], match[4]!), message: match[4]! });
    }
  });
  return { errors: withoutPseudoFiles(errors), totals };
}

/**
 * Python names code without a file `<unknown>` or `<string>` (setuptools parses a module with ast first, then
 * imports it): such an error repeats a located one at the same line, or stands alone without a location.
 */
function withoutPseudoFiles(errors: FoundError[]): FoundError[] {
  const pseudo = (error: FoundError) => error.tool === 'python' && /^<.*>$/.test(error.location?.file ?? '');
  return errors.flatMap((error) => {
    if (!pseudo(error)) return [error];
    const repeated = errors.some((other) => !pseudo(other) && other.tool === 'python' && other.location?.line === error.location?.line && other.message === error.message);
    return repeated ? [] : [{ ...error, location: undefined }];
  });
}

/** The package whose native code was being built, when the output names it (npm's path, pip's wheel, setuptools' extension). */
function nativePackage(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const match =
      /^npm (?:error|ERR!) path \S*\/node_modules\/((?:@[^/\s]+\/)?[^/\s]+)$/.exec(line) ??
      /Failed building wheel for (\S+)/.exec(line) ??
      /^\s*building '([^'.]+)[^']*' extension$/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

function fixFor(tool: Tool, lines: readonly string[], first: string): string {
  switch (tool) {
    case 'tsc':
      return `Fix the type errors at the places listed (the first at ${first}; each is annotated), then run 'npx tsc --noEmit' locally to see them all before pushing.`;
    case 'python':
      return `Fix the syntax at the places listed (the first at ${first}); 'python -m compileall -q <package folder>' finds every syntax error locally.`;
    case 'cc': {
      const owner = nativePackage(lines);
      return (
        `The C/C++ code of ${owner ?? 'a native module'} did not compile (the first error at ${first}). If it is your code, fix it there. ` +
        "If it is a dependency's, use a version that ships prebuilt binaries (prebuilds, wheels) for this platform and runtime version, or one whose source builds with this compiler and these headers."
      );
    }
    default:
      return `Fix the source at the places listed (the first at ${first}), then run the build locally ('npm run build'). An import that cannot be resolved is a missing file or a dependency missing from package.json.`;
  }
}

export const compileErrorMatcher: FailureMatcher = (evidence) => {
  const lines = plainLines(evidence.output);
  const { errors, totals } = findErrors(lines);
  if (errors.length === 0) return undefined;
  const tools = [...new Set(errors.map((error) => error.tool))];
  const count = tools.reduce((sum, tool) => {
    const printed = totals.filter((total) => total.tool === tool).reduce((most, total) => Math.max(most, total.count), 0);
    return sum + Math.max(printed, errors.filter((error) => error.tool === tool).length);
  }, 0);
  const locations = errors.flatMap((error) => (error.location ? [error.location] : [])).slice(0, 10);
  const first = errors[0]!;
  const where = first.location ? `${first.location.file}:${first.location.line}${first.location.column !== undefined ? `:${first.location.column}` : ''}` : undefined;
  const errorLines = errors.flatMap((error) => error.lines);
  const totalLines = totals.filter((total) => tools.includes(total.tool)).map((total) => total.line);
  const quoted = [...new Set([...errorLines.slice(0, 12 - totalLines.length), ...totalLines])].sort((a, b) => a - b);
  const diagnosis: Diagnosis = {
    kind: 'compile error',
    headline: `${count} compile error${count === 1 ? '' : 's'} (${joinNames(tools.map((tool) => LABELS[tool]))}); the first${where ? ` at ${where}` : ''}: ${first.message}`,
    fix: fixFor(first.tool, lines, where ?? 'the first line below'),
    evidence: evidenceLines(quoted.map((index) => lines[index]!)),
    count,
  };
  if (locations.length > 0) diagnosis.locations = locations;
  return diagnosis;
};
