// English texts of a decision's letter delivery and payments in the staff app's case view, typed against the
// Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staffSentAndPaid as source } from '../fi/staffSentAndPaid.ts';

export const staffSentAndPaid: DeepStringShape<typeof source> = {
  delivery: {
    heading: 'Letter delivery',
    channel: {
      suomifi_electronic: 'Suomi.fi electronic message',
      suomifi_paper: 'Suomi.fi paper mail',
      local_print: 'Local print batch',
      eservice: 'E-services account only',
      none: 'Channel not decided yet',
    },
    status: {
      pending: 'Waiting to be sent',
      sent: 'Sent',
      local: 'In local printing',
      read: 'Read',
      returned_to_sender: 'Returned to sender',
    },
    step: {
      sent: 'Sent',
      printed: 'To printing',
      read: 'Read',
      returned: 'Returned',
    },
    returnedTitle: 'The letter was returned to sender',
    returnedBody:
      'The client has not received the decision letter by post. Check the address and deliver the decision to the client again.',
  },
  payments: {
    heading: 'Payments',
    payee: 'Payee',
    amount: 'Amount',
    status: 'Status',
    paidOn: 'Paid on',
    payeeKind: { client: 'client', landlord: 'landlord' },
    state: {
      waiting: 'Waiting for a payment batch',
      inBatch: 'In a payment batch',
      sent: 'Sent to the bank',
      paid: 'Paid',
      rejected: 'Rejected',
    },
    due: 'due {date}',
    sentAt: 'sent {date}',
    rejectedBecause: 'Bank’s reason: {reason}',
    reason: {
      AC01: 'incorrect account number',
      AC03: 'invalid payee account number',
      AC04: 'account closed',
      AC06: 'account blocked',
      AG01: 'account does not accept payments',
      AM05: 'duplicate payment',
      BE01: 'payee name does not match the account',
      MD07: 'account holder deceased',
      MS03: 'no reason given by the bank',
      RC01: 'incorrect bank identifier',
    },
    unknownReason: 'code {code}',
    none: 'No payment was created for this decision. Check whether the support must be paid some other way.',
  },
};
