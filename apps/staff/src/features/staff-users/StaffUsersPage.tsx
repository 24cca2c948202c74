// The admin's users page (/users). Other staff see that the page is for admins only; for admins the page itself
// is loaded when first visited.

import type { StaffSession } from '@tuki/api-client';
import { LoadingIndicator, Notice, useDocumentTitle, useT } from '@tuki/ui';
import { lazy, Suspense } from 'react';

const StaffUsers = lazy(() => import('./StaffUsers.tsx'));

export function StaffUsersPage({ session }: { session: StaffSession }) {
  if (!session.staffUser.roles.includes('admin')) return <NotAllowed />;
  return (
    <Suspense fallback={<LoadingIndicator />}>
      <StaffUsers selfId={session.staffUser.id} />
    </Suspense>
  );
}

function NotAllowed() {
  const t = useT();
  useDocumentTitle(t('staffUsers.forbiddenTitle'));
  return (
    <>
      <h1>{t('staffUsers.forbiddenTitle')}</h1>
      <Notice type="error" label={t('staffUsers.forbiddenTitle')} testId="staff-users-forbidden">
        {t('staffUsers.forbidden')}
      </Notice>
    </>
  );
}
