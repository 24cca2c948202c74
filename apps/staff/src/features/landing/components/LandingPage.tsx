// The staff front page of a user without a handling role (the handling roles land on the work queue): a greeting,
// the user's roles and what those roles let them do here, with links (an admin: users, API clients and the
// calculation parameters; an auditor: the audit trail).

import type { StaffSession } from '@tuki/api-client';
import { displayName, useDocumentTitle, useT } from '@tuki/ui';
import { Link } from 'react-router';
import { isAdmin, isAuditor } from '../../session/index.ts';

export function LandingPage({ session }: { session: StaffSession }) {
  const t = useT();
  useDocumentTitle(t('staff.landing.pageTitle'));
  const { roles } = session.staffUser;
  const admin = isAdmin(roles);
  const auditor = isAuditor(roles);
  return (
    <>
      <h1>{t('staff.landing.title', { name: displayName(session) })}</h1>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('staff.landing.rolesHeading')}</h2>
        {roles.length > 0 ? (
          <ul data-testid="staff-roles">
            {roles.map((role) => (
              <li key={role}>{t(`common.roles.${role}`)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('staff.landing.noRoles')}</p>
        )}
      </section>
      {roles.length > 0 ? (
        <section aria-labelledby="tasks-heading" className="tuki-section" data-testid="staff-tasks">
          <h2 id="tasks-heading">{t('staff.landing.tasksHeading')}</h2>
          {auditor ? (
            <>
              <p>{t('staff.landing.auditorIntro')}</p>
              <ul>
                <li>
                  <Link to="/audit">{t('staff.nav.auditTrail')}</Link>: {t('staff.landing.auditorAuditTrail')}
                </li>
              </ul>
            </>
          ) : null}
          {admin ? (
            <>
              <p>{t('staff.landing.adminIntro')}</p>
              <ul>
                <li>
                  <Link to="/users">{t('staff.nav.users')}</Link>: {t('staff.landing.adminUsers')}
                </li>
                <li>
                  <Link to="/api-clients">{t('staff.nav.apiClients')}</Link>:{' '}
                  {t('staff.landing.adminApiClients')}
                </li>
                <li>
                  <Link to="/approvals">{t('staff.nav.approvals')}</Link>: {t('staff.landing.adminApprovals')}
                </li>
                <li>
                  <Link to="/parameters">{t('staff.nav.parameters')}</Link>:{' '}
                  {t('staff.landing.adminParameters')}
                </li>
              </ul>
            </>
          ) : null}
          {!admin && !auditor ? <p>{t('staff.landing.noTasks')}</p> : null}
        </section>
      ) : null}
    </>
  );
}
