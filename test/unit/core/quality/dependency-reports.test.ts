import { readNpmAudit, readNpmOutdated, readPipAudit, readPipOutdated, readYarnAudit, readYarnOutdated } from '../../../../src/core/quality/dependency-reports.js';

// npm 11.6 and pip 23.0.1 outputs captured on this machine, where the npm advisory endpoint answers HTTP 405
// and pypi.org cannot be reached. The successful npm audit and pip-audit reports cannot be produced here: they
// follow npm's audit report version 2 and pip-audit's documented JSON.
const NPM_AUDIT_405 = `{
  "message": "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  "method": "POST",
  "uri": "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  "headers": { "allow": ["GET,HEAD"], "content-length": ["0"], "x-fetch-attempts": ["1"] },
  "statusCode": 405,
  "body": "",
  "error": { "summary": "", "detail": "" }
}`;
const NPM_AUDIT_405_STDERR = `npm warn audit 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk
npm error audit endpoint returned an error
`;
const NPM_AUDIT_NO_LOCKFILE = `{
  "error": {
    "code": "ENOLOCK",
    "summary": "This command requires an existing lockfile.",
    "detail": "Try creating one first with: npm i --package-lock-only\\nOriginal error: loadVirtual requires existing shrinkwrap file"
  }
}`;
const NPM_AUDIT_REPORT = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    minimist: {
      name: 'minimist', severity: 'critical', isDirect: false,
      via: [{ source: 1096086, name: 'minimist', dependency: 'minimist', title: 'Prototype Pollution in minimist', url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h', severity: 'critical', range: '<0.2.4' }],
      effects: ['mkdirp'], range: '<0.2.4', nodes: ['node_modules/minimist'], fixAvailable: true,
    },
    mkdirp: { name: 'mkdirp', severity: 'critical', isDirect: true, via: ['minimist'], effects: [], range: '0.4.1 - 0.5.1', nodes: ['node_modules/mkdirp'], fixAvailable: true },
    debug: {
      name: 'debug', severity: 'low', isDirect: true,
      via: [{ source: 1, title: 'Regular Expression Denial of Service in debug', url: 'https://github.com/advisories/GHSA-gxpj-cx7g-858c', severity: 'low' }],
      effects: [], range: '<2.6.9', nodes: ['node_modules/debug'], fixAvailable: false,
    },
  },
  metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 0, critical: 2, total: 3 } },
});
const NPM_AUDIT_CLEAN = JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } } });

const NPM_OUTDATED = `{
  "@types/node": { "current": "20.19.43", "wanted": "20.19.43", "latest": "26.6.6", "dependent": "node", "location": "/repo/node_modules/@types/node" },
  "typescript": { "current": "5.9.3", "wanted": "5.9.3", "latest": "7.0.2", "dependent": "node", "location": "/repo/node_modules/typescript" }
}`;

const PIP_OUTDATED_OK = `[{"name": "acme-greeting", "version": "1.0.0", "location": "/repo/.venv/lib/python3.11/site-packages", "installer": "pip", "latest_version": "1.1.0", "latest_filetype": "wheel"}, {"name": "pip", "version": "23.0.1", "location": "/repo/.venv/lib/python3.11/site-packages", "installer": "pip", "latest_version": "26.2.1", "latest_filetype": "wheel"}]`;
const PIP_OUTDATED_UNREACHABLE = `1 location(s) to search for versions of pip:
* http://127.0.0.1:9/simple/pip/
Fetching project page and analyzing links: http://127.0.0.1:9/simple/pip/
Getting page http://127.0.0.1:9/simple/pip/
Found index url http://127.0.0.1:9/simple
Starting new HTTP connection (1): 127.0.0.1:9
Could not fetch URL http://127.0.0.1:9/simple/pip/: connection error: HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded with url: /simple/pip/ (Caused by NewConnectionError('<pip._vendor.urllib3.connection.HTTPConnection object at 0x7f2de4286fd0>: Failed to establish a new connection: [Errno 111] Connection refused')) - skipping
Skipping link: not a file: http://127.0.0.1:9/simple/pip/
[]`;

const PIP_AUDIT_REPORT = JSON.stringify({
  dependencies: [
    { name: 'jinja2', version: '3.1.2', vulns: [{ id: 'GHSA-h5c8-rqwp-cp95', fix_versions: ['3.1.3'], aliases: ['CVE-2024-22195'], description: 'xmlattr filter' }] },
    { name: 'flask', version: '3.0.0', vulns: [] },
  ],
  fixes: [],
});

describe('readNpmAudit', () => {
  it('reads the offline answer (HTTP 405 from the advisory endpoint) as unreachable, with the reason', () => {
    expect(readNpmAudit(NPM_AUDIT_405, NPM_AUDIT_405_STDERR, 'high', 'app/package.json')).toEqual({
      kind: 'unreachable',
      reason: 'the advisory source could not be reached (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)',
    });
  });

  it.each([
    ['a missing lockfile', NPM_AUDIT_NO_LOCKFILE, '', /npm audit failed: ENOLOCK: This command requires an existing lockfile/],
    ['no output at all', '', 'Segmentation fault', /npm audit printed no JSON report \(Segmentation fault\)/],
  ])('reads %s as unreadable (a failed check), never as passed', (_name, stdout, stderr, reason) => {
    const reading = readNpmAudit(stdout, stderr, 'high', 'app/package.json');
    expect(reading.kind).toBe('unreadable');
    expect(reading.kind === 'unreadable' && reading.reason).toMatch(reason);
  });

  it.each([
    ['low', ['error', 'error', 'error']],
    ['high', ['notice', 'error', 'error']],
    ['critical', ['notice', 'error', 'error']],
  ] as const)('threshold %s: vulnerabilities at or above it are errors, the others notices', (threshold, levels) => {
    const reading = readNpmAudit(NPM_AUDIT_REPORT, '', threshold, 'app/package.json');
    expect(reading.kind).toBe('read');
    if (reading.kind !== 'read') return;
    expect(reading.findings.map((finding) => [finding.level, finding.message.split(' ')[0], finding.file])).toEqual([
      [levels[0], 'debug', 'app/package.json'],
      [levels[1], 'minimist', 'app/package.json'],
      [levels[2], 'mkdirp', 'app/package.json'],
    ]);
    expect(reading.findings[1].message).toBe(
      'minimist (critical, transitive): Prototype Pollution in minimist https://github.com/advisories/GHSA-xvch-5gv4-984h (a fix is available: npm audit fix)',
    );
    expect(reading.summary).toBe(`1 low, 2 critical (threshold: ${threshold})`);
  });

  it('reads a clean report', () => {
    expect(readNpmAudit(NPM_AUDIT_CLEAN, '', 'high', 'package.json')).toEqual({ kind: 'read', findings: [], summary: 'no known vulnerabilities' });
  });
});

describe('readNpmOutdated', () => {
  it('lists each outdated direct dependency at the level asked, on package.json', () => {
    const reading = readNpmOutdated(NPM_OUTDATED, '', 'warning', 'app/package.json');
    expect(reading.kind === 'read' && reading.findings.map((finding) => [finding.level, finding.file, finding.message])).toEqual([
      ['warning', 'app/package.json', '@types/node 20.19.43 is outdated: wanted 20.19.43, latest 26.6.6'],
      ['warning', 'app/package.json', 'typescript 5.9.3 is outdated: wanted 5.9.3, latest 7.0.2'],
    ]);
  });

  it.each([
    ['nothing outdated (empty output)', '', { kind: 'read', findings: [], summary: 'all direct dependencies up to date' }],
    ['nothing outdated ({})', '{}', { kind: 'read', findings: [], summary: 'all direct dependencies up to date' }],
  ])('%s', (_name, stdout, expected) => expect(readNpmOutdated(stdout, '', 'warning', 'package.json')).toEqual(expected));

  it('reads a registry failure as unreachable', () => {
    const stdout = JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org/express failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org', detail: '' } });
    expect(readNpmOutdated(stdout, '', 'warning', 'package.json').kind).toBe('unreachable');
  });
});

describe('readPipOutdated', () => {
  it('lists outdated packages but not the venv seeds (pip, setuptools, wheel)', () => {
    const reading = readPipOutdated(PIP_OUTDATED_OK, '', 'warning', 'requirements.txt');
    expect(reading.kind === 'read' && reading.findings.map((finding) => finding.message)).toEqual(['acme-greeting 1.0.0 is outdated: latest 1.1.0']);
  });

  it('reads "Could not fetch URL" in the -vv log as unreachable, though pip exits 0 and prints []', () => {
    expect(readPipOutdated(PIP_OUTDATED_UNREACHABLE, '', 'warning', 'requirements.txt')).toEqual({
      kind: 'unreachable',
      reason: 'the package index could not be reached (Could not fetch URL http://127.0.0.1:9/simple/pip/: connection error)',
    });
  });
});

describe('readPipAudit', () => {
  it('makes each known vulnerability an error', () => {
    const reading = readPipAudit(PIP_AUDIT_REPORT, '', 'requirements.txt');
    expect(reading.kind === 'read' && reading.findings.map((finding) => [finding.level, finding.message])).toEqual([
      ['error', 'jinja2 3.1.2: GHSA-h5c8-rqwp-cp95 (fixed in 3.1.3)'],
    ]);
  });

  it('reads a connection failure as unreachable', () => {
    const stderr = "ERROR: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /pypi/flask/3.0.0/json";
    expect(readPipAudit('', stderr, 'requirements.txt').kind).toBe('unreachable');
  });
});

// pnpm 10.34.9 and yarn 1.22.22 outputs captured on this machine (the advisory endpoints answer 405); the
// successful yarn audit lines follow yarn classic's documented NDJSON (auditAdvisory, auditSummary).
const PNPM_AUDIT_405 = `{
  "error": {
    "code": "ERR_PNPM_AUDIT_BAD_RESPONSE",
    "message": "The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits/quick) responded with 405: . Fallback endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits) responded with 405: "
  }
}`;
const PNPM_OUTDATED = `{
  "typescript": { "current": "5.9.3", "latest": "7.0.2", "wanted": "5.9.3", "isDeprecated": false, "dependencyType": "devDependencies" }
}`;
const YARN_OUTDATED = `{"type":"info","data":"Color legend : \\n \\"<red>\\"    : Major Update backward-incompatible updates \\n \\"<yellow>\\" : Minor Update backward-compatible features \\n \\"<green>\\"  : Patch Update backward-compatible bug fixes"}
{"type":"table","data":{"head":["Package","Current","Wanted","Latest","Package Type","URL"],"body":[["typescript","5.9.3","5.9.3","7.0.2","devDependencies","https://www.typescriptlang.org/"]]}}
`;
const YARN_AUDIT_STDOUT = `{"type":"info","data":"Visit https://yarnpkg.com/en/docs/cli/audit for documentation about this command."}
`;
const YARN_AUDIT_405_STDERR = `{"type":"error","data":"Error: https://registry.yarnpkg.com/-/npm/v1/security/audits: Request \\"https://registry.yarnpkg.com/-/npm/v1/security/audits\\" returned a 405\\n    at params.callback [as _callback] (/usr/lib/node_modules/yarn/lib/cli.js:66689:18)"}
`;
const YARN_AUDIT_REPORT = [
  { type: 'auditAdvisory', data: { resolution: { id: 1005365, path: 'minimist', dev: false }, advisory: { id: 1005365, module_name: 'minimist', severity: 'critical', title: 'Prototype Pollution in minimist', url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h' } } },
  { type: 'auditAdvisory', data: { resolution: { id: 1005365, path: 'mkdirp>minimist', dev: false }, advisory: { id: 1005365, module_name: 'minimist', severity: 'critical', title: 'Prototype Pollution in minimist', url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h' } } },
  { type: 'auditSummary', data: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 1 }, dependencies: 12 } },
].map((line) => JSON.stringify(line)).join('\n');

describe('pnpm and yarn classic reports', () => {
  it('pnpm audit offline (405 from both endpoints): unreachable, with pnpm\'s message', () => {
    const reading = readNpmAudit(PNPM_AUDIT_405, '', 'high', 'app/package.json');
    expect(reading.kind).toBe('unreachable');
    expect(reading.kind === 'unreachable' && reading.reason).toMatch(/^the advisory source could not be reached \(ERR_PNPM_AUDIT_BAD_RESPONSE: The audit endpoint .* responded with 405/);
  });

  it('pnpm outdated reads like npm outdated', () => {
    const reading = readNpmOutdated(PNPM_OUTDATED, '', 'warning', 'app/package.json', 'pnpm outdated');
    expect(reading.kind === 'read' && reading.findings.map((finding) => [finding.source, finding.message])).toEqual([
      ['pnpm outdated', 'typescript 5.9.3 is outdated: wanted 5.9.3, latest 7.0.2'],
    ]);
  });

  it('yarn outdated: the rows of its table', () => {
    const reading = readYarnOutdated(YARN_OUTDATED, '', 'warning', 'app/package.json');
    expect(reading.kind === 'read' && reading.findings.map((finding) => finding.message)).toEqual(['typescript 5.9.3 is outdated: wanted 5.9.3, latest 7.0.2']);
  });

  it('yarn audit offline (an error line saying 405): unreachable', () => {
    expect(readYarnAudit(YARN_AUDIT_STDOUT, YARN_AUDIT_405_STDERR, 'high', 'app/package.json')).toEqual({
      kind: 'unreachable',
      reason: 'the advisory source could not be reached (Error: https://registry.yarnpkg.com/-/npm/v1/security/audits: Request "https://registry.yarnpkg.com/-/npm/v1/security/audits" returned a 405)',
    });
  });

  it('yarn audit: one finding per advisory, however many paths lead to it', () => {
    const reading = readYarnAudit(YARN_AUDIT_REPORT, '', 'high', 'app/package.json');
    expect(reading.kind === 'read' && reading.findings.map((finding) => [finding.level, finding.message])).toEqual([
      ['error', 'minimist (critical): Prototype Pollution in minimist https://github.com/advisories/GHSA-xvch-5gv4-984h'],
    ]);
  });

  it('yarn audit with neither a summary nor an error: unreadable, never passed', () => {
    expect(readYarnAudit(YARN_AUDIT_STDOUT, '', 'high', 'app/package.json').kind).toBe('unreadable');
  });
});
