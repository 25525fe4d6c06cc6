/**
 * A small, forgiving XML reader for the report formats the test action reads (JUnit XML, Cobertura): elements,
 * attributes, text and CDATA. No DTDs, no namespaces beyond keeping the prefixed name. Enough for machine-written
 * reports; it throws on a document that is cut off, so a truncated results file is not read as "no tests".
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside this element, concatenated. */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry at all (terminal escapes in test output).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    const current = stack[stack.length - 1];
    if (open < 0) {
      current.text += decodeEntities(source.slice(at));
      break;
    }
    if (open > at) current.text += decodeEntities(source.slice(at, open));
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4);
      if (end < 0) throw new Error('unterminated comment');
      at = end + 3;
    } else if (source.startsWith('<![CDATA[', open)) {
      const end = source.indexOf(']]>', open + 9);
      if (end < 0) throw new Error('unterminated CDATA section');
      current.text += source.slice(open + 9, end);
      at = end + 3;
    } else if (source.startsWith('<?', open) || source.startsWith('<!', open)) {
      const end = source.indexOf('>', open);
      if (end < 0) throw new Error('unterminated declaration');
      at = end + 1;
    } else if (source.startsWith('</', open)) {
      const end = source.indexOf('>', open);
      if (end < 0) throw new Error('unterminated closing tag');
      const name = source.slice(open + 2, end).trim();
      const closed = stack.pop();
      if (closed === undefined || closed === root || closed.name !== name) {
        throw new Error(`closing tag </${name}> does not match <${closed?.name ?? ''}>`);
      }
      at = end + 1;
    } else {
      let end = open + 1;
      let quote: string | undefined;
      for (; end < source.length; end += 1) {
        const char = source[end];
        if (quote) {
          if (char === quote) quote = undefined;
        } else if (char === '"' || char === "'") quote = char;
        else if (char === '>') break;
      }
      if (end >= source.length) throw new Error('unterminated tag');
      const selfClosing = source[end - 1] === '/';
      const body = source.slice(open + 1, selfClosing ? end - 1 : end);
      const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (const match of body.slice(name.length).matchAll(ATTRIBUTE)) {
        element.attributes[match[1]] = decodeEntities(match[3] ?? match[4] ?? '');
      }
      current.children.push(element);
      if (!selfClosing) stack.push(element);
      at = end + 1;
    }
  }
  if (stack.length > 1) throw new Error(`the document ends inside <${stack[stack.length - 1].name}>`);
  if (root.children.length === 0) throw new Error('no root element');
  return root.children[0];
}

/** Every descendant element named `name`, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}
