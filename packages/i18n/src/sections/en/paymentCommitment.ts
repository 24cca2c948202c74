// English texts of the `paymentCommitment` section (see the Finnish source, fi/paymentCommitment.ts).
import type { DeepStringShape } from '../../types.ts';
import type { paymentCommitment as source } from '../fi/paymentCommitment.ts';

export const paymentCommitment: DeepStringShape<typeof source> = {
  documentType: 'PAYMENT COMMITMENT',
  title: 'Payment commitment',
  number: 'Commitment number',
  date: 'Date',
  referenceNumber: 'Reference number',
  decisionId: 'Decision identifier',
  payee: 'Payee',
  client: 'Client',
  born: 'born {date}',
  kind: 'The commitment covers',
  kinds: {
    rent_deposit: 'Rent deposit',
    rent: 'Rent',
    medicines: 'Medicines',
    other: 'Other expense',
  },
  covers: 'Details',
  maxAmount: 'Maximum amount',
  validity: 'Valid',
  intro:
    '{organisation} undertakes to pay the payee, on behalf of the client named below, the costs named in this payment commitment up to the amount stated. The commitment is based on a decision on social assistance.',
  conditionsHeading: 'Conditions',
  conditions: [
    'The payment commitment covers only the costs named in it and is valid only for the period stated.',
    'The maximum amount includes VAT. The city does not pay any part above it.',
    'The payment commitment cannot be exchanged for cash or passed on to anyone else.',
  ],
  invoicingHeading: 'Invoicing instructions',
  invoicingIntro:
    'Invoice the city within the period of validity. Mark the invoice with the commitment number {number} and the client’s name.',
  invoicingAddress: 'Invoicing address',
  eInvoiceAddress: 'E-invoicing address',
  eInvoiceOperator: 'Operator',
  invoiceReference: 'Reference for the invoice',
  issuerHeading: 'Issued by',
  electronicApproval:
    'The payment commitment has been approved electronically and therefore has no handwritten signature.',
  contactHeading: 'Further information',
  phone: 'Phone',
  email: 'Email',
  errors: {
    invalidIban: 'The landlord’s account number is not a valid IBAN, for example FI21 1234 5600 0007 85.',
    invalidBic: 'The landlord’s BIC is not valid, for example NDEAFIHH.',
    noRent: 'The calculation has no housing costs, so no rent can be paid to the landlord.',
    rejected: 'A rejection cannot pay rent to the landlord or give payment commitments.',
    validity: 'A payment commitment cannot end before it begins.',
  },
};
