// A page of a list as the API returns it: the items and the cursor of the next page (null on the last).
import { z } from 'zod';

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
