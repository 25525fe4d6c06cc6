import { ConfigurationError } from './errors.js';

/** Reads one raw input by its action.yml name; returns '' when it is not set. */
export type InputReader<N extends string = string> = (name: N) => string;

function quoted(value: string): string {
  return `'${value}'`;
}

/** Strict booleans: only `true` and `false` (any case) are accepted; empty takes the default. */
export function parseBooleanInput(name: string, raw: string, defaultValue: boolean): boolean {
  const value = raw.trim();
  if (value === '') return defaultValue;
  const lowered = value.toLowerCase();
  if (lowered === 'true') return true;
  if (lowered === 'false') return false;
  throw new ConfigurationError(`Input '${name}' must be true or false (got ${quoted(value)}).`);
}

export function parseEnumInput<T extends string>(name: string, raw: string, allowed: readonly T[], defaultValue: T): T {
  const value = raw.trim();
  if (value === '') return defaultValue;
  const match = allowed.find((candidate) => candidate === value.toLowerCase());
  if (match === undefined) {
    throw new ConfigurationError(`Input '${name}' must be one of ${allowed.join(', ')} (got ${quoted(value)}).`);
  }
  return match;
}

export const DEFAULT_TIMEOUT_MINUTES = 30;

/** `timeout-minutes`: a positive number of minutes (fractions allowed); empty takes the default. */
export function parseTimeoutMinutes(raw: string, defaultValue = DEFAULT_TIMEOUT_MINUTES): number {
  const value = raw.trim();
  if (value === '') return defaultValue;
  const minutes = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(minutes > 0) || minutes > 360) {
    throw new ConfigurationError(`Input 'timeout-minutes' must be a number of minutes above 0 and at most 360, e.g. 30 (got ${quoted(value)}).`);
  }
  return minutes;
}

export function parseStringInput(raw: string, defaultValue: string): string {
  const value = raw.trim();
  return value === '' ? defaultValue : value;
}
