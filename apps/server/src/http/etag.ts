// Optimistic concurrency: a mutable resource carries a strong ETag built from its id and version column; a change
// that sends `If-Match` is refused with 412 when the resource has changed since (RFC 9110 §13.1.1). A change
// without `If-Match` is allowed; the row lock in the command still keeps two changes from both winning.
import { z } from 'zod';
import { HttpProblem } from './problem.ts';

/** The strong entity tag of a resource version, quoted as it goes into the header: `"<id>:<version>"`. */
export function entityTag(id: string, version: number): string {
  return `"${id}:${version}"`;
}

/** The If-Match header of a request, for the route's `headers` schema (the OpenAPI document lists it). */
export const ifMatchHeader = z
  .string()
  .max(1000)
  .optional()
  .describe('The ETag of the version the change is based on; 412 when the resource has changed since');

/** The entity tags of an If-Match header; `*` matches any current version. Weak tags never match. */
export function parseIfMatch(header: string): string[] {
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Throws 412 when the header is present and names none of the current tag (absent header: no check). */
export function assertIfMatch(header: string | undefined, currentTag: string): void {
  if (header === undefined) return;
  const tags = parseIfMatch(header);
  if (tags.includes('*') || tags.includes(currentTag)) return;
  throw new HttpProblem(
    412,
    'The resource has changed since you loaded it. Load it again and repeat your change.',
    { type: 'stale-etag' },
  );
}
