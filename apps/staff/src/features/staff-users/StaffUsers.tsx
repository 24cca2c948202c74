// The users page for admins, loaded only when visited (it is not part of the staff app's first download): every
// staff user in a table, editing one (roles, active state, names), and adding a user.

import { LoadingIndicator, useDocumentTitle, useT } from '@tuki/ui';
import { useState } from 'react';
import { AddStaffUserForm } from './AddStaffUserForm.tsx';
import { EditStaffUser } from './EditStaffUser.tsx';
import { editButtonId, StaffUserTable } from './StaffUserTable.tsx';
import { type StaffUser, useStaffUsers } from './staff-users-api.ts';
import './staff-users.css';

const nameOf = (user: StaffUser) => `${user.firstName} ${user.lastName}`;

export default function StaffUsers({ selfId }: { selfId: string }) {
  const t = useT();
  useDocumentTitle(t('staffUsers.pageTitle'));
  const users = useStaffUsers();
  const [editing, setEditing] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  const closeEditor = (id: string) => {
    setEditing(undefined);
    // The row's button is still there: give the focus back to where the editing started.
    requestAnimationFrame(() => document.getElementById(editButtonId(id))?.focus());
  };

  return (
    <>
      <h1>{t('staffUsers.title')}</h1>
      <p className="tuki-lead">{t('staffUsers.intro')}</p>
      <p role="status" className="tuki-status" data-testid="staff-users-status">
        {status}
      </p>
      <section aria-labelledby="users-heading" className="tuki-section">
        <h2 id="users-heading">{t('staffUsers.listHeading')}</h2>
        {users.isPending ? <LoadingIndicator /> : null}
        {users.isError ? <p className="tuki-field-error">{t('staffUsers.loadFailed')}</p> : null}
        {users.data ? (
          <StaffUserTable
            users={users.data}
            onEdit={(id) => {
              setStatus('');
              setEditing(id);
            }}
          />
        ) : null}
      </section>
      {editing !== undefined ? (
        <EditStaffUser
          key={editing}
          id={editing}
          selfId={selfId}
          onSaved={(user) => {
            setStatus(t('staffUsers.saved', { name: nameOf(user) }));
            closeEditor(user.id);
          }}
          onCancel={() => closeEditor(editing)}
        />
      ) : null}
      <AddStaffUserForm onAdded={(user) => setStatus(t('staffUsers.added', { name: nameOf(user) }))} />
    </>
  );
}
