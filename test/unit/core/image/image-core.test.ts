import {
  buildArguments, buildSteps, cacheSources, checkBuildArgs, dockerfileStages, layerCacheKeys, ociLabels, parseKeyValueList, stagesToCache, type BuildRequest,
} from '../../../../src/core/image/build-plan.js';
import {
  decideLatest, imageVersion, listInput, manifestLicense, manifestVersion, planTags, repositoryNameFrom, serviceNameFromManifests,
  validateRegistry, validateRepository, validateTag,
} from '../../../../src/core/image/naming.js';
import { parseGrypeJson, parseSize, parseTrivyJson, rankVulnerabilities, sarifReport, scanVerdict } from '../../../../src/core/image/scan.js';
import { publishImageSummary, type PublishReport } from '../../../../src/core/image/report.js';
import { renderMarkdown } from '../../../../src/core/summary-document.js';
import { describeFindings, keyFileKind, searchLayerFile, searchMetadata } from '../../../../src/core/image/secret-search.js';
import { isConfigurationError } from '../../../../src/core/errors.js';

function refusal(body: () => unknown): string {
  try {
    body();
  } catch (error) {
    expect(isConfigurationError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('image names', () => {
  it.each([
    ['@acme/Orders-Service', 'orders-service'],
    ['orders_service', 'orders_service'],
    ['My Service!!', 'my-service'],
    ['--weird..name__', 'weird_name'],
    ['Café-API', 'caf-api'],
    ['日本', undefined],
    ['   ', undefined],
  ])('%s becomes %s', (name, expected) => {
    expect(repositoryNameFrom(name)).toBe(expected);
    if (expected !== undefined) expect(validateRepository('image', expected)).toBe(expected);
  });

  it('takes package.json first, then pyproject [project], then [tool.poetry]', () => {
    expect(serviceNameFromManifests({ name: '@org/api' }, { project: { name: 'py' } })).toBe('api');
    expect(serviceNameFromManifests(undefined, { project: { name: 'Python_Service' } })).toBe('python_service');
    expect(serviceNameFromManifests(undefined, { tool: { poetry: { name: 'poetry-app' } } })).toBe('poetry-app');
    expect(serviceNameFromManifests(undefined, undefined)).toBeUndefined();
    expect(manifestVersion(undefined, { project: { version: '2.0.1' } })).toBe('2.0.1');
    expect(manifestLicense({ license: 'MIT' }, undefined)).toBe('MIT');
    expect(manifestLicense(undefined, { project: { license: { text: 'Apache-2.0' } } })).toBe('Apache-2.0');
  });

  it.each(['', 'UPPER', 'a//b', 'x'.repeat(300), 'a b', '../etc', 'name;rm -rf /', 'a\nb', '-lead'])('refuses the image %j with a named error', (value) => {
    expect(refusal(() => validateRepository('image', value))).toMatch(/^Input 'image' must be a repository name/);
  });

  it('accepts registry hosts with ports and namespaces, refuses the rest', () => {
    expect(validateRegistry('ghcr.io/octo-org/')).toBe('ghcr.io/octo-org');
    expect(validateRegistry('127.0.0.1:5000')).toBe('127.0.0.1:5000');
    expect(validateRegistry('localhost')).toBe('localhost');
    for (const bad of ['justaname', 'http://ghcr.io', 'a b.io', '$(id).io', 'ghcr.io/UPPER']) expect(refusal(() => validateRegistry(bad))).toMatch(/'registry'/);
  });

  it.each(['1.2.3', 'v1', 'latest', 'a_b-c.d'])('accepts the tag %s', (tag) => expect(validateTag('tags', tag)).toBe(tag));
  it.each(['', '.x', '-x', 'a/b', 'x'.repeat(129), 'a:b', 'ü'])('refuses the tag %j', (tag) => {
    expect(refusal(() => validateTag('tags', tag))).toMatch(/^Input 'tags' must give tags/);
  });
});

describe('versions and latest', () => {
  it('takes the version from a tag (v stripped), else the manifest', () => {
    expect(imageVersion({ refType: 'tag', refName: 'v1.2.3' }, '0.0.1')).toEqual({ version: '1.2.3', source: 'the tag v1.2.3' });
    expect(imageVersion({ refType: 'tag', refName: 'release-7' }, undefined)?.version).toBe('release-7');
    expect(imageVersion({ refType: 'branch', refName: 'main' }, '0.4.0')).toEqual({ version: '0.4.0', source: 'the manifest' });
    expect(imageVersion({ refType: 'branch', refName: 'main' }, undefined)).toBeUndefined();
  });

  it.each([
    ['auto', '1.2.3', { refType: 'tag', refName: 'v1.2.3' }, true],
    ['auto', '1.2.3', { refType: 'branch', refName: 'main', defaultBranch: 'main' }, true],
    ['auto', '1.2.3', { refType: 'branch', refName: 'feature', defaultBranch: 'main' }, false],
    ['auto', '1.2.3', { refType: 'branch', refName: 'main' }, false],
    ['auto', '1.3.0-rc.1', { refType: 'tag', refName: 'v1.3.0-rc.1' }, false],
    ['auto', 'nightly', { refType: 'tag', refName: 'nightly' }, false],
    ['false', '1.2.3', { refType: 'tag', refName: 'v1.2.3' }, false],
    ['true', '1.2.3', { refType: 'branch', refName: 'feature' }, true],
  ] as const)('latest %s for %s on %j → %s', (choice, version, ref, expected) => {
    expect(decideLatest(choice, version, ref).latest).toBe(expected);
  });

  it('refuses latest: true on a prerelease and says why', () => {
    expect(refusal(() => decideLatest('true', '2.0.0-beta.1', { refType: 'tag' }))).toMatch(/'2.0.0-beta.1' is a prerelease: 'latest' is guarded/);
  });

  it('plans the version, latest and extra tags without duplicates; refuses latest in tags when it does not move', () => {
    const moving = decideLatest('auto', '1.2.3', { refType: 'tag', refName: 'v1.2.3' });
    expect(planTags('reg.io/app', '1.2.3', listInput('stable,\n 1.2 ,1.2.3'), moving).references).toEqual(['reg.io/app:1.2.3', 'reg.io/app:latest', 'reg.io/app:stable', 'reg.io/app:1.2']);
    const still = decideLatest('auto', '1.3.0-rc.1', { refType: 'tag' });
    expect(planTags('app', '1.3.0-rc.1', [], still).tags).toEqual(['1.3.0-rc.1']);
    expect(refusal(() => planTags('app', '1.3.0-rc.1', ['latest'], still))).toMatch(/'tags' lists 'latest'/);
  });
});

describe('labels, stages, cache keys', () => {
  it('gives OCI labels from the run (created is the commit time), dropping empty ones and newlines', () => {
    expect(ociLabels({ title: 'api', version: '1.0.0', revision: 'abc', source: 'https://github.com/o/r', created: '2026-01-02T03:04:05Z', licenses: 'MIT\nx' })).toEqual({
      'org.opencontainers.image.title': 'api',
      'org.opencontainers.image.version': '1.0.0',
      'org.opencontainers.image.revision': 'abc',
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
      'org.opencontainers.image.licenses': 'MIT x',
    });
  });

  it('reads stage names across continuations and comments, and caches the stages before the target', () => {
    const text = '# syntax\nFROM --platform=$BUILDPLATFORM base AS Deps\nRUN x \\\n  y\nFROM deps as build\nFROM base\nCOPY --from=build / /\n';
    expect(dockerfileStages(text)).toEqual(['deps', 'build', '']);
    expect(stagesToCache(['deps', 'build', ''], undefined)).toEqual(['deps', 'build']);
    expect(stagesToCache(['deps', 'build', ''], 'build')).toEqual(['deps']);
    expect(refusal(() => stagesToCache(['deps'], 'nope'))).toMatch(/'target' is 'nope'/);
  });

  it('scopes keys per image and Dockerfile, falls back to the branch then the default branch, and saves under a new key per image', () => {
    const facts = { platform: { os: 'linux', arch: 'x64' }, repository: 'reg.io/team/api', dockerfile: 'Dockerfile', dockerfileText: 'FROM a', branch: 'feat/x', defaultBranch: 'main' };
    const keys = layerCacheKeys(facts);
    const other = layerCacheKeys({ ...facts, repository: 'reg.io/team/worker' });
    const otherFile = layerCacheKeys({ ...facts, dockerfile: 'worker.Dockerfile' });
    expect(new Set([keys.scope, other.scope, otherFile.scope]).size).toBe(3);
    expect(keys.primaryKey).toMatch(/^build-actions-image-v1-linux-x64-api-[0-9a-f]{12}-feat_x-[0-9a-f]{12}-$/);
    expect(keys.restoreKeys).toEqual([keys.primaryKey.replace(/[0-9a-f]{12}-$/, ''), keys.primaryKey.replace(/feat_x-[0-9a-f]{12}-$/, 'main-')]);
    expect(keys.saveKey('sha256:0123456789abcdef0123')).toBe(`${keys.primaryKey}0123456789abcdef`);
    expect(keys.stageTag('deps')).toBe(`build-actions-cache/${keys.scope}:stage-deps`);
    expect(layerCacheKeys({ ...facts, dockerfileText: 'FROM b' }).primaryKey).not.toBe(keys.primaryKey);
  });
});

describe('build args and secrets', () => {
  it('parses NAME=value lines, values may hold = and shell metacharacters', () => {
    expect(parseKeyValueList('build-args', 'A=1\n\nB=x=y;$(id)\r\nC=')).toEqual([{ name: 'A', value: '1' }, { name: 'B', value: 'x=y;$(id)' }, { name: 'C', value: '' }]);
    expect(refusal(() => parseKeyValueList('build-args', 'no equals'))).toMatch(/^Input 'build-args' takes one NAME=value per line/);
    expect(refusal(() => parseKeyValueList('build-args', '$(id)=1'))).toMatch(/'build-args'/);
    expect(refusal(() => parseKeyValueList('build-args', 'A=1\nA=2'))).toMatch(/names 'A' twice/);
  });

  it.each(['NPM_TOKEN', 'DB_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'SSH_KEY', 'api_key'])('refuses the credential-looking build arg %s without printing its value', (name) => {
    const message = refusal(() => checkBuildArgs([{ name, value: 'hunter2-value' }], new Set(), false));
    expect(message).toContain(`'${name}'`);
    expect(message).toContain("pass it in 'secrets' instead");
    expect(message).toContain('secrets need buildx');
    expect(message).not.toContain('hunter2-value');
  });

  it('refuses a build arg whose value is a registered secret, and lets plain args through', () => {
    expect(refusal(() => checkBuildArgs([{ name: 'MIRROR', value: 's3cr3t-value' }], new Set(['s3cr3t-value']), true))).toMatch(/value of a registered secret/);
    expect(() => checkBuildArgs([{ name: 'NODE_ENV', value: 'production' }, { name: 'KEYBOARD', value: 'x' }], new Set(['other']), false)).not.toThrow();
  });
});

describe('docker build arguments', () => {
  const base: BuildRequest = {
    builder: 'classic', context: '/w/app', file: '/w/app/Dockerfile', references: ['app:1.0.0', 'app:latest'], labels: { 'org.opencontainers.image.version': '1.0.0' },
    buildArgNames: ['NODE_ENV'], secretIds: [], cacheFrom: ['build-actions-cache/s:stage-deps'], iidFile: '/t/iid',
  };

  it('classic: tags, labels, build arg names only (values travel in the environment), --cache-from, context last', () => {
    expect(buildArguments(base)).toEqual([
      'build', '--file', '/w/app/Dockerfile', '--iidfile', '/t/iid', '--tag', 'app:1.0.0', '--tag', 'app:latest',
      '--label', 'org.opencontainers.image.version=1.0.0', '--build-arg', 'NODE_ENV', '--cache-from', 'build-actions-cache/s:stage-deps', '/w/app',
    ]);
    expect(refusal(() => buildArguments({ ...base, secretIds: ['NPM_TOKEN'] }))).toMatch(/'secrets' needs buildx/);
  });

  it('buildx (tested by its arguments: there is no buildx on this machine): --load, gha cache with scope, mode=max, ignore-error, secrets from env', () => {
    const args = buildArguments({ ...base, builder: 'buildx', secretIds: ['NPM_TOKEN'], ghaScope: 'api-abc', ghaWrite: true, target: 'runtime' });
    expect(args.slice(0, 4)).toEqual(['buildx', 'build', '--load', '--provenance=false']);
    expect(args).toEqual(expect.arrayContaining(['--target', 'runtime']));
    expect(args.join(' ')).toContain('--secret id=NPM_TOKEN,env=BUILD_ACTIONS_SECRET_NPM_TOKEN');
    expect(args.join(' ')).toContain('--cache-from type=gha,scope=api-abc --cache-to type=gha,scope=api-abc,mode=max,ignore-error=true');
    expect(args).not.toContain('build-actions-cache/s:stage-deps');
    const readOnly = buildArguments({ ...base, builder: 'buildx', ghaScope: 'api-abc', ghaWrite: false });
    expect(readOnly.join(' ')).not.toContain('--cache-to');
    expect(readOnly[readOnly.length - 1]).toBe('/w/app');
  });

  // The shape of test/fixtures/images/node-service.Dockerfile: deps and the final stage both start FROM base + WORKDIR.
  const id = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
  const chains = {
    // RUN, COPY, ARG, WORKDIR, base, the base's own parent (newest first, as docker history lists them)
    deps: [id(4), id(3), id(2), id(1), id(0), '<missing>'],
    build: [id(7), id(6), id(5), id(4), id(3), id(2), id(1), id(0), '<missing>'],
    final: [id(9), id(8), id(1), id(0), '<missing>'], // CMD, COPY --from=deps, WORKDIR shared with deps, base, its parent
  };

  it('lists every image of the saved chains once, shallowest first, without the ones the engine does not know', () => {
    expect(cacheSources([chains.deps, chains.build, chains.final])).toEqual([id(0), id(1), id(2), id(8), id(3), id(9), id(4), id(5), id(6), id(7)]);
    expect(cacheSources([])).toEqual([]);
  });

  it('classic: each stage with --target, then the image; every build lists the restored chains shallowest first, then the cache tags', () => {
    const stageTag = (stage: string) => `build-actions-cache/s:${stage === '' ? 'final' : `stage-${stage}`}`;
    const restored = cacheSources([chains.deps, chains.build, chains.final]);
    const steps = buildSteps({ builder: 'classic', stages: ['deps', 'build'], references: ['app:1.0.0'], stageTag, restored });
    const tags = ['build-actions-cache/s:stage-deps', 'build-actions-cache/s:stage-build', 'build-actions-cache/s:final'];
    expect(steps).toEqual([
      { target: 'deps', references: [tags[0]], cacheFrom: [...restored, ...tags] },
      { target: 'build', references: [tags[1]], cacheFrom: [...restored, ...tags] },
      { target: undefined, references: ['app:1.0.0', tags[2]], cacheFrom: [...restored, ...tags] },
    ]);
    const finalArgs = buildArguments({ ...base, references: steps[2].references, cacheFrom: steps[2].cacheFrom, buildArgNames: [], labels: {} });
    expect(finalArgs.join(' ')).toBe(`build --file /w/app/Dockerfile --iidfile /t/iid --tag app:1.0.0 --tag ${tags[2]} ${[...restored, ...tags].map((image) => `--cache-from ${image}`).join(' ')} /w/app`);
    // A cold build (nothing restored) lists the cache tags only; buildx builds once, its cache in type=gha.
    expect(buildSteps({ builder: 'classic', stages: [], references: ['app:1'], stageTag, restored: [] })).toEqual([{ target: undefined, references: ['app:1', tags[2]], cacheFrom: [tags[2]] }]);
    expect(buildSteps({ builder: 'buildx', stages: ['deps'], target: 'run', references: ['app:1'], stageTag, restored })).toEqual([{ target: 'run', references: ['app:1'], cacheFrom: [] }]);
  });
});

describe('scan results', () => {
  const trivy = JSON.stringify({
    SchemaVersion: 2, ArtifactName: 'app:1', Results: [
      { Target: 'app:1 (alpine 3.19)', Class: 'os-pkgs', Vulnerabilities: [
        { VulnerabilityID: 'CVE-2024-0001', PkgName: 'openssl', InstalledVersion: '3.1.0', FixedVersion: '3.1.5', Severity: 'HIGH', Title: 'overflow' },
        { VulnerabilityID: 'CVE-2024-0002', PkgName: 'zlib', InstalledVersion: '1.2', Severity: 'LOW' },
      ] },
      { Target: 'package-lock.json', Class: 'lang-pkgs', Vulnerabilities: null },
    ],
  });
  const grype = JSON.stringify({ matches: [
    { vulnerability: { id: 'GHSA-xxxx', severity: 'Critical', fix: { versions: ['2.0.0'], state: 'fixed' } }, artifact: { name: 'lodash', version: '4.17.0', locations: [{ path: '/app/node_modules/lodash/package.json' }] } },
    { vulnerability: { id: 'CVE-2023-9', severity: 'Negligible', fix: { versions: [] } }, artifact: { name: 'bash', version: '5' } },
  ] });

  it('parses trivy and grype JSON into one shape', () => {
    expect(parseTrivyJson(trivy)).toEqual([
      { id: 'CVE-2024-0001', severity: 'high', packageName: 'openssl', installedVersion: '3.1.0', fixedVersion: '3.1.5', title: 'overflow', target: 'app:1 (alpine 3.19)' },
      { id: 'CVE-2024-0002', severity: 'low', packageName: 'zlib', installedVersion: '1.2', fixedVersion: undefined, title: undefined, target: 'app:1 (alpine 3.19)' },
    ]);
    const parsed = parseGrypeJson(grype);
    expect(parsed.map((v) => [v.id, v.severity, v.fixedVersion, v.target])).toEqual([
      ['GHSA-xxxx', 'critical', '2.0.0', '/app/node_modules/lodash/package.json'],
      ['CVE-2023-9', 'low', undefined, undefined],
    ]);
    expect(refusal(() => parseTrivyJson('FATAL no such image'))).toMatch(/trivy did not print its JSON report/);
  });

  it('fails at or above the threshold only', () => {
    const found = parseTrivyJson(trivy);
    expect(scanVerdict(found, 'high').result).toBe('failed');
    expect(scanVerdict(found, 'high').blocking.map((v) => v.id)).toEqual(['CVE-2024-0001']);
    expect(scanVerdict(found, 'critical').result).toBe('passed');
    expect(scanVerdict(found, 'low').blocking).toHaveLength(2);
    expect(scanVerdict([], 'low')).toEqual({ result: 'passed', blocking: [], counts: { unknown: 0, low: 0, medium: 0, high: 0, critical: 0 } });
    expect(rankVulnerabilities([...found, ...parseGrypeJson(grype)]).map((v) => v.id)).toEqual(['GHSA-xxxx', 'CVE-2024-0001', 'CVE-2023-9', 'CVE-2024-0002']);
  });

  it('writes SARIF 2.1.0 with one rule per id and a level per severity', () => {
    const sarif = sarifReport('grype', 'app:1', 'Dockerfile', parseGrypeJson(grype)) as { version: string; runs: Array<{ tool: { driver: { rules: unknown[] } }; results: Array<{ ruleId: string; level: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(2);
    expect(sarif.runs[0].results.map((r) => [r.ruleId, r.level])).toEqual([['GHSA-xxxx', 'error'], ['CVE-2023-9', 'note']]);
  });

  it.each([['300MB', 300 * 1024 ** 2], ['1.5GiB', Math.round(1.5 * 1024 ** 3)], ['2048', 2048], ['', undefined]])('reads the size %s', (raw, bytes) => {
    expect(parseSize('max-size', raw)).toBe(bytes);
  });
  it('refuses a size it cannot read', () => expect(refusal(() => parseSize('max-size', '12 parsecs'))).toMatch(/^Input 'max-size' must be a size/));
});

describe('secret search', () => {
  it.each([
    ['root/.ssh/id_rsa', 'anything', 'an SSH private key'],
    ['app/certs/server.pem', '-----BEGIN RSA PRIVATE KEY-----\nabc', 'a private key'],
    ['etc/ssl/certs/ca.pem', '-----BEGIN CERTIFICATE-----\nabc', undefined],
    ['app/.npmrc', '//registry.npmjs.org/:_authToken=abc', 'an .npmrc with a registry token'],
    ['app/.npmrc', 'registry=https://registry.npmjs.org/', undefined],
    ['app/.env', 'A=1', 'a .env file'],
    ['app/.env.production', 'A=1', 'a .env file'],
    ['app/.env.example', 'A=', undefined],
    ['app/index.js', 'x', undefined],
  ])('%s is %s', (path, content, kind) => expect(keyFileKind(path, content)).toBe(kind));

  it('finds secret values in files, history, labels and env, naming where and never the value', () => {
    const secrets = ['s3cr3t-token-value'];
    expect(searchLayerFile('layer 2 of 3', 'app/config.json', '{"token":"s3cr3t-token-value"}', secrets)).toEqual([{ where: 'layer 2 of 3', path: 'app/config.json', what: 'a file holding a secret value' }]);
    const findings = searchMetadata({ env: ['TOKEN=s3cr3t-token-value', 'PATH=/bin'], labels: { a: 'b' }, history: ['/bin/sh -c echo s3cr3t-token-value > /x', 'COPY . .'] }, secrets);
    expect(findings.map((f) => f.where)).toEqual(['history step 1', 'environment variable TOKEN']);
    expect(describeFindings(findings)).not.toContain('s3cr3t');
    expect(searchMetadata({ env: ['A=abc'], labels: {}, history: ['x'] }, ['abc'])).toEqual([]); // values under 4 characters are not searched
  });
});

describe('the summary', () => {
  const report: PublishReport = {
    repository: 'reg.io/app', tags: ['1.0.0', 'latest'], latestReason: 'moves: stable', pushNote: 'not pushed', builder: 'classic', cacheResult: 'hit',
    cacheDetail: 'restored k', layers: { cached: 6, built: 3 }, phases: [{ name: 'Build', milliseconds: 1500 }], secretCheck: 'passed',
    scan: { result: 'skipped', detail: 'no scanner on PATH', findings: [] }, sizeBytes: 3 * 1024 * 1024, registrySize: 1024 * 1024,
    sizeBefore: { bytes: 2 * 1024 * 1024, ref: 'refs/heads/main', note: 'Sizes compared with k.' },
  };

  it('shows tags, digest or why not pushed, sizes and delta, layers, phases, and a skipped scan as skipped', () => {
    const text = renderMarkdown(publishImageSummary(report));
    expect(text).toContain('| Digest | not pushed |');
    expect(text).toContain("| Size | 3.0 MiB, +1.0 MiB (+50.0%) against the default branch's last push (refs/heads/main) |");
    expect(text).toContain('| In the registry | 1.0 MiB compressed |');
    expect(text).toContain('| Layers | 6 from cache, 3 built |');
    expect(text).toContain('| Scan | **skipped**: no scanner on PATH |');
    expect(text).toContain('| Build | 1.5 s |');
    expect(text).not.toContain('Vulnerabilities');
  });

  it('says why there is no size to compare with, and shows a shrink with its sign', () => {
    const first = renderMarkdown(publishImageSummary({ ...report, maxSizeBytes: 5 * 1024 * 1024, sizeBefore: { note: 'No size history yet: the first push of the default branch sets it.' } }));
    expect(first).toContain('| Size | 3.0 MiB (budget 5.0 MiB); No size history yet: the first push of the default branch sets it. |');
    const shrunk = renderMarkdown(publishImageSummary({ ...report, sizeBefore: { bytes: 4 * 1024 * 1024, note: '' } }));
    expect(shrunk).toContain("| Size | 3.0 MiB, -1.0 MiB (-25.0%) against the default branch's last push |");
  });

  it('lists findings most severe first, at most 50 rows', () => {
    const findings = Array.from({ length: 60 }, (_, i) => ({ id: `CVE-${i}`, severity: 'high' as const, packageName: 'p', installedVersion: '1' }));
    const text = renderMarkdown(publishImageSummary({ ...report, scan: { result: 'failed', detail: 'trivy', findings } }));
    expect(text).toContain('| high | CVE-0 | p | 1 | no fix yet |');
    expect(text).not.toContain('CVE-50 ');
    expect(text).toContain('10 more in the SARIF file.');
  });
});
