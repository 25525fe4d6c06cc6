/**
 * Each action's names, declared once: the inputs it reads, the outputs it sets and the state keys its post step
 * reads back, by their action.yml names. The code reads and writes through these types (a misspelt name does not
 * compile), and the contract test holds every action.yml to the same lists.
 */
export interface ActionNames<I extends string, O extends string, S extends string> {
  inputs: readonly I[];
  outputs: readonly O[];
  state: readonly S[];
}

export function declareNames<const I extends string, const O extends string, const S extends string = never>(names: {
  inputs: readonly I[];
  outputs: readonly O[];
  state?: readonly S[];
}): ActionNames<I, O, S> {
  return { inputs: names.inputs, outputs: names.outputs, state: names.state ?? [] };
}

/** The input names of a declaration. */
export type InputOf<N> = N extends ActionNames<infer I, string, string> ? I : never;
/** The output names of a declaration. */
export type OutputOf<N> = N extends ActionNames<string, infer O, string> ? O : never;
/** The state keys of a declaration. */
export type StateOf<N> = N extends ActionNames<string, string, infer S> ? S : never;
