// The table of staff users for admins: name, username, roles, active state, and a button to edit each.

import { useT } from '@tuki/ui';
import { Button, ButtonSize, ButtonVariant, StatusLabel } from 'hds-react';
import type { StaffUserListItem } from './staff-users-api.ts';

export const editButtonId = (id: string) => `edit-${id}`;

interface Row {
  id: string;
  name: string;
  username: string;
  roles: string;
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
    active: user.active ?? true,
  }));
  return (
    <div className="tuki-table-scroll">
      <table className="tuki-data-table tuki-data-table--middle" data-testid="staff-users-table">
        <caption className="tuki-visually-hidden">{t('staffUsers.listHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staffUsers.columns.name')}</th>
            <th scope="col">{t('staffUsers.columns.username')}</th>
            <th scope="col">{t('staffUsers.columns.roles')}</th>
            <th scope="col">{t('staffUsers.columns.status')}</th>
            <th scope="col">
              <span className="tuki-visually-hidden">{t('staffUsers.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-username={row.username}>
              <th scope="row">{row.name}</th>
              <td>{row.username}</td>
              <td>{row.roles}</td>
              <td>
                <StatusLabel type={row.active ? 'success' : 'neutral'}>
                  {row.active ? t('staffUsers.statusActive') : t('staffUsers.statusInactive')}
                </StatusLabel>
              </td>
              <td>
                <Button
                  id={editButtonId(row.id)}
                  variant={ButtonVariant.Secondary}
                  size={ButtonSize.Small}
                  onClick={() => onEdit(row.id)}
                  aria-label={t('staffUsers.editUser', { name: row.name })}
                >
                  {t('staffUsers.edit')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
