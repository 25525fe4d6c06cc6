import { ConfigurationError } from '../errors.js';
import { digestParts } from '../hashing.js';
import type { Platform } from '../deps/cache-keys.js';
import { cacheVersionSegment } from '../cache/version.js';

/** OCI annotation labels: the same commit gives the same labels (created is the commit's time, not the clock). */
export interface LabelFacts {
  version: string;
  revision?: string;
  /** e.g. https://github.com/octo-org/octo-repo */
  source?: string;
  /** ISO 8601 commit time. */
  created?: string;
  title: string;
  licenses?: string;
}

export function ociLabels(facts: LabelFacts): Record<string, string> {
  const labels: Record<string, string> = {};
  const put = (name: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') labels[`org.opencontainers.image.${name}`] = value.trim().replace(/[\r\n]+/g, ' ');
  };
  put('title', facts.title);
  put('version', facts.version);
  put('revision', facts.revision);
  put('source', facts.source);
  put('created', facts.created);
  put('licenses', facts.licenses);
  return labels;
}

/** The stage names of a Dockerfile in order (`FROM image AS name`), continuation lines and comments handled. */
export function dockerfileStages(text: string): string[] {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (/^\s*#/.test(line) && current === '') continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(current + line);
    current = '';
  }
  if (current !== '') logical.push(current);
  const stages: string[] = [];
  for (const line of logical) {
    const match = /^\s*FROM\s+(.*)$/i.exec(line);
    if (!match) continue;
    const words = match[1].trim().split(/\s+/).filter((word) => !word.startsWith('--'));
    if (words.length >= 3 && words[1].toLowerCase() === 'as') stages.push(words[2].toLowerCase());
    else stages.push('');
  }
  return stages;
}

/** The named stages a classic build must build and keep (with --target) so a later build can reuse their layers. */
export function stagesToCache(stages: string[], target: string | undefined): string[] {
  const end = target === undefined ? stages.length - 1 : stages.indexOf(target.toLowerCase());
  if (target !== undefined && end < 0) {
    throw new ConfigurationError(`Input 'target' is '${target}', but the Dockerfile has no stage of that name (stages: ${stages.filter(Boolean).join(', ') || 'none named'}).`);
  }
  return stages.slice(0, Math.max(end, 0)).filter((stage) => stage !== '');
}

/**
 * The classic builder's `--cache-from` sources from the saved images' chains: every image of every chain (each
 * `docker history -q` listing, newest first, `<missing>` where the engine has no id), once, shallowest first.
 * The classic builder takes, at each step, the first source whose history starts with the parent's and whose
 * next entry is the step, then narrows the stage to that one source; stages that start alike (a final stage
 * `FROM base` + `WORKDIR` like the dependency stage's) would all narrow to whichever chain comes first and miss
 * the rest. A source that ends at exactly the step is taken without narrowing, so with every intermediate image
 * listed shallowest first each step finds its own image, whichever stage it is in.
 */
export function cacheSources(chains: string[][]): string[] {
  const depth = new Map<string, number>();
  for (const chain of chains) {
    chain.forEach((id, index) => {
      if (/^(sha256:)?[0-9a-f]{12,64}$/.test(id) && !depth.has(id)) depth.set(id, chain.length - index);
    });
  }
  return [...depth.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

export interface BuildStep {
  target?: string;
  references: string[];
  cacheFrom: string[];
}

/**
 * The builds one run makes. Classic: each named stage with `--target` under its cache tag (so a later run can reuse
 * its layers), then the image, also under the final cache tag; each with `--cache-from` the restored chains'
 * images (cacheSources: shallowest first) and then the cache tags, which the earlier builds of this run moved to
 * what they built. buildx: one build, its cache in type=gha.
 */
export function buildSteps(facts: { builder: Builder; stages: string[]; target?: string; references: string[]; stageTag(stage: string): string; restored: string[] }): BuildStep[] {
  if (facts.builder === 'buildx') return [{ target: facts.target, references: facts.references, cacheFrom: [] }];
  const cacheFrom = [...facts.restored, ...facts.stages.map((stage) => facts.stageTag(stage)), facts.stageTag('')];
  return [
    ...facts.stages.map((stage) => ({ target: stage, references: [facts.stageTag(stage)], cacheFrom })),
    { target: facts.target, references: [...facts.references, facts.stageTag('')], cacheFrom },
  ];
}

function safe(part: string, length = 40): string {
  return part.replace(/[^0-9A-Za-z._+-]/g, '_').slice(0, length);
}

export interface LayerCacheKeys {
  /** Scope per image and Dockerfile (+ target): two images never overwrite each other's layers. */
  scope: string;
  /** buildx's gha cache scope: the scope, with the cache version in front when there is one. */
  ghaScope: string;
  /** The key a save after this build uses (an entry is immutable: the image id makes it new). */
  saveKey(imageId: string): string;
  /** The restore lookup: this branch and Dockerfile first, then this branch, then the default branch. */
  primaryKey: string;
  restoreKeys: string[];
  /** Local tags that hold the restored stage images, for --cache-from. */
  stageTag(stage: string): string;
  /** The size history's key family: the image's size at the default branch's last push (newest entry wins). */
  sizePrefix: string;
}

export interface LayerCacheFacts {
  platform: Platform;
  repository: string;
  /** The Dockerfile's path relative to the working directory, and its text. */
  dockerfile: string;
  dockerfileText: string;
  target?: string;
  branch?: string;
  defaultBranch?: string;
  /** The `cache-version` input (validated; empty or absent: none). */
  cacheVersion?: string;
}

export const IMAGE_CACHE_SCHEMA = 'v1';

export function layerCacheKeys(facts: LayerCacheFacts): LayerCacheKeys {
  const platform = [facts.platform.os, facts.platform.arch, facts.platform.image].filter((part) => part).map((part) => safe(String(part), 16)).join('-');
  const scopeDigest = digestParts([
    { name: 'repository', content: facts.repository },
    { name: 'dockerfile', content: facts.dockerfile },
    { name: 'target', content: facts.target ?? '' },
  ]).slice(0, 12);
  const scope = `${safe(facts.repository.split('/').pop() ?? 'image', 48)}-${scopeDigest}`;
  const prefix = `build-actions-image-${IMAGE_CACHE_SCHEMA}-${cacheVersionSegment(facts.cacheVersion)}${platform}-${scope}-`;
  const branch = (name: string | undefined) => `${safe(name ?? 'detached', 48)}-`;
  const fileDigest = digestParts([{ name: 'dockerfile', content: facts.dockerfileText }]).slice(0, 12);
  const primaryKey = `${prefix}${branch(facts.branch)}${fileDigest}-`;
  const restoreKeys = [primaryKey, `${prefix}${branch(facts.branch)}`];
  if (facts.defaultBranch !== undefined && facts.defaultBranch !== facts.branch) restoreKeys.push(`${prefix}${branch(facts.defaultBranch)}`);
  return {
    scope,
    ghaScope: `${cacheVersionSegment(facts.cacheVersion)}${scope}`,
    primaryKey,
    restoreKeys: restoreKeys.slice(1),
    sizePrefix: `image-sizes-v${IMAGE_CACHE_SCHEMA}-${cacheVersionSegment(facts.cacheVersion)}${platform}-${scope}-`,
    saveKey: (imageId) => `${primaryKey}${safe(imageId.replace(/^sha256:/, ''), 16)}`,
    stageTag: (stage) => `build-actions-cache/${scope}:${safe(stage === '' ? 'final' : `stage-${stage}`, 100)}`,
  };
}

export interface BuildArgsCheck {
  args: Array<{ name: string; value: string }>;
}

const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CREDENTIAL_NAME = /(TOKEN|PASSWORD|PASSWD|SECRET|CREDENTIAL|_KEY$|^KEY$|APIKEY|API_KEY|PRIVATE)/i;

/** `NAME=value` lines (a value may hold `=`); a line without `=` is refused. */
export function parseKeyValueList(input: string, raw: string): Array<{ name: string; value: string }> {
  const entries: Array<{ name: string; value: string }> = [];
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const at = line.indexOf('=');
    const name = (at < 0 ? line : line.slice(0, at)).trim();
    if (at < 0 || !BUILD_ARG_NAME.test(name)) {
      const shownName = name.length > 60 ? `${name.slice(0, 60)}…` : name;
      throw new ConfigurationError(`Input '${input}' takes one NAME=value per line, NAME made of letters, digits and '_' (got a line starting '${shownName}').`);
    }
    if (line.includes('\0')) throw new ConfigurationError(`Input '${input}' gives '${name}' a value with a NUL character, which no process environment can hold.`);
    entries.push({ name, value: line.slice(at + 1) });
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.name)) throw new ConfigurationError(`Input '${input}' names '${entry.name}' twice.`);
    seen.add(entry.name);
  }
  return entries;
}

/**
 * Build args are kept in the image history for anyone who pulls it: a credential-looking name, or a value
 * that is a registered secret, is refused with what to do instead. The message never holds the value.
 */
export function checkBuildArgs(args: Array<{ name: string; value: string }>, secretValues: ReadonlySet<string>, buildx: boolean): void {
  const howTo = buildx
    ? `pass it in 'secrets' instead (a BuildKit secret mount: RUN --mount=type=secret,id=NAME), which leaves nothing in the image`
    : `pass it in 'secrets' instead (a BuildKit secret mount: RUN --mount=type=secret,id=NAME); secrets need buildx (docker/setup-buildx-action), which this engine does not have`;
  for (const arg of args) {
    if (CREDENTIAL_NAME.test(arg.name)) {
      throw new ConfigurationError(`Input 'build-args' has '${arg.name}', whose name looks like a credential: build args stay in the image history. Remove it and ${howTo}.`);
    }
    if (arg.value.length >= 4 && secretValues.has(arg.value)) {
      throw new ConfigurationError(`Input 'build-args' gives '${arg.name}' the value of a registered secret: build args stay in the image history. Remove it and ${howTo}.`);
    }
  }
}

export type Builder = 'classic' | 'buildx';

export interface BuildRequest {
  builder: Builder;
  /** Context and Dockerfile paths, as given to the CLI (the CLI runs in the working directory). */
  context: string;
  file: string;
  references: string[];
  labels: Record<string, string>;
  /** Names only: values travel in the environment (`--build-arg NAME` reads it), never in the argument list. */
  buildArgNames: string[];
  /** Secret ids: with buildx, `--secret id=ID,env=ENV` reads the value from the environment. */
  secretIds: string[];
  target?: string;
  /** Classic: local images to reuse layers from. */
  cacheFrom: string[];
  /** buildx: the gha cache scope, and whether to write it (never for untrusted events). */
  ghaScope?: string;
  ghaWrite?: boolean;
  iidFile: string;
}

export function secretEnvName(id: string): string {
  return `BUILD_ACTIONS_SECRET_${id.toUpperCase()}`;
}

/** The `docker` argument list for one build (pure: tested row by row, for buildx by its arguments alone). */
export function buildArguments(request: BuildRequest): string[] {
  const args = request.builder === 'buildx' ? ['buildx', 'build', '--load', '--provenance=false'] : ['build'];
  args.push('--file', request.file, '--iidfile', request.iidFile);
  for (const reference of request.references) args.push('--tag', reference);
  for (const [name, value] of Object.entries(request.labels)) args.push('--label', `${name}=${value}`);
  for (const name of request.buildArgNames) args.push('--build-arg', name);
  if (request.target !== undefined) args.push('--target', request.target);
  if (request.builder === 'buildx') {
    for (const id of request.secretIds) args.push('--secret', `id=${id},env=${secretEnvName(id)}`);
    if (request.ghaScope !== undefined) {
      args.push('--cache-from', `type=gha,scope=${request.ghaScope}`);
      if (request.ghaWrite) args.push('--cache-to', `type=gha,scope=${request.ghaScope},mode=max,ignore-error=true`);
    }
  } else {
    if (request.secretIds.length > 0) throw new ConfigurationError("Input 'secrets' needs buildx (BuildKit secret mounts); this engine has the classic builder only: add docker/setup-buildx-action before this step.");
    for (const image of request.cacheFrom) args.push('--cache-from', image);
  }
  // `--` is not understood by docker build; the context comes last and is checked to not start with '-'.
  if (request.context.startsWith('-')) throw new ConfigurationError(`Input 'context' must be a folder path (got '${request.context}').`);
  args.push(request.context);
  return args;
}
