// Swedish texts of the `staff` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staff as source } from '../fi/staff.ts';

export const staff: DeepStringShape<typeof source> = {
  nav: {
    label: 'Personalens meny',
    workQueue: 'Arbetskö',
    print: 'Postning',
    users: 'Användare',
    apiClients: 'API-klienter',
    parameters: 'Beräkningsparametrar',
    statistics: 'Statistik',
  },
  landing: {
    pageTitle: 'Startsida',
    title: 'Välkommen, {name}',
    rolesHeading: 'Dina användarroller',
    noRoles: 'Du har ännu inte fått några användarroller. Kontakta huvudanvändaren.',
    comingLater:
      'Arbetskön och handläggningen av ansökningar kommer till den här vyn senare. Nu kan du kontrollera att inloggningen och dina behörigheter fungerar.',
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
