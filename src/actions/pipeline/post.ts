import { post as setupDepsPost, type SetupDepsPostDependencies } from '../setup-deps/post.js';

export async function post(deps: SetupDepsPostDependencies): Promise<void> {
  await setupDepsPost(deps);
}
