/**
 * The runner's protocol for an action, written here rather than loaded from @actions/core: inputs from INPUT_*
 * variables, workflow commands on stdout (`::warning file=…::`, `::add-mask::`, `::group::`), and the file commands
 * (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY), byte for byte as @actions/core
 * 3.x writes them (test/unit/runtime/io/runner-protocol.test.ts holds it to that). @actions/core pulls in an HTTP
 * client and undici for OIDC tokens, which no action here asks for: about 40 ms of every step's start-up.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';
import path from 'node:path';

export interface CommandProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value);
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,…::message`, properties without a value left out. */
export function formatCommand(command: string, properties: CommandProperties | Record<string, unknown>, message: unknown): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => Boolean(value))
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

export function issueCommand(command: string, properties: CommandProperties | Record<string, unknown>, message: unknown): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

function issueFileCommand(command: string, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

/** `name<<delimiter` / value / `delimiter`, with a delimiter that neither may contain. */
export function keyValueMessage(name: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = commandValue(value);
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

/** The input's value, trimmed; '' when it is not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', keyValueMessage(name, value));
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, commandValue(value));
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', keyValueMessage(name, value));
  issueCommand('save-state', { name }, commandValue(value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

export function exportVariable(name: string, value: unknown): void {
  const converted = commandValue(value);
  process.env[name] = converted;
  if (process.env.GITHUB_ENV) return issueFileCommand('ENV', keyValueMessage(name, value));
  issueCommand('set-env', { name }, converted);
}

export function addPath(folder: string): void {
  if (process.env.GITHUB_PATH) issueFileCommand('PATH', folder);
  else issueCommand('add-path', {}, folder);
  process.env.PATH = `${folder}${path.delimiter}${process.env.PATH}`;
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export function annotate(level: AnnotationLevel, message: string, properties: CommandProperties = {}): void {
  issueCommand(level, properties, message);
}

/** Marks the step failed (exit code 1) and says why as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  annotate('error', message);
}

export async function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, title);
  try {
    return await body();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}

/** Appends markdown to the step summary file. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, markdown, { encoding: 'utf8' });
}
