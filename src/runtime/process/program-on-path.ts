import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * The executable file `name` in the first PATH folder that has one, or undefined. Synchronous: a few access calls,
 * for the choices made once before a program is first run (which tar, whether zstd is there).
 */
export function programOnPath(name: string, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  for (const folder of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
