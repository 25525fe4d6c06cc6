import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findOnPath, probeQualityTools } from '../../../../src/runtime/quality/tool-probe.js';
import { runCheckCommand } from '../../../../src/runtime/quality/check-runner.js';
import { RecordingIO } from '../../support/recording-io.js';
import { readProjectSnapshot } from '../../../../src/runtime/files/file-system.js';
import { runCommand } from '../../../../src/runtime/process/run-command.js';
import { tempDirectories } from '../../support/temp-dir.js';

const temp = tempDirectories('quality-runner-');
afterEach(() => temp.cleanup());

async function executable(file: string, text = '#!/bin/sh\nexit 0\n'): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  await chmod(file, 0o755);
}

describe('probeQualityTools', () => {
  it("finds the project's own tools, its top-level packages, and tools on PATH", async () => {
    const root = await temp.make();
    const project = path.join(root, 'app');
    await executable(path.join(project, 'node_modules/.bin/eslint'));
    await writeFile(path.join(project, 'node_modules/.bin/tsc'), 'not executable');
    await mkdir(path.join(project, 'service'), { recursive: true });
    await writeFile(path.join(project, 'service/__init__.py'), '');
    await mkdir(path.join(project, 'docs'));
    await writeFile(path.join(project, 'setup.cfg'), '[mypy]\n');
    await executable(path.join(root, 'bin/pylint'));
    await executable(path.join(root, 'other/pylint'));
    const facts = await probeQualityTools(runCommand, await readProjectSnapshot(project), `${path.join(root, 'bin')}:${path.join(root, 'other')}`);
    expect([...facts.projectExecutables]).toEqual(['node_modules/.bin/eslint']);
    expect(Object.fromEntries(facts.onPath)).toEqual({ pylint: path.join(root, 'bin/pylint') });
    expect(facts.packageFolders).toEqual(['service']);
    expect(facts.setupCfg).toBe('[mypy]\n');
    expect([...facts.venvModules]).toEqual([]);
  });

  it("asks the venv's interpreter which tool modules it can import, and where its site-packages are", async () => {
    const project = await temp.make();
    await executable(path.join(project, '.venv/bin/python'), `#!/bin/sh\necho '{"modules": ["pylint", "mypy"], "site": ["${project}/.venv/lib/python3.11/site-packages", "/usr/lib/python3/dist-packages"]}'\n`);
    const facts = await probeQualityTools(runCommand, await readProjectSnapshot(project), '');
    expect([...facts.venvModules].sort()).toEqual(['mypy', 'pylint']);
    expect(facts.venvSitePackages).toEqual([`${project}/.venv/lib/python3.11/site-packages`]);
  });

  it("reads tsconfig.json and every config it references (Vite's and nx's layouts)", async () => {
    const project = await temp.make();
    await writeFile(path.join(project, 'tsconfig.json'), '{ "files": [], "references": [{ "path": "./tsconfig.app.json" }, { "path": "packages/a" }] }');
    await writeFile(path.join(project, 'tsconfig.app.json'), '{ "include": ["src"] }');
    await mkdir(path.join(project, 'packages/a'), { recursive: true });
    await writeFile(path.join(project, 'packages/a/tsconfig.json'), '{ "include": ["src"], "references": [{ "path": "../../tsconfig.app.json" }] }');
    const facts = await probeQualityTools(runCommand, await readProjectSnapshot(project), '');
    expect([...(facts.tsconfigs?.keys() ?? [])]).toEqual(['tsconfig.json', 'tsconfig.app.json', 'packages/a/tsconfig.json']);
  });

  it('findOnPath skips empty entries and folders that do not exist', async () => {
    expect(await findOnPath('sh', '::/no/such/folder:/bin')).toBe('/bin/sh');
    expect(await findOnPath('no-such-tool-anywhere', '/bin:/usr/bin')).toBeUndefined();
  });
});

describe('runCheckCommand', () => {
  it('a tool asked for JSON: the log shows the readable lines and names the file that holds the raw output', async () => {
    const folder = await temp.make();
    const io = new RecordingIO();
    const json = '{"express":{"current":"4.0.0","wanted":"4.0.0","latest":"5.1.0"}}';
    await runCheckCommand(io, runCommand, () => 0, { label: 'outdated (npm outdated)', command: 'sh', args: ['-c', `echo '${json}'`], cwd: '/' }, {
      rawOutput: { folder: path.join(folder, 'raw'), readable: () => ['outdated (npm outdated): 1 warning', '  app/package.json: warning: express 4.0.0 is outdated'] },
    });
    const file = path.join(folder, 'raw', 'outdated-npm-outdated.txt');
    expect(io.infos).toEqual([
      `[command]sh -c echo '${json}'\n(in /, exit code 0, 0.0 s)\n(raw output: ${file})\noutdated (npm outdated): 1 warning\n  app/package.json: warning: express 4.0.0 is outdated`,
    ]);
    expect(await readFile(file, 'utf8')).toBe(`${json}\n`);
  });

  const check = (script: string) => ({ label: 'lint (tool)', command: 'sh', args: ['-c', script], cwd: '/' });
  let clock = 0;
  const now = (): number => (clock += 1000);

  it("prints the tool's whole output in its own group, after it ends", async () => {
    const io = new RecordingIO();
    const { result } = await runCheckCommand(io, runCommand, now, check('echo out; echo err >&2; exit 3'));
    expect([result.exitCode, io.groups]).toEqual([3, ['lint (tool)']]);
    expect(io.infos).toEqual(["[command]sh -c echo out; echo err >&2; exit 3\n(in /, exit code 3, 1.0 s)\nout\nerr"]);
  });

  it('echoes output holding workflow commands between stop-commands markers, so the tool cannot act on the runner', async () => {
    const io = new RecordingIO();
    await runCheckCommand(io, runCommand, now, check("echo 'src/a.ts'; echo '  ::error file=a.ts::injected'; echo '##[warning]old style'"));
    const lines = io.infos[0].split('\n');
    const token = /^::stop-commands::(.+)$/.exec(lines[2])?.[1];
    expect(token).toMatch(/^build-actions-[0-9a-f-]{36}$/);
    expect(lines.slice(2)).toEqual([`::stop-commands::${token}`, 'src/a.ts', '  ::error file=a.ts::injected', '##[warning]old style', `::${token}::`]);
  });
});
