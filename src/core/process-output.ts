/** The last `count` lines of a process's output (trimmed; blank lines dropped when `skipBlank`), for errors and diagnoses. */
export function lastLines(text: string, count: number, options: { skipBlank?: boolean } = {}): string {
  const lines = text.trim().split(/\r?\n/);
  return (options.skipBlank ? lines.filter((line) => line.trim() !== '') : lines).slice(-count).join('\n');
}

/** The last lines of a command's standard output and error together, for a crash or failure report. */
export function outputTail(stdout: string, stderr: string, count = 30): string {
  return lastLines(`${stdout}\n${stderr}`, count);
}
