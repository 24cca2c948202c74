// Swedish texts of how a decision reached the client and how its money is paid, on the application page of the
// e-services account, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { citizenSentAndPaid as source } from '../fi/citizenSentAndPaid.ts';

export const citizenSentAndPaid: DeepStringShape<typeof source> = {
  delivery: {
    electronic: 'Beslutet skickades till dina Suomi.fi-meddelanden {date}.',
    read: 'Du öppnade meddelandet {date}.',
    mailed: 'Beslutsbrevet postades till dig {date}.',
    pending: 'Beslutsbrevet håller på att skickas till dig.',
    eservice: 'Beslutet har getts endast här i e-tjänsten.',
    returned:
      'Beslutsbrevet som postades till dig kom tillbaka till oss {date}, eftersom det inte kunde delas ut. Du kan läsa beslutet här. Kontrollera att din adress är aktuell i befolkningsdatasystemet.',
  },
  payments: {
    heading: 'Utbetalning',
    headingMany: 'Utbetalningar',
    paid: 'Betalt {date}: {amount}',
    paidToLandlord: 'Betalt till din hyresvärd {date}: {amount}',
    toBePaid: 'Betalas {date}: {amount}',
    toBePaidToLandlord: 'Betalas till din hyresvärd {date}: {amount}',
    toBePaidSoon: 'Betalas inom de närmaste dagarna: {amount}',
    toBePaidSoonToLandlord: 'Betalas till din hyresvärd inom de närmaste dagarna: {amount}',
    failed: 'Utbetalningen ({amount}) misslyckades – vi kontaktar dig.',
    failedToLandlord: 'Utbetalningen till din hyresvärd ({amount}) misslyckades – vi kontaktar dig.',
    account: 'Till konto {iban}',
  },
};
