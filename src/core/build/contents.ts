/**
 * What a built package may hold. Each check is a pure function of the archive's member paths (and the few
 * texts that matter), returning one problem per file at fault, so the summary can name them.
 */
export interface ContentProblem {
  level: 'error' | 'warning';
  message: string;
}

const TEMPLATE_SUFFIX = /\.(example|sample|template|dist|defaults)$/i;

/** Files that must never ship in any package, whatever the project says. */
export function secretFileReason(member: string): string | undefined {
  const name = member.split('/').pop() ?? member;
  if (/^\.env($|\.)/i.test(name) && !TEMPLATE_SUFFIX.test(name)) return 'an environment file (.env*) may hold secrets';
  if (/\.(pem|key|p12|pfx|jks|keystore)$/i.test(name) || /^id_(rsa|dsa|ecdsa|ed25519)$/.test(name)) return 'a private key or key store';
  if (/^\.(pypirc|netrc|git-credentials)$/.test(name)) return 'a credentials file';
  return undefined;
}

/** True when an .npmrc's text carries a credential (`_authToken`, `_auth`, `_password`). */
export function npmrcHasToken(text: string): boolean {
  return /(^|\n)\s*[^#;\n]*(_authToken|_auth|_password)\s*=\s*\S/.test(text);
}

export interface NpmTarballContext {
  /** Member paths as the tarball holds them (`package/...`). */
  members: readonly string[];
  /** The texts of the .npmrc files in the tarball, by member path. */
  npmrcTexts: ReadonlyMap<string, string>;
  /** package.json `files`: patterns the project chose to ship (source maps or tests it names are allowed). */
  files?: readonly string[];
}

const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', '__mocks__', 'spec', '__snapshots__']);
const COVERAGE_FOLDERS = new Set(['coverage', '.nyc_output']);

function namedByFiles(files: readonly string[] | undefined, test: RegExp): boolean {
  return (files ?? []).some((pattern) => test.test(pattern));
}

export function npmTarballProblems(context: NpmTarballContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const inside = context.members.map((member) => member.replace(/^[^/]+\//, ''));
  if (!inside.includes('package.json')) problems.push({ level: 'error', message: 'the tarball has no package.json' });
  const shipsTests = namedByFiles(context.files, /(^|\/)(test|tests|__tests__|spec)(\/|$)/);
  const shipsMaps = namedByFiles(context.files, /\.map\b/);
  const reported = new Set<string>();
  const report = (key: string, message: string, level: ContentProblem['level'] = 'error'): void => {
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ level, message });
  };
  context.members.forEach((member, index) => {
    const file = inside[index];
    const secret = secretFileReason(file);
    if (secret) report(file, `${file} must not ship: ${secret}. Add it to .npmignore or leave it out of 'files'.`);
    if (/(^|\/)\.npmrc$/.test(file) && npmrcHasToken(context.npmrcTexts.get(member) ?? '')) {
      report(file, `${file} must not ship: it holds a registry token. Add .npmrc to .npmignore.`);
    }
    const segments = file.split('/').slice(0, -1);
    const testFolder = segments.find((segment) => TEST_FOLDERS.has(segment));
    if (testFolder && !shipsTests) {
      const folder = segments.slice(0, segments.indexOf(testFolder) + 1).join('/');
      report(`${folder}/`, `${folder}/ (a test folder) is in the tarball: list what ships in package.json 'files' or add ${folder}/ to .npmignore.`);
    }
    const coverage = segments.find((segment) => COVERAGE_FOLDERS.has(segment));
    if (coverage) report(`${coverage}/`, `${coverage}/ (coverage output) is in the tarball: add it to .npmignore or list what ships in 'files'.`);
    if (/\.map$/.test(file) && !shipsMaps) {
      // A warning, not a failure: many public libraries ship maps on purpose under a plain 'files: ["dist"]'.
      report('*.map', `source maps (${file}…) are in the tarball: leave them out, or name them in package.json 'files' (e.g. "dist/**/*.map") to ship them on purpose.`, 'warning');
    }
  });
  return problems;
}

export interface WheelContext {
  members: readonly string[];
  /** Top-level names the project itself ships on purpose (e.g. a `tests` package it lists). */
  shippedOnPurpose?: readonly string[];
}

export function wheelProblems(context: WheelContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const distInfo = context.members.filter((member) => /^[^/]+\.dist-info\//.test(member));
  for (const required of ['METADATA', 'RECORD', 'WHEEL']) {
    if (!distInfo.some((member) => member.endsWith(`.dist-info/${required}`))) {
      problems.push({ level: 'error', message: `the wheel has no .dist-info/${required}` });
    }
  }
  const topLevel = new Set(
    context.members.filter((member) => !/^[^/]+\.(dist-info|data)\//.test(member)).map((member) => member.split('/')[0]),
  );
  if (topLevel.size === 0) problems.push({ level: 'error', message: 'the wheel holds no package or module: only metadata (check the packages your build backend finds)' });
  const seen = new Set<string>();
  for (const member of context.members) {
    const secret = secretFileReason(member);
    if (secret) problems.push({ level: 'error', message: `${member} must not ship: ${secret}.` });
    if ((/(^|\/)__pycache__\//.test(member) || /\.py[co]$/.test(member)) && !seen.has('pycache')) {
      seen.add('pycache');
      problems.push({ level: 'error', message: `compiled bytecode (${member}) is in the wheel: build from a clean tree and exclude __pycache__.` });
    }
  }
  for (const name of ['tests', 'test']) {
    if (topLevel.has(name) && !(context.shippedOnPurpose ?? []).includes(name)) {
      problems.push({ level: 'error', message: `a top-level '${name}' package is in the wheel: it would be installed as site-packages/${name}. Exclude it from the packages your backend finds.` });
    }
  }
  return problems;
}

export function sdistProblems(members: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const inside = members.map((member) => member.replace(/^[^/]+\/?/, '')).filter((member) => member !== '');
  if (!inside.includes('PKG-INFO')) problems.push({ level: 'error', message: 'the sdist has no PKG-INFO' });
  if (!inside.includes('pyproject.toml') && !inside.includes('setup.py')) problems.push({ level: 'error', message: 'the sdist has neither pyproject.toml nor setup.py: it cannot be built again' });
  for (const member of inside) {
    const secret = secretFileReason(member);
    if (secret) problems.push({ level: 'error', message: `${member} must not ship: ${secret}.` });
  }
  return problems;
}

/** `Name: value` headers of METADATA / PKG-INFO, the first value of each, named as the file spells them (the body is left out). */
export function parseCoreMetadata(text: string): Record<string, string> {
  const { headers, spellings } = parseCoreMetadataFull(text);
  return Object.fromEntries([...headers].map(([name, values]) => [spellings.get(name) ?? name, values[0]]));
}

export interface CoreMetadata {
  /** Every header, in order, a list per name (Classifier, Requires-Dist and others repeat). */
  headers: Map<string, string[]>;
  /** Each header name as the file first spells it, by its lower-case form. */
  spellings: Map<string, string>;
  /** The long description (the body after the headers), when there is one. */
  body: string;
}

/** METADATA / PKG-INFO in full: folded continuation lines joined, repeated headers kept, the body kept. */
export function parseCoreMetadataFull(text: string): CoreMetadata {
  const headers = new Map<string, string[]>();
  const spellings = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  let index = 0;
  let last: { name: string; values: string[] } | undefined;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (line === '') break;
    if (/^[ \t]/.test(line) && last) {
      // As twine reads it (pkginfo): a folded Description keeps its lines (less the 8-space or `       |` indent),
      // any other header is one line.
      const end = last.values.length - 1;
      last.values[end] += last.name === 'description' ? `\n${line.replace(/^ {7}\||^ {8}|^\t/, '')}` : ` ${line.trim()}`;
      continue;
    }
    const match = /^([A-Za-z0-9-]+):\s?(.*)$/.exec(line);
    if (!match) continue;
    const name = match[1].toLowerCase();
    if (!spellings.has(name)) spellings.set(name, match[1]);
    const values = headers.get(name) ?? [];
    values.push(match[2].trim());
    headers.set(name, values);
    last = { name, values };
  }
  return { headers, spellings, body: lines.slice(index + 1).join('\n') };
}

/**
 * What package.json says the build leaves behind: `main`, `module`, `types`/`typings`, every `bin` and the
 * files `exports` names (patterns with `*` are skipped: they name no one file).
 */
export function declaredOutputs(packageJson: Record<string, unknown>): Array<{ field: string; file: string }> {
  const outputs: Array<{ field: string; file: string }> = [];
  const add = (field: string, value: unknown): void => {
    if (typeof value === 'string' && value !== '' && !value.includes('*')) outputs.push({ field, file: value.replace(/^\.\//, '') });
  };
  for (const field of ['main', 'module', 'types', 'typings']) add(field, packageJson[field]);
  const bin = packageJson.bin;
  if (typeof bin === 'string') add('bin', bin);
  else if (bin && typeof bin === 'object') for (const [name, file] of Object.entries(bin)) add(`bin.${name}`, file);
  const walk = (field: string, value: unknown): void => {
    if (typeof value === 'string') add(field, value);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(`${field}[${index}]`, item));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(`${field}[${JSON.stringify(key)}]`, item);
  };
  walk('exports', packageJson.exports);
  const seen = new Set<string>();
  return outputs.filter((output) => (seen.has(`${output.field}\0${output.file}`) ? false : (seen.add(`${output.field}\0${output.file}`), true)));
}
