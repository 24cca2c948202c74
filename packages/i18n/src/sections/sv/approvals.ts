// Swedish texts of the approvals section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { approvals as source } from '../fi/approvals.ts';

export const approvals: DeepStringShape<typeof source> = {
  pageTitle: 'Godkännanden',
  title: 'Väntande godkännanden',
  intro:
    'Behörigheter som läser eller ändrar personuppgifter träder i kraft först när en annan administratör godkänner dem: API-klienter med behörigheter till personuppgifter samt rollerna handläggare, socialarbetare, förman, granskare, godkännare av utbetalningar och arkivarie. Den som begärt kan inte godkänna sin egen begäran.',
  forbiddenTitle: 'Ingen behörighet',
  forbidden: 'Godkännanden är endast för administratörer.',
  listHeading: 'Väntar på godkännande',
  loadFailed: 'Uppgifterna kunde inte laddas. Försök igen om en stund.',
  empty: 'Ingenting väntar på godkännande.',
  columns: {
    what: 'Vad',
    rights: 'Behörigheter',
    requestedBy: 'Begärd av',
    requestedAt: 'Begärd',
    actions: 'Åtgärder',
  },
  apiClient: 'API-klient {name}',
  roleGrant: 'Roller för användaren {name}',
  system: 'Systemet (uppdatering)',
  approve: 'Godkänn',
  approveItem: 'Godkänn: {name}',
  reject: 'Avslå',
  rejectItem: 'Avslå: {name}',
  cancel: 'Återkalla begäran',
  cancelItem: 'Återkalla begäran: {name}',
  ownRequest: 'Din egen begäran: en annan administratör måste godkänna den.',
  forYou: 'Rollerna är för dig: en annan administratör måste godkänna dem.',
  approved: '{name} godkändes.',
  rejected: '{name} avslogs.',
  cancelled: 'Begäran {name} återkallades.',
  failed: 'Åtgärden lyckades inte: {detail}',
};
