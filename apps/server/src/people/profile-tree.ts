// The person's data as the tree the Helsinki profile GDPR API returns: every node is `{ key, value }` or
// `{ key, children }`, keys in UPPER_SNAKE_CASE, the root named after the service. Lists become a node with one
// child per item, keyed by the list's singular (APPLICATIONS → APPLICATION). Values are strings, numbers,
// booleans or null. The zip's own paths (folders, files) are left out: they mean nothing outside the zip.
import { z } from 'zod';
import type { PersonDataSnapshot } from './person-data.ts';

export type GdprValue = string | number | boolean | null;
export type GdprNode = { key: string; value: GdprValue } | { key: string; children: GdprNode[] };

const gdprValueNodeSchema = z
  .object({ key: z.string(), value: z.union([z.string(), z.number(), z.boolean(), z.null()]) })
  .meta({ id: 'GdprValueNode' });

const gdprParentNodeSchema = z
  .object({
    key: z.string(),
    get children(): z.ZodArray<typeof gdprNodeSchema> {
      return z.array(gdprNodeSchema);
    },
  })
  .meta({ id: 'GdprParentNode' });

export const gdprNodeSchema: z.ZodUnion<readonly [typeof gdprValueNodeSchema, typeof gdprParentNodeSchema]> =
  z
    .union([gdprValueNodeSchema, gdprParentNodeSchema])
    .meta({ id: 'GdprNode', description: 'A node of the Helsinki profile GDPR API tree' });

const ZIP_ONLY = new Set(['folder', 'file', 'letterFile', 'format', 'documentUrl']);

export function gdprKey(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

function singular(key: string): string {
  if (key.endsWith('IES')) return `${key.slice(0, -3)}Y`;
  if (key.endsWith('S') && key.length > 1) return key.slice(0, -1);
  return `${key}_ITEM`;
}

export function toGdprNode(key: string, value: unknown): GdprNode {
  if (Array.isArray(value)) {
    const itemKey = singular(key);
    return { key, children: value.map((item) => toGdprNode(itemKey, item)) };
  }
  if (value !== null && typeof value === 'object') {
    return {
      key,
      children: Object.entries(value)
        .filter(([name, child]) => !ZIP_ONLY.has(name) && child !== undefined)
        .map(([name, child]) => toGdprNode(gdprKey(name), child)),
    };
  }
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return { key, value };
  }
  return { key, value: String(value) };
}

export function personDataTree(snapshot: PersonDataSnapshot): GdprNode {
  const { format: _format, exportedAt: _exportedAt, ...data } = snapshot;
  return toGdprNode('TUKI', data);
}
