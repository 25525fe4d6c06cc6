import type { ActionIO } from '../../runtime/io/action-io.js';
import type { CacheStore } from '../../runtime/cache/cache-store.js';
import { DockerCli } from '../../runtime/docker/docker-cli.js';
import type { RunCommand } from '../../runtime/process/run-command.js';
import { saveLayerCache } from './layer-cache.js';
import { loadPublishImageState } from './state.js';

export interface PublishImagePostDependencies {
  io: ActionIO;
  run: RunCommand;
  cache: CacheStore;
}

/** Logs out of the registry main logged in to, and saves the classic builder's layer cache. Never fails the job. */
export async function post(deps: PublishImagePostDependencies): Promise<{ loggedOut?: string; layerCache?: string }> {
  const { io } = deps;
  const state = loadPublishImageState(io);
  if (state === undefined) {
    io.info('Nothing to do: the publish-image step did not get as far as the build.');
    return {};
  }
  const docker = new DockerCli(deps.run, { cwd: state.directory });
  const done: { loggedOut?: string; layerCache?: string } = {};
  if (state.loggedInTo !== undefined) {
    await docker.logout(state.loggedInTo);
    io.info(`Logged out of ${state.loggedInTo}.`);
    done.loggedOut = state.loggedInTo;
  }
  if (state.layerCache !== undefined) {
    const layerCache = state.layerCache;
    done.layerCache = await io.group('Save the layer cache', () => saveLayerCache(io, deps.cache, docker, layerCache));
  } else {
    io.info(`Not saving the layer cache: ${state.skipReason ?? 'nothing to save'}.`);
  }
  if (state.scanDatabase !== undefined) {
    const saved = await deps.cache.save([state.scanDatabase.folder], state.scanDatabase.key);
    if (saved.outcome === 'error') io.warning(`Saving the scanner's database failed (${saved.message}); the next run downloads it again.`);
    else io.info(`Scanner database: ${saved.outcome} (${state.scanDatabase.key}).`);
  }
  return done;
}
