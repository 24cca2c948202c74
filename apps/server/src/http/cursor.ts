// Opaque pagination cursors: base64url JSON that clients pass back unchanged.
import { z } from 'zod';
import { badRequest } from './problem.ts';

export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(
  cursor: string | undefined,
  schema: T,
): z.infer<T> | undefined {
  if (cursor === undefined) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badRequest('The cursor is not valid.', [
      { path: 'query.cursor', message: 'is not a cursor from this API' },
    ]);
  }
}

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Items per page'),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
};

/** The cursor of the page after the one that ends with `last`; null on the last page. */
export function nextCursor<T>(
  hasMore: boolean,
  last: T | undefined,
  position: (last: T) => Record<string, string | number>,
): string | null {
  return hasMore && last !== undefined ? encodeCursor(position(last)) : null;
}

const createdCursor = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

/** Where a page of a list in creation order (time, then id) starts: after the cursor's row, if one is given. */
export function afterCreated(cursor: string | undefined): { after?: { createdAt: Date; id: string } } {
  const after = decodeCursor(cursor, createdCursor);
  return after ? { after: { createdAt: new Date(after.createdAt), id: after.id } } : {};
}

/** The cursor of the page after `rows` in creation order; null on the last page. */
export function nextCreatedCursor<T extends { id: string }>(
  hasMore: boolean,
  rows: readonly T[],
  createdAt: (row: T) => Date,
): string | null {
  return nextCursor(hasMore, rows.at(-1), (last) => ({
    createdAt: createdAt(last).toISOString(),
    id: last.id,
  }));
}
