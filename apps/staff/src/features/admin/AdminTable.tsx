// The table of items on an admin page: a hidden caption, the column headings and a last column of edit buttons
// (its heading hidden), and the cells every such table has: the active state and the edit button.

import { Button, ButtonSize, ButtonVariant, StatusLabel } from 'hds-react';
import type { ReactNode } from 'react';

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
    <div className="tuki-table-scroll">
      <table className="tuki-data-table tuki-data-table--middle" data-testid={testId}>
        <caption className="tuki-visually-hidden">{caption}</caption>
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
      </table>
    </div>
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
