// The staff front page: a greeting and the user's roles. The work queue comes later.

import type { StaffSession } from '@tuki/api-client';
import { displayName, useDocumentTitle, useT } from '@tuki/ui';

export function LandingPage({ session }: { session: StaffSession }) {
  const t = useT();
  useDocumentTitle(t('staff.landing.pageTitle'));
  const { roles } = session.staffUser;
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
      <p className="tuki-section">{t('staff.landing.comingLater')}</p>
    </>
  );
}
