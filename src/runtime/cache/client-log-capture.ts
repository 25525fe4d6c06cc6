/**
 * @actions/cache reports what went wrong only in its log (`::warning::Failed to restore: …`, and
 * `::error::` for server errors, which would mark a successful job with an error annotation). While a call
 * runs, this captures what the client writes to stdout, passes ordinary lines through, and turns the
 * client's `::error::` lines into warnings: a cache fault is never an error of the build.
 */
export interface CapturedLog {
  lines: string[];
}

export async function withClientLogCapture<T>(body: () => Promise<T>): Promise<{ value: T; log: CapturedLog }> {
  const original = process.stdout.write;
  const forward = original.bind(process.stdout);
  const lines: string[] = [];
  let pending = '';
  const emit = (line: string): void => relayClientLine({ lines }, line, forward);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      emit(pending.slice(0, newline).replace(/\r$/, ''));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
    const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    const value = await body();
    return { value, log: { lines } };
  } finally {
    process.stdout.write = original;
    if (pending !== '') emit(pending);
  }
}

/** Records one line of the client's log and passes it on, with `::error::` turned into `::warning::`. */
export function relayClientLine(log: CapturedLog, line: string, forward: (text: string) => unknown): void {
  log.lines.push(line);
  forward(`${line.startsWith('::error::') ? `::warning::${line.slice('::error::'.length)}` : line}\n`);
}

/** The first fault the client logged, without the workflow-command prefix. */
export function loggedFault(log: CapturedLog): string | undefined {
  const line = log.lines.find((candidate) => /^::(warning|error)::Failed to (restore|save)/.test(candidate))
    ?? log.lines.find((candidate) => /^::(warning|error)::/.test(candidate) && !/rate limit will reset/.test(candidate));
  if (line === undefined) return undefined;
  // Workflow-command data is escaped (%0A for a newline): keep the first line, decoded.
  const data = line.replace(/^::(warning|error)::/, '');
  return data.split(/%0A|%0D/)[0].replace(/%25/g, '%').replace(/^Failed to (restore|save): /, '');
}

export function loggedArchiveBytes(log: CapturedLog): number | undefined {
  for (const line of log.lines) {
    const match = /Cache Size: ~\d+ MB \((\d+) B\)/.exec(line);
    if (match) return Number(match[1]);
  }
  return undefined;
}

export function loggedLine(log: CapturedLog, pattern: RegExp): string | undefined {
  return log.lines.find((line) => pattern.test(line));
}
