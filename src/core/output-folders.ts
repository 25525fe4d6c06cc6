import path from 'node:path';
import { ConfigurationError } from './errors.js';

/**
 * Where an action may write what it produces (test results, packages): inside the workspace, as always, or inside
 * the run's temporary folder, which lies outside the project (RUNNER_TEMP on a runner, the local command's
 * `<cache>/runs/<project>-<digest>`), so a local run leaves nothing in the developer's tree.
 */
export interface OutputPlaces {
  /** The repository root (GITHUB_WORKSPACE on a runner). */
  workspace: string;
  /** The run's temporary folder; none: only the workspace is accepted. */
  temp?: string;
}

function shown(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}… (${value.length} characters)` : value;
}

/** `child` is `parent` or lies below it (by the path, as given: the caller resolves both). */
export function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  return !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative));
}

/** A path for the user to read: relative to the repository root inside it, absolute outside it (the run's temporary folder). */
export function shownPath(repositoryRoot: string, file: string): string {
  return isWithin(repositoryRoot, file) ? path.relative(path.resolve(repositoryRoot), path.resolve(file)).split(path.sep).join('/') : path.resolve(file);
}

function accepted(places: OutputPlaces, relativeTo: string): string {
  return `Give a path inside the repository, relative to ${relativeTo}${places.temp ? `, or an absolute path inside the run's temporary folder ${places.temp}` : ''}.`;
}

/**
 * A path input, resolved against `base` (the workspace unless given). It must lead into the workspace or into the
 * run's temporary folder; anything else is refused with the input's name, its value, where it leads and what is
 * accepted. `relativeTo` names `base` in that message.
 */
export function resolveOutputPath(places: OutputPlaces, name: string, value: string, base: string = places.workspace, relativeTo = 'its root'): string {
  if (value.includes('\0') || value.split(/[\\/]/).some((segment) => Buffer.byteLength(segment) > 255)) {
    throw new ConfigurationError(`Input '${name}' is '${shown(value)}', which is not a usable path (a folder name over 255 bytes, or a NUL character). ${accepted(places, relativeTo)}`);
  }
  const resolved = path.resolve(base, value);
  if (isWithin(places.workspace, resolved) || (places.temp !== undefined && isWithin(places.temp, resolved))) return resolved;
  const where = places.temp ? `outside the workspace ${places.workspace} and the run's temporary folder ${places.temp}` : `outside the workspace ${places.workspace}`;
  throw new ConfigurationError(`Input '${name}' is '${shown(value)}', which leads to ${resolved}, ${where}. ${accepted(places, relativeTo)}`);
}

/**
 * build's `artifacts-directory`: a folder inside the project (relative to it, as ever), or an absolute path inside
 * the workspace or the run's temporary folder. The action empties its package files there, so it may be none of
 * the project folder, the repository root and the temporary folder themselves.
 */
export function resolveArtifactsFolder(places: OutputPlaces, projectDirectory: string, value: string): string {
  const resolved = resolveOutputPath(places, 'artifacts-directory', value, projectDirectory, 'the project');
  const roots = [projectDirectory, places.workspace, ...(places.temp ? [places.temp] : [])].map((root) => path.resolve(root));
  if (roots.includes(resolved)) {
    throw new ConfigurationError(
      `Input 'artifacts-directory' is '${shown(value)}', which is ${resolved} itself: the action empties its package files there, so give a folder inside it, such as dist-artifacts.`,
    );
  }
  return resolved;
}

/** The artifacts folder relative to the project, when it lies inside it (its tracked files do not count as sources); otherwise none. */
export function artifactsInsideProject(projectDirectory: string, artifactsDirectory: string): string[] {
  const resolved = path.resolve(projectDirectory, artifactsDirectory);
  if (!isWithin(projectDirectory, resolved)) return [];
  return [path.relative(path.resolve(projectDirectory), resolved).split(path.sep).join('/')];
}
