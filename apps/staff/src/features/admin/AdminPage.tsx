// The shell of an admin page: the title, the lead, a status line read out to screen readers, and the list section
// with its loading and error states; and the editing state, which gives the focus back to the row's edit button.

import { LoadingIndicator } from '@tuki/ui';
import { type ReactNode, useState } from 'react';

/** Moves the focus to an element after the next render (e.g. back to a row's button after editing). */
export const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function AdminPageHeader({
  title,
  intro,
  status,
  statusTestId,
}: {
  title: string;
  intro: string;
  status: string;
  statusTestId: string;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p className="tuki-lead">{intro}</p>
      <p role="status" className="tuki-status" data-testid={statusTestId}>
        {status}
      </p>
    </>
  );
}

export function AdminListSection({
  headingId,
  heading,
  isPending,
  loadFailed,
  children,
}: {
  headingId: string;
  heading: string;
  isPending: boolean;
  /** The error text when loading failed, otherwise undefined. */
  loadFailed: string | undefined;
  /** The table, once loaded. */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className="tuki-section">
      <h2 id={headingId}>{heading}</h2>
      {isPending ? <LoadingIndicator /> : null}
      {loadFailed !== undefined ? <p className="tuki-field-error">{loadFailed}</p> : null}
      {children}
    </section>
  );
}

/** Which item is being edited and the page's status line; closing the editor returns the focus to the row. */
export function useAdminEditing(editButtonId: (id: string) => string) {
  const [editing, setEditing] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const startEditing = (id: string) => {
    setStatus('');
    setEditing(id);
  };
  const closeEditor = (id: string) => {
    setEditing(undefined);
    // The row's button is still there: give the focus back to where the editing started.
    focusLater(editButtonId(id));
  };
  return { editing, setEditing, status, setStatus, startEditing, closeEditor };
}
