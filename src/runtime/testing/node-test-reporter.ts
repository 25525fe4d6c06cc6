import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NODE_RESULTS_VARIABLE as RESULTS_FOLDER_VARIABLE } from '../../core/testing/node-script.js';


/**
 * A reporter module for node's own test runner (`node --test --test-reporter=<file>`): JUnit XML like node's
 * built-in junit reporter, plus what that one leaves out and annotations need: each test's file and line, its
 * suites in the name, and the assertion's own message and stack. Node loads it from a file: no dependency is added.
 */
export const NODE_TEST_REPORTER_SOURCE = String.raw`
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const escape = (text) => String(text)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
export default async function* buildActionsJunit(source) {
  const stacks = new Map();
  const cases = [];
  const stderr = new Map();
  for await (const event of source) {
    const data = event.data ?? {};
    const key = data.file ?? '';
    if (event.type === 'test:stderr') {
      stderr.set(key, (stderr.get(key) ?? '') + data.message);
      continue;
    }
    if (event.type === 'test:start') {
      const stack = stacks.get(key) ?? [];
      stack.length = data.nesting;
      stack[data.nesting] = data.name;
      stacks.set(key, stack);
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const details = data.details ?? {};
    if (details.type === 'suite') continue;
    const ancestors = (stacks.get(key) ?? []).slice(0, data.nesting);
    const name = [...ancestors, data.name].join(' › ');
    const skipped = data.skip !== undefined && data.skip !== false || data.todo !== undefined && data.todo !== false;
    const attributes = ['name="' + escape(name) + '"', 'classname="' + escape(data.file ?? 'test') + '"',
      'time="' + ((details.duration_ms ?? 0) / 1000).toFixed(6) + '"'];
    if (data.file) attributes.push('file="' + escape(data.file) + '"');
    if (data.line) attributes.push('line="' + data.line + '"');
    let body = '';
    if (skipped) body = '<skipped/>';
    else if (event.type === 'test:fail') {
      const error = details.error ?? {};
      const cause = error.cause && typeof error.cause === 'object' ? error.cause : error;
      let message = cause.message ?? String(cause);
      let text = cause.stack ?? message;
      // A file that failed as a whole (it did not load, or its process exited): what it printed says why.
      if (data.name === data.file && stderr.get(key)) {
        const lines = stderr.get(key).trim().split('\n').filter((line) => line.trim() !== '');
        message = (lines.find((line) => /Error|error:/.test(line)) ?? lines[lines.length - 1] ?? message).trim();
        text = lines.slice(-20).join('\n');
      }
      body = '<failure message="' + escape(message) + '" type="' + escape(error.failureType ?? 'failure') + '">' + escape(text) + '</failure>';
    }
    cases.push('    <testcase ' + attributes.join(' ') + (body ? '>' + body + '</testcase>' : '/>'));
  }
  const xml = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="node:test" tests="' + cases.length + '">\n' + cases.join('\n') + '\n  </testsuite>\n</testsuites>\n';
  // Given through NODE_OPTIONS, every runner the script starts (a wrapper may start several) writes its own file.
  const folder = process.env.${RESULTS_FOLDER_VARIABLE};
  if (!folder) {
    yield xml;
    return;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'node-' + process.pid + '-' + Date.now() + '-' + Math.random().toString(36).slice(2, 8) + '.xml'), xml);
}
`;

/** Writes the reporter module into `directory` and returns its absolute path. */
export async function writeNodeTestReporter(directory: string): Promise<string> {
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, 'build-actions-node-test-reporter.mjs');
  await writeFile(file, NODE_TEST_REPORTER_SOURCE);
  return file;
}
