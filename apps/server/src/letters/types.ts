// The data of a decision letter, as the caller (the decision command) fills it in.
//
// Everything here is plain data: strings are printed exactly as given (never read as Typst markup), amounts are
// integer cents, dates are ISO calendar dates. Texts that come from the decision (names, labels of the
// calculation lines, reasons, legal provisions, titles) must already be in the letter's language: the letter
// module translates only its own fixed wording (headings, the outcome sentence, the payment and signature
// sentences, the appeal instructions; the `decisionLetter` texts of @tuki/i18n). Characters that the shipped font cannot show (e.g. CJK,
// emoji) are printed as '?', and control characters are dropped (see sanitize.ts): the PDF/UA and PDF/A
// standards refuse text without glyphs.

import type { IsoDate, Language } from '@tuki/domain';

export type DecisionOutcome = 'approved' | 'partially_approved' | 'rejected';

/** The kind of assistance decided (the application's kind): perus-, täydentävä or ehkäisevä toimeentulotuki. */
export type AssistanceKind = 'basic' | 'supplementary' | 'preventive';

/**
 * A party to the decision (HL 44 §): the applicant (the recipient), a spouse and the minor children, whose
 * assistance is decided as one family. Named with the date of birth, never with an identity code.
 */
export interface LetterParty {
  role: 'applicant' | 'spouse' | 'child';
  name: string;
  /** 'YYYY-MM-DD'; null when not known (printed as unknown). */
  dateOfBirth: IsoDate | null;
}

/**
 * How the letter reaches the client and, once sent, when: the one notification rule of its channel and the last
 * day to ask for rectification (decisions/notification.ts computes them). A paper letter is rendered when the
 * decision is made but sent only with its print batch: until then `sent` is null, and the print batch renders the
 * letter again with the batch's day.
 */
export interface LetterDispatch {
  channel: 'electronic' | 'paper';
  sent: null | { sentOn: IsoDate; notifiedOn: IsoDate; rectificationDeadline: IsoDate };
}

/** A postal address as printed in the envelope window, one field per line. */
export interface PostalAddress {
  /** The addressee's name, e.g. 'Aino Äijälä'. */
  name: string;
  /** Optional line between the name and the street, e.g. 'c/o Åström'. */
  careOf?: string;
  /** Street address or post office box, e.g. 'Mannerheimintie 1 A 2' or 'PL 123'. */
  streetAddress: string;
  /** e.g. '00100'. */
  postalCode: string;
  /** e.g. 'HELSINKI' (Posti recommends capitals in the last line, but it is printed as given). */
  postOffice: string;
  /** Only for an address abroad, in capitals on its own line, e.g. 'SVERIGE'. */
  country?: string;
}

/** The sender: the city and its office. Shown in the header, the return line above the address, the footer. */
export interface Letterhead {
  /** e.g. 'Helsingin kaupunki' (in the letter's language: 'Helsingfors stad', 'City of Helsinki'). */
  organisation: string;
  /** The office, e.g. 'Sosiaali-, terveys- ja pelastustoimiala, Aikuissosiaalityö'. */
  unit: string;
  /** Postal address of the office, e.g. 'PL 6100'. */
  streetAddress: string;
  postalCode: string;
  postOffice: string;
  /** e.g. '09 310 44556'. */
  phone: string;
  email: string;
  /** e.g. 'hel.fi/toimeentulotuki'. */
  web: string;
}

/** Which part of the calculation table a line belongs to. */
export type CalculationSection = 'expenses' | 'income';

/**
 * One line of the calculation, in the order it is printed within its section.
 * The label is already in the letter's language: the caller translates the engine's label key
 * (e.g. 'basicAmount.single') with its params; the letter prints it as given.
 */
export interface LetterCalculationLine {
  /**
   * 'expenses': basic amounts, reductions, housing and other accepted expenses; 'income': income, the earned-income
   * deduction, assets. calculationSectionOf(kind) gives it for a line of the rules engine.
   */
  section: CalculationSection;
  /** The rules engine's kind of line (e.g. 'basicAmount'); kept for the caller, not printed. */
  kind: string;
  /** Printed label, e.g. 'Perusosa, yksin asuva' or 'Vuokra'. */
  label: string;
  /** Whose line it is, when it is one member's (printed after the label). */
  memberName?: string;
  /**
   * Amount in cents as it adds up within its section: positive normally; negative for a deduction (a reduction
   * of the basic amount among the expenses, the earned-income deduction among the income), as the rules engine
   * gives them. Printed with a dash as the minus: '–150,00 €'.
   */
  amountCents: number;
  /**
   * As the rules engine gives it, e.g. 'TTL 9 §' or 'TTL 7 b §'; printed in its own column in the letter's
   * language (legal-references.ts: '9 §' in Swedish, 's. 9' in English, with a note naming the act).
   */
  legalReference: string;
}

export interface LetterCalculation {
  lines: LetterCalculationLine[];
  totalExpensesCents: number;
  totalIncomeCents: number;
  /** The assistance the calculation gives (never negative). Usually equal to the letter's amountCents. */
  amountCents: number;
}

export interface DecisionLetterData {
  /** The letter's language: the client's language. */
  language: Language;
  letterhead: Letterhead;
  /** The addressee, printed in the envelope window. */
  recipient: PostalAddress;
  /** Date of the decision and the letter, 'YYYY-MM-DD'. */
  letterDate: IsoDate;
  /** The case's reference number (diaarinumero), e.g. 'TT-2026-000123'. */
  referenceNumber: string;
  /** The decision's identifier (printed under the reference number). */
  decisionId: string;
  /** The person the decision concerns (usually the recipient). */
  applicant: { name: string };
  /** Every member of the family the decision concerns, the applicant first. */
  parties: LetterParty[];
  kind: AssistanceKind;
  dispatch: LetterDispatch;
  /** The month of assistance, 'YYYY-MM'. */
  month: string;
  outcome: DecisionOutcome;
  /** The assistance granted for the month, in cents (0 when rejected). */
  amountCents: number;
  /** The calculation line by line; null when the decision has none (e.g. rejected for missing information). */
  calculation: LetterCalculation | null;
  /** Reasons, one string per paragraph (a single '\n' inside a paragraph is a line break). */
  reasons: string[];
  /**
   * Legal provisions applied, one per item, already worded in the letter's language and in legal order, e.g.
   * 'Laki toimeentulotuesta (1412/1997) 6 §, 7 b §, 9 §' (legal-references.ts formatProvisionList).
   */
  legalProvisions: string[];
  /** Payment of the amount; null when nothing is paid. The IBAN is printed masked (maskIban of @tuki/domain). */
  payment: { date: IsoDate; iban: string } | null;
  /**
   * The rent part paid straight to the landlord (the rest, `amountCents` less it, to the client); absent or null
   * when everything goes to the client. The landlord's IBAN is printed masked too.
   */
  rentPayment?: { landlordName: string; iban: string; amountCents: number } | null;
  /** The payment commitments the decision gives (each a document of its own for the payee). */
  commitments?: LetterCommitment[];
  decisionMaker: { name: string; title: string };
  contactPerson: { name: string; phone: string; email?: string };
}

/** A payment commitment as the decision letter lists it. */
export interface LetterCommitment {
  number: string;
  payeeName: string;
  /** What it covers, in words: the kind and the decision-maker's details, e.g. 'Vuokravakuus: Kotikatu 1 A 2'. */
  covers: string;
  maxAmountCents: number;
  validFrom: IsoDate;
  validTo: IsoDate;
}

/** Where and how a payee invoices the city for a payment commitment (office.ts, in the payee's language). */
export interface InvoicingInstructions {
  /** The postal address for paper invoices, one line each. */
  addressLines: string[];
  /** The e-invoicing address (OVT) and its operator. */
  eInvoiceAddress: string;
  eInvoiceOperator: string;
}

/** The payment commitment's document for the payee, in the payee's language (payment-commitment.typ). */
export interface PaymentCommitmentData {
  language: Language;
  letterhead: Letterhead;
  number: string;
  /** The day it was given: the decision's day. */
  issuedOn: IsoDate;
  referenceNumber: string;
  decisionId: string;
  client: { name: string; dateOfBirth: IsoDate | null };
  payee: { name: string };
  kind: 'rent_deposit' | 'rent' | 'medicines' | 'other';
  covers: string;
  maxAmountCents: number;
  validFrom: IsoDate;
  validTo: IsoDate;
  invoicing: InvoicingInstructions;
  decisionMaker: { name: string; title: string };
  contactPerson: { name: string; phone: string; email?: string };
}

/** Where a request for rectification is sent: the city's body named in the appeal instructions. */
export interface RectificationAuthority {
  /** In the letter's language, e.g. 'Sosiaali-, terveys- ja pelastuslautakunnan yksilöasioiden jaosto'. */
  name: string;
  /** Postal address lines, e.g. ['Helsingin kaupungin kirjaamo', 'PL 10', '00099 HELSINGIN KAUPUNKI']. */
  postalAddress: string[];
  /** Visiting address, e.g. 'Pohjoisesplanadi 11–13, Helsinki'. */
  visitingAddress?: string;
  email: string;
  /** Opening hours of the registry, e.g. 'ma–pe klo 8.15–16.00'. */
  openingHours?: string;
}

/** Where the data-protection notice is and whom to ask: printed in a short paragraph of every letter. */
export interface DataProtectionContact {
  /** The notice in the citizen app, e.g. 'https://tuki.hel.fi/privacy'. */
  noticeUrl: string;
  /** The data protection officer, in the letter's language, e.g. 'tietosuoja@hel.fi, 09 310 1691'. */
  officer: string;
}

export interface LetterOptions {
  /** The body that handles requests for rectification; in the letter's language. */
  rectification: RectificationAuthority;
  dataProtection: DataProtectionContact;
}
