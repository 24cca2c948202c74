// Optimistic concurrency: a mutable object carries a strong version tag built from its id and version column (the
// API sends it as the ETag). A change that names the tags it is based on is refused when the object has changed
// since; a change that names none is allowed (the row lock in the command still keeps two changes from both
// winning). The HTTP headers (ETag, If-Match) are the route layer's: see http/etag.ts.
import { StaleVersion } from './errors.ts';

/** The strong tag of an object's version, quoted as it goes into the ETag header: `"<id>:<version>"`. */
export function entityTag(id: string, version: number): string {
  return `"${id}:${version}"`;
}

/** The tags of a list such as an If-Match header's; `*` matches any current version. Weak tags never match. */
export function parseIfMatch(header: string): string[] {
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Throws StaleVersion when `expected` is given and names none of the current tag (absent: no check). */
export function assertIfMatch(expected: string | undefined, currentTag: string): void {
  if (expected === undefined) return;
  const tags = parseIfMatch(expected);
  if (tags.includes('*') || tags.includes(currentTag)) return;
  throw new StaleVersion(
    'The resource has changed since you loaded it. Load it again and repeat your change.',
    { code: 'stale-etag' },
  );
}
