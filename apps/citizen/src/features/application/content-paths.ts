// The form addresses every answer by its path in the content, the same path the domain's completeness check and
// the server's error answers use (`applicant.address.postalCode`, `children.1.dateOfBirth`). A path also names
// the answer's input element, so that an error can link to it.

import type { ApplicationContent } from '@tuki/domain';

type Node = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

/** The value at `path`, or undefined when any part of the way is missing. */
export function getAt(content: ApplicationContent, path: string): unknown {
  let node: unknown = content;
  for (const part of path.split('.')) {
    if (!isContainer(node)) return undefined;
    node = Array.isArray(node) ? node[Number(part)] : node[part];
  }
  return node;
}

function setIn(node: unknown, parts: string[], value: unknown): unknown {
  const [head, ...rest] = parts;
  if (head === undefined) return value;
  const index = /^\d+$/.test(head) ? Number(head) : undefined;
  if (index !== undefined) {
    const list = Array.isArray(node) ? [...node] : [];
    list[index] = setIn(list[index], rest, value);
    return list;
  }
  const record: Record<string, unknown> =
    isContainer(node) && !Array.isArray(node) ? { ...(node as Record<string, unknown>) } : {};
  const next = setIn(record[head], rest, value);
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}

/** A copy of the content with `value` at `path` (undefined removes the answer). */
export function setAt(content: ApplicationContent, path: string, value: unknown): ApplicationContent {
  return setIn(content, path.split('.'), value) as ApplicationContent;
}

/** The id of the input element of an answer: `field-applicant-address-postalCode`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

/** The path with its list positions taken out, to find the question's label: `children.firstName`. */
export function questionOf(path: string): string {
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

/** Deep equality of JSON values, where a missing key and an undefined value are the same. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameContent(item, b[index]));
  }
  if (!isContainer(a) || !isContainer(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!sameContent(left[key], right[key])) return false;
  }
  return true;
}
