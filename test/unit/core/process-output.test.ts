import { expect, it } from '@jest/globals';
import { lastLines, outputTail } from '../../../src/core/process-output.js';
import { VENV_FOLDER, pythonCandidates, venvPython } from '../../../src/core/python-venv.js';
import { collectedNoTests } from '../../../src/core/testing/test-command.js';

it.each([
  ['a\nb\nc\n', 2, {}, 'b\nc'],
  ['a\r\nb\r\n\r\nc', 2, {}, '\nc'],
  ['a\n\nb\n\n\nc\n', 2, { skipBlank: true }, 'b\nc'],
  ['only', 5, {}, 'only'],
])('lastLines(%j, %d, %j)', (text, count, options, expected) => {
  expect(lastLines(text, count, options)).toBe(expected);
});

it('outputTail reads standard output, then standard error', () => {
  expect(outputTail('out 1\nout 2', 'err 1', 2)).toBe('out 2\nerr 1');
});

it('the project interpreter is looked for in .venv, then an activated venv, then python3', () => {
  expect(venvPython('/p/.venv')).toBe('/p/.venv/bin/python');
  expect(pythonCandidates('/p', {})).toEqual([`/p/${VENV_FOLDER}/bin/python`, 'python3']);
  expect(pythonCandidates('/p', { VIRTUAL_ENV: '/v' })).toEqual(['/p/.venv/bin/python', '/v/bin/python', 'python3']);
});

it.each([
  ['pytest', 5, true],
  ['pytest', 1, false],
  ['jest', 5, false],
] as const)('%s exiting %d collected no tests: %s', (runner, code, expected) => {
  expect(collectedNoTests(runner, code)).toBe(expected);
});
