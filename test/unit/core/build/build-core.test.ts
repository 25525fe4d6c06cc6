import { buildCacheKey, isDefaultBranch, keyedFiles, parseLsFiles, parseSizeHistory, stableArtifactName } from '../../../../src/core/build/cache-key.js';
import { declaredOutputs, npmrcHasToken, npmTarballProblems, parseCoreMetadata, sdistProblems, wheelProblems } from '../../../../src/core/build/contents.js';
import { backendModule, nodeManager, memberDependencies, packCommand, parseJsonc, prebuildFindings, pyprojectVersion, runInDependencyOrder, tarballName, workspacePatterns, type BuildMember } from '../../../../src/core/build/plan.js';
import { formatSize, judgeSize, parsePercent, parseSize } from '../../../../src/core/build/sizes.js';
import { checkVersions, normalizeVersion, tagVersion } from '../../../../src/core/build/versions.js';
import { packageJson, snapshot } from '../../support/snapshot.js';

describe('sizes', () => {
  it.each([
    ['5MB', 5_000_000],
    ['800KB', 800_000],
    ['1.5GiB', 1.5 * 1024 ** 3],
    ['  12 kib ', 12 * 1024],
    ['1024', 1024],
    ['10B', 10],
    ['', undefined],
  ])('parseSize(%j) is %j', (raw, bytes) => {
    expect(parseSize('max-size', raw)).toBe(bytes);
  });

  it.each(['5 parsecs', 'MB', '-1MB', '5MB; rm -rf /', '1e3', '5\nMB', 'x'.repeat(10_000), '５MB'])('refuses %j naming the input and what it accepts', (raw) => {
    expect(() => parseSize('max-size', raw)).toThrow(/^Input 'max-size' must be a size such as 5MB, 800KB or 1\.5GiB/);
    try {
      parseSize('max-size', raw);
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(250);
      expect((error as Error).name).toBe('ConfigurationError');
    }
  });

  it('reads percents and refuses what is not one', () => {
    expect(parsePercent('max-size-increase', '', 25)).toBe(25);
    expect(parsePercent('max-size-increase', '10%', 25)).toBe(10);
    expect(parsePercent('max-size-increase', '2.5', 25)).toBe(2.5);
    expect(() => parsePercent('max-size-increase', 'ten', 25)).toThrow("Input 'max-size-increase' must be a percent such as 25% (got 'ten').");
  });

  it('judges a size against the budget and the previous build', () => {
    const budget = { maxSize: 1_000_000, maxIncreasePercent: 25, failOnSize: false };
    expect(judgeSize('a.tgz', 500_000, 450_000, budget)).toEqual({ delta: 50_000, deltaPercent: expect.closeTo(11.11, 1), problems: [] });
    expect(judgeSize('a.tgz', 600_000, 400_000, budget).problems).toEqual([
      { level: 'warning', message: "a.tgz grew from 400.0 kB to 600.0 kB (+200.0 kB, +50.0%) since the last build of the default branch, over 'max-size-increase' (25%)." },
    ]);
    expect(judgeSize('a.tgz', 600_000, 400_000, { ...budget, failOnSize: true }).problems[0].level).toBe('error');
    expect(judgeSize('a.tgz', 2_000_000, undefined, budget)).toEqual({ problems: [{ level: 'error', message: "a.tgz is 2.0 MB, over 'max-size' (1.0 MB)." }] });
    expect(judgeSize('a.tgz', 0, undefined, budget).problems).toEqual([{ level: 'error', message: 'a.tgz is empty (0 bytes).' }]);
    expect(formatSize(999)).toBe('999 B');
  });
});

describe('versions', () => {
  it.each([
    ['refs/tags/v1.2.3', { tag: 'v1.2.3', version: '1.2.3' }],
    ['refs/tags/1.2.3', { tag: '1.2.3', version: '1.2.3' }],
    ['refs/tags/my-lib@2.0.0-beta.1', { tag: 'my-lib@2.0.0-beta.1', version: '2.0.0-beta.1' }],
    ['refs/tags/release', undefined],
    ['refs/heads/main', undefined],
    [undefined, undefined],
  ])('tagVersion(%j)', (ref, expected) => {
    expect(tagVersion(ref)).toEqual(expected);
  });

  it.each([
    ['v1.2.3', '1.2.3'],
    ['1.0.0-beta.1', '1.0.0b1'],
    ['1.0.0b1', '1.0.0b1'],
    ['2.0.0-rc.2', '2.0.0rc2'],
    ['2.0.0RC2', '2.0.0rc2'],
    ['1.0.0-alpha', '1.0.0a0'],
    ['1.0.post1', '1.0.post1'],
    ['1.0.0.dev3', '1.0.0.dev3'],
  ])('normalizeVersion(%j) is %j', (raw, normal) => {
    expect(normalizeVersion(raw)).toBe(normal);
  });

  it('fails a mismatch naming every source, and passes agreement', () => {
    const tag = { source: 'tag v1.2.4', version: '1.2.4' };
    const declared = { source: 'package.json', version: '1.2.3' };
    const built = [{ source: 'app-1.2.3.tgz package/package.json', version: '1.2.3' }];
    const mismatch = checkVersions(tag, declared, built);
    expect(mismatch.ok).toBe(false);
    expect(mismatch.message).toBe('Version mismatch: tag v1.2.4: 1.2.4; package.json: 1.2.3; app-1.2.3.tgz package/package.json: 1.2.3. The tag, the manifest and the built packages must name one version: bump the manifest or re-tag.');
    expect(checkVersions(undefined, declared, built)).toEqual({ ok: true, version: '1.2.3', message: 'Version 1.2.3 agrees across package.json: 1.2.3; app-1.2.3.tgz package/package.json: 1.2.3.' });
    expect(checkVersions(undefined, { source: 'pyproject.toml', version: '1.0.0-beta.1' }, [{ source: 'wheel METADATA', version: '1.0.0b1' }]).ok).toBe(true);
    expect(checkVersions(undefined, undefined, []).ok).toBe(true);
  });
});

describe('contents', () => {
  const tarball = (files: string[], extra: { files?: string[]; npmrc?: string } = {}) =>
    npmTarballProblems({
      members: files.map((file) => `package/${file}`),
      npmrcTexts: new Map(extra.npmrc !== undefined ? [['package/.npmrc', extra.npmrc]] : []),
      files: extra.files,
    }).map((problem) => problem.message);

  it('accepts a clean tarball', () => {
    expect(tarball(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', '.env.example'])).toEqual([]);
  });

  it('names each file that must never ship', () => {
    expect(tarball(['package.json', '.env', 'config/.env.production', 'test/a.test.js', 'test/b.test.js', 'coverage/lcov.info', 'certs/server.pem', 'dist/index.js.map', 'dist/b.js.map'])).toEqual([
      '.env must not ship: an environment file (.env*) may hold secrets. Add it to .npmignore or leave it out of \'files\'.',
      'config/.env.production must not ship: an environment file (.env*) may hold secrets. Add it to .npmignore or leave it out of \'files\'.',
      "test/ (a test folder) is in the tarball: list what ships in package.json 'files' or add test/ to .npmignore.",
      "coverage/ (coverage output) is in the tarball: add it to .npmignore or list what ships in 'files'.",
      'certs/server.pem must not ship: a private key or key store. Add it to .npmignore or leave it out of \'files\'.',
      "source maps (dist/index.js.map…) are in the tarball: leave them out, or name them in package.json 'files' (e.g. \"dist/**/*.map\") to ship them on purpose.",
    ]);
  });

  it('warns (does not fail) on source maps', () => {
    const problems = npmTarballProblems({ members: ['package/package.json', 'package/dist/a.js.map'], npmrcTexts: new Map() });
    expect(problems.map((problem) => problem.level)).toEqual(['warning']);
  });

  it('lets files name source maps and tests on purpose, and reads .npmrc for tokens', () => {
    expect(tarball(['package.json', 'dist/a.js.map', 'test/helpers.js'], { files: ['dist', 'dist/**/*.map', 'test'] })).toEqual([]);
    expect(tarball(['package.json', '.npmrc'], { npmrc: 'registry=https://r.example/\n' })).toEqual([]);
    expect(tarball(['package.json', '.npmrc'], { npmrc: '//r.example/:_authToken=abc\n' })).toEqual(['.npmrc must not ship: it holds a registry token. Add .npmrc to .npmignore.']);
    expect(npmrcHasToken('# _authToken=x')).toBe(false);
    expect(tarball(['README.md'])).toEqual(['the tarball has no package.json']);
  });

  it('checks a wheel: metadata, a package, no bytecode, no tests package', () => {
    const good = ['demo/__init__.py', 'demo-1.0.dist-info/METADATA', 'demo-1.0.dist-info/RECORD', 'demo-1.0.dist-info/WHEEL'];
    expect(wheelProblems({ members: good })).toEqual([]);
    expect(wheelProblems({ members: [...good, 'demo/__pycache__/x.cpython-311.pyc', 'tests/__init__.py'] }).map((p) => p.message)).toEqual([
      'compiled bytecode (demo/__pycache__/x.cpython-311.pyc) is in the wheel: build from a clean tree and exclude __pycache__.',
      "a top-level 'tests' package is in the wheel: it would be installed as site-packages/tests. Exclude it from the packages your backend finds.",
    ]);
    expect(wheelProblems({ members: [...good, 'tests/__init__.py'], shippedOnPurpose: ['tests'] })).toEqual([]);
    expect(wheelProblems({ members: ['demo-1.0.dist-info/METADATA'] }).map((p) => p.message)).toEqual([
      'the wheel has no .dist-info/RECORD',
      'the wheel has no .dist-info/WHEEL',
      'the wheel holds no package or module: only metadata (check the packages your build backend finds)',
    ]);
  });

  it('checks an sdist', () => {
    expect(sdistProblems(['demo-1.0/', 'demo-1.0/PKG-INFO', 'demo-1.0/pyproject.toml', 'demo-1.0/demo/__init__.py'])).toEqual([]);
    expect(sdistProblems(['demo-1.0/demo/__init__.py', 'demo-1.0/.env']).map((p) => p.message)).toEqual([
      'the sdist has no PKG-INFO',
      'the sdist has neither pyproject.toml nor setup.py: it cannot be built again',
      '.env must not ship: an environment file (.env*) may hold secrets.',
    ]);
  });

  it('reads core metadata headers', () => {
    expect(parseCoreMetadata('Metadata-Version: 2.1\nName: demo\nVersion: 1.0.0\n\nVersion: body text')).toEqual({ 'Metadata-Version': '2.1', Name: 'demo', Version: '1.0.0' });
  });

  it('lists the outputs package.json declares', () => {
    expect(
      declaredOutputs({ main: './dist/index.js', types: 'dist/index.d.ts', bin: { tool: 'bin/tool.js' }, exports: { '.': { import: './dist/index.js', types: './dist/index.d.ts' }, './utils/*': './dist/utils/*.js', './package.json': './package.json' } }),
    ).toEqual([
      { field: 'main', file: 'dist/index.js' },
      { field: 'types', file: 'dist/index.d.ts' },
      { field: 'bin.tool', file: 'bin/tool.js' },
      { field: 'exports["."]["import"]', file: 'dist/index.js' },
      { field: 'exports["."]["types"]', file: 'dist/index.d.ts' },
      { field: 'exports["./package.json"]', file: 'package.json' },
    ]);
    expect(declaredOutputs({ bin: 'cli.js', exports: './index.js' })).toEqual([{ field: 'bin', file: 'cli.js' }, { field: 'exports', file: 'index.js' }]);
  });
});

describe('build plan', () => {
  const member = (name: string, deps: Record<string, string> = {}, dev: Record<string, string> = {}): BuildMember => ({
    directory: `packages/${name}`,
    name,
    packageJson: { name, dependencies: deps, devDependencies: dev },
  });

  it('reads workspace patterns from package.json and pnpm-workspace.yaml', () => {
    expect(workspacePatterns(snapshot({ 'package.json': packageJson({ workspaces: ['packages/*', 'apps/web'] }) }))).toEqual(['packages/*', 'apps/web']);
    expect(workspacePatterns(snapshot({ 'package.json': packageJson({ workspaces: { packages: ['libs/*'] } }) }))).toEqual(['libs/*']);
    expect(workspacePatterns(snapshot({ 'package.json': packageJson({}), 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - \"tools/cli\" # the cli\n  - '!**/test/**'\ncatalog:\n  - x\n" }))).toEqual(['packages/*', 'tools/cli']);
  });

  it('finds the members each member depends on, and refuses a cycle', () => {
    const graph = memberDependencies([member('app', { core: 'workspace:*', react: '18' }), member('core'), member('cli', {}, { core: '*', app: '*' })]);
    expect(Object.fromEntries(graph)).toEqual({ app: ['core'], core: [], cli: ['app', 'core'] });
    expect(() => memberDependencies([member('a', { b: '*' }), member('b', { a: '*' })])).toThrow('The workspace members depend on each other in a cycle (a → b → a): no build order exists. Break the cycle.');
  });

  it('runs independent members in parallel up to the limit, each after what it depends on', async () => {
    const events: string[] = [];
    let running = 0;
    let peak = 0;
    const gates = new Map<string, () => void>();
    const graph = new Map([['core', []], ['util', []], ['extra', []], ['app', ['core', 'util']]]);
    const started = runInDependencyOrder(['core', 'util', 'extra', 'app'], graph, 2, (node) => {
      events.push(`start ${node}`);
      running += 1;
      peak = Math.max(peak, running);
      return new Promise<void>((resolve) => gates.set(node, () => {
        running -= 1;
        events.push(`end ${node}`);
        resolve();
      }));
    });
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    await tick();
    expect(events).toEqual(['start core', 'start util']);
    gates.get('core')!();
    await tick();
    expect(events).toEqual(['start core', 'start util', 'end core', 'start extra']);
    gates.get('util')!();
    await tick();
    expect(events.slice(-2)).toEqual(['end util', 'start app']);
    gates.get('extra')!();
    gates.get('app')!();
    expect(await started).toEqual(['core', 'util', 'extra', 'app']);
    expect(peak).toBe(2);
  });

  it('stops starting members after a failure and throws it', async () => {
    const graph = new Map([['core', []], ['app', ['core']]]);
    const ran: string[] = [];
    await expect(runInDependencyOrder(['core', 'app'], graph, 4, async (node) => {
      ran.push(node);
      if (node === 'core') throw new Error('core failed');
    })).rejects.toThrow('core failed');
    expect(ran).toEqual(['core']);
  });

  it('picks the package manager that runs the scripts, no lockfile needed', () => {
    expect(nodeManager(snapshot({ 'package.json': packageJson({}) }))).toBe('npm');
    expect(nodeManager(snapshot({ 'package.json': packageJson({}), 'yarn.lock': '' }))).toBe('yarn');
    expect(nodeManager(snapshot({ 'package.json': packageJson({}), 'pnpm-lock.yaml': '' }))).toBe('pnpm');
    expect(nodeManager(snapshot({ 'package.json': packageJson({ packageManager: 'yarn@1.22.22' }), 'package-lock.json': '{}' }))).toBe('yarn');
  });

  it('names the tarball and the pack command of each package manager', () => {
    expect(tarballName('@scope/lib', '1.0.0')).toBe('scope-lib-1.0.0.tgz');
    expect(packCommand('npm', '/out', 'x.tgz')).toEqual({ command: 'npm', args: ['pack', '--pack-destination', '/out'] });
    expect(packCommand('yarn', '/out', 'x.tgz')).toEqual({ command: 'yarn', args: ['pack', '--filename', '/out/x.tgz'] });
  });

  it('parses tsconfig with comments and trailing commas, keeping // inside strings', () => {
    expect(parseJsonc('{\n  // comment\n  "a": "http://x", /* block */\n  "b": [1, 2,],\n}')).toEqual({ a: 'http://x', b: [1, 2] });
    expect(() => parseJsonc('{ "a": }')).toThrow();
  });

  const locate = (file: string): string => `svc/${file}`;
  it.each([
    ['an explicit build script that is missing', { 'package.json': packageJson({ name: 'a', scripts: { test: 'jest', lint: 'eslint .' } }) }, { buildScriptExplicit: true }, ["svc/package.json build-script-exists Input 'build-script' is 'compile', but package.json has no such script (it has: test, lint). Add it, or name one of those."]],
    ['a default build script that is missing (nothing to build, no failure)', { 'package.json': packageJson({ name: 'a' }) }, {}, []],
    ['a tsconfig that does not parse', { 'package.json': packageJson({ name: 'a', scripts: { compile: 'tsc' } }), 'tsconfig.json': '{ "compilerOptions": { ' }, { tsconfigText: '{ "compilerOptions": { ' }, [expect.stringMatching(/^svc\/tsconfig.json tsconfig-parses tsconfig.json does not parse \(.*\): fix the file.$/)]],
    ['a package.json that does not parse (the quality config check)', { 'package.json': '{' }, {}, [expect.stringMatching(/^svc\/package.json manifest-parses package.json in .* is not valid JSON/)]],
  ])('node: %s', (_name, files, options, expected) => {
    const findings = prebuildFindings(snapshot(files), { language: 'node', buildScript: 'compile', buildScriptExplicit: false, packaging: true, locate, ...options });
    expect(findings.map((finding) => `${finding.file} ${finding.rule} ${finding.message}`)).toEqual(expected);
  });

  it('python: packaging needs a build backend or setup.py', () => {
    const run = (files: Record<string, string>, packaging = true) =>
      prebuildFindings(snapshot(files), { language: 'python', buildScript: 'build', buildScriptExplicit: false, packaging, locate }).map((f) => `${f.file} ${f.rule}`);
    expect(run({ 'pyproject.toml': '[project]\nname = "x"\n' })).toEqual(['svc/pyproject.toml build-backend']);
    expect(run({ 'pyproject.toml': '[project]\nname = "x"\n' }, false)).toEqual([]);
    expect(run({ 'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\n' })).toEqual([]);
    expect(run({ 'setup.py': 'from setuptools import setup\nsetup()\n' })).toEqual([]);
    expect(run({ 'pyproject.toml': '[project\n' })).toEqual(['svc/pyproject.toml manifest-parses']);
  });

  it('finds the backend module and the declared Python version', () => {
    const poetry = snapshot({ 'pyproject.toml': '[tool.poetry]\nname = "x"\nversion = "0.3.0"\n[build-system]\nbuild-backend = "poetry.core.masonry.api"\n' });
    expect(backendModule(poetry)).toBe('poetry.core');
    expect(pyprojectVersion(poetry)).toBe('0.3.0');
    expect(backendModule(snapshot({ 'pyproject.toml': '[build-system]\nbuild-backend = "hatchling.build"\n' }))).toBe('hatchling');
    expect(backendModule(snapshot({ 'setup.py': '' }))).toBe('setuptools');
  });
});

describe('build cache key', () => {
  const parts = {
    os: 'linux',
    arch: 'x64',
    projectPath: 'svc',
    trackedFiles: [{ path: 'src/a.ts', blob: '100644:aaa' }, { path: 'dist/a.js', blob: '100644:ddd' }, { path: 'package.json', blob: '100644:ppp' }],
    excluded: ['dist', 'dist-artifacts'],
    lockfiles: new Map([['package-lock.json', '{}']]),
    tools: { node: '24.1.0', npm: '11.0.0' },
    recipe: 'build: tsc',
  };

  it('changes with sources, lockfile, tools and recipe; not with outputs', () => {
    const base = buildCacheKey(parts);
    expect(base).toMatch(/^build-outputs-v1-linux-x64-[0-9a-f]{40}$/);
    expect(buildCacheKey({ ...parts, trackedFiles: [...parts.trackedFiles.slice(0, 1), { path: 'dist/a.js', blob: '100644:eee' }, parts.trackedFiles[2]] })).toBe(base);
    expect(buildCacheKey({ ...parts, trackedFiles: [{ path: 'src/a.ts', blob: '100644:bbb' }, ...parts.trackedFiles.slice(1)] })).not.toBe(base);
    expect(buildCacheKey({ ...parts, lockfiles: new Map([['package-lock.json', '{"x":1}']]) })).not.toBe(base);
    expect(buildCacheKey({ ...parts, tools: { node: '24.2.0', npm: '11.0.0' } })).not.toBe(base);
    expect(buildCacheKey({ ...parts, recipe: 'build: tsc -p .' })).not.toBe(base);
    expect(keyedFiles({ trackedFiles: [{ path: 'node_modules/x/a.js', blob: 'b' }, { path: 'packages/a/node_modules/y', blob: 'b' }, { path: 'src/b.ts', blob: 'c' }], excluded: [] })).toEqual([{ path: 'src/b.ts', blob: 'c' }]);
  });

  it('parses git ls-files -s -z, names with spaces and newlines included', () => {
    expect(parseLsFiles('100644 abc 0\tsrc/a b.ts\u0000100755 def 0\tbin/x\ny\u0000')).toEqual([{ path: 'src/a b.ts', blob: '100644:abc' }, { path: 'bin/x\ny', blob: '100755:def' }]);
  });

  it('keeps artifact names stable across versions, and reads size history', () => {
    expect(stableArtifactName('/x/demo_pkg-1.2.3-py3-none-any.whl', '1.2.3')).toBe('demo_pkg-{version}-py3-none-any.whl');
    expect(stableArtifactName('lib-2.0.0-beta.1.tgz', '2.0.0-beta.1')).toBe('lib-{version}.tgz');
    expect(parseSizeHistory('{"schema":1,"sizes":{"a":1}}')).toEqual({ schema: 1, sizes: { a: 1 } });
    expect(parseSizeHistory('{"schema":0,"sizes":{}}')).toBeUndefined();
    expect(parseSizeHistory('nope')).toBeUndefined();
  });

  it('knows the default branch from the event payload', () => {
    expect(isDefaultBranch('refs/heads/trunk', { repository: { default_branch: 'trunk' } })).toBe(true);
    expect(isDefaultBranch('refs/heads/main', { repository: { default_branch: 'trunk' } })).toBe(false);
    expect(isDefaultBranch('refs/heads/main', undefined)).toBe(true);
    expect(isDefaultBranch('refs/tags/v1', undefined)).toBe(false);
  });
});

describe('tsc errors in build output', () => {
  it('reads the pretty format (colours and code frames) and the plain one alike', async () => {
    const { buildOutputFindings } = await import('../../../../src/core/build/tsc-output.js');
    const pretty = "> svc@1.0.0 build\n> tsc\n\n\u001b[96msrc/index.ts\u001b[0m:\u001b[93m2\u001b[0m:\u001b[93m9\u001b[0m - \u001b[91merror\u001b[0m\u001b[90m TS2322: \u001b[0mType 'string' is not assignable to type 'number'.\n\n\u001b[7m2\u001b[0m   const count: number = name;\n\u001b[7m \u001b[0m \u001b[91m        ~~~~~\u001b[0m\n\n\nFound 1 error in src/index.ts\u001b[90m:2\u001b[0m\n";
    const plain = "src/index.ts(2,9): error TS2322: Type 'string' is not assignable to type 'number'.\n";
    const context = { workspace: '/repo', directory: '/repo/svc' };
    const expected = [{ level: 'error', message: "Type 'string' is not assignable to type 'number'.", file: 'svc/src/index.ts', line: 2, column: 9, source: 'tsc', rule: 'TS2322' }];
    expect(buildOutputFindings(pretty, context)).toEqual(expected);
    expect(buildOutputFindings(plain, context)).toEqual(expected);
    expect(buildOutputFindings('npm ERR! missing script: build\n', context)).toEqual([]);
  });
});
