// English texts of decisions in the citizen's e-services account, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { citizenDecisions as source } from '../fi/citizenDecisions.ts';

export const citizenDecisions: DeepStringShape<typeof source> = {
  /** The footer link to the data-protection notice, on every page. */
  dataProtectionLink: 'Privacy',
  notice: {
    title: 'A decision has been made on your application',
    titleRectification: 'A decision has been made on your request for rectification',
    body: 'Decision: {outcome}. You can see the decision and its letter on this page.',
    link: 'Go to the decision',
  },
  heading: 'Decision',
  headingMany: 'Decisions',
  decisionHeading: 'Decision of {date}',
  outcome: {
    approved: 'Assistance granted',
    partially_approved: 'Assistance partly granted',
    rejected: 'Assistance not granted',
  },
  facts: {
    month: 'Month of assistance',
    amount: 'Assistance granted',
    decidedAt: 'Date of decision',
    decidedBy: 'Decided by',
    paymentDate: 'Payment date',
  },
  letter: {
    heading: 'Decision letter',
    open: 'Open the decision letter (PDF)',
    opensInNewWindow: 'opens in a new window',
    download: 'Download the decision letter (PDF)',
    help: 'The letter gives the reasons for the decision, the calculation and how to request rectification.',
  },
  delivery: {
    paper: 'The decision letter is also sent by post.',
    mailed: 'The decision letter was posted on {date}.',
    electronic: 'The decision was given only electronically in this e-service; no letter is posted.',
  },
  reasonsHeading: 'Reasons',
  provisionsHeading: 'Provisions applied',
  calculation: {
    show: 'Show the calculation',
    line: 'Item',
    amount: 'Amount',
  },
  rectification: {
    heading: 'Request for rectification',
    canRequest:
      'If you disagree with the decision, you can request rectification. The request must be made by {date}.',
    request: 'Request rectification',
    requested: 'You have requested rectification of this decision.',
    requestedLink: 'Request for rectification {reference}',
    status: 'Status',
    tooLate:
      'The time to request rectification ended on {date}. If you have questions about the decision, contact the social services office.',
    contact: 'Send a message to the social services office',
    appeal:
      'A decision on a request for rectification can be appealed to the administrative court. The letter tells you how.',
  },
  form: {
    pageTitle: 'Request for rectification',
    title: 'Request rectification of the decision',
    backToApplication: 'Back to the application',
    intro:
      'If you disagree with the decision, you can ask for it to be reviewed and corrected. The request is handled as a case of its own, and you get a new decision in your e-services account.',
    decisionHeading: 'The decision you want rectified',
    application: 'Application',
    deadline: 'Send your request by {date}.',
    includeHeading: 'In your request, tell us',
    include: {
      what: 'what in the decision you think is wrong',
      how: 'how the decision should be changed',
      why: 'why it should be changed.',
    },
    attachments:
      'Attach documents that support your request, for example bills, receipts or bank statements.',
    reasons: 'Reasons for your request',
    reasonsHelp: 'What is wrong in the decision, how it should be changed and why.',
    reasonsRequired: 'Tell us why you think the decision should be changed.',
    send: 'Send the request',
    sending: 'Sending…',
    errorHeading: 'The request was not sent',
    failed: 'The request could not be sent. Check your network connection and try again.',
    notFoundTitle: 'Decision not found',
    notFound: 'The decision was not found. The address may be wrong.',
    notAvailableTitle: 'Rectification cannot be requested with this form',
  },
  sent: {
    title: 'Your request for rectification has been sent',
    body: 'We have received your request for rectification; its reference is {reference}. You will get the decision in your e-services account.',
  },
  concerns: {
    heading: 'What the request concerns',
    decision: 'The decision you want rectified',
    decisionOf: 'The decision on application {reference}',
    decisionOfUnnamed: 'The decision on your application',
    reasonsHeading: 'Your reasons',
  },
  settings: {
    deliveryLegend: 'How you get decisions',
    electronic: 'I want decisions only electronically in the e-services account (no letter by post)',
    electronicHelp:
      'If you do not choose this, the decision letter is also sent to you by post. Decisions are always shown in your e-services account.',
  },
};
