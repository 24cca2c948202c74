// The seeded staff users as buttons under a heading per role.

import type { DevStaffAccount, StaffRole } from '@tuki/api-client';
import { staffRoles } from '@tuki/domain';
import { useT } from '@tuki/ui';
import { AccountButtonList } from '@tuki/ui/dev-login';

const roleOrder: readonly StaffRole[] = staffRoles;

export function StaffUserList({
  staff,
  onSelect,
  disabled,
}: {
  staff: readonly DevStaffAccount[];
  onSelect: (username: string) => void;
  disabled: boolean;
}) {
  const t = useT();
  if (staff.length === 0) return <p>{t('devLogin.noStaffUsers')}</p>;

  const groups = roleOrder
    .map((role) => ({ role, users: staff.filter((user) => user.roles.includes(role)) }))
    .filter((group) => group.users.length > 0);
  return (
    <>
      {groups.map(({ role, users }) => (
        <section key={role} aria-labelledby={`role-${role}`}>
          <h3 id={`role-${role}`}>{t(`common.roles.${role}`)}</h3>
          <AccountButtonList
            accounts={users.map((user) => ({
              id: user.username,
              name: `${user.firstName} ${user.lastName}`,
              details: [user.username],
            }))}
            onSelect={onSelect}
            disabled={disabled}
          />
        </section>
      ))}
    </>
  );
}
