// The users page for admins, loaded only when visited (it is not part of the staff app's first download): every
// staff user in a table, editing one (roles, active state, names), and adding a user.

import { useT } from '@tuki/ui';
import { AdminListSection, AdminPageHeader, useAdminEditing } from '../admin/index.ts';
import { AddStaffUserForm } from './AddStaffUserForm.tsx';
import { EditStaffUser } from './EditStaffUser.tsx';
import { editButtonId, StaffUserTable } from './StaffUserTable.tsx';
import { type StaffUser, useStaffUsers } from './staff-users-api.ts';

const nameOf = (user: StaffUser) => `${user.firstName} ${user.lastName}`;

export default function StaffUsers({ selfId }: { selfId: string }) {
  const t = useT();
  const users = useStaffUsers();
  const { editing, status, setStatus, startEditing, closeEditor } = useAdminEditing(editButtonId);

  return (
    <>
      <AdminPageHeader texts="staffUsers" status={status} statusTestId="staff-users-status" />
      <AdminListSection headingId="users-heading" texts="staffUsers" query={users}>
        {users.data ? <StaffUserTable users={users.data} onEdit={startEditing} /> : null}
      </AdminListSection>
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
