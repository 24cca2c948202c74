// What the other parts use of people/ (the layer rules let them import it only through this file).
export {
  findApplicantOfCase,
  findExistingPerson,
  findOrCreatePerson,
  findPersonalIdentityCode,
  findPersonByCode,
  findPostalRecipient,
  updatePersonAddress,
  updatePersonNames,
} from './persons.repository.ts';
export {
  assertApplicationRecipientComplete,
  contentAddressOf,
  letterRecipient,
  missingPartsText,
  missingRecipientParts,
  RECIPIENT_INCOMPLETE,
  type RecipientPart,
  recipientParts,
} from './recipient.ts';
