import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { noEngineMessage } from '../../core/image/engine.js';
import {
  parseGrypeJson, parseTrivyJson, rankVulnerabilities, sarifReport, scannerArguments, scanVerdict, type Scanner, type ScanVerdict, type Severity,
  type Vulnerability,
} from '../../core/image/scan.js';
import { searchMetadata, type SecretFinding } from '../../core/image/secret-search.js';
import { DockerError, type DockerCli, type InspectedImage } from '../../runtime/docker/docker-cli.js';
import { searchSavedImage } from '../../runtime/docker/image-layers.js';
import type { RunCommand } from '../../runtime/process/run-command.js';
import type { ScanChoice } from './inputs.js';

/** The engine's version; no engine (or no docker CLI) is the user's to fix: a held failure that says where and what to do. */
export async function engineVersion(docker: DockerCli, dockerHost: string | undefined): Promise<string> {
  try {
    return await docker.serverVersion();
  } catch (error) {
    if (error instanceof DockerError) throw new ConfigurationError(noEngineMessage(error.message, dockerHost));
    throw error;
  }
}

export interface SecretCheck {
  findings: SecretFinding[];
  layers: number;
  files: number;
}

/** The image's history, labels, env and every layer's files, searched before anything is pushed. */
export async function secretCheck(docker: DockerCli, reference: string, image: InspectedImage, secrets: readonly string[], tempRoot: string): Promise<SecretCheck> {
  const history = await docker.history(reference);
  const metadataFindings = searchMetadata({ env: image.env, labels: image.labels, history }, secrets);
  const folder = await mkdtemp(path.join(tempRoot, 'publish-image-check-'));
  try {
    const archive = path.join(folder, 'image.tar');
    await docker.save([reference], archive);
    const layers = await searchSavedImage(archive, secrets);
    return { findings: [...metadataFindings, ...layers.findings], layers: layers.layers, files: layers.files };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface ScanOutcome {
  result: 'passed' | 'failed' | 'skipped';
  scanner?: Scanner;
  reason?: string;
  verdict?: ScanVerdict;
  ranked: Vulnerability[];
  sarifFile?: string;
}

export const SCANNER_SETUP: Record<Scanner, string> = {
  trivy: 'aquasecurity/setup-trivy',
  grype: 'anchore/scan-action/download-grype',
};

async function installed(run: RunCommand, scanner: Scanner): Promise<boolean> {
  const result = await run(scanner, [scanner === 'trivy' ? '--version' : 'version'], { silent: true });
  return !result.notFound && result.exitCode === 0;
}

/** Which scanner runs: the one asked for (an error when absent), or with `auto` the first on PATH. */
export async function chooseScanner(run: RunCommand, choice: ScanChoice): Promise<Scanner | undefined> {
  if (choice === 'none') return undefined;
  if (choice === 'trivy' || choice === 'grype') {
    if (!(await installed(run, choice))) {
      throw new ConfigurationError(`Input 'scan' is '${choice}', but ${choice} is not installed (not found on PATH): add a step with ${SCANNER_SETUP[choice]} before this one, or use scan: auto.`);
    }
    return choice;
  }
  for (const scanner of ['trivy', 'grype'] as const) if (await installed(run, scanner)) return scanner;
  return undefined;
}

export async function runScan(run: RunCommand, scanner: Scanner, reference: string, threshold: Severity, databaseFolder: string,
  sarifFile: string, dockerfile: string, cwd: string): Promise<ScanOutcome> {
  const env: Record<string, string> = scanner === 'grype' ? { GRYPE_DB_CACHE_DIR: databaseFolder } : { TRIVY_CACHE_DIR: databaseFolder };
  const result = await run(scanner, scannerArguments(scanner, reference, databaseFolder), { silent: true, env, cwd });
  if (result.exitCode !== 0) {
    throw new ConfigurationError(`${scanner} failed on ${reference} (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
  const found = scanner === 'trivy' ? parseTrivyJson(result.stdout) : parseGrypeJson(result.stdout);
  const verdict = scanVerdict(found, threshold);
  await writeFile(sarifFile, JSON.stringify(sarifReport(scanner, reference, dockerfile, found), null, 2));
  return { result: verdict.result, scanner, verdict, ranked: rankVulnerabilities(found), sarifFile };
}
