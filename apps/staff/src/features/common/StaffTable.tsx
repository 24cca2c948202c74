// The tables of the staff app's long lists (the work queue, the audit trail, the print batches): a wrapper that
// scrolls sideways on a narrow screen, the caption, one row of column headings and a row per item; with `empty`,
// a list with no items is that text instead of an empty table. It loads with those pages and their "show more".

import type { ReactNode } from 'react';

/** A column heading: its text, or its text with a class (a number column) or the order the rows are sorted in. */
export type Column = string | { label: string; className?: string; sort?: 'ascending' | 'descending' };

export function StaffTable<T>({
  testId,
  caption,
  columns,
  className,
  rows,
  empty,
  children: renderRow,
}: {
  testId: string;
  caption: string;
  columns: readonly Column[];
  /** Added to the table's own class. */
  className?: string;
  /** The items; none yet (still loading) shows nothing. */
  rows: readonly T[] | undefined;
  /** Shown instead of the table when there are no items. */
  empty?: string;
  children: (row: T) => ReactNode;
}) {
  if (rows === undefined) return null;
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  return (
    <div className="staff-table-wrapper">
      <table className={className ? `staff-table ${className}` : 'staff-table'} data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const { label, className, sort } = typeof column === 'string' ? { label: column } : column;
              return (
                <th key={label} scope="col" className={className} aria-sort={sort}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{rows.map(renderRow)}</tbody>
      </table>
    </div>
  );
}
