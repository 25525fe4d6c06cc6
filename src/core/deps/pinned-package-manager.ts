import semver from 'semver';
import type { DetectedProject } from './project-detection.js';

/**
 * What to do about package.json's `packageManager` pin against the version on PATH. pnpm (10+) and yarn
 * classic refuse or misbehave with another version than the pinned one, and pnpm's own switch (and
 * corepack) can fail where the registry serves no signatures: the pinned version is installed from the npm
 * registry into a tool folder and the install runs with it. npm does not act on the field, and `npm ci`
 * builds the same tree from the lockfile whatever its version: a mismatch there is only a note.
 */
export type PinDecision =
  | { kind: 'none' }
  | { kind: 'note'; message: string }
  | { kind: 'install'; name: 'pnpm' | 'yarn'; version: string; packageSpec: string; reason: string };

export function pinDecision(project: DetectedProject, pathVersion: string | undefined): PinDecision {
  const pinned = project.pinnedVersion === undefined ? undefined : semver.valid(project.pinnedVersion);
  if (project.pinnedVersion === undefined) return { kind: 'none' };
  if (pinned === null || pinned === undefined) {
    return { kind: 'note', message: `package.json's packageManager pins ${project.packageManager}@${project.pinnedVersion}, which is not an exact version: using ${project.packageManager} ${pathVersion ?? 'from PATH'}.` };
  }
  const onPath = pathVersion === undefined ? undefined : semver.valid(semver.coerce(pathVersion, { includePrerelease: true })?.version ?? pathVersion);
  if (onPath !== null && onPath !== undefined && semver.eq(onPath, pinned)) return { kind: 'none' };
  if (project.packageManager === 'pnpm' || project.packageManager === 'yarn') {
    const found = pathVersion === undefined ? `${project.packageManager} is not on PATH` : `PATH has ${project.packageManager} ${pathVersion}`;
    return {
      kind: 'install',
      name: project.packageManager,
      version: pinned,
      packageSpec: `${project.packageManager}@${pinned}`,
      reason: `package.json pins ${project.packageManager}@${pinned} and ${found}`,
    };
  }
  return {
    kind: 'note',
    message: `package.json pins ${project.packageManager}@${pinned}, but ${project.packageManager} ${pathVersion ?? '(none)'} is on PATH; installing with it (npm ci installs the same tree from the lockfile).`,
  };
}
