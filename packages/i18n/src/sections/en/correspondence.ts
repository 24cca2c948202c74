// English texts of the correspondence section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { correspondence as source } from '../fi/correspondence.ts';

export const correspondence: DeepStringShape<typeof source> = {
  alreadyAnswered: 'The request for additional information has already been answered.',
  closed: 'The application is no longer waiting for information, so the request cannot be answered.',
  empty: 'Write an answer or attach at least one file.',
  unknownFile: 'The file was not found or has already been sent. Add the file again.',
  emptyMessage: 'Write a message or attach at least one file.',
  items: {
    bank_statements: 'Bank statements for the last two months from all accounts',
    rental_agreement: 'Rental agreement',
    pay_slips: 'Pay slips',
    receipts: 'Receipts for expenses',
    benefit_decisions: 'Decisions on benefits you receive (for example from Kela)',
    other: 'Other information',
  },
};
