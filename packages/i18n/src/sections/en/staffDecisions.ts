// English texts of deciding a case in the staff app, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staffDecisions as source } from '../fi/staffDecisions.ts';

export const staffDecisions: DeepStringShape<typeof source> = {
  heading: 'Decision',
  noCalculation: 'The calculation is not up to date. Check it before an approving decision.',
  calculated: 'Social assistance by the calculation: {amount}',
  outcome: 'Outcome',
  withCalculation: 'Include the calculation in the decision',
  reasons: 'Reasons',
  reasonsHint: 'The chosen reasons are printed in the decision in the client’s language ({language}).',
  ownWords: 'Reasons in your own words',
  ownWordsHint: 'Printed in the decision as written. Separate paragraphs with a blank line.',
  languageWarning: {
    title: 'Your own reasons are in another language than the letter',
    body: 'Your own reasons seem to be in {detected}, but the decision letter is in {language}. They are printed in the letter as written: write them in the letter’s language.',
  },
  review: 'Review and decide',
  confirmHeading: 'Confirm the decision',
  confirmSummary:
    'Outcome: {outcome}, {amount}. The letter is made in {language} and the client is notified.',
  confirm: 'Confirm the decision',
  deciding: 'Deciding…',
  cancel: 'Cancel',
  decidedTitle: 'Decision made',
  decided: 'The decision was saved: {outcome} {amount} for {month}. The client is notified.',
  notAllowedTitle: 'You cannot decide this application',
  notAllowed:
    'The application is decided by its caseworker ({name}) or a supervisor. You can view the application and the calculation.',
  notAllowedUnassigned:
    'The application is decided by its caseworker or a supervisor. Take the application into processing if you are to decide it.',
  decisionsHeading: 'Decisions',
  forMonth: 'for {month}',
  decidedBy: 'Decided by {name}, {when}',
  mailed: 'The letter was mailed {when}.',
  toBeMailed: 'The letter is mailed in the next print batch.',
  electronic: 'The client has chosen electronic notification.',
  openLetter: 'Open the decision letter (PDF, opens in a new window)',
  rectificationRequested: 'Rectification of the decision has been requested:',
  rectificationUntil: 'Rectification can be requested until {date}.',
  rectificationHeading: 'Request for rectification',
  rectificationOf: 'Concerns the decision on application',
  rectificationReasons: 'The client’s reasons',
  landlord: {
    pay: 'Pay the rent directly to the landlord',
    hint: 'The housing costs of the calculation are paid to the landlord and the rest to the client.',
    name: 'Landlord’s name',
    iban: 'Landlord’s account number (IBAN)',
  },
  errors: {
    landlord: 'Give the landlord’s name and account number.',
    outcome: 'Choose the outcome.',
    calculation: 'An approving decision needs an up-to-date calculation.',
    nothingToApprove: 'The calculation grants no assistance: choose a rejection.',
    reasons: 'Choose at least one reason or write your own.',
    notNow: 'The application cannot be decided now: it is not in processing, or it has been decided already.',
    forbidden:
      'You may not decide this application: its caseworker or a supervisor decides it. The application has been reloaded.',
    invalid:
      'The application could not be decided with these details. Check the outcome, the calculation and the reasons.',
    failed: 'Deciding failed. Try again.',
  },
};
