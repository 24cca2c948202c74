// How a signed-in user's name is shown.

import type { Session } from '@tuki/api-client';

export function displayName(session: Session): string {
  const { firstName, lastName } = session.kind === 'citizen' ? session.person : session.staffUser;
  return `${firstName} ${lastName}`.trim();
}
