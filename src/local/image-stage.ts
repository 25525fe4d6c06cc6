import type { ActionDependencies } from '../runtime/io/action-dependencies.js';
import path from 'node:path';
import { ConfigurationError, StageUnavailable } from '../core/errors.js';
import { noDockerfileNote, noEngineNote } from '../core/local/run-plan.js';
import { DockerCli, DockerError } from '../runtime/docker/docker-cli.js';
import { readTextIfExists } from '../runtime/files/file-system.js';

/**
 * The local run's image stage. Unless `required` (--stages names it), it first looks for the Dockerfile and asks
 * the engine its version, and throws StageUnavailable (skipped with a note, not a failure) when either is missing,
 * so a developer without Docker still gets the other four verdicts. When required, a missing Dockerfile is the
 * stage's own error, and a missing engine a clear one with the same advice.
 */
export function localImageStage(main: (deps: ActionDependencies) => Promise<unknown>, required: boolean): (deps: ActionDependencies) => Promise<unknown> {
  return async (deps) => {
    if (!required) {
      const read = (name: string, fallback: string): string => deps.io.getInput(name).trim() || fallback;
      const dockerfile = path.resolve(deps.context.workspace, read('working-directory', '.'), read('file', 'Dockerfile'));
      // Only a file that is certainly absent skips the stage; anything odd is left to the stage to report.
      if ((await readTextIfExists(dockerfile).catch(() => '')) === undefined) throw new StageUnavailable(noDockerfileNote(dockerfile));
    }
    try {
      await new DockerCli(deps.run).serverVersion();
    } catch (error) {
      if (!(error instanceof DockerError)) throw error;
      if (required) throw new ConfigurationError(`publish-image: ${noEngineNote(error.message)}.`);
      throw new StageUnavailable(noEngineNote(error.message));
    }
    return main(deps);
  };
}
