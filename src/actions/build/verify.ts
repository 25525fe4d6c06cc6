import { stat } from 'node:fs/promises';
import path from 'node:path';
import { stableArtifactName } from '../../core/build/cache-key.js';
import { npmTarballProblems, parseCoreMetadata, sdistProblems, wheelProblems, type ContentProblem } from '../../core/build/contents.js';
import type { ArtifactRow } from '../../core/build/report.js';
import { judgeSize, type SizeBudget } from '../../core/build/sizes.js';
import { checkVersions, tagVersion, type VersionClaim } from '../../core/build/versions.js';
import type { BuildReport } from '../../core/build/report.js';
import { pyprojectVersion } from '../../core/build/plan.js';
import { readPyproject, stringAt, type ProjectSnapshot } from '../../core/project-snapshot.js';
import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import type { Plan } from './plan.js';
import { listArchive, sha256File } from '../../runtime/files/archives.js';

export interface ArtifactInput {
  file: string;
  kind: 'npm' | 'sdist' | 'wheel';
  /** npm: package.json `files` of the member packed. */
  files?: string[];
  /** wheel: top-level names the project ships on purpose. */
  shippedOnPurpose?: string[];
}

export interface VerifiedArtifact extends ArtifactRow {
  path: string;
  stableName: string;
  builtVersion?: VersionClaim;
}

/** Reads one package and judges it: contents, size against the budget and the previous build, its built version. */
export async function verifyArtifact(input: ArtifactInput, previous: Record<string, number> | undefined, budget: SizeBudget): Promise<VerifiedArtifact> {
  const name = path.basename(input.file);
  const size = (await stat(input.file)).size;
  const sha256 = await sha256File(input.file);
  const problems: ContentProblem[] = [];
  let fileCount = 0;
  let builtVersion: VersionClaim | undefined;
  try {
    if (input.kind === 'npm') {
      const listing = await listArchive(input.file, (member) => /^[^/]+\/package\.json$/.test(member) || /(^|\/)\.npmrc$/.test(member));
      fileCount = listing.fileCount;
      problems.push(...npmTarballProblems({ members: listing.members, npmrcTexts: listing.texts, files: input.files }));
      const manifest = [...listing.texts].find(([member]) => /^[^/]+\/package\.json$/.test(member));
      const version = manifest ? (JSON.parse(manifest[1]) as { version?: unknown }).version : undefined;
      if (typeof version === 'string') builtVersion = { source: `${name} package.json`, version };
    } else if (input.kind === 'wheel') {
      const listing = await listArchive(input.file, (member) => /^[^/]+\.dist-info\/METADATA$/.test(member));
      fileCount = listing.fileCount;
      problems.push(...wheelProblems({ members: listing.members, shippedOnPurpose: input.shippedOnPurpose }));
      const metadata = [...listing.texts.values()][0];
      const version = metadata ? parseCoreMetadata(metadata).Version : undefined;
      if (version) builtVersion = { source: `${name} METADATA`, version };
    } else {
      const listing = await listArchive(input.file, (member) => /^[^/]+\/PKG-INFO$/.test(member));
      fileCount = listing.fileCount;
      problems.push(...sdistProblems(listing.members));
      const pkgInfo = [...listing.texts.values()][0];
      const version = pkgInfo ? parseCoreMetadata(pkgInfo).Version : undefined;
      if (version) builtVersion = { source: `${name} PKG-INFO`, version };
    }
  } catch (error) {
    problems.push({ level: 'error', message: `${name} cannot be read as a package: ${(error as Error).message}` });
  }
  const stableName = stableArtifactName(name, builtVersion?.version);
  const judged = judgeSize(name, size, previous?.[stableName], budget);
  problems.push(...judged.problems);
  return { path: input.file, file: name, stableName, size, delta: judged.delta, deltaPercent: judged.deltaPercent, files: fileCount, sha256, problems, builtVersion };
}

export function readPyprojectSafe(snapshot: ProjectSnapshot): Record<string, unknown> | undefined {
  try {
    return readPyproject(snapshot);
  } catch {
    return undefined;
  }
}

export function kindOf(name: string): ArtifactInput['kind'] {
  if (name.endsWith('.whl')) return 'wheel';
  if (name.endsWith('.tar.gz')) return 'sdist';
  return 'npm';
}

export function projectNameOf(snapshot: ProjectSnapshot): string | undefined {
  const pyproject = readPyprojectSafe(snapshot);
  return stringAt(pyproject, 'project', 'name') ?? stringAt(pyproject, 'tool', 'poetry', 'name');
}

/** A `tests` package the project lists itself (setuptools packages, Poetry packages) ships on purpose. */
export function shippedOnPurpose(snapshot: ProjectSnapshot): string[] {
  const text = snapshot.texts.get('pyproject.toml') ?? '';
  return ['tests', 'test'].filter((name) => new RegExp(`(packages\\s*=\\s*\\[[^\\]]*["']${name}["'])|(include\\s*=\\s*["']${name}["'])`).test(text));
}

export function versionCheck(deps: ActionDependencies, plan: Plan, snapshot: ProjectSnapshot, artifacts: VerifiedArtifact[]): BuildReport['versions'] {
  const tagged = tagVersion(deps.context.env.GITHUB_REF);
  const tag: VersionClaim | undefined = tagged ? { source: `tag ${tagged.tag}`, version: tagged.version } : undefined;
  const built = artifacts.map((artifact) => artifact.builtVersion).filter((claim): claim is VersionClaim => claim !== undefined);
  if (plan.language === 'python') {
    const declaredVersion = pyprojectVersion(snapshot);
    const declared = declaredVersion ? { source: 'pyproject.toml', version: declaredVersion } : undefined;
    return checkVersions(tag, declared, built);
  }
  if (plan.members.length === 1) {
    const version = plan.members[0].packageJson.version;
    return checkVersions(tag, typeof version === 'string' ? { source: 'package.json', version } : undefined, built);
  }
  // A workspace: each packed member agrees with its own package.json; a tag `name@1.2.3` binds that member only.
  const checks = artifacts.flatMap((artifact) => {
    const member = plan.toPack.find((candidate) => artifact.file.startsWith(candidate.name.replace(/^@/, '').replace(/\//g, '-')));
    if (!member || typeof member.packageJson.version !== 'string' || !artifact.builtVersion) return [];
    const memberTag = tag && tagged?.tag.startsWith(`${member.name}@`) ? tag : undefined;
    return [checkVersions(memberTag, { source: `${member.directory}/package.json`, version: member.packageJson.version }, [artifact.builtVersion])];
  });
  if (checks.length === 0) return undefined;
  const failed = checks.filter((check) => !check.ok);
  return failed.length > 0 ? { ok: false, message: failed.map((check) => check.message).join(' ') } : { ok: true, message: checks.map((check) => check.message).join(' ') };
}
