import type { DetectedProject } from './project-detection.js';
import { readPackageJson, type ProjectSnapshot } from '../project-snapshot.js';

/**
 * The folders that hold what an install produced, relative to the project, as patterns: workspace members'
 * node_modules are found from the workspace globs (`packages/*` → `packages/*\/node_modules`). The list is
 * fixed before the install, because the cache version is computed from it.
 */
export function installedTreePatterns(project: DetectedProject, snapshot: ProjectSnapshot): string[] {
  if (project.language === 'python') return ['.venv'];
  const members = workspacePatterns(snapshot);
  return ['node_modules', ...members.map((pattern) => `${pattern.replace(/\/+$/, '')}/node_modules`)];
}

function workspacePatterns(snapshot: ProjectSnapshot): string[] {
  const manifest = readPackageJson(snapshot) ?? {};
  const declared = manifest.workspaces;
  const fromManifest = Array.isArray(declared)
    ? declared as unknown[]
    : Array.isArray((declared as { packages?: unknown } | undefined)?.packages)
      ? (declared as { packages: unknown[] }).packages
      : [];
  const fromPnpm = pnpmWorkspacePackages(snapshot.texts.get('pnpm-workspace.yaml') ?? '');
  const all = [...fromManifest, ...fromPnpm].filter((p): p is string => typeof p === 'string');
  return [...new Set(all.filter((pattern) => !pattern.startsWith('!') && pattern !== '.' && pattern !== './'))].sort();
}

/** The `packages:` list of pnpm-workspace.yaml (a flat YAML list; nothing else is read). */
export function pnpmWorkspacePackages(yaml: string): string[] {
  const patterns: string[] = [];
  let inPackages = false;
  for (const line of yaml.split(/\r?\n/)) {
    if (/^packages\s*:/.test(line)) {
      inPackages = true;
      continue;
    }
    if (inPackages) {
      // YAML allows the list at the key's own indentation, and blank or comment lines inside it.
      const item = /^\s*-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line);
      if (item) patterns.push(item[1]);
      else if (/^[^\s#]/.test(line)) inPackages = false;
    }
  }
  return patterns;
}
