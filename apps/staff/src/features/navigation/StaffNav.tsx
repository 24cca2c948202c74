// The staff app's navigation under the header: the work queue for the handling roles, the users for admins, the
// audit trail for auditors. Shown only to a signed-in staff user with at least one of those.

import { useSession, useT } from '@tuki/ui';
import { NavLink } from 'react-router';
import { handlesCases, isAdmin, isAuditor, isSupervisor } from '../session/roles.ts';

export function StaffNav() {
  const t = useT();
  const session = useSession();
  if (session.data?.kind !== 'staff') return null;
  const { roles } = session.data.staffUser;
  const links = [
    ...(handlesCases(roles) ? [{ to: '/', label: t('staff.nav.workQueue'), end: true }] : []),
    ...(handlesCases(roles) ? [{ to: '/print', label: t('staff.nav.print'), end: false }] : []),
    ...(isAdmin(roles) ? [{ to: '/users', label: t('staff.nav.users'), end: false }] : []),
    ...(isAdmin(roles) ? [{ to: '/api-clients', label: t('staff.nav.apiClients'), end: false }] : []),
    ...(isAdmin(roles) || handlesCases(roles)
      ? [{ to: '/parameters', label: t('staff.nav.parameters'), end: false }]
      : []),
    ...(isSupervisor(roles) ? [{ to: '/statistics', label: t('staff.nav.statistics'), end: false }] : []),
    ...(isAuditor(roles) ? [{ to: '/audit', label: t('staff.nav.auditTrail'), end: false }] : []),
  ];
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('staff.nav.label')} className="staff-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
