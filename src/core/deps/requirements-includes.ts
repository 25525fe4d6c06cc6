/**
 * The files a requirements file pulls in (`-r base.txt`, `-c constraints.txt`, `--requirement=…`): they
 * decide the installed venv as much as the file itself, so they belong in the cache key. Paths are as
 * written; pip resolves them against the including file's folder. URLs are left out.
 */
export function requirementIncludes(text: string): string[] {
  const found: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/(^|\s)#.*$/, '').trim();
    const match = /^(?:-r|-c|--requirement|--constraint)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)$/.exec(line);
    if (match && !/^[a-z][a-z0-9+.-]*:\/\//i.test(match[1])) found.push(match[1]);
  }
  return found;
}
