// The seeded staff users as buttons under a heading per role.

import type { DevStaffAccount, StaffRole } from '@tuki/api-client';
import { staffRoles } from '@tuki/domain';
import { useT } from '@tuki/ui';

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
          <ul className="tuki-button-list">
            {users.map((user) => (
              <li key={user.username}>
                <button
                  type="button"
                  className="tuki-account-button"
                  onClick={() => onSelect(user.username)}
                  disabled={disabled}
                >
                  <span className="tuki-account-name">
                    {user.firstName} {user.lastName}
                  </span>
                  <span className="tuki-account-detail">{user.username}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
