/** ANSI colour codes, raw or as pytest escapes them in its XML (`#x1B[31m`): tools' output is read without them. */
export function stripColors(text: string): string {
  return text.replace(/(?:\u001b|#x1B)\[[0-9;]*m/g, '');
}
