import { createHash } from 'node:crypto';
import { compareNames } from './name-order.js';

/** A stable digest of named parts: each part's name and length are hashed too, so parts cannot run together. */
export function digestParts(parts: ReadonlyArray<{ name: string; content: string }>): string {
  const hash = createHash('sha256');
  for (const part of [...parts].sort((a, b) => compareNames(a.name, b.name))) {
    hash.update(`${part.name}\0${Buffer.byteLength(part.content)}\0`);
    hash.update(part.content);
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function digestText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
