// The form is for a person with a name: a citizen whose name the identity service did not give is sent to the name
// page first (and brought back here once it is saved).

import { isPersonNameMissing } from '@tuki/domain';
import { useSession } from '@tuki/ui';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

export const namePath = '/applications/name';

export function useNameMissing(): boolean {
  const session = useSession();
  const person = session.data?.kind === 'citizen' ? session.data.person : undefined;
  return person ? isPersonNameMissing(person) : false;
}

export function RequireName({ children }: { children: ReactNode }) {
  const missing = useNameMissing();
  const location = useLocation();
  if (missing) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`${namePath}?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return children;
}
