import path from 'node:path';
import { digestText } from '../hashing.js';
import { parseStagesInput, PIPELINE_STAGES, selectStages } from '../pipeline/plan.js';

/**
 * How the local `run` maps onto the pipeline's inputs. On GitHub the root action's `publish: true` asks for
 * publish-image (which then pushes: its `push` defaults to true), and it stays the opt-in there. Locally `run` is all
 * five stages: `publish` is true, `push` false unless --push. `imageRequired`: `--stages` names publish-image, so it
 * runs whatever happens (and fails with its own message); otherwise the image stage runs only where it can, and a
 * project without a Dockerfile or a machine where no Docker engine answers skips it with a note, not a failure.
 */
export function localRunInputs(given: Readonly<Record<string, string>>): { inputs: Record<string, string>; imageRequired: boolean; stageCount: number } {
  const inputs: Record<string, string> = { ...given, publish: 'true', push: given.push ?? 'false' };
  let imageRequired = false;
  let stageCount: number = PIPELINE_STAGES.length;
  try {
    const stages = inputs.stages ?? '';
    imageRequired = !/^\s*(all)?\s*$/i.test(stages) && parseStagesInput(stages).has('publish-image');
    stageCount = selectStages(stages, true).size;
  } catch {
    // A bad --stages: the pipeline refuses it with the input's message before any stage runs.
  }
  return { inputs, imageRequired, stageCount };
}

/** The note of a project without a Dockerfile (the stage is skipped, not failed). */
export function noDockerfileNote(dockerfile: string): string {
  return `no Dockerfile (looked for ${dockerfile}), so no image to build; 'build-actions init' writes one, --file names another`;
}

/** The note of a machine where no Docker engine answers: what to do about it, or how to leave the image out. */
export function noEngineNote(problem: string): string {
  const stages = PIPELINE_STAGES.filter((stage) => stage !== 'publish-image').join(',');
  return `no Docker engine here (${problem.replace(/\.$/, '')}). Install Docker (https://docs.docker.com/engine/install/) or start its engine `
    + `(sudo systemctl start docker, or open Docker Desktop) to build and check the image; to leave it out: --stages ${stages}`;
}

/** The folder under the local cache directory that holds each project's run folder (`build-actions cache clear` empties it). */
export const LOCAL_RUNS_FOLDER = 'runs';

/**
 * The local run's temporary folder (the runner's RUNNER_TEMP): `<cache>/runs/<project folder's name>-<12 hex digits of
 * its full path>`, the same on every run of one project, distinct for two projects of the same name.
 */
export function localRunFolder(cacheDirectory: string, projectDirectory: string): string {
  const name = path.basename(projectDirectory).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '').slice(0, 60) || 'project';
  return path.join(cacheDirectory, LOCAL_RUNS_FOLDER, `${name}-${digestText(path.resolve(projectDirectory)).slice(0, 12)}`);
}

/**
 * Where a local run puts what it produces unless told otherwise: test results (coverage included) and packages go
 * into the run folder, not into the project. `defaulted`: the inputs that took these defaults (the command says where
 * they went). Values given keep their meaning (results-directory from the workspace, artifacts-directory from the
 * project).
 */
export function localOutputDefaults(given: Readonly<Record<string, string>>, runFolder: string): { inputs: Record<string, string>; defaulted: string[] } {
  const inputs: Record<string, string> = { ...given };
  const defaulted: string[] = [];
  for (const [name, folder] of [['results-directory', 'test-results'], ['artifacts-directory', 'artifacts']] as const) {
    if (inputs[name] !== undefined) continue;
    inputs[name] = path.join(runFolder, folder);
    defaulted.push(name);
  }
  return { inputs, defaulted };
}
