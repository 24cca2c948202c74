// Swedish texts of the `staff` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staff as source } from '../fi/staff.ts';

export const staff: DeepStringShape<typeof source> = {
  nav: {
    label: 'Personalens meny',
    workQueue: 'Arbetskö',
    print: 'Postning',
    payments: 'Utbetalningar',
    users: 'Användare',
    apiClients: 'API-klienter',
    parameters: 'Beräkningsparametrar',
    statistics: 'Statistik',
    auditTrail: 'Användningslogg',
    approvals: 'Godkännanden',
    archive: 'Arkiv',
    approvalsWaiting: '{count} väntar på godkännande',
  },
  landing: {
    pageTitle: 'Startsida',
    title: 'Välkommen, {name}',
    rolesHeading: 'Dina användarroller',
    noRoles: 'Du har ännu inte fått några användarroller. Kontakta huvudanvändaren.',
    tasksHeading: 'Vad du kan göra',
    adminIntro: 'Som huvudanvändare kan du sköta följande:',
    adminUsers: 'personalens användarnamn och användarroller',
    adminApiClients: 'de system som använder Tukis gränssnitt',
    adminApprovals: 'behörigheter till personuppgifter som väntar på en annan administratörs godkännande',
    adminParameters: 'beräkningsparametrarna för utkomststöd, som grunddelar och boendenormer',
    auditorIntro: 'Som granskare kan du ta reda på vem som har sett eller ändrat en klients uppgifter:',
    auditorAuditTrail: 'sök med klientens personbeteckning eller med den anställdas användarnamn',
    noTasks:
      'Dina roller ger inte tillgång till personalens sidor. Om du behöver tillgång i ditt arbete, kontakta huvudanvändaren.',
  },
  noAccess: {
    title: 'Ingen behörighet',
    body: 'Du har inte behörighet till den här sidan. Om du behöver den i ditt arbete, kontakta huvudanvändaren.',
  },
  signInRequired: {
    pageTitle: 'Inloggning krävs',
    title: 'Logga in som anställd',
    body: 'Den här tjänsten är avsedd för stadens anställda som handlägger ärenden om utkomststöd.',
    signIn: 'Logga in som anställd',
    signedInAsCitizen:
      'Du är nu inloggad som kund. Logga först ut och logga sedan in på nytt med dina koder som anställd.',
  },
};
