import path from 'node:path';
import { mayHoldSecret, searchLayerFile, type SecretFinding } from '../../core/image/secret-search.js';
import { listTarEntries, readEntry, scanEntry, withTar } from '../files/tar-reader.js';

interface SaveManifest {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
}

/**
 * Searches every layer of a `docker save` archive in place (layers are uncompressed tars inside it): key files
 * by name and content, and every regular file for the registered secret values. Names the layer and path.
 */
export async function searchSavedImage(archive: string, secrets: readonly string[]): Promise<{ findings: SecretFinding[]; layers: number; files: number }> {
  return withTar(archive, async (handle) => {
    const outer = await listTarEntries(handle);
    const manifestEntry = outer.find((entry) => entry.path === 'manifest.json');
    if (manifestEntry === undefined) throw new Error(`${archive} has no manifest.json: not a docker save archive`);
    const manifest = JSON.parse((await readEntry(handle, manifestEntry)).toString('utf8')) as SaveManifest[];
    const layers = manifest[0]?.Layers ?? [];
    const findings: SecretFinding[] = [];
    let files = 0;
    const needles = secrets.filter((secret) => secret.length >= 4).map((secret) => Buffer.from(secret));
    const overlap = Math.max(0, ...needles.map((needle) => needle.length));
    for (const [index, layerPath] of layers.entries()) {
      const layerEntry = outer.find((entry) => path.posix.normalize(entry.path) === path.posix.normalize(layerPath));
      if (layerEntry === undefined) continue;
      const layerName = `layer ${index + 1} of ${layers.length} (${layerPath.split('/')[0].replace(/^blobs$/, layerPath.split('/').pop() ?? '').slice(0, 12)})`;
      for (const entry of await listTarEntries(handle, layerEntry.offset, layerEntry.size)) {
        if (entry.type !== '0' && entry.type !== '\0' && entry.type !== '7') continue;
        files += 1;
        const name = path.posix.basename(entry.path);
        if (name.startsWith('.wh.')) continue; // a whiteout: a deletion marker, no content
        if (mayHoldSecret(entry.path, entry.size)) {
          const content = (await readEntry(handle, entry)).toString('utf8');
          const found = searchLayerFile(layerName, entry.path, content, secrets);
          if (found.length > 0) {
            findings.push(...found);
            continue;
          }
        }
        if (needles.length > 0 && entry.size > 0) {
          const hit = await scanEntry(handle, entry, overlap, (chunk) => needles.some((needle) => chunk.includes(needle)));
          if (hit) findings.push({ where: layerName, path: entry.path, what: 'a file holding a secret value' });
        }
      }
    }
    return { findings, layers: layers.length, files };
  });
}
