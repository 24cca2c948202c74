// English texts of the `account` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { account as source } from '../fi/account.ts';

export const account: DeepStringShape<typeof source> = {
  pageTitle: 'E-services account',
  title: 'E-services account',
  intro:
    'Here you can see your applications and how their processing is going. You can also make a new application.',
  newApplication: 'Make a new application',
  applicationsHeading: 'Your applications',
  none: 'You do not have any applications yet.',
  referenceNumber: 'Reference number',
  submittedAt: 'Sent',
  createdAt: 'Started',
  dueDate: 'Decision by',
  draftDeletes: 'If you do not continue the application, it will be deleted on {date}.',
  continue: 'Continue the application',
  /** The name of an application's link on the account page: one application's apart from another's. */
  linkNameSent: '{kind} {reference}',
  linkNameDraft: '{kind}, started {date} at {time}',
  backToAccount: 'Back to the e-services account',
  signInRequired: {
    title: 'Sign in to your e-services account',
    body: 'Sign in to see your applications and to make a new application.',
  },
  new: {
    pageTitle: 'New application',
    title: 'What assistance are you applying for?',
    intro: 'Choose the assistance you are applying for. If you are not sure, choose basic social assistance.',
    legend: 'Type of assistance',
    saved:
      'The application is saved in your e-services account as you fill it in, so you can continue it later.',
    start: 'Start the application',
    failed: 'The application could not be started. Try again.',
  },
  detail: {
    pageTitle: 'Application',
    notFoundTitle: 'Application not found',
    notFound: 'The application was not found. It may have been deleted, or the address is wrong.',
    urgency: 'Priority',
    urgent: 'Urgent',
    historyHeading: 'Processing stages',
    informationRequestsHeading: 'Requests for additional information',
    noInformationRequests: 'You have not been asked for additional information.',
    informationRequestCount: 'Requests for additional information: {count}',
    messagesHeading: 'Messages',
    noMessages: 'No new messages.',
    unreadMessages: 'Unread messages: {count}',
    decisionsHeading: 'Decisions',
    noDecisions: 'No decision has been made yet.',
    decisionCount: 'Decisions: {count}',
    attachmentsHeading: 'Attachments',
    noAttachments: 'The application has no attachments.',
    contentHeading: 'Your answers',
    withdrawHeading: 'Withdrawing the application',
    withdrawHelp: 'You can withdraw the application as long as no decision has been made on it.',
    withdraw: 'Withdraw the application',
    withdrawTitle: 'Do you want to withdraw the application?',
    withdrawBody: 'A withdrawn application is not processed. You can make a new application later.',
    withdrawConfirm: 'Yes, withdraw the application',
    withdrawCancel: 'Do not withdraw',
    withdrawFailed: 'The application could not be withdrawn. Try again.',
    withdrawnTitle: 'The application has been withdrawn',
    withdrawn:
      'Your application will not be processed. You can make a new application in your e-services account.',
  },
  name: {
    pageTitle: 'Your name',
    title: 'Tell us your name',
    intro:
      'The identification service did not give us your name. Write your first and last name as they are in your ' +
      'official documents. The name goes into your application and the decisions sent to you.',
    once: 'You can give your name only once. If it has to be corrected later, contact the social services office.',
    firstName: 'First names',
    lastName: 'Last name',
    fromIdentityService: 'From the identification service',
    nameHelp: 'Letters, spaces, hyphens and apostrophes.',
    save: 'Save the name',
    saving: 'Saving…',
    errorHeading: 'The name needs correcting',
    failed: 'The name could not be saved. Try again.',
    savedTitle: 'The name has been saved',
    saved: 'Your name is now {name}.',
    yourName: 'Your name',
    continueToForm: 'Continue to the application',
    missingTitle: 'Your name is missing',
    missing:
      'Before you can make an application, tell us your name. The identification service did not give it.',
    enterName: 'Tell us your name',
    errors: {
      required: 'Write the name.',
      too_long: 'The name can have at most {max} characters.',
      invalid_characters: 'The name can only have letters, spaces, hyphens and apostrophes.',
      alreadyKnown: 'Your name is already known and cannot be changed here.',
    },
  },
};
