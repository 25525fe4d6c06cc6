/** The compressed size of repository:tag as the registry stores it, or undefined (no such tag, an index, a fault). */
export async function compressedSize(repository: string, tag: string, credentials: { username: string; password: string } | undefined): Promise<number | undefined> {
  return (await manifestDigest(repository, tag, credentials, 15_000, 'GET')).compressedBytes;
}

/**
 * Asks a registry (Distribution API v2) for a tag's manifest digest, the truth after a push: the
 * Docker-Content-Digest header of a HEAD on /v2/<name>/manifests/<tag>. Basic auth, and the Bearer token
 * challenge that ghcr.io and Docker Hub answer with.
 */
const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** `host[:port]/path/name` → the API base URL and the repository path. Plain HTTP only for loopback hosts. */
export function registryEndpoint(repository: string): { base: string; name: string } {
  const [host, ...rest] = repository.split('/');
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
  const apiHost = host === 'docker.io' ? 'registry-1.docker.io' : host;
  return { base: `${loopback ? 'http' : 'https'}://${apiHost}`, name: rest.join('/') };
}

function parseChallenge(header: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of header.matchAll(/(\w+)="([^"]*)"/g)) fields[match[1]] = match[2];
  return fields;
}

export interface RegistryAnswer {
  digest?: string;
  status: number;
  message?: string;
  /** For a single-platform manifest fetched with GET: the compressed size (config and layers). */
  compressedBytes?: number;
}

export async function manifestDigest(repository: string, tag: string, credentials: { username: string; password: string } | undefined,
  timeoutMs = 30_000, method: 'HEAD' | 'GET' = 'HEAD'): Promise<RegistryAnswer> {
  const { base, name } = registryEndpoint(repository);
  const url = `${base}/v2/${name}/manifests/${encodeURIComponent(tag)}`;
  const basic = credentials ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` : undefined;
  const head = (authorization?: string) =>
    fetch(url, { method, headers: { accept: ACCEPT, ...(authorization ? { authorization } : {}) }, signal: AbortSignal.timeout(timeoutMs) });
  try {
    let response = await head(basic);
    const challenge = response.headers.get('www-authenticate') ?? '';
    if (response.status === 401 && /^bearer/i.test(challenge)) {
      const fields = parseChallenge(challenge);
      const tokenUrl = new URL(fields.realm);
      if (fields.service) tokenUrl.searchParams.set('service', fields.service);
      tokenUrl.searchParams.set('scope', fields.scope ?? `repository:${name}:pull`);
      const tokenResponse = await fetch(tokenUrl, { headers: basic ? { authorization: basic } : {}, signal: AbortSignal.timeout(timeoutMs) });
      if (!tokenResponse.ok) return { status: tokenResponse.status, message: `the token service answered ${tokenResponse.status}` };
      const body = (await tokenResponse.json()) as { token?: string; access_token?: string };
      response = await head(`Bearer ${body.token ?? body.access_token ?? ''}`);
    }
    if (!response.ok) return { status: response.status, message: `${response.status} ${response.statusText}` };
    const digest = response.headers.get('docker-content-digest') ?? undefined;
    if (method === 'HEAD') return { status: response.status, digest };
    const manifest = (await response.json()) as { config?: { size?: number }; layers?: Array<{ size?: number }> };
    const compressedBytes = manifest.layers === undefined ? undefined : (manifest.config?.size ?? 0) + manifest.layers.reduce((sum, layer) => sum + (layer.size ?? 0), 0);
    return { status: response.status, digest, compressedBytes };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: 0, message: cause ?? (error as Error).message };
  }
}
