/**
 * Secret values that a job's environment may carry into our logs (registry tokens, index credentials).
 * The entry points mask each one before anything runs.
 */
const SECRET_NAME = /(TOKEN|PASSWORD|PASSWD|SECRET|API_KEY|AUTH(?!OR(?!IZ)))/i; // not GIT_AUTHOR_NAME, CERT_AUTHORITY; AUTHORIZATION is
const NOT_SECRET = new Set(['ACTIONS_RUNTIME_TOKEN_PRESENT', 'GITHUB_TOKEN_PERMISSIONS']);

export function secretValues(env: Record<string, string | undefined>): string[] {
  const found = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value.length < 4) continue;
    if (SECRET_NAME.test(name) && !NOT_SECRET.has(name)) found.add(value);
    for (const match of value.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/@\s:]*):([^/@\s]+)@/gi)) {
      if (match[2].length >= 4) found.add(match[2]);
      if (match[1].length >= 4 && /TOKEN|KEY/i.test(name)) found.add(match[1]);
    }
  }
  return [...found];
}
