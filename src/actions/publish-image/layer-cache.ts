import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { cacheSources, type LayerCacheKeys } from '../../core/image/build-plan.js';
import type { ActionIO } from '../../runtime/io/action-io.js';
import type { CacheStore } from '../../runtime/cache/cache-store.js';
import type { DockerCli } from '../../runtime/docker/docker-cli.js';

export type LayerCacheResult = 'hit' | 'partial' | 'miss' | 'disabled' | 'error';

export const ARCHIVE = 'images.tar';

/**
 * The classic builder's layer cache: the previous image and its stages, with every intermediate image of their
 * chains, `docker save`d into one archive in the Actions cache, `docker load`ed before the build and given to it
 * with --cache-from, shallowest first (core cacheSources says why). A fault is a warning and a cold build.
 */
export type LayerCacheDownload = Awaited<ReturnType<CacheStore['restore']>>;

/** The download alone (no engine needed), so that it can run while the engine is asked its version and builder. */
export async function downloadLayerCache(cache: CacheStore, keys: LayerCacheKeys, folder: string): Promise<LayerCacheDownload> {
  await mkdir(folder, { recursive: true });
  return cache.restore([folder], keys.primaryKey, keys.restoreKeys);
}

/** Loads what downloadLayerCache brought into the engine. */
export async function restoreLayerCache(io: ActionIO, download: Promise<LayerCacheDownload>, docker: DockerCli, keys: LayerCacheKeys, folder: string): Promise<{ result: LayerCacheResult; detail: string; loaded: string[]; sources: string[] }> {
  const restored = await download;
  if (restored.outcome === 'error') {
    io.warning(`Restoring the layer cache failed (${restored.message}); building without cached layers.`);
    return { result: 'error', detail: restored.message ?? 'cache fault', loaded: [], sources: [] };
  }
  if (restored.outcome === 'miss') return { result: 'miss', detail: `no entry for ${keys.primaryKey}`, loaded: [], sources: [] };
  const archive = path.join(folder, ARCHIVE);
  try {
    await stat(archive);
    const loaded = await docker.load(archive);
    // The chains of the loaded tags (docker load links each image to its parent when both were saved).
    const tags = loaded.filter((reference) => reference.startsWith(keys.stageTag('').replace(/:[^:]*$/, ':')));
    const sources = cacheSources(await Promise.all(tags.map((tag) => docker.historyIds(tag))));
    io.info(`Loaded ${loaded.length} cached image(s) from ${restored.matchedKey}: ${sources.length} cache source(s).`);
    const result: LayerCacheResult = restored.matchedKey?.startsWith(keys.primaryKey) ? 'hit' : 'partial';
    return { result, detail: `restored ${restored.matchedKey}`, loaded, sources };
  } catch (error) {
    io.warning(`The restored layer cache could not be loaded (${(error as Error).message}); building without cached layers.`);
    return { result: 'error', detail: (error as Error).message, loaded: [], sources: [] };
  } finally {
    await rm(archive, { force: true });
  }
}

/** Post: saves the images named in state, with every image of their chains. Never fails the job. */
export async function saveLayerCache(io: ActionIO, cache: CacheStore, docker: DockerCli, layerCache: { references: string[]; folder: string; key: string }): Promise<string> {
  await mkdir(layerCache.folder, { recursive: true });
  const archive = path.join(layerCache.folder, ARCHIVE);
  try {
    const chains = await Promise.all(layerCache.references.map((reference) => docker.historyIds(reference)));
    await docker.save([...layerCache.references, ...cacheSources(chains)], archive);
    const saved = await cache.save([layerCache.folder], layerCache.key);
    if (saved.outcome === 'saved') {
      io.info(`Saved the layer cache (${layerCache.references.length} image(s)) under ${layerCache.key}.`);
      return 'saved';
    }
    if (saved.outcome === 'exists') {
      io.info(`Not saving the layer cache: ${saved.message}.`);
      return 'exists';
    }
    io.warning(`Saving the layer cache failed (${saved.message}); the next build will be cold.`);
    return 'failed';
  } catch (error) {
    io.warning(`Saving the layer cache failed (${(error as Error).message}); the next build will be cold.`);
    return 'failed';
  } finally {
    await rm(archive, { force: true });
  }
}
