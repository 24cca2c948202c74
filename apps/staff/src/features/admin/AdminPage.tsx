// The shell of an admin page: the title, the lead, a status line read out to screen readers, and the list section
// with its loading and error states; and the editing state, which gives the focus back to the row's edit button.

import { LoadingIndicator, useDocumentTitle, useT } from '@tuki/ui';
import { type ReactNode, useState } from 'react';

/** Moves the focus to an element after the next render (e.g. back to a row's button after editing). */
export const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The admin pages, by the name their texts are under: each has its page title, title, lead, list heading and the
 * error shown when the list could not be loaded.
 */
export type AdminTexts = 'apiClients' | 'approvals' | 'staffUsers';

/** The page's title (also the document's), its lead and its status line. */
export function AdminPageHeader({
  texts,
  status,
  statusTestId,
}: {
  texts: AdminTexts;
  status: string;
  statusTestId: string;
}) {
  const t = useT();
  useDocumentTitle(t(`${texts}.pageTitle`));
  return (
    <>
      <h1>{t(`${texts}.title`)}</h1>
      <p className="tuki-lead">{t(`${texts}.intro`)}</p>
      <p role="status" className="tuki-status" data-testid={statusTestId}>
        {status}
      </p>
    </>
  );
}

/** The list of the page under its heading, with the list's loading and error states. */
export function AdminListSection({
  texts,
  headingId,
  query,
  children,
}: {
  texts: AdminTexts;
  headingId: string;
  query: { isPending: boolean; isError: boolean };
  /** The table, once loaded. */
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section aria-labelledby={headingId} className="tuki-section">
      <h2 id={headingId}>{t(`${texts}.listHeading`)}</h2>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <p className="tuki-field-error">{t(`${texts}.loadFailed`)}</p> : null}
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
