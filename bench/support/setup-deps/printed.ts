// What the setup-deps bench prints: each line goes to the console and is kept for the results file.

export const out: string[] = [];

export function say(line = ''): void {
  out.push(line);
  console.log(line);
}

export const s3 = (value: number) => value.toFixed(3);
export const r2 = (value: number) => value.toFixed(2);
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1)} MB`;
export const pad = (text: string, width: number) => text.padEnd(width);
export const lpad = (text: string, width: number) => text.padStart(width);
