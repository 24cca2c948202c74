// The tables of the admin pages (DataTable), the table of items on an admin page: a hidden caption, the column
// headings and a last column of edit buttons (its heading hidden), and the cells every such table has: the active
// state and the edit button.

import { Button, ButtonSize, ButtonVariant, StatusLabel } from 'hds-react';
import type { ReactNode } from 'react';

/** A table that scrolls sideways on a narrow screen, with its caption for assistive technology only. */
export function DataTable({
  testId,
  caption,
  className,
  children,
}: {
  testId: string;
  caption: string;
  /** Added to the table's own class. */
  className?: string;
  /** The head and body of the table. */
  children: ReactNode;
}) {
  return (
    <div className="tuki-table-scroll">
      <table className={className ? `tuki-data-table ${className}` : 'tuki-data-table'} data-testid={testId}>
        <caption className="tuki-visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function AdminTable({
  testId,
  caption,
  columns,
  actionsLabel,
  children,
}: {
  testId: string;
  caption: string;
  columns: readonly string[];
  actionsLabel: string;
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <DataTable testId={testId} caption={caption} className="tuki-data-table--middle">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="tuki-visually-hidden">{actionsLabel}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </DataTable>
  );
}

export function StatusCell({ active, label }: { active: boolean; label: string }) {
  return (
    <td>
      <StatusLabel type={active ? 'success' : 'neutral'}>{label}</StatusLabel>
    </td>
  );
}

export function EditButtonCell({
  id,
  label,
  ariaLabel,
  onClick,
}: {
  id: string;
  label: string;
  ariaLabel: string;
  onClick: () => void;
}) {
  return (
    <td>
      <Button
        id={id}
        variant={ButtonVariant.Secondary}
        size={ButtonSize.Small}
        onClick={onClick}
        aria-label={ariaLabel}
      >
        {label}
      </Button>
    </td>
  );
}
