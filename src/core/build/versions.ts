/**
 * Version consistency: the tag a run builds (refs/tags/v1.2.3 or 1.2.3), the version the manifest declares
 * (package.json, pyproject, or what the backend computed) and the versions inside the built artifacts must
 * agree. Off a tag, the manifest and the artifacts must agree with each other.
 */
export interface VersionClaim {
  /** Where the version was read, e.g. "tag refs/tags/v1.2.3", "package.json", "dist/app-1.2.3.tgz package.json". */
  source: string;
  version: string;
}

export interface VersionCheck {
  ok: boolean;
  /** The version all agree on (or the manifest's, when they do not). */
  version?: string;
  message: string;
}

/** `refs/tags/v1.2.3` → `1.2.3`; branches and pull requests → undefined. A tag that is not a version is ignored. */
export function tagVersion(ref: string | undefined): { tag: string; version: string } | undefined {
  const match = /^refs\/tags\/(.+)$/.exec(ref ?? '');
  if (!match) return undefined;
  const tag = match[1];
  const version = /^(?:.*[-/@])?v?(\d+(?:\.\d+)*(?:[-.+]?[0-9A-Za-z.+-]*)?)$/.exec(tag)?.[1];
  return version === undefined ? undefined : { tag, version };
}

/**
 * One spelling per version: no leading `v`, lower case, and PEP 440's normal forms for pre-releases
 * (1.0.0-beta.1 and 1.0.0b1 are the same release; Python tools print the second).
 */
export function normalizeVersion(version: string): string {
  let value = version.trim().toLowerCase().replace(/^v/, '');
  value = value.replace(/[-_.]?(alpha|a)[-_.]?(\d*)/, 'a$2').replace(/[-_.]?(beta|b)[-_.]?(\d*)/, 'b$2');
  value = value.replace(/[-_.]?(rc|c|pre|preview)[-_.]?(\d*)/, 'rc$2');
  value = value.replace(/([abc]|rc)$/, '$10');
  value = value.replace(/[-_.]?(post|rev|r(?!c))[-_.]?(\d*)/, '.post$2').replace(/[-_.]?(dev)[-_.]?(\d*)/, '.dev$2');
  return value;
}

export function checkVersions(tag: VersionClaim | undefined, declared: VersionClaim | undefined, built: readonly VersionClaim[]): VersionCheck {
  const claims = [...(tag ? [tag] : []), ...(declared ? [declared] : []), ...built];
  const version = declared?.version ?? built[0]?.version ?? tag?.version;
  if (claims.length === 0) return { ok: true, message: 'No version to check: the project declares none and built no package.' };
  const reference = normalizeVersion(claims[0].version);
  const disagree = claims.some((claim) => normalizeVersion(claim.version) !== reference);
  const listed = claims.map((claim) => `${claim.source}: ${claim.version}`).join('; ');
  if (disagree) {
    return {
      ok: false,
      version,
      message: `Version mismatch: ${listed}. ${tag ? 'The tag, the manifest and the built packages must name one version: bump the manifest or re-tag.' : 'The manifest and the built packages must name one version.'}`,
    };
  }
  return { ok: true, version, message: `Version ${version} agrees across ${listed}.` };
}
