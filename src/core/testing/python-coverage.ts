import { parse as parseToml } from 'smol-toml';

/**
 * What pytest-cov should measure. `--cov=.` counts the tests, setup.py and conftest.py as code: the project's own
 * coverage configuration decides when it names a source; else the project's packages (top-level or under src/),
 * else its top-level modules; never the tests.
 */
export interface PythonCoverageFacts {
  /** Texts of the files coverage reads its configuration from, by name: pyproject.toml, .coveragerc, setup.cfg, tox.ini. */
  configs: Partial<Record<'pyproject.toml' | '.coveragerc' | 'setup.cfg' | 'tox.ini', string>>;
  /** Top-level folders with an __init__.py. */
  packages: string[];
  /** Folders under src/ with an __init__.py (the src layout). */
  srcPackages: string[];
  /** Top-level .py files. */
  modules: string[];
}

export type PytestCoverage = { args: string[]; source: string } | { unavailable: string };

const TEST_NAME = /^(tests?|testing|test_.*|.*_tests?|conftest|setup|noxfile|docs?|examples?|scripts?|benchmarks?)$/;

/** The `source` (or `source_pkgs`) of an INI section, e.g. `[run]` or `[coverage:run]`. */
function iniSource(text: string, section: string): boolean {
  let inside = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      inside = header[1].trim() === section;
      continue;
    }
    if (inside && /^(source|source_pkgs)\s*[=:]/.test(line)) return true;
  }
  return false;
}

/** Which file configures coverage's source, if any. */
export function configuredCoverageSource(configs: PythonCoverageFacts['configs']): string | undefined {
  const pyproject = configs['pyproject.toml'];
  if (pyproject !== undefined) {
    try {
      const run = ((parseToml(pyproject) as { tool?: { coverage?: { run?: Record<string, unknown> } } }).tool?.coverage?.run) ?? {};
      if (run.source !== undefined || run.source_pkgs !== undefined) return 'pyproject.toml [tool.coverage.run]';
    } catch {
      // An unreadable pyproject.toml is reported by the tools that need it.
    }
  }
  if (configs['.coveragerc'] !== undefined && iniSource(configs['.coveragerc'], 'run')) return '.coveragerc [run]';
  if (configs['setup.cfg'] !== undefined && iniSource(configs['setup.cfg'], 'coverage:run')) return 'setup.cfg [coverage:run]';
  if (configs['tox.ini'] !== undefined && iniSource(configs['tox.ini'], 'coverage:run')) return 'tox.ini [coverage:run]';
  return undefined;
}

export function pytestCoverageArgs(facts: PythonCoverageFacts): PytestCoverage {
  const configured = configuredCoverageSource(facts.configs);
  // A bare --cov takes its source from the coverage configuration.
  if (configured !== undefined) return { args: ['--cov'], source: `the source in ${configured}` };
  const keep = (name: string): boolean => !TEST_NAME.test(name);
  const packages = facts.srcPackages.length > 0 ? facts.srcPackages.filter(keep).map((name) => `src/${name}`) : facts.packages.filter(keep);
  if (packages.length > 0) return { args: packages.sort().map((name) => `--cov=${name}`), source: `the project's packages: ${packages.sort().join(', ')}` };
  const modules = facts.modules.map((file) => file.replace(/\.py$/, '')).filter(keep).sort();
  if (modules.length > 0) return { args: modules.map((name) => `--cov=${name}`), source: `the project's modules: ${modules.join(', ')}` };
  return {
    unavailable:
      "No package or module to measure outside the tests: name what coverage measures in the project's coverage configuration " +
      '([tool.coverage.run] source in pyproject.toml, or .coveragerc) for coverage.',
  };
}
