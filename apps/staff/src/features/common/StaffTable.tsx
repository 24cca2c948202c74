// The tables of the staff app's long lists (the work queue, the audit trail, the print batches): a wrapper that
// scrolls sideways on a narrow screen, the caption, one row of column headings and a row per item; with `empty`,
// a list with no items is that text instead of an empty table. It loads with those pages and their "show more".
// A table's texts are under one name: its caption `<texts>.caption`, each column's heading `<texts>.<column>`.

import type { TranslationKey } from '@tuki/i18n';
import { useT } from '@tuki/ui';
import type { ReactNode } from 'react';

/** A name under which texts have a `caption`: the texts of a table. The pages' own sections hold them, so this shared
 * component names none (a lazy section's texts load with its page). */
type TableTexts = TranslationKey extends infer K ? (K extends `${infer N}.caption` ? N : never) : never;

/** The texts under `texts`, by the name after it: the columns a table may have. */
type ColumnName<N extends TableTexts> = TranslationKey extends infer K
  ? K extends `${N}.${infer C}`
    ? C
    : never
  : never;

export function StaffTable<T, N extends TableTexts>({
  testId,
  texts,
  columns,
  sortedBy,
  className,
  rows,
  empty,
  children: renderRow,
}: {
  testId: string;
  texts: N;
  columns: readonly ColumnName<N>[];
  /** The column the rows are sorted by, and in which order. */
  sortedBy?: { column: ColumnName<N>; order: 'ascending' | 'descending' };
  /** Added to the table's own class. */
  className?: string;
  /** The items; none yet (still loading) shows nothing. */
  rows: readonly T[] | undefined;
  /** Shown instead of the table when there are no items. */
  empty?: string;
  children: (row: T) => ReactNode;
}) {
  // Every key built here is a text's: `ColumnName` allows only the names that have one.
  const text = useT() as (key: string) => string;
  if (rows === undefined) return null;
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  return (
    <div className="staff-table-wrapper">
      <table className={className ? `staff-table ${className}` : 'staff-table'} data-testid={testId}>
        <caption>{text(`${texts}.caption`)}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={sortedBy?.column === column ? sortedBy.order : undefined}
              >
                {text(`${texts}.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map(renderRow)}</tbody>
      </table>
    </div>
  );
}
