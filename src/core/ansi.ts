/** ANSI colour codes, raw or as pytest escapes them in its XML (`#x1B[31m`): tools' output is read without them. */
export function stripColors(text: string): string {
  return text.replace(/(?:\u001b|#x1B)\[[0-9;]*m/g, '');
}

/**
 * Every terminal code a tool may print, not only colours: CSI sequences (colours, erase-line, cursor moves), OSC
 * sequences (hyperlinks, titles) and the two-character escapes.
 */
export function stripTerminalCodes(text: string): string {
  return stripColors(text)
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '')
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b[@-Z\\-_]/g, '');
}
