// Regenerates test/fixtures/diagnosis: what the real tools print when they fail (and, for the negative fixtures,
// output that must not be taken for those failures), captured on this machine in a temp folder.
//
//   npx tsx scripts/capture-diagnosis-fixtures.ts [GROUP...]     GROUP: node-installs node-builds node-trees python tests packages-and-versions
//
// Needs: npm's public registry (npm, pnpm, yarn and the bundlers come from it), Debian's python3 with build,
// setuptools, venv and pytest, Poetry (Debian's), gcc/g++ and make, .tools/node24 and .tools/verdaccio (scripts/setup.sh),
// and dist/ built (the test captures run the local command). PyPI is not needed: the Python captures install from
// the tests' local package index and wheels built here.
//
// Every project is made under one temp folder, written as /tmp/capture in the fixtures; nothing is written inside
// the repository except test/fixtures/diagnosis/**. A capture whose command passes when it should fail (or the
// reverse) stops the script: a fixture is only ever what the tool printed for the case it names.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { captureEnv, REPO_ROOT, type CaptureEnv } from './diagnosis-captures/environment.js';
import { Workspace, type Captured } from './diagnosis-captures/harness.js';
import { nodeBuildCaptures } from './diagnosis-captures/node-builds.js';
import { nodeInstallCaptures } from './diagnosis-captures/node-installs.js';
import { nodeTreeCaptures } from './diagnosis-captures/node-trees.js';
import { packagesAndVersionsCaptures } from './diagnosis-captures/packages-and-versions.js';
import { pythonCaptures } from './diagnosis-captures/python.js';
import { testCaptures } from './diagnosis-captures/tests.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/diagnosis');
const INDEX = join(FIXTURES, 'captures.json');

const GROUPS: Record<string, (ws: Workspace, env: CaptureEnv) => Promise<Captured[]>> = {
  'node-installs': nodeInstallCaptures,
  'node-builds': nodeBuildCaptures,
  'node-trees': nodeTreeCaptures,
  python: pythonCaptures,
  tests: testCaptures,
  'packages-and-versions': packagesAndVersionsCaptures,
};

interface IndexEntry {
  file: string;
  group: string;
  tool: string;
  command: string;
  project: string;
  exitCode: number | null;
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in GROUPS));
  if (unknown.length > 0) throw new Error(`Unknown group ${unknown.join(', ')}: the groups are ${Object.keys(GROUPS).join(', ')}.`);
  const groups = asked.length > 0 ? asked : Object.keys(GROUPS);
  const ws = await Workspace.create();
  const entries = new Map<string, IndexEntry>((await readIndex()).map((entry) => [entry.file, entry]));
  try {
    const env = await captureEnv(ws);
    for (const group of groups) {
      console.log(`== ${group}`);
      for (const captured of await GROUPS[group]!(ws, env)) {
        const failed = captured.result.exitCode !== 0;
        if (failed === (captured.succeeds === true)) {
          throw new Error(`${captured.file}: '${captured.command}' exited with ${captured.result.exitCode}, ${captured.succeeds ? 'expected success' : 'expected a failure'}:\n${captured.result.output}`);
        }
        const path = join(FIXTURES, captured.file);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, ws.normalize(captured.result.output));
        entries.set(captured.file, { file: captured.file, group, tool: ws.normalize(captured.tool), command: ws.normalize(captured.command), project: ws.normalize(captured.project), exitCode: captured.result.exitCode });
        console.log(`${captured.file} (exit ${captured.result.exitCode})`);
      }
    }
  } finally {
    await rm(ws.root, { recursive: true, force: true });
  }
  // A fixture moved or dropped by a capture's edit leaves the index with the files that exist.
  const sorted = [...entries.values()].filter((entry) => existsSync(join(FIXTURES, entry.file))).sort((a, b) => a.file.localeCompare(b.file));
  await writeFile(INDEX, `${JSON.stringify(sorted, null, 2)}\n`);
  await writeFile(join(FIXTURES, 'README.md'), readme(sorted));
}

async function readIndex(): Promise<IndexEntry[]> {
  try {
    return JSON.parse(await readFile(INDEX, 'utf8')) as IndexEntry[];
  } catch {
    return [];
  }
}

function readme(entries: IndexEntry[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '# Failure diagnosis fixtures',
    '',
    'What the real tools printed (stdout and stderr, in arrival order) when they failed, captured on the project\'s',
    'machine by `npx tsx scripts/capture-diagnosis-fixtures.ts` (which regenerates this folder, this table and',
    '`captures.json`). Nothing here is written by hand. The only change to a capture: the temp folder the projects were',
    'made in is written as `/tmp/capture`. Colour codes are kept where a capture asked for colours (`-color`, `-ansi`).',
    '',
    'Folders: the kind the diagnosis must name (`dependency-conflict`, `compile-error`, `test-failure`,',
    '`cache-trouble` (diagnosed with `restoredFromCache: true`), `registry-unreachable`, `credentials-refused`,',
    '`package-not-found`, `tool-version`), and `negative`: output that must not be taken for',
    'any of them (warnings of a passing install, lint findings, raw test logs, a broken import that is not a tree\'s).',
    '',
    '| fixture | tool | command | project | exit |',
    '| --- | --- | --- | --- | --- |',
    ...entries.map((entry) => `| \`${entry.file}\` | ${cell(entry.tool)} | \`${cell(entry.command)}\` | ${cell(entry.project)} | ${entry.exitCode} |`),
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
