// Who sees the statistics: supervisors (THL's processing-time report). Kept apart from the page, which loads later.

import type { StaffRole } from '@tuki/api-client';

export const isSupervisor = (roles: readonly StaffRole[]) => roles.includes('supervisor');
