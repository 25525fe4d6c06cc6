import { expect, it } from '@jest/globals';
import { declareNames, type InputOf } from '../../../src/core/action-names.js';
import type { InputReader } from '../../../src/core/inputs.js';
import { SETUP_DEPS_NAMES, readSetupDepsInputs, type SetupDepsInput } from '../../../src/actions/setup-deps/inputs.js';
import { namedIO } from '../../../src/runtime/io/named-io.js';
import { RecordingIO } from '../support/recording-io.js';

// `npm run typecheck` compiles this file: each @ts-expect-error below fails the type check if the misspelt name
// were accepted, so the compiler, not a reviewer, catches `read('workng-directory')`.
it('a misspelt input, output or state name does not compile; declared ones pass through to the runner unchanged', () => {
  const io = new RecordingIO({ 'working-directory': 'services/orders' }, new Map([['setup-deps', '{"schema":1}']]));
  const named = namedIO(io, SETUP_DEPS_NAMES);
  expect(named.input('working-directory')).toBe('services/orders');
  // @ts-expect-error: not an input of setup-deps
  named.input('workng-directory');
  named.setOutput('cache-hit', 'true');
  // @ts-expect-error: not an output of setup-deps
  named.setOutput('cache_hit', 'true');
  expect(named.getState('setup-deps')).toBe('{"schema":1}');
  // @ts-expect-error: not a state key of setup-deps
  named.getState('setup_deps');
  expect(io.outputs.get('cache-hit')).toBe('true');
  expect([...io.outputs.keys()]).toEqual(['cache-hit', 'cache_hit']); // the runtime does not check: the compiler does
});

it('each reader takes only its own action\'s names', () => {
  const read: InputReader<SetupDepsInput> = (name) => (name === 'package-manager' ? 'pnpm' : '');
  expect(readSetupDepsInputs(read).packageManager).toBe('pnpm');
  // @ts-expect-error: a test action input is not a setup-deps input
  read('coverage-threshold');
});

it('declareNames keeps the lists as given and an empty state list when the action keeps none', () => {
  const names = declareNames({ inputs: ['a', 'b'], outputs: ['c'] });
  const input: InputOf<typeof names> = 'a';
  expect(names).toEqual({ inputs: ['a', 'b'], outputs: ['c'], state: [] });
  expect(input).toBe('a');
});
