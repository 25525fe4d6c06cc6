import { access, readFile, realpath } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';

/**
 * The version of a Node-based tool on PATH (npm, yarn, pnpm), read from the package.json of the package
 * its executable belongs to: what `npm --version` prints, without starting npm (about 0.2 s on an exact
 * hit). Undefined when it cannot be told this way (a corepack shim, a wrapper script): the caller then
 * asks the tool itself.
 */
export async function installedPackageVersion(program: string, packageName: string, env: Record<string, string | undefined> = process.env): Promise<string | undefined> {
  const executable = await findOnPath(program, env);
  if (executable === undefined) return undefined;
  let current = path.dirname(await realpath(executable));
  for (let depth = 0; depth < 4; depth += 1) {
    try {
      const manifest = JSON.parse(await readFile(path.join(current, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === packageName && typeof manifest.version === 'string') return manifest.version;
      if (manifest.name !== undefined) return undefined;
    } catch {
      // no package.json at this level: keep walking up
    }
    current = path.dirname(current);
  }
  return undefined;
}

async function findOnPath(program: string, env: Record<string, string | undefined>): Promise<string | undefined> {
  if (process.platform === 'win32') return undefined;
  for (const folder of (env.PATH ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    const candidate = path.join(folder, program);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
