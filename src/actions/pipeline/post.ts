import { post as setupDepsPost, type SetupDepsPostDependencies } from '../setup-deps/post.js';
import { post as publishImagePost } from '../publish-image/post.js';
import { loadPublishImageState } from '../publish-image/state.js';
import { runCommand, type RunCommand } from '../../runtime/process/run-command.js';

export interface PipelinePostDependencies extends SetupDepsPostDependencies {
  /** For publish-image's post (docker logout, docker save); the real process runner when not given. */
  run?: RunCommand;
}

/**
 * The stages' post steps, each reading only the state its main saved: setup-deps saves the installed tree;
 * publish-image, when its main got as far as saving state (the stage ran), logs out and saves the layer cache.
 */
export async function post(deps: PipelinePostDependencies): Promise<void> {
  await setupDepsPost(deps);
  if (loadPublishImageState(deps.io) !== undefined) await publishImagePost({ io: deps.io, cache: deps.cache, run: deps.run ?? runCommand });
}
