import type { ActionNames } from '../../core/action-names.js';
import type { ActionIO } from './action-io.js';

/** One action's view of the runner, through the names it declared (core/action-names.ts): a typo does not compile. */
export interface NamedIO<I extends string, O extends string, S extends string> {
  input(name: I): string;
  setOutput(name: O, value: string): void;
  saveState(name: S, value: string): void;
  getState(name: S): string;
}

export function namedIO<I extends string, O extends string, S extends string>(io: ActionIO, _names: ActionNames<I, O, S>): NamedIO<I, O, S> {
  return {
    input: (name) => io.getInput(name),
    setOutput: (name, value) => io.setOutput(name, value),
    saveState: (name, value) => io.saveState(name, value),
    getState: (name) => io.getState(name),
  };
}
