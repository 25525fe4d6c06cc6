import { child, descendants, parseXml } from './xml.js';
import { repositoryPath, type PathBase } from './results.js';

/**
 * Coverage in a form that merges across shards: per file, the hit count of each line and, per branch point,
 * [covered, total]. lcov (jest, node, vitest) and Cobertura (coverage.py) both come here.
 */
export interface FileCoverageData {
  lines: Record<string, number>;
  branches: Record<string, [number, number]>;
}
export type CoverageData = Record<string, FileCoverageData>;

export interface Ratio {
  covered: number;
  total: number;
  /** Percent with two decimals; undefined when there is nothing to cover. */
  percent?: number;
}

export interface CoverageSummary {
  lines: Ratio;
  branches: Ratio;
  files: Array<{ file: string; lines: Ratio; branches: Ratio }>;
}

export function ratio(covered: number, total: number): Ratio {
  return { covered, total, percent: total === 0 ? undefined : Math.floor((covered / total) * 10_000) / 100 };
}

function fileEntry(data: CoverageData, file: string): FileCoverageData {
  data[file] ??= { lines: {}, branches: {} };
  return data[file];
}

/** lcov tracefile (`SF`, `DA`, `BRDA` records). */
export function parseLcov(text: string, base: PathBase): CoverageData {
  const data: CoverageData = {};
  let current: FileCoverageData | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('SF:')) current = fileEntry(data, repositoryPath(line.slice(3), base));
    else if (line === 'end_of_record') current = undefined;
    else if (current && line.startsWith('DA:')) {
      const [number, hits] = line.slice(3).split(',');
      current.lines[number] = Math.max(current.lines[number] ?? 0, Number(hits) || 0);
    } else if (current && line.startsWith('BRDA:')) {
      const [number, block, branch, taken] = line.slice(5).split(',');
      const key = `${number}:${block}:${branch}`;
      const hit = taken !== '-' && Number(taken) > 0 ? 1 : 0;
      current.branches[key] = [Math.max(current.branches[key]?.[0] ?? 0, hit), 1];
    }
  }
  return data;
}

/** Cobertura XML (coverage.py's `coverage xml`, pytest-cov's `--cov-report=xml`). */
export function parseCobertura(xml: string, base: PathBase): CoverageData {
  const root = parseXml(xml);
  if (root.name !== 'coverage') throw new Error(`the root element is <${root.name}>, not <coverage>: not a Cobertura report`);
  const sources = descendants(root, 'source').map((source) => source.text.trim()).filter((source) => source !== '');
  const data: CoverageData = {};
  for (const element of descendants(root, 'class')) {
    const filename = element.attributes.filename ?? '';
    const located = sources.length > 0 && !filename.startsWith('/') ? `${sources[0]}/${filename}` : filename;
    const entry = fileEntry(data, repositoryPath(located, base));
    for (const line of descendants(child(element, 'lines') ?? element, 'line')) {
      const number = line.attributes.number ?? '0';
      entry.lines[number] = Math.max(entry.lines[number] ?? 0, Number(line.attributes.hits) || 0);
      const condition = /\((\d+)\/(\d+)\)/.exec(line.attributes['condition-coverage'] ?? '');
      if (line.attributes.branch === 'true' && condition) {
        const previous = entry.branches[number];
        entry.branches[number] = [Math.max(previous?.[0] ?? 0, Number(condition[1])), Math.max(previous?.[1] ?? 0, Number(condition[2]))];
      }
    }
  }
  return data;
}

/** Shards cover the same files: a line is covered when any shard covered it. */
export function mergeCoverage(parts: readonly CoverageData[]): CoverageData {
  const merged: CoverageData = {};
  for (const part of parts) {
    for (const [file, coverage] of Object.entries(part)) {
      const entry = fileEntry(merged, file);
      for (const [line, hits] of Object.entries(coverage.lines)) entry.lines[line] = (entry.lines[line] ?? 0) + hits;
      for (const [key, [covered, total]] of Object.entries(coverage.branches)) {
        const previous = entry.branches[key];
        entry.branches[key] = [Math.max(previous?.[0] ?? 0, covered), Math.max(previous?.[1] ?? 0, total)];
      }
    }
  }
  return merged;
}

export function summarizeCoverage(data: CoverageData): CoverageSummary {
  let linesCovered = 0;
  let linesTotal = 0;
  let branchesCovered = 0;
  let branchesTotal = 0;
  const files = Object.entries(data)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, coverage]) => {
      const hits = Object.values(coverage.lines);
      const lines = ratio(hits.filter((count) => count > 0).length, hits.length);
      const branchPoints = Object.values(coverage.branches);
      const branches = ratio(
        branchPoints.reduce((sum, [covered]) => sum + covered, 0),
        branchPoints.reduce((sum, [, total]) => sum + total, 0),
      );
      linesCovered += lines.covered;
      linesTotal += lines.total;
      branchesCovered += branches.covered;
      branchesTotal += branches.total;
      return { file, lines, branches };
    });
  return { lines: ratio(linesCovered, linesTotal), branches: ratio(branchesCovered, branchesTotal), files };
}

/** istanbul's `json-summary` (jest `--coverageReporters=json-summary`): totals and per-file counts, not mergeable. */
export function parseJsonSummary(text: string, base: PathBase): CoverageSummary {
  type Counts = { total?: number; covered?: number };
  const parsed = JSON.parse(text) as Record<string, { lines?: Counts; branches?: Counts }>;
  if (parsed.total === undefined) throw new Error('no "total" entry: not an istanbul json-summary');
  const read = (counts: Counts | undefined): Ratio => ratio(counts?.covered ?? 0, counts?.total ?? 0);
  const files = Object.entries(parsed)
    .filter(([name]) => name !== 'total')
    .map(([name, entry]) => ({ file: repositoryPath(name, base), lines: read(entry.lines), branches: read(entry.branches) }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return { lines: read(parsed.total.lines), branches: read(parsed.total.branches), files };
}

/** The files with the lowest line coverage (ties by name), for the summary. */
export function leastCovered(summary: CoverageSummary, count = 5): CoverageSummary['files'] {
  return summary.files
    .filter((file) => file.lines.total > 0 && (file.lines.percent ?? 100) < 100)
    .sort((a, b) => (a.lines.percent ?? 100) - (b.lines.percent ?? 100) || a.file.localeCompare(b.file))
    .slice(0, count);
}

/** lcov text for merged coverage, so other tools (Codecov, Coveralls, editors) can take it. */
export function writeLcov(data: CoverageData): string {
  const records = Object.entries(data)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, coverage]) => {
      const lines = Object.entries(coverage.lines).sort(([a], [b]) => Number(a) - Number(b));
      const branchLines: string[] = [];
      let branchesFound = 0;
      let branchesHit = 0;
      for (const [key, [covered, total]] of Object.entries(coverage.branches)) {
        const [line, block = '0', branch] = key.split(':');
        for (let index = 0; index < total; index += 1) {
          const taken = index < covered ? 1 : 0;
          branchLines.push(`BRDA:${line},${block},${branch ?? index},${taken}`);
          branchesFound += 1;
          branchesHit += taken;
        }
      }
      return [
        `SF:${file}`,
        ...branchLines,
        `BRF:${branchesFound}`,
        `BRH:${branchesHit}`,
        ...lines.map(([line, hits]) => `DA:${line},${hits}`),
        `LF:${lines.length}`,
        `LH:${lines.filter(([, hits]) => hits > 0).length}`,
        'end_of_record',
      ].join('\n');
    });
  return `TN:\n${records.join('\n')}\n`;
}
