import type { Diagnosis, FailureEvidence, FailureMatcher } from './diagnosis.js';
import { evidenceLines, plainLines, withoutLogPrefix } from './output-text.js';

/**
 * A registry or package index that could not be reached, or that refused the credentials, as npm, pnpm, yarn,
 * node-gyp, pip and Poetry report it (the network and authentication causes the old install-failure.ts knew, with their
 * hints' substance). Each pattern carries the tool's own framing ("npm error code ECONNREFUSED", pip's
 * "Retrying ... after connection broken by"), never a bare ECONNREFUSED or 401: a test whose API is down prints
 * those too. Test stages are left alone for the same reason.
 */

interface Fault {
  lines: number[];
  /** What could not be reached or refused, with the tool's reason. */
  what: string;
  ecosystem: 'node' | 'python' | 'node-gyp';
}

const NETWORK_CODES = 'ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ERR_SOCKET_TIMEOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|UND_ERR_CONNECT_TIMEOUT';
const NPM_CODE = new RegExp(`^code (${NETWORK_CODES})$`);
const NPM_REQUEST = /(?:network request|FetchError: request) to (\S+) failed, reason: (.*)$/;
const PNPM_FETCH = new RegExp(`ERR_PNPM_\\w*FETCH_FAIL\\W+GET (\\S+?):? .*\\b(${NETWORK_CODES})\\b(.*)$`);
const YARN_NETWORK = new RegExp(`^error (?:Error: |An unexpected error occurred: "(\\S+?): )?(?:connect |getaddrinfo |read )?(${NETWORK_CODES})\\b(.*)$`);
const GYP_NETWORK = /^gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and$|^gyp ERR! stack .*\b(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN)\b/;
const PIP_RETRY = /^WARNING: Retrying \(Retry\(.*\)\) after connection broken by '(\w+)\(.*?(Failed to establish a new connection: [^')]+|Name or service not known|Temporary failure in name resolution|Read timed out[^')]*)/;
const PIP_OS_ERROR = /^ERROR: Could not install packages due to an OSError: (HTTPS?ConnectionPool\(host='[^']+', port=\d+\)): Max retries exceeded/;
const URLLIB3_POOL = /^\s*(HTTPS?ConnectionPool\(host='([^']+)', port=(\d+)\)): Max retries exceeded with url: (\S+) \(Caused by (\w+)/;
const URLLIB3_REASON = /Failed to establish a new connection: [^')]+|Name or service not known|Temporary failure in name resolution|Read timed out/;

function unreachable(lines: readonly string[]): Fault | undefined {
  const plain = lines.map(withoutLogPrefix);
  const npmCode = lines.findIndex((line, index) => /^npm (?:error|ERR!) /.test(line) && NPM_CODE.test(plain[index]!));
  const npmRequest = lines.findIndex((line, index) => /^npm (?:error|ERR!) /.test(line) && NPM_REQUEST.test(plain[index]!));
  if (npmCode >= 0 || npmRequest >= 0) {
    const request = npmRequest >= 0 ? NPM_REQUEST.exec(plain[npmRequest]!) : null;
    const code = npmCode >= 0 ? NPM_CODE.exec(plain[npmCode]!)![1] : undefined;
    return { lines: [npmCode, npmRequest].filter((at) => at >= 0), what: request ? `${request[1]} (${request[2]})` : `the registry (${code})`, ecosystem: 'node' };
  }
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    let match: RegExpExecArray | null;
    if ((match = PNPM_FETCH.exec(line))) return { lines: [index], what: `${match[1]} (${match[2]}${match[3]})`, ecosystem: 'node' };
    if ((match = YARN_NETWORK.exec(line))) return { lines: [index], what: `${match[1] ?? 'the registry'} (${match[2]}${match[3]})`.replace(/ \(\s*/, ' ('), ecosystem: 'node' };
    if (/^info There appears to be trouble with your network connection\. Retrying\.\.\.$/.test(line)) return { lines: [index], what: 'the registry (yarn: trouble with the network connection)', ecosystem: 'node' };
    if (GYP_NETWORK.test(withoutLogPrefix(line))) {
      const download = lines.slice(0, index).reverse().find((text) => /gyp http GET \S+/.test(text));
      const url = download ? /gyp http GET (\S+)/.exec(download)![1]! : 'the headers URL';
      const reason = /stack Error: (.*)$/.exec(withoutLogPrefix(line))?.[1];
      const why = reason && !/most likely not a problem/.test(reason) ? ` (${reason.trim()})` : '';
      return { lines: [...(download ? [lines.lastIndexOf(download, index)] : []), index], what: `${url}${why}`, ecosystem: 'node-gyp' };
    }
    if ((match = PIP_RETRY.exec(line))) return { lines: [index], what: `${pipRetriedIndexes(lines)} (${match[2]})`, ecosystem: 'python' };
    if ((match = PIP_OS_ERROR.exec(line))) return { lines: [index], what: match[1]!, ecosystem: 'python' };
    if ((match = URLLIB3_POOL.exec(line))) return { lines: [index], what: `${match[2]}:${match[3]}${match[4]} (${URLLIB3_REASON.exec(line)?.[0] ?? match[5]})`, ecosystem: 'python' };
  }
  return undefined;
}

/**
 * The indexes pip retried, of those it was "Looking in": its retry lines name only the path it asked for
 * ("...': /simple/charts/"), so an index is named when the path is under its own and no other index's could be
 * meant; an index that answered (the public one beside an unreachable private one) is not listed.
 */
function pipRetriedIndexes(lines: readonly string[]): string {
  const looking = lines.find((text) => /^Looking in indexes: /.test(text));
  const indexes = looking ? looking.replace(/^Looking in indexes: /, '').split(/,\s*/).filter((url) => url !== '') : [];
  const retried = new Set(lines.map((text) => PIP_RETRY.test(text) ? /': (\/\S*)$/.exec(text)?.[1] : undefined).filter((path): path is string => path !== undefined));
  const pathOf = (url: string): string => {
    try {
      return new URL(url).pathname.replace(/\/?$/, '/');
    } catch {
      return url;
    }
  };
  const named = new Set<string>();
  const ambiguous: string[] = [];
  for (const path of retried) {
    const under = indexes.filter((url) => path.startsWith(pathOf(url)));
    // The longest index path that holds it is the one meant; several indexes with that same path cannot be told apart.
    const longest = Math.max(...under.map((url) => pathOf(url).length));
    const candidates = under.filter((url) => pathOf(url).length === longest);
    if (candidates.length === 1) named.add(candidates[0]!);
    else if (candidates.length > 1) ambiguous.push(`one of ${candidates.join(', ')} (pip names only the path it retried, ${path})`);
  }
  const listed = [...named, ...ambiguous];
  if (listed.length > 0) return listed.join('; ');
  return indexes.length === 0 ? 'the package index' : indexes.length === 1 ? indexes[0]! : `one of ${indexes.join(', ')}`;
}

const NPM_AUTH_CODE = /^code (E401|E403|ENEEDAUTH)$/;
const PNPM_AUTH = /ERR_PNPM_FETCH_(401|403)\W+GET (\S+?): (.*)$/;
const YARN_AUTH = /^error .*?(?:Request failed \\?"(40[13] [^"\\]+)\\?"|(authorization required to access package \S+|401 Unauthorized|403 Forbidden))/;
const PIP_AUTH = /HTTP error (40[13]) while getting (\S+)|(40[13]) Client Error: (\w+) for url: (\S+)/;
const PIP_PROMPT = /^User for (\S+): /;
const POETRY_AUTH = /Authorization error accessing (\S+)/;

function refused(lines: readonly string[]): Fault | undefined {
  const plain = lines.map(withoutLogPrefix);
  const npmCode = lines.findIndex((line, index) => /^npm (?:error|ERR!) /.test(line) && NPM_AUTH_CODE.test(plain[index]!));
  if (npmCode >= 0) {
    const detail = lines.slice(npmCode + 1, npmCode + 3).filter((line) => /^npm (?:error|ERR!) \S/.test(line) && !/A complete log/.test(line));
    const forbidden = /40[13] \S+ - (?:GET|PUT) (\S+)(?: - (.*))?$/.exec(plain[npmCode + 1] ?? '');
    return {
      lines: [npmCode, ...detail.map((line) => lines.indexOf(line, npmCode))],
      what: forbidden ? `${forbidden[1]} (${NPM_AUTH_CODE.exec(plain[npmCode]!)![1]}${forbidden[2] ? `: ${forbidden[2]}` : ''})` : `the registry (${NPM_AUTH_CODE.exec(plain[npmCode]!)![1]}: ${withoutLogPrefix(detail[0] ?? '').trim()})`,
      ecosystem: 'node',
    };
  }
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    let match: RegExpExecArray | null;
    if ((match = PNPM_AUTH.exec(line))) return { lines: [index], what: `${match[2]} (${match[3]})`, ecosystem: 'node' };
    if ((match = YARN_AUTH.exec(line))) return { lines: [index], what: `the registry (${match[1] ?? match[2]})`, ecosystem: 'node' };
    if ((match = POETRY_AUTH.exec(line))) return { lines: [index], what: `${match[1]} (authorization error)`, ecosystem: 'python' };
    if ((match = PIP_PROMPT.exec(line))) return { lines: [index], what: `${match[1]} (pip asked for a user and password, and there was no one to answer)`, ecosystem: 'python' };
    if ((match = PIP_AUTH.exec(line))) return { lines: [index], what: `${match[2] ?? match[5]} (HTTP ${match[1] ?? `${match[3]} ${match[4]}`})`, ecosystem: 'python' };
  }
  return undefined;
}

const UNREACHABLE_HEADLINES: Record<Fault['ecosystem'], string> = {
  node: 'The registry could not be reached',
  python: 'The package index could not be reached',
  'node-gyp': "node-gyp could not download Node's headers",
};

const UNREACHABLE_FIXES: Record<Fault['ecosystem'], string> = {
  node: "Check the network, the registry URL (.npmrc: 'registry' and any '@scope:registry' lines) and any proxy settings; running again may pass if it was a passing fault.",
  python: 'Check the network, the index URL (PIP_INDEX_URL, --index-url, Poetry sources) and any proxy settings; running again may pass if it was a passing fault.',
  'node-gyp':
    "node-gyp could not download Node's headers to build a native addon: point it at installed headers (npm_config_nodedir), let the download through (dist-url, proxy), or use a version of the package with prebuilt binaries.",
};

const REFUSED_FIXES = {
  node: "Check the token the workflow gives (NODE_AUTH_TOKEN, the _authToken line of .npmrc for that registry's host), that it has not expired, and that it may read these packages.",
  python: "Give the install the index's credentials (a user and token in PIP_INDEX_URL or keyring; Poetry: POETRY_HTTP_BASIC_<SOURCE>_USERNAME and _PASSWORD) and check that the token may read these packages.",
};

function diagnosis(kind: 'registry unreachable' | 'credentials refused', fault: Fault, lines: readonly string[]): Diagnosis {
  return {
    kind,
    headline: kind === 'registry unreachable' ? `${UNREACHABLE_HEADLINES[fault.ecosystem]}: ${fault.what}.` : `The ${fault.ecosystem === 'python' ? 'package index' : 'registry'} refused the credentials: ${fault.what}.`,
    fix: kind === 'registry unreachable' ? UNREACHABLE_FIXES[fault.ecosystem] : REFUSED_FIXES[fault.ecosystem === 'python' ? 'python' : 'node'],
    evidence: evidenceLines(fault.lines.sort((a, b) => a - b).map((index) => lines[index]!)),
  };
}

const installsPackages = (evidence: FailureEvidence) => evidence.stage !== 'test';

export const credentialsRefusedMatcher: FailureMatcher = (evidence) => {
  if (!installsPackages(evidence)) return undefined;
  const lines = plainLines(evidence.output);
  const fault = refused(lines);
  return fault && diagnosis('credentials refused', fault, lines);
};

export const registryUnreachableMatcher: FailureMatcher = (evidence) => {
  if (!installsPackages(evidence)) return undefined;
  const lines = plainLines(evidence.output);
  const fault = unreachable(lines);
  return fault && diagnosis('registry unreachable', fault, lines);
};
