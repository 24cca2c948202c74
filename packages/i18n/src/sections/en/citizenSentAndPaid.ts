// English texts of how a decision reached the client and how its money is paid, on the application page of the
// e-services account, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { citizenSentAndPaid as source } from '../fi/citizenSentAndPaid.ts';

export const citizenSentAndPaid: DeepStringShape<typeof source> = {
  delivery: {
    electronic: 'Sent to your Suomi.fi Messages on {date}.',
    read: 'You read it on {date}.',
    mailed: 'Mailed to you on {date}.',
    pending: 'Your decision letter is being sent.',
    eservice: 'The decision was given in this e-service only.',
    returned:
      'The letter mailed to you came back to us on {date} because it could not be delivered. You can read the decision here. Please check that your address in the Population Information System is up to date.',
  },
  payments: {
    heading: 'Payment',
    headingMany: 'Payments',
    paid: 'Paid on {date}: {amount}',
    paidToLandlord: 'Paid to your landlord on {date}: {amount}',
    toBePaid: 'To be paid on {date}: {amount}',
    toBePaidToLandlord: 'To be paid to your landlord on {date}: {amount}',
    toBePaidSoon: 'To be paid in the next few days: {amount}',
    toBePaidSoonToLandlord: 'To be paid to your landlord in the next few days: {amount}',
    failed: 'Payment of {amount} failed – we will contact you.',
    failedToLandlord: 'Payment of {amount} to your landlord failed – we will contact you.',
    account: 'To account {iban}',
  },
};
