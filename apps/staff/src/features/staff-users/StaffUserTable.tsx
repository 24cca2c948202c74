// The table of staff users for admins: name, username, roles, active state, and a button to edit each.

import { useT } from '@tuki/ui';
import { AdminTable, EditButtonCell, StatusCell } from '../admin/index.ts';
import type { StaffUserListItem } from './staff-users-api.ts';

export const editButtonId = (id: string) => `edit-${id}`;

interface Row {
  id: string;
  name: string;
  username: string;
  roles: string;
  pendingRoles: string;
  active: boolean;
}

export function StaffUserTable({
  users,
  onEdit,
}: {
  users: StaffUserListItem[];
  onEdit: (id: string) => void;
}) {
  const t = useT();
  const rows: Row[] = users.map((user) => ({
    id: user.id,
    name: `${user.lastName}, ${user.firstName}`,
    username: user.username ?? '',
    roles:
      user.roles.length > 0
        ? user.roles.map((role) => t(`common.roles.${role}`)).join(', ')
        : t('staffUsers.noRoles'),
    pendingRoles: (user.pendingRoles ?? []).map((role) => t(`common.roles.${role}`)).join(', '),
    active: user.active ?? true,
  }));
  return (
    <AdminTable
      testId="staff-users-table"
      caption={t('staffUsers.listHeading')}
      columns={[
        t('staffUsers.columns.name'),
        t('staffUsers.columns.username'),
        t('staffUsers.columns.roles'),
        t('staffUsers.columns.status'),
      ]}
      actionsLabel={t('staffUsers.columns.actions')}
    >
      {rows.map((row) => (
        <tr key={row.id} data-username={row.username}>
          <th scope="row">{row.name}</th>
          <td>{row.username}</td>
          <td>
            {row.roles}
            {row.pendingRoles ? (
              <div className="tuki-pending-roles">
                {t('staffUsers.pendingRoles', { roles: row.pendingRoles })}
              </div>
            ) : null}
          </td>
          <StatusCell
            active={row.active}
            label={row.active ? t('staffUsers.statusActive') : t('staffUsers.statusInactive')}
          />
          <EditButtonCell
            id={editButtonId(row.id)}
            label={t('staffUsers.edit')}
            ariaLabel={t('staffUsers.editUser', { name: row.name })}
            onClick={() => onEdit(row.id)}
          />
        </tr>
      ))}
    </AdminTable>
  );
}
