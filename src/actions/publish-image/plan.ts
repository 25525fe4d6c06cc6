import path from 'node:path';
import { cachePermissions } from '../../core/cache/permissions.js';
import { ConfigurationError } from '../../core/errors.js';
import { ociLabels } from '../../core/image/build-plan.js';
import { decideLatest, imageVersion, manifestLicense, manifestVersion, planTags, serviceNameFromManifests, type RefFacts, type TagPlan } from '../../core/image/naming.js';
import { readPackageJson, readPyproject, stringAt, type JsonObject } from '../../core/project-snapshot.js';
import { readProjectSnapshot, readTextIfExists, resolveInputDirectory } from '../../runtime/files/file-system.js';
import type { ActionDependencies } from '../../runtime/io/action-dependencies.js';
import type { ActionContext } from '../../runtime/io/run-context.js';
import type { RunCommand } from '../../runtime/process/run-command.js';
import type { PublishImageInputs } from './inputs.js';

/**
 * What publish-image will do, decided before the engine is touched: the Dockerfile and context, the image's name,
 * version and tags (latest guarded), its OCI labels, and what the cache may do on this event.
 */
export function refFacts(context: ActionContext, untrusted: boolean): RefFacts {
  const repository = (context.eventPayload as JsonObject | undefined)?.repository;
  return {
    refType: context.env.GITHUB_REF_TYPE,
    refName: context.env.GITHUB_REF_NAME,
    defaultBranch: stringAt(repository, 'default_branch'),
    untrusted,
  };
}

/** The commit's time (so the same commit gives the same labels): git in the project, else the event's head commit. */
async function commitTime(run: RunCommand, directory: string, context: ActionContext): Promise<string | undefined> {
  const result = await run('git', ['-C', directory, 'log', '-1', '--format=%cI', 'HEAD'], { silent: true });
  if (result.exitCode === 0 && /^\d{4}-/.test(result.stdout.trim())) return new Date(result.stdout.trim()).toISOString();
  const timestamp = stringAt(context.eventPayload, 'head_commit', 'timestamp');
  return timestamp === undefined ? undefined : new Date(timestamp).toISOString();
}

async function revision(run: RunCommand, directory: string, context: ActionContext): Promise<string | undefined> {
  if (context.env.GITHUB_SHA) return context.env.GITHUB_SHA;
  const result = await run('git', ['-C', directory, 'rev-parse', 'HEAD'], { silent: true });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

export interface Plan {
  inputs: PublishImageInputs;
  directory: string;
  dockerfile: string;
  dockerfileText: string;
  contextDir: string;
  tags: TagPlan;
  labels: Record<string, string>;
  untrusted: boolean;
  saveAllowed: boolean;
  restoreAllowed: boolean;
  cacheReason?: string;
  secrets: string[];
}

export async function planPublish(deps: ActionDependencies, inputs: PublishImageInputs, secrets: string[]): Promise<Plan> {
  const { context } = deps;
  const directory = await resolveInputDirectory(context.workspace, 'working-directory', inputs.workingDirectory, 'It should hold the Dockerfile.');
  const dockerfile = path.resolve(directory, inputs.file);
  const dockerfileText = await readTextIfExists(dockerfile);
  if (dockerfileText === undefined) {
    throw new ConfigurationError(`No Dockerfile: looked for ${dockerfile} (input 'file' is '${inputs.file}' in working-directory '${inputs.workingDirectory}'). Add one, or point 'file' at it.`);
  }
  const contextDir = await resolveInputDirectory(directory, 'context', inputs.context, 'It is the build context, relative to working-directory.');
  const snapshot = await readProjectSnapshot(directory);
  const packageJson = readPackageJson(snapshot);
  const pyproject = readPyproject(snapshot);
  const name = inputs.image ?? serviceNameFromManifests(packageJson, pyproject);
  if (name === undefined) throw new ConfigurationError(`Input 'image' is empty and ${directory} has no package.json or pyproject.toml name to take it from: set 'image'.`);
  const repository = inputs.registry ? `${inputs.registry}/${name}` : name;
  const permissions = cachePermissions(context, inputs.cache);
  const untrusted = /untrusted/.test(cachePermissions(context, true).reason ?? '');
  const ref = refFacts(context, untrusted);
  const version = inputs.version ?? imageVersion(ref, manifestVersion(packageJson, pyproject))?.version;
  if (version === undefined) throw new ConfigurationError(`Input 'version' is empty, the run does not build a tag and ${directory} has no manifest version: set 'version'.`);
  const latest = decideLatest(inputs.latest, version, ref);
  const tags = planTags(repository, version, inputs.tags, latest);
  const source = context.env.GITHUB_SERVER_URL && context.env.GITHUB_REPOSITORY ? `${context.env.GITHUB_SERVER_URL}/${context.env.GITHUB_REPOSITORY}` : undefined;
  const labels = ociLabels({
    title: name.split('/').pop() ?? name, version, revision: await revision(deps.run, directory, context), source,
    created: await commitTime(deps.run, directory, context), licenses: manifestLicense(packageJson, pyproject),
  });
  return {
    inputs, directory, dockerfile, dockerfileText, contextDir, tags, labels, untrusted, secrets,
    saveAllowed: permissions.save, restoreAllowed: permissions.restore, cacheReason: permissions.reason,
  };
}

