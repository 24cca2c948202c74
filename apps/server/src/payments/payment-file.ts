// The payment file: one batch of payments as an ISO 20022 pain.001.001.09 SEPA credit transfer initiation, the
// version Finnish banks take since 17.3.2024 (Finanssiala's ISO 20022 payment guide, after the EPC SCT
// implementation guidelines).
//
// The file is written here rather than with the npm package `sepa` (3.0.0): its structured remittance
// information comes out as <CdorPrtry> holding <Cd>, <Issr> and <Ref>, which the schema refuses (it expects
// <Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>…</Ref>), so no reference number could be
// sent; it has no debtor organisation identifier (a debtorId is checked as a direct debit creditor id and not
// written); and it takes amounts as floating-point euros. Every file is checked against the schema instead
// (validatePaymentFile), in the tests and before a file is handed out.
//
// One <PmtInf> holds all payments of the batch: one debtor account, one execution date. Amounts are integer
// cents throughout and the control sums are added as big integers, so they are exact for any batch.
import { type IsoDate, isIsoDate, normalizeIban, parseIban } from '@tuki/domain';
import { type FieldError, invalidInput } from '../shared/errors.ts';
import {
  formatCents,
  isBic,
  isSepaIdentifier,
  maxPaymentCents,
  type PaymentCharacterSet,
  parseCreditorReference,
  paymentText,
} from './sepa-text.ts';
import { element, leaf } from './xml.ts';

export const paymentFileNamespace = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

/** The city's account the payments are made from. */
export interface PaymentDebtor {
  name: string;
  iban: string;
  bic: string;
  /** The business identity code (Y-tunnus, e.g. '0201256-6'), written as the debtor's organisation id. */
  organisationId?: string;
}

/**
 * What the payee's bank passes on: a creditor reference (an 'RF…' reference or a Finnish reference number,
 * written as structured remittance information), or free text of at most 140 characters.
 */
export type Remittance = { creditorReference: string } | { text: string };

export interface PaymentInstruction {
  /** Our id of the payment, returned in the bank's status report: 1–35 characters of the basic set. */
  endToEndId: string;
  /** A positive whole number of euro cents. */
  amountCents: number;
  creditor: { name: string; iban: string; bic?: string };
  remittance: Remittance;
}

export interface PaymentBatch {
  /** Unique per file (the bank refuses a repeated one): 1–35 characters of the basic set. */
  messageId: string;
  createdAt: Date;
  requestedExecutionDate: IsoDate;
  debtor: PaymentDebtor;
  payments: readonly PaymentInstruction[];
  /** Which characters names and remittance text may keep; see sepa-text.ts. Default 'epc-basic'. */
  characterSet?: PaymentCharacterSet;
}

export interface PaymentFile {
  xml: string;
  numberOfTransactions: number;
  controlSumCents: bigint;
}

/** EPC: names are at most 70 characters (the schema would allow 140); longer names are cut. */
const maxNameLength = 70;
const maxRemittanceTextLength = 140;

/** A Finnish business identity code (Y-tunnus): seven digits, '-', a check digit (weights 7 9 10 5 8 4 2, mod 11). */
function isBusinessId(value: string): boolean {
  if (!/^\d{7}-\d$/.test(value)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const remainder = weights.reduce((sum, weight, index) => sum + weight * Number(value[index]), 0) % 11;
  return remainder !== 1 && Number(value[8]) === (remainder === 0 ? 0 : 11 - remainder);
}

/** Checks the batch before anything is written; every problem is named with its path. */
function batchProblems(batch: PaymentBatch): FieldError[] {
  const problems: FieldError[] = [];
  const problem = (path: string, code: string, message: string) => problems.push({ path, code, message });
  const checkIdentifier = (path: string, value: string) => {
    if (!isSepaIdentifier(value))
      problem(
        path,
        'identifier',
        "must be 1–35 letters, digits or / - ? : ( ) . , ' + without a leading / or //",
      );
  };
  const checkAccount = (path: string, account: { name: string; iban: string; bic?: string | undefined }) => {
    const iban = parseIban(account.iban);
    if (!iban.ok) problem(`${path}.iban`, `iban_${iban.reason}`, `is not a valid IBAN (${iban.reason})`);
    if (account.bic !== undefined && !isBic(account.bic)) problem(`${path}.bic`, 'bic', 'is not a valid BIC');
    if (paymentText(account.name, batch.characterSet ?? 'epc-basic') === '')
      problem(`${path}.name`, 'required', 'must have letters');
  };

  checkIdentifier('messageId', batch.messageId);
  if (Number.isNaN(batch.createdAt.getTime())) problem('createdAt', 'date', 'is not a valid time');
  if (!isIsoDate(batch.requestedExecutionDate))
    problem('requestedExecutionDate', 'date', 'must be a date YYYY-MM-DD');
  checkAccount('debtor', batch.debtor);
  const organisationId = batch.debtor.organisationId;
  if (organisationId !== undefined && !isBusinessId(organisationId))
    problem('debtor.organisationId', 'business_id', 'must be a business identity code such as 0201256-6');
  if (batch.payments.length === 0) problem('payments', 'required', 'must have at least one payment');

  const endToEndIds = new Set<string>();
  batch.payments.forEach((payment, index) => {
    const path = `payments[${index}]`;
    checkIdentifier(`${path}.endToEndId`, payment.endToEndId);
    if (endToEndIds.has(payment.endToEndId)) problem(`${path}.endToEndId`, 'duplicate', 'is used twice');
    endToEndIds.add(payment.endToEndId);
    const cents = payment.amountCents;
    if (!Number.isInteger(cents) || cents < 1 || cents > maxPaymentCents)
      problem(`${path}.amountCents`, 'amount', 'must be whole cents from 1 to 99999999999');
    checkAccount(`${path}.creditor`, payment.creditor);
    const remittance = payment.remittance;
    if ('creditorReference' in remittance) {
      if (!parseCreditorReference(remittance.creditorReference))
        problem(
          `${path}.remittance.creditorReference`,
          'reference',
          'is not an RF or Finnish reference number',
        );
    } else {
      const length = paymentText(remittance.text, batch.characterSet ?? 'epc-basic').length;
      if (length === 0) problem(`${path}.remittance.text`, 'required', 'must have letters or digits');
      if (length > maxRemittanceTextLength)
        problem(
          `${path}.remittance.text`,
          'too_long',
          `must be at most ${maxRemittanceTextLength} characters`,
        );
    }
  });
  return problems;
}

/** The creditor reference as structured remittance information (Finnish guide: Issr ISO only for RF). */
function remittanceXml(remittance: Remittance, characterSet: PaymentCharacterSet): string {
  if (!('creditorReference' in remittance))
    return element('RmtInf', [leaf('Ustrd', paymentText(remittance.text, characterSet))]);
  const reference = parseCreditorReference(remittance.creditorReference);
  if (!reference) throw new Error('unchecked creditor reference');
  const type = element('Tp', [
    element('CdOrPrtry', [leaf('Cd', 'SCOR')]),
    reference.kind === 'rf' && leaf('Issr', 'ISO'),
  ]);
  return element('RmtInf', [element('Strd', [element('CdtrRefInf', [type, leaf('Ref', reference.value)])])]);
}

/**
 * The city as a party (initiating party and debtor): its name and, when given, its business identity code as
 * an organisation id with the scheme BANK, the bank-assigned customer id, which Finnish banks set to the Y-tunnus
 * (confirm with the city's bank agreement; some banks give a separate service id).
 */
function cityXml(tag: string, debtor: PaymentDebtor, characterSet: PaymentCharacterSet): string {
  const id =
    debtor.organisationId !== undefined &&
    element('Id', [
      element('OrgId', [
        element('Othr', [leaf('Id', debtor.organisationId), element('SchmeNm', [leaf('Cd', 'BANK')])]),
      ]),
    ]);
  return element(tag, [nameXml(debtor.name, characterSet), id]);
}

function nameXml(name: string, characterSet: PaymentCharacterSet): string {
  return leaf('Nm', paymentText(name, characterSet).slice(0, maxNameLength).trim());
}

function accountXml(tag: string, iban: string): string {
  return element(tag, [element('Id', [leaf('IBAN', normalizeIban(iban))])]);
}

function agentXml(tag: string, bic: string): string {
  return element(tag, [element('FinInstnId', [leaf('BICFI', bic)])]);
}

function transactionXml(payment: PaymentInstruction, characterSet: PaymentCharacterSet): string {
  const { creditor } = payment;
  return element('CdtTrfTxInf', [
    element('PmtId', [leaf('EndToEndId', payment.endToEndId)]),
    element('Amt', [leaf('InstdAmt', formatCents(BigInt(payment.amountCents)), ' Ccy="EUR"')]),
    // EPC 2019: the creditor's BIC is optional within SEPA; without it the bank finds it from the IBAN.
    creditor.bic !== undefined && agentXml('CdtrAgt', creditor.bic),
    element('Cdtr', [nameXml(creditor.name, characterSet)]),
    accountXml('CdtrAcct', creditor.iban),
    remittanceXml(payment.remittance, characterSet),
  ]);
}

/** The creation time as the schema's ISODateTime, in UTC without fractions: 2026-12-07T08:30:00Z. */
function creationTime(createdAt: Date): string {
  return `${createdAt.toISOString().slice(0, 19)}Z`;
}

/**
 * Writes the batch as a pain.001.001.09 file. Refuses (InvalidInput, every problem with its path) a batch with an
 * invalid IBAN, BIC, identifier, amount, reference or date before anything is written. The numbers of
 * transactions and the control sums of the group header and the payment information are the same figures,
 * counted from the payments written.
 */
export function buildPaymentFile(batch: PaymentBatch): PaymentFile {
  const problems = batchProblems(batch);
  if (problems.length > 0)
    throw invalidInput('The payment batch cannot be written to a payment file.', problems);
  const characterSet = batch.characterSet ?? 'epc-basic';
  const transactions = batch.payments.map((payment) => transactionXml(payment, characterSet));
  const controlSumCents = batch.payments.reduce((sum, payment) => sum + BigInt(payment.amountCents), 0n);
  const count = String(transactions.length);
  const controlSum = formatCents(controlSumCents);
  const groupHeader = element('GrpHdr', [
    leaf('MsgId', batch.messageId),
    leaf('CreDtTm', creationTime(batch.createdAt)),
    leaf('NbOfTxs', count),
    leaf('CtrlSum', controlSum),
    cityXml('InitgPty', batch.debtor, characterSet),
  ]);
  const paymentInformation = element('PmtInf', [
    leaf('PmtInfId', batch.messageId),
    leaf('PmtMtd', 'TRF'),
    leaf('NbOfTxs', count),
    leaf('CtrlSum', controlSum),
    element('PmtTpInf', [element('SvcLvl', [leaf('Cd', 'SEPA')])]),
    element('ReqdExctnDt', [leaf('Dt', batch.requestedExecutionDate)]),
    cityXml('Dbtr', batch.debtor, characterSet),
    accountXml('DbtrAcct', batch.debtor.iban),
    agentXml('DbtrAgt', batch.debtor.bic),
    leaf('ChrgBr', 'SLEV'),
    ...transactions,
  ]);
  const document = element(
    'Document',
    [element('CstmrCdtTrfInitn', [groupHeader, paymentInformation])],
    ` xmlns="${paymentFileNamespace}"`,
  );
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n${document}\n`,
    numberOfTransactions: transactions.length,
    controlSumCents,
  };
}
