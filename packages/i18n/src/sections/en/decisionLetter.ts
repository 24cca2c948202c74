// English texts of the `decisionLetter` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { decisionLetter as source } from '../fi/decisionLetter.ts';

export const decisionLetter: DeepStringShape<typeof source> = {
  documentType: 'DECISION',
  title: 'Decision on social assistance',
  date: 'Date',
  referenceNumber: 'Reference number',
  decisionId: 'Decision ID',
  applicant: 'Applicant',
  kind: 'Kind of assistance',
  kinds: {
    basic: 'Basic social assistance',
    supplementary: 'Supplementary social assistance',
    preventive: 'Preventive social assistance',
  },
  month: 'Month of assistance',
  outcome: 'Outcome',
  outcomes: { approved: 'Approved', partially_approved: 'Partially approved', rejected: 'Rejected' },
  outcomeSentences: {
    approved: 'Your application has been approved. You are granted social assistance as follows.',
    partially_approved:
      'Your application has been partially approved. You are granted social assistance as follows; the reasons are given below.',
    rejected: 'Your application has been rejected. The reasons are given below.',
  },
  amount: 'Social assistance granted',
  sentOn: 'Sent',
  rectificationDeadline: 'Request rectification by',
  partiesHeading: 'Parties',
  partiesIntro: 'This decision concerns the applicant and their family:',
  roles: { applicant: 'applicant', spouse: 'spouse', child: 'child' },
  born: 'born {date}',
  birthUnknown: 'date of birth not known',
  dispatch: {
    electronic:
      'This decision was sent electronically to your e-services account on {sent}. You are considered to have been notified of it on the third day after it was sent, that is on {notified} (Act on Electronic Services in Public Administration, section 19). A request for rectification must therefore be made by {deadline}.',
    paper:
      'This decision was sent by post on {sent}. You are considered to have been notified of it on the seventh day after it was sent, that is on {notified}, unless shown otherwise (Administrative Procedure Act, section 59). A request for rectification must therefore be made by {deadline}.',
    paperPending:
      'This decision will be sent to you by post. The letter mailed to you states the day it was sent, the day of notification and the last day to request rectification. You are considered to have been notified of it on the seventh day after it was sent, unless shown otherwise (Administrative Procedure Act, section 59).',
  },
  tableNote:
    'The provisions in the table (s. = section) are those of the Act on Social Assistance (1412/1997).',
  dataProtectionHeading: 'Processing of personal data',
  dataProtection:
    'We process your and your family members’ personal data to handle your social assistance matter. The privacy notice tells what data we process, why and for how long, and what rights you have: {url}. Data protection officer: {officer}.',
  decisionHeading: 'Decision',
  calculationHeading: 'Calculation',
  calculationIntro: 'Your social assistance has been calculated as follows (euros per month).',
  columnItem: 'Item',
  columnLegalReference: 'Provision',
  columnAmount: 'Amount',
  sectionExpenses: 'Accepted expenses',
  sectionIncome: 'Income and assets taken into account',
  totalExpenses: 'Total expenses',
  totalIncome: 'Total income and assets',
  calculatedAmount: 'Social assistance (expenses – income and assets, at least 0)',
  reasonsHeading: 'Reasons',
  legalProvisionsHeading: 'Legal provisions applied',
  paymentHeading: 'Payment',
  paymentDate: 'Payment date',
  paymentAccount: 'Account',
  paymentAccountNote: 'For data security, only the beginning and the end of the account number are shown.',
  rentToLandlord: 'The rent is paid directly to the landlord',
  landlord: 'Landlord',
  landlordAccount: 'Landlord’s account',
  landlordAmount: 'Paid to the landlord',
  clientAccount: 'Your account',
  clientAmount: 'Paid to you',
  rentToLandlordNote:
    'Of the assistance granted in this decision, the rent is paid directly to your landlord. You do not need to pay that part of the rent yourself.',
  commitmentsHeading: 'Payment commitments',
  commitmentsIntro:
    'You have been granted the following payment commitments. A payment commitment is given to the payee, who invoices the city directly. It cannot be exchanged for cash or passed on to anyone else.',
  commitmentItem: '{number}: {covers}, payee {payee}, up to {amount}, valid {from}–{to}',
  decisionMakerHeading: 'Decision-maker',
  electronicApproval:
    'This decision has been approved electronically and therefore has no handwritten signature.',
  contactHeading: 'Further information',
  contactIntro: 'Further information on this decision is given by',
  phone: 'Telephone',
  email: 'E-mail',
  web: 'Website',
  appeal: {
    heading: 'Instructions for requesting rectification',
    intro: [
      'If you are not satisfied with this decision, you may request its rectification in writing. You may not appeal against this decision directly to the administrative court.',
      'A request for rectification may be made by the person to whom the decision is addressed or whose right, obligation or benefit the decision directly affects.',
    ],
    authority: 'The request is decided by',
    address: 'Send the request to',
    visitingAddress: 'Visiting address',
    email: 'E-mail',
    openingHours: 'Opening hours',
    timeHeading: 'Time limit',
    time: [
      'The request for rectification must be made within 30 days of notification of the decision. The day of notification is not counted. If the last day of the time limit is a public holiday, Independence Day, May Day, Christmas Eve, Midsummer Eve or a Saturday, the request may be made on the first working day after it.',
    ],
    howHeading: 'How to make the request',
    how: [
      'The request for rectification must be made in writing. You can send it by post or e-mail or deliver it to the registry office. It must arrive by the last day of the time limit, before the registry office closes. You send the request at your own risk.',
    ],
    contentsHeading: 'What the request must contain',
    contentsIntro: 'The request for rectification must state',
    contentsItems: [
      'the decision you want rectified (for example the date and reference number of the decision)',
      'what rectification you request',
      'the grounds on which you request it',
      'your name and contact details: postal address, telephone number and e-mail address.',
    ],
    contentsAfter: [
      'If the request is made by your legal representative or agent, or if someone else has drawn it up, the request must also state that person’s name and municipality of residence.',
      'A request made on paper must be signed. Attach the documents you refer to, unless you have already submitted them.',
    ],
    furtherHeading: 'Appeal against the decision on the request',
    further: [
      'The decision given on the request for rectification may be appealed against to the administrative court. Instructions for appeal are given with that decision.',
    ],
    legalBasis:
      'Social Assistance Act (1412/1997), section 24; Social Welfare Act (1301/2014), section 48; Administrative Procedure Act (434/2003), chapter 7 a.',
  },
};
