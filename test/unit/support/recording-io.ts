import type { ActionIO, AnnotationPosition } from '../../../src/runtime/io/action-io.js';
import type { SummaryDocument } from '../../../src/core/summary-document.js';

export interface RecordedAnnotation {
  message: string;
  position?: AnnotationPosition;
}

/**
 * An ActionIO that records everything an action says to the runner. Inputs come from a map; state starts
 * from `initialState` (feed main's `state` into post's recorder, as the runner does).
 */
export class RecordingIO implements ActionIO {
  readonly outputs = new Map<string, string>();
  readonly state: Map<string, string>;
  readonly infos: string[] = [];
  readonly warnings: RecordedAnnotation[] = [];
  readonly errors: RecordedAnnotation[] = [];
  readonly notices: RecordedAnnotation[] = [];
  readonly failures: string[] = [];
  readonly groups: string[] = [];
  readonly exportedEnv = new Map<string, string>();
  readonly paths: string[] = [];
  readonly secrets: string[] = [];
  readonly summaries: SummaryDocument[] = [];

  constructor(
    private readonly inputs: Record<string, string> = {},
    initialState: ReadonlyMap<string, string> = new Map(),
  ) {
    this.state = new Map(initialState);
  }

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }
  info(message: string): void {
    this.infos.push(message);
  }
  warning(message: string, position?: AnnotationPosition): void {
    this.warnings.push({ message, position });
  }
  error(message: string, position?: AnnotationPosition): void {
    this.errors.push({ message, position });
  }
  notice(message: string, position?: AnnotationPosition): void {
    this.notices.push({ message, position });
  }
  setFailed(message: string): void {
    this.failures.push(message);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.groups.push(title);
    return body();
  }
  exportVariable(name: string, value: string): void {
    this.exportedEnv.set(name, value);
  }
  addPath(path: string): void {
    this.paths.push(path);
  }
  setSecret(value: string): void {
    this.secrets.push(value);
  }
  saveState(name: string, value: string): void {
    this.state.set(name, value);
  }
  getState(name: string): string {
    return this.state.get(name) ?? '';
  }
  async writeSummary(document: SummaryDocument): Promise<void> {
    this.summaries.push(document);
  }

  /** Every warning message, for assertions. */
  get warningMessages(): string[] {
    return this.warnings.map((warning) => warning.message);
  }
}
