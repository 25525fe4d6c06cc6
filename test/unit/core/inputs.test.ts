import { ConfigurationError } from '../../../src/core/errors.js';
import { parseBooleanInput, parseEnumInput, parseStringInput } from '../../../src/core/inputs.js';
import { readSetupDepsInputs } from '../../../src/actions/setup-deps/inputs.js';

describe('parseBooleanInput', () => {
  it.each([
    ['true', true],
    ['false', false],
    ['True', true],
    ['FALSE', false],
    ['  true  ', true],
  ])('accepts %j as %s', (raw, expected) => {
    expect(parseBooleanInput('cache', raw, !expected)).toBe(expected);
  });

  it.each([
    ['', true],
    ['', false],
    ['   ', true],
  ])('takes the default for %j (default %s)', (raw, defaultValue) => {
    expect(parseBooleanInput('cache', raw, defaultValue)).toBe(defaultValue);
  });

  it.each(['yes', '1', 'no', '0', 'on', 't', 'truthy'])('rejects %j, naming the input, the value and what is accepted', (raw) => {
    expect(() => parseBooleanInput('cache', raw, true)).toThrow(ConfigurationError);
    expect(() => parseBooleanInput('cache', raw, true)).toThrow(`Input 'cache' must be true or false (got '${raw}').`);
  });
});

describe('parseEnumInput', () => {
  const allowed = ['auto', 'npm', 'yarn', 'pnpm', 'pip', 'poetry'] as const;

  it.each([
    ['npm', 'npm'],
    ['PNPM', 'pnpm'],
    [' poetry ', 'poetry'],
    ['', 'auto'],
    ['  ', 'auto'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseEnumInput('package-manager', raw, allowed, 'auto')).toBe(expected);
  });

  it.each(['pipenv', 'bun', 'yarn2', 'npm@10', ' Pipenv '])('rejects %j with the list of accepted values', (raw) => {
    expect(() => parseEnumInput('package-manager', raw, allowed, 'auto')).toThrow(
      `Input 'package-manager' must be one of auto, npm, yarn, pnpm, pip, poetry (got '${raw.trim()}').`,
    );
  });
});

describe('parseStringInput', () => {
  it.each([
    ['', '.', '.'],
    ['  ', '.', '.'],
    [' services/api ', '.', 'services/api'],
  ])('reads %j (default %j) as %j', (raw, defaultValue, expected) => {
    expect(parseStringInput(raw, defaultValue)).toBe(expected);
  });
});

describe('readSetupDepsInputs', () => {
  it('applies the defaults when nothing is set', () => {
    expect(readSetupDepsInputs(() => '')).toEqual({ workingDirectory: '.', packageManager: 'auto', cache: true, cacheVersion: '', timeoutMinutes: 30 });
  });

  it('reads every input by its action.yml name', () => {
    const inputs: Record<string, string> = { 'working-directory': 'api', 'package-manager': 'Yarn', cache: 'False', 'cache-version': ' 2024-06-01 ', 'timeout-minutes': '0.5' };
    expect(readSetupDepsInputs((name) => inputs[name] ?? '')).toEqual({ workingDirectory: 'api', packageManager: 'yarn', cache: false, cacheVersion: '2024-06-01', timeoutMinutes: 0.5 });
  });

  it.each([
    [{ 'package-manager': 'pipenv' }, "Input 'package-manager' must be one of auto, npm, yarn, pnpm, pip, poetry (got 'pipenv')."],
    [{ cache: 'yes' }, "Input 'cache' must be true or false (got 'yes')."],
    [{ 'timeout-minutes': '0' }, "Input 'timeout-minutes' must be a number of minutes above 0 and at most 360, e.g. 30 (got '0')."],
    [{ 'timeout-minutes': '361' }, "Input 'timeout-minutes' must be a number of minutes above 0 and at most 360, e.g. 30 (got '361')."],
    [{ 'timeout-minutes': 'ten' }, "Input 'timeout-minutes' must be a number of minutes above 0 and at most 360, e.g. 30 (got 'ten')."],
    [{ 'cache-version': 'a b' }, "Input 'cache-version' must be a short token of 1 to 32 letters, digits, '.', '_' or '-', e.g. 2 or 2024-06-01 (got 'a b')."],
  ])('rejects %j', (inputs: Record<string, string>, message) => {
    expect(() => readSetupDepsInputs((name) => inputs[name] ?? '')).toThrow(message);
  });
});
