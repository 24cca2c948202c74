// English texts of the `validation` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { validation as source } from '../fi/validation.ts';

export const validation: DeepStringShape<typeof source> = {
  required: 'This information is missing.',
  invalid_personal_identity_code: 'The personal identity code is not valid. Please check it.',
  invalid_postal_code: 'A postal code has five digits.',
  invalid_email: 'The e-mail address is not valid, for example name@example.fi.',
  invalid_phone: 'The phone number is not valid, for example 040 123 4567.',
  contact_required: 'Give an e-mail address or a phone number so that we can contact you.',
  invalid_date: 'The date is not valid, for example 31.1.2015.',
  date_in_future: 'The date cannot be in the future.',
  child_not_minor: 'The child is an adult: add them to the other members of the household.',
  invalid_month: 'The month is not valid.',
  month_out_of_range: 'You can apply for at most the three previous months or the next month.',
  invalid_iban: 'The account number is not a valid IBAN, for example FI21 1234 5600 0007 85.',
  amount_required: 'Give the amount in euros.',
  unknown_member: 'Choose a member of the household.',
  declaration_required: 'Confirm that the information is correct.',
  summary: 'There is something to correct in the application.',
  control_character: 'The text contains a control character (such as NUL) that cannot be stored. Remove it.',
  ill_formed_text: 'The text is not valid Unicode. Type it again.',
  too_deep: 'The data is nested too deeply.',
  invalid_text: 'The request contains text that cannot be accepted.',
  date_out_of_range: 'The date must be between 1 January 1900 and today.',
};
