import type { DetectedProject } from '../../../../src/core/deps/project-detection.js';
import { setupDepsSaveSummary, setupDepsSummary, type SetupDepsReport } from '../../../../src/core/deps/report.js';
import { renderMarkdown } from '../../../../src/core/summary-document.js';

const PROJECT: DetectedProject = {
  directory: '/work/app',
  language: 'node',
  packageManager: 'npm',
  reason: 'found package-lock.json',
  lockfile: 'package-lock.json',
  keyFiles: ['package.json', 'package-lock.json'],
  requirementsFiles: [],
  warnings: [],
};

const MISS: SetupDepsReport = {
  project: PROJECT,
  runtimeVersion: '20.11.0',
  packageManagerVersion: '10.2.4',
  cacheDescription: 'GitHub Actions cache',
  cacheResult: 'miss',
  treeKey: 'tree-key',
  treeSource: 'installed',
  storeKey: 'store-key',
  restoreMilliseconds: 250,
  installMilliseconds: 12_340,
  installCommands: ['npm ci --no-audit --no-fund'],
  notes: [],
};

describe('setupDepsSummary', () => {
  it('a miss: what was decided, the keys, the times and the install command', () => {
    expect(setupDepsSummary(MISS)).toEqual([
      { kind: 'heading', text: 'setup-deps' },
      {
        kind: 'table',
        header: ['', ''],
        rows: [
          ['Project', '`/work/app`'],
          ['Package manager', 'npm 10.2.4 (found package-lock.json)'],
          ['Runtime', 'Node.js 20.11.0'],
          ['Cache', '**miss**: installed (GitHub Actions cache)'],
          ['Key', '`tree-key`'],
          ['Download store', 'not found (`store-key`)'],
          ['Restore', '0.3 s'],
          ['Install', '12.3 s: `npm ci --no-audit --no-fund`'],
        ],
      },
    ]);
  });

  it('an exact hit: the archive size, the install skipped, no store row', () => {
    const document = setupDepsSummary({
      ...MISS,
      cacheResult: 'exact',
      treeSource: 'restored from the cache',
      storeKey: undefined,
      installMilliseconds: undefined,
      archiveBytes: 3 * 1024 * 1024,
    });
    const rows = (document[1] as { rows: string[][] }).rows;
    expect(rows).toContainEqual(['Cache', '**exact**: restored from the cache (GitHub Actions cache)']);
    expect(rows).toContainEqual(['Archive size', '3.0 MiB']);
    expect(rows).toContainEqual(['Install', 'skipped: restored from the cache']);
    expect(rows.map((row) => row[0])).not.toContain('Download store');
  });

  it('a partial hit names the store entry restored', () => {
    const rows = (setupDepsSummary({ ...MISS, cacheResult: 'partial', storeMatchedKey: 'store-old' })[1] as { rows: string[][] }).rows;
    expect(rows).toContainEqual(['Download store', 'restored from `store-old`']);
  });

  it('lists the detection warnings, then the notes', () => {
    const document = setupDepsSummary({ ...MISS, project: { ...PROJECT, warnings: ['yarn.lock is ignored'] }, notes: ['Cache: restore only.'] });
    expect(document[2]).toEqual({ kind: 'list', items: ['yarn.lock is ignored', 'Cache: restore only.'] });
  });

  it('says Python for a Python project', () => {
    const rows = (setupDepsSummary({ ...MISS, project: { ...PROJECT, language: 'python', packageManager: 'pip' }, runtimeVersion: '3.12.3' })[1] as { rows: string[][] }).rows;
    expect(rows).toContainEqual(['Runtime', 'Python 3.12.3']);
  });
});

describe('setupDepsSaveSummary', () => {
  it('nothing saved: one paragraph with why', () => {
    expect(setupDepsSaveSummary([], "input 'cache' is false")).toEqual([
      { kind: 'heading', text: 'setup-deps: cache save' },
      { kind: 'paragraph', text: "Nothing saved: input 'cache' is false." },
    ]);
    expect(setupDepsSaveSummary([])[1]).toEqual({ kind: 'paragraph', text: 'Nothing saved: nothing to save.' });
  });

  it('one row per save, rendered as a Markdown table', () => {
    const document = setupDepsSaveSummary([
      { what: 'installed tree', key: 'tree-key', outcome: 'saved', detail: '', milliseconds: 1500, bytes: 2048 },
      { what: 'download store', key: 'store-key', outcome: 'exists', detail: 'an entry with key store-key exists', milliseconds: 10 },
      { what: 'installed tree', key: 'k2', outcome: 'skipped', detail: 'package.json | changed' },
    ]);
    expect(renderMarkdown(document)).toBe(
      [
        '### setup-deps: cache save',
        '',
        '| What | Result | Time | Size | Key |',
        '| --- | --- | --- | --- | --- |',
        '| installed tree | saved | 1.5 s | 2.0 KiB | `tree-key` |',
        '| download store | exists: an entry with key store-key exists | 0.0 s |  | `store-key` |',
        '| installed tree | skipped: package.json \\| changed |  |  | `k2` |',
        '',
      ].join('\n'),
    );
  });
});
