// English texts of the caseAttention section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { caseAttention as source } from '../fi/caseAttention.ts';

export const caseAttention: DeepStringShape<typeof source> = {
  filter: 'Needs attention ({count})',
  addressNeeded: 'Address needed',
  paymentRejected: 'Payment rejected',
  paymentRejectedBecause: 'Payment rejected: {reason}',
  codes: {
    AC01: 'incorrect account number',
    AC04: 'account closed',
    AC06: 'account blocked',
    AG01: 'payments to this account are not allowed',
    BE05: 'unknown payee',
    MD07: 'the account holder has died',
    other: 'bank reason code {code}',
    none: 'the bank gave no reason',
  },
  heading: 'Needs attention',
  intro: 'Something went wrong after the decision. Sort it out and record what you did.',
  addressNeededText:
    'The decision letter was returned to the sender on {date}. The client’s new postal address is needed.',
  addressNeededTextNoDate:
    'The decision letter was returned to the sender. The client’s new postal address is needed.',
  paymentRejectedText:
    'The bank rejected the payment of {amount} to {payee} (account ending {ibanEnd}): {reason}.',
  bankSaid: 'The bank’s message: {text}',
  newAddress: 'New address',
  streetAddress: 'Street address',
  postalCode: 'Postal code',
  city: 'Town',
  resend: 'Save the address and print the letter again',
  iban: 'Corrected account number (IBAN)',
  correct: 'Save the account number and pay in the next batch',
  otherwise: 'Sorted out otherwise',
  note: 'How it was sorted out',
  markHandled: 'Mark as handled',
  required: 'Fill in this field.',
  postalCodeInvalid: 'A postal code has five digits.',
  ibanInvalid: 'Check the account number.',
  resent:
    'The address was saved. The letter is back in the print queue and goes out with the next print batch.',
  corrected: 'The account number was corrected. The payment goes out in the next payment batch.',
  handled: 'Marked as handled.',
  forbidden: 'You are not allowed to do this.',
  invalid: 'Check the details.',
};
