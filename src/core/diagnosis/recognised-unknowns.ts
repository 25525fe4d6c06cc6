import type { FailureMatcher } from './diagnosis.js';
import { plainLines } from './output-text.js';

/**
 * Causes the output shows plainly but that are none of the kinds: kept as 'unknown' (no kind is guessed), with
 * the cause and its fix said instead of the bare "not recognised". pnpm refusing to run for a project that pins
 * another package manager (version); an install that found no version at all of a package, where the tool does
 * not say why (pip hides an index page's 401 or 404 at its default verbosity).
 */

const PNPM_VERSION = /This project is configured to use v?(\S+) of pnpm\. Your current pnpm is v?(\S+)$/;
const PNPM_OTHER = /This project is configured to use (npm|yarn|bun|deno)\b/;
const PIP_NONE = /^ERROR: Could not find a version that satisfies the requirement (\S+) \(from versions: none\)$/;
const POETRY_NONE = /depends on (\S+) \(([^)]+)\) which doesn't match any versions, version solving failed\.$/;

export const recognisedUnknownMatcher: FailureMatcher = (evidence) => {
  const lines = plainLines(evidence.output);
  for (const line of lines) {
    let match: RegExpExecArray | null;
    if ((match = PNPM_VERSION.exec(line))) {
      return {
        kind: 'unknown',
        headline: `pnpm refused to run: package.json's packageManager pins pnpm ${match[1]}, and this is pnpm ${match[2]} (ERR_PNPM_BAD_PM_VERSION).`,
        fix: `Install pnpm ${match[1]} before this step (pnpm/action-setup, or corepack enable), or update the packageManager field to the pnpm you use.`,
        evidence: [line],
      };
    }
    if (/ERR_PNPM_BAD_PM_VERSION/.test(line)) {
      return {
        kind: 'unknown',
        headline: "pnpm refused to run as another version than the one package.json's packageManager pins (ERR_PNPM_BAD_PM_VERSION).",
        fix: 'Install the pnpm version that packageManager names before this step (pnpm/action-setup, or corepack enable), or update the packageManager field.',
        evidence: [line],
      };
    }
    if ((match = PNPM_OTHER.exec(line))) {
      return {
        kind: 'unknown',
        headline: `pnpm refused to run: package.json's packageManager names ${match[1]}.`,
        fix: `Install with ${match[1]} (the package manager the project names; the 'package-manager' input overrides the detection), or change the packageManager field.`,
        evidence: [line],
      };
    }
    if ((match = PIP_NONE.exec(line))) {
      return {
        kind: 'unknown',
        headline: `pip found no version at all of ${match[1]} on the index (from versions: none).`,
        fix: "Check the name, that the index (PIP_INDEX_URL, --index-url) serves the package, and the index's credentials: pip does not show an index page's 401 or 404 at its default verbosity (run it with -v to see them).",
        evidence: lines.filter((text) => text === line || text.startsWith('ERROR: No matching distribution found for') || text.startsWith('Looking in indexes: ')),
      };
    }
    if ((match = POETRY_NONE.exec(line.trim()))) {
      return {
        kind: 'unknown',
        headline: `Poetry found no version of ${match[1]} matching ${match[2]} on its sources.`,
        fix: "Check the name and the range in pyproject.toml against the versions the source has, and that the source (and its credentials) serves the package.",
        evidence: [line],
      };
    }
  }
  return undefined;
};
