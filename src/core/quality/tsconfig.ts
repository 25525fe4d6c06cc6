import path from 'node:path';

/**
 * tsconfig.json as tsc reads it: JSON with comments and trailing commas. A "solution-style" tsconfig (the
 * Vite and nx layout) lists no files of its own (`"files": []`) and names the projects that hold the code in
 * `references`: `tsc -p .` checks nothing there, `tsc -b` checks every referenced project.
 */

/** JSON with `//` and block comments and trailing commas (tsconfig's dialect). Undefined when it does not parse. */
export function parseJsonc(text: string): unknown {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const end = stringEnd(text, index);
      out += text.slice(index, end);
      index = end;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index += 1;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 2;
    } else {
      out += char;
      index += 1;
    }
  }
  // Trailing commas: a comma followed only by whitespace before a closing bracket or brace (strings are intact,
  // and a comma inside a string is never followed by a bare `]` or `}` outside it, since strings were copied whole).
  const cleaned = removeTrailingCommas(out);
  try {
    return JSON.parse(cleaned.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Where the JSON string that opens at `start` ends (just past its closing quote), escapes skipped whole. */
function stringEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
  return end + 1;
}

function removeTrailingCommas(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const end = stringEnd(text, index);
      out += text.slice(index, end);
      index = end;
      continue;
    }
    if (char === ',') {
      let next = index + 1;
      while (next < text.length && /\s/.test(text[next])) next += 1;
      if (text[next] === ']' || text[next] === '}') {
        index += 1;
        continue;
      }
    }
    out += char;
    index += 1;
  }
  return out;
}

export interface TsconfigShape {
  /** The tsconfig lists no files of its own and references other projects. */
  solution: boolean;
  /** The referenced projects' paths, as written (folders or tsconfig files, relative to the tsconfig). */
  references: string[];
}

/** What a tsconfig.json's text says about its layout; undefined when it does not parse. */
export function tsconfigShape(text: string): TsconfigShape | undefined {
  const value = parseJsonc(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const config = value as { files?: unknown; include?: unknown; references?: unknown };
  const references = Array.isArray(config.references)
    ? config.references.flatMap((entry) => (typeof (entry as { path?: unknown })?.path === 'string' ? [(entry as { path: string }).path] : []))
    : [];
  const noOwnFiles = Array.isArray(config.files) && config.files.length === 0 && (config.include === undefined || (Array.isArray(config.include) && config.include.length === 0));
  return { solution: noOwnFiles && references.length > 0, references };
}

/**
 * The files `tsc --listFiles` printed that belong to the project: absolute paths of .ts/.tsx/.mts/.cts/.js
 * files (and declarations) outside node_modules (TypeScript's own lib files live there too).
 */
export function listedProjectFiles(output: string): string[] {
  const files = new Set<string>();
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    if (!path.isAbsolute(line) || /[\\/]node_modules[\\/]/.test(line)) continue;
    if (/\.(d\.)?[cm]?[tj]sx?$/.test(line)) files.add(line);
  }
  return [...files];
}

/** Where a reference points: a tsconfig file itself, or a folder holding tsconfig.json. Relative to the project. */
export function referencedConfig(fromConfig: string, reference: string): string {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromConfig), reference.split(path.sep).join('/')));
  return target.endsWith('.json') ? target : path.posix.join(target, 'tsconfig.json');
}

export interface TypeCheckLayout {
  /** tsconfig.json is solution-style: `tsc -b` must run instead of `tsc -p`. */
  solution: boolean;
  /** The referenced projects that hold files (the leaves), relative to the project. */
  projects: string[];
  /**
   * Some project with files of its own references another: tsc reads the other's declarations, so build
   * mode cannot run with `--noEmit` (TS6310 "Referenced project may not disable emit").
   */
  needsEmit: boolean;
}

/** The layout of a project's tsconfig.json and the configs it references (texts keyed by relative path). */
export function typeCheckLayout(configs: ReadonlyMap<string, string>): TypeCheckLayout {
  const root = configs.get('tsconfig.json');
  const rootShape = root === undefined ? undefined : tsconfigShape(root);
  if (rootShape === undefined || !rootShape.solution) return { solution: false, projects: [], needsEmit: false };
  const projects: string[] = [];
  let needsEmit = false;
  const seen = new Set<string>(['tsconfig.json']);
  const queue = rootShape.references.map((reference) => referencedConfig('tsconfig.json', reference));
  while (queue.length > 0) {
    const config = queue.shift()!;
    if (seen.has(config)) continue;
    seen.add(config);
    const text = configs.get(config);
    const shape = text === undefined ? undefined : tsconfigShape(text);
    if (shape === undefined || !shape.solution) projects.push(config);
    if (shape !== undefined && !shape.solution && shape.references.length > 0) needsEmit = true;
    for (const reference of shape?.references ?? []) queue.push(referencedConfig(config, reference));
  }
  return { solution: true, projects, needsEmit };
}
