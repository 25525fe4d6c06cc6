import { stat } from 'node:fs/promises';
import path from 'node:path';
import { stableArtifactName } from '../../core/build/cache-key.js';
import { npmTarballProblems, parseCoreMetadata, sdistProblems, wheelProblems, type ContentProblem } from '../../core/build/contents.js';
import type { ArtifactRow } from '../../core/build/report.js';
import { judgeSize, type SizeBudget } from '../../core/build/sizes.js';
import type { VersionClaim } from '../../core/build/versions.js';
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
