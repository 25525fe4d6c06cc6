import type { SummaryDocument } from '../../core/summary-document.js';

/** Where an annotation points. */
export interface AnnotationPosition {
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

/**
 * Everything an action says to, or reads from, the runner. The GitHub implementation speaks the runner protocol (runner-protocol.ts);
 * the local command passes a console one; tests pass a recording one.
 */
export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  warning(message: string, position?: AnnotationPosition): void;
  error(message: string, position?: AnnotationPosition): void;
  notice(message: string, position?: AnnotationPosition): void;
  setFailed(message: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  exportVariable(name: string, value: string): void;
  addPath(path: string): void;
  setSecret(value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  writeSummary(document: SummaryDocument): Promise<void>;
}

/** `io` with some of its methods replaced; the others called on `io` itself. */
export function overridingIO(io: ActionIO, replaced: Partial<ActionIO>): ActionIO {
  return new Proxy(io, {
    get(target, property, receiver) {
      if (Object.hasOwn(replaced, property)) return replaced[property as keyof ActionIO];
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
