// The staff app's navigation under the header: the work queue for the handling roles, the users for admins, the
// audit trail for auditors, the payments for the handling roles and the payment approver, the archive for archivists
// (and its retention plan for admins). Shown only to a signed-in staff user with at least one of those.

import { useSession, useT } from '@tuki/ui';
import { NavLink } from 'react-router';
import { usePendingApprovals } from '../approvals/index.ts';
import { handlesCases, isAdmin, isAuditor, isSupervisor, readsPayments } from '../session/index.ts';

export function StaffNav() {
  const t = useT();
  const session = useSession();
  const roles = session.data?.kind === 'staff' ? session.data.staffUser.roles : [];
  // Admins see how many privileged grants wait for a second admin.
  const pending = usePendingApprovals(isAdmin(roles));
  if (session.data?.kind !== 'staff') return null;
  const waiting = pending.data?.length ?? 0;
  const links: { to: string; label: string; end?: boolean; count?: number }[] = [
    ...(handlesCases(roles) ? [{ to: '/', label: t('staff.nav.workQueue'), end: true }] : []),
    ...(handlesCases(roles) ? [{ to: '/print', label: t('staff.nav.print') }] : []),
    ...(readsPayments(roles) ? [{ to: '/payments', label: t('staff.nav.payments') }] : []),
    ...(isAdmin(roles) ? [{ to: '/users', label: t('staff.nav.users') }] : []),
    ...(isAdmin(roles) ? [{ to: '/api-clients', label: t('staff.nav.apiClients') }] : []),
    ...(isAdmin(roles) ? [{ to: '/approvals', label: t('staff.nav.approvals'), count: waiting }] : []),
    ...(isAdmin(roles) || handlesCases(roles)
      ? [{ to: '/parameters', label: t('staff.nav.parameters') }]
      : []),
    ...(isSupervisor(roles) ? [{ to: '/statistics', label: t('staff.nav.statistics') }] : []),
    ...(isAuditor(roles) ? [{ to: '/audit', label: t('staff.nav.auditTrail') }] : []),
    ...(isAdmin(roles) || roles.includes('archivist')
      ? [{ to: '/archive', label: t('staff.nav.archive') }]
      : []),
  ];
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('staff.nav.label')} className="staff-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
              {link.count ? (
                <>
                  {' '}
                  <span className="staff-nav-count" aria-hidden="true">
                    {link.count}
                  </span>
                  <span className="tuki-visually-hidden">
                    {' '}
                    ({t('staff.nav.approvalsWaiting', { count: link.count })})
                  </span>
                </>
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
