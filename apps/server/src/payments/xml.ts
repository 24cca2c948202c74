// The small amount of XML the payment files need: writing elements with escaped text, and reading the canonical
// form (W3C C14N) that xmllint writes of a document it has parsed.
//
// Writing: every text goes through `leaf`, which escapes it, so no value can change the structure. Reading: the
// input is parsed by libxml2 first (xmllint.ts); what comes back is canonical XML (no declaration, no DOCTYPE, no
// CDATA, entities expanded, every element with an end tag), a form simple enough to read with a few patterns.

const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Escapes text for element content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => escapes[character] ?? character);
}

/** An element with child elements; absent children (undefined, false) are left out. */
export function element(
  name: string,
  children: ReadonlyArray<string | false | undefined>,
  attributes = '',
): string {
  return `<${name}${attributes}>${children.filter((child) => typeof child === 'string').join('')}</${name}>`;
}

/** An element holding text. */
export function leaf(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

/** An element of a parsed document: its namespace URI, local name, child elements and own text. */
export interface XmlElement {
  namespace: string | null;
  name: string;
  children: XmlElement[];
  text: string;
}

const canonicalEntities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x9;': '\t',
  '&#xA;': '\n',
  '&#xD;': '\r',
};

function unescapeCanonical(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#x9|#xA|#xD);/g, (entity) => canonicalEntities[entity] ?? entity);
}

const token =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([^\s>]+)>|<([^\s/>!?]+)((?:\s+[^\s=]+="[^"]*")*)\s*>|([^<]+)/g;
const attribute = /([^\s=]+)="([^"]*)"/g;

interface OpenElement {
  element: XmlElement;
  prefixes: Map<string, string | null>;
}

function splitName(qualified: string): { prefix: string; local: string } {
  const colon = qualified.indexOf(':');
  return colon < 0
    ? { prefix: '', local: qualified }
    : { prefix: qualified.slice(0, colon), local: qualified.slice(colon + 1) };
}

/** Reads canonical XML into elements with resolved namespaces; null when the text is not of that form. */
export function readCanonicalXml(canonical: string): XmlElement | null {
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  for (const match of canonical.matchAll(token)) {
    const [, closing, opening, attributes, text] = match;
    const parent = stack.at(-1);
    if (text !== undefined) {
      if (parent) parent.element.text += unescapeCanonical(text);
      else if (text.trim() !== '') return null;
    } else if (opening !== undefined) {
      // The namespace declarations in scope; copied only where an element declares some of its own.
      let prefixes = parent?.prefixes ?? new Map<string, string | null>();
      for (const [, key = '', value = ''] of (attributes ?? '').matchAll(attribute)) {
        if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
        if (prefixes === parent?.prefixes) prefixes = new Map(prefixes);
        prefixes.set(key === 'xmlns' ? '' : key.slice(6), unescapeCanonical(value) || null);
      }
      const { prefix, local } = splitName(opening);
      if (prefix !== '' && !prefixes.has(prefix)) return null;
      const element: XmlElement = {
        namespace: prefixes.get(prefix) ?? null,
        name: local,
        children: [],
        text: '',
      };
      if (parent) parent.element.children.push(element);
      else if (root) return null;
      else root = element;
      stack.push({ element, prefixes });
    } else if (closing !== undefined) {
      const open = stack.pop();
      if (!open || splitName(closing).local !== open.element.name) return null;
    }
  }
  return stack.length === 0 ? root : null;
}

/** The first child element of that name, or undefined. */
export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return parent?.children.find((candidate) => candidate.name === name);
}

/** Every child element of that name. */
export function childrenNamed(parent: XmlElement | undefined, name: string): XmlElement[] {
  return parent?.children.filter((candidate) => candidate.name === name) ?? [];
}

/** The trimmed text of the element at the path below `parent`, or undefined when it is missing or empty. */
export function textAt(parent: XmlElement | undefined, ...path: string[]): string | undefined {
  let current = parent;
  for (const name of path) current = child(current, name);
  const text = current?.text.trim();
  return text === '' ? undefined : text;
}
