/**
 * What the secret check looks for in a built image, decided on data the runtime reads: file paths and contents
 * of each layer, and the image's history, labels and environment. A finding names where, never the value.
 */
export interface SecretFinding {
  /** e.g. "layer 3 of 5 (sha256:ab12…)" or "history step 4" or "label org.x" */
  where: string;
  path?: string;
  what: string;
}

const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )?PRIVATE KEY-----/;
const SSH_KEY_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);

function basename(path: string): string {
  const parts = path.replace(/\/+$/, '').split('/');
  return parts[parts.length - 1] ?? '';
}

/** Files worth reading (their content decides): small enough, and of a kind that may hold a key or token. */
export function mayHoldSecret(path: string, size: number): boolean {
  if (size > 1024 * 1024) return false;
  const name = basename(path);
  return SSH_KEY_NAMES.has(name) || name.endsWith('.pem') || name.endsWith('.key') || name === '.npmrc' || name === '.pypirc' ||
    name === '.env' || name.startsWith('.env.') || name === '.netrc' || name === 'credentials';
}

/** Whether a file's name and content make it a key file. Public certificates (*.pem without a private key) pass. */
export function keyFileKind(path: string, content: string): string | undefined {
  const name = basename(path);
  if (SSH_KEY_NAMES.has(name)) return 'an SSH private key';
  if ((name.endsWith('.pem') || name.endsWith('.key')) && PRIVATE_KEY.test(content)) return 'a private key';
  if (name === '.npmrc' && /_authToken\s*=|_auth\s*=|_password\s*=/.test(content)) return 'an .npmrc with a registry token';
  if (name === '.pypirc' && /^\s*password\s*[=:]/m.test(content)) return 'a .pypirc with a password';
  if (name === '.netrc' && /\bpassword\s+\S/.test(content)) return 'a .netrc with a password';
  if (name === '.env' || (name.startsWith('.env.') && !/\.(example|sample|template|dist)$/.test(name))) return 'a .env file';
  return undefined;
}

/** The registered secret values (of at least 4 characters) that occur in a text. Returns how many, never which. */
export function containsSecretValue(text: string, secrets: readonly string[]): boolean {
  return secrets.some((secret) => secret.length >= 4 && text.includes(secret));
}

export interface ImageMetadata {
  /** Config.Env of docker inspect. */
  env: string[];
  labels: Record<string, string>;
  /** CreatedBy of each history entry. */
  history: string[];
}

export function searchMetadata(metadata: ImageMetadata, secrets: readonly string[]): SecretFinding[] {
  const findings: SecretFinding[] = [];
  metadata.history.forEach((step, index) => {
    if (containsSecretValue(step, secrets)) findings.push({ where: `history step ${index + 1}`, what: 'a secret value in the command that made the layer' });
  });
  for (const [name, value] of Object.entries(metadata.labels)) {
    if (containsSecretValue(`${name}=${value}`, secrets)) findings.push({ where: `label ${name}`, what: 'a secret value' });
  }
  for (const entry of metadata.env) {
    if (containsSecretValue(entry, secrets)) findings.push({ where: `environment variable ${entry.split('=')[0]}`, what: 'a secret value' });
  }
  return findings;
}

/** A file of a layer: a key file by name and content, or any file that holds a secret value. */
export function searchLayerFile(layer: string, path: string, content: string | undefined, secrets: readonly string[]): SecretFinding[] {
  if (content === undefined) return [];
  const kind = keyFileKind(path, content);
  if (kind !== undefined) return [{ where: layer, path, what: kind }];
  if (containsSecretValue(content, secrets)) return [{ where: layer, path, what: 'a file holding a secret value' }];
  return [];
}

export function describeFindings(findings: SecretFinding[]): string {
  return findings.map((finding) => `${finding.what} in ${finding.where}${finding.path ? ` at /${finding.path.replace(/^\/+/, '')}` : ''}`).join('; ');
}
