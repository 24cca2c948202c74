// Payment commitments (maksusitoumus / betalningsförbindelse) of a decision: the city promises a payee (a landlord,
// a pharmacy) to pay for what is named, up to a maximum, within a validity; the payee invoices the city. Each one
// gets a number of its own (MS-YYYY-NNNNNN, sequential per year), is listed in the decision letter, and has a
// document for the payee in the payee's language (letters/templates/payment-commitment.typ), rendered from the data
// fixed here when the decision is made. No bank payment follows from a commitment.
import { helsinkiDate, type IsoDate, type Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import { z } from 'zod';
import type { AuditContext } from '../audit/index.ts';
import { recordAudit, recordAudits } from '../audit/index.ts';
import { type PaymentCommitmentKind, paymentCommitmentKinds } from '../db/column-types.ts';
import type { Db } from '../db/database.ts';
import type { PaymentCommitmentRow } from '../db/schema.ts';
import {
  invoicingInstructions,
  type LetterCommitment,
  type LetterCompiler,
  officeLetterhead,
  type PaymentCommitmentData,
  renderPaymentCommitment,
} from '../letters/index.ts';
import { notFound } from '../shared/errors.ts';
import { findCommitment, insertCommitments, nextCommitmentNumber } from './commitments.repository.ts';

/** A commitment as the decision form gives it. */
export interface CommitmentInput {
  kind: PaymentCommitmentKind;
  payeeName: string;
  payeeLanguage: Language;
  /** What it covers, in the decision-maker's words (e.g. the address of the flat, the medicines). */
  covers: string;
  maxAmountCents: number;
  validFrom: IsoDate;
  validTo: IsoDate;
}

/** The number as printed: MS-2026-000123. */
export const commitmentNumber = (year: number, sequence: number) =>
  `MS-${year}-${String(sequence).padStart(6, '0')}`;

/** What the documents need of the decision besides the commitments themselves. */
export interface CommitmentContext {
  /** Whose decision: the audit rows' subject. */
  personId: string;
  audit: AuditContext;
  decisionId: string;
  applicationId: string;
  referenceNumber: string;
  client: { name: string; dateOfBirth: IsoDate | null };
  decisionMaker: { name: string; title: (language: Language) => string };
  contactPerson: { name: string; email?: string };
}

/** Numbers and stores the decision's commitments, in the decision's transaction. */
export async function createCommitments(
  db: Db,
  commitments: readonly CommitmentInput[],
  context: CommitmentContext,
  now: Date,
): Promise<PaymentCommitmentRow[]> {
  if (commitments.length === 0) return [];
  const issuedOn = helsinkiDate(now);
  const year = Number(issuedOn.slice(0, 4));
  const rows = [];
  for (const [position, commitment] of commitments.entries()) {
    const number = commitmentNumber(year, await nextCommitmentNumber(db, year));
    const language = commitment.payeeLanguage;
    const letterhead = officeLetterhead(language);
    const document: PaymentCommitmentData = {
      language,
      letterhead,
      number,
      issuedOn,
      referenceNumber: context.referenceNumber,
      decisionId: context.decisionId,
      client: context.client,
      payee: { name: commitment.payeeName.trim() },
      kind: commitment.kind,
      covers: commitment.covers.trim(),
      maxAmountCents: commitment.maxAmountCents,
      validFrom: commitment.validFrom,
      validTo: commitment.validTo,
      invoicing: invoicingInstructions(language),
      decisionMaker: { name: context.decisionMaker.name, title: context.decisionMaker.title(language) },
      contactPerson: {
        name: context.contactPerson.name,
        phone: letterhead.phone,
        ...(context.contactPerson.email ? { email: context.contactPerson.email } : {}),
      },
    };
    rows.push({
      decision_id: context.decisionId,
      application_id: context.applicationId,
      position,
      number,
      kind: commitment.kind,
      payee_name: commitment.payeeName.trim(),
      payee_language: language,
      covers: commitment.covers.trim(),
      max_amount_cents: commitment.maxAmountCents,
      valid_from: commitment.validFrom,
      valid_to: commitment.validTo,
      document: JSON.stringify(document),
      created_at: now,
    });
  }
  const inserted = await insertCommitments(db, rows);
  // One audit row per commitment, as for the decision's payments (payment.create).
  await recordAudits(
    db,
    context.audit,
    inserted.map((row) => ({
      action: 'payment_commitment.create',
      subjectPersonId: context.personId,
      objectType: 'payment_commitment',
      objectId: row.id,
      details: {
        number: row.number,
        decisionId: row.decision_id,
        kind: row.kind,
        maxAmountCents: Number(row.max_amount_cents),
        validFrom: row.valid_from,
        validTo: row.valid_to,
      },
    })),
    now,
  );
  return inserted;
}

/** A commitment as the decision letter lists it, in the letter's language. */
export function letterCommitmentOf(row: PaymentCommitmentRow, language: Language): LetterCommitment {
  const kind = translate(language, `paymentCommitment.kinds.${row.kind}`);
  return {
    number: row.number,
    payeeName: row.payee_name,
    covers: row.covers === '' ? kind : `${kind}: ${row.covers}`,
    maxAmountCents: Number(row.max_amount_cents),
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

export const commitmentSchema = z
  .object({
    id: z.uuid(),
    number: z
      .string()
      .describe('The commitment’s number, unique and sequential per year, e.g. MS-2026-000123'),
    kind: z.enum(paymentCommitmentKinds),
    payeeName: z.string(),
    payeeLanguage: z.enum(['fi', 'sv', 'en']).describe('The language of the payee’s document'),
    covers: z.string().describe('What it covers, in the decision-maker’s words'),
    maxAmountCents: z.number().int().min(1),
    validFrom: z.iso.date(),
    validTo: z.iso.date(),
    documentUrl: z.string().describe('Where staff download the payee’s document: downloadPaymentCommitment'),
  })
  .meta({ id: 'PaymentCommitment' });

export const commitmentDocumentUrl = (id: string) => `/api/v1/payment-commitments/${id}/document`;

export function presentCommitment(row: PaymentCommitmentRow): z.infer<typeof commitmentSchema> {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    payeeName: row.payee_name,
    payeeLanguage: row.payee_language,
    covers: row.covers,
    maxAmountCents: Number(row.max_amount_cents),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    documentUrl: commitmentDocumentUrl(row.id),
  };
}

/**
 * The payee's document of a commitment (PDF/UA-1), rendered from the data fixed when the decision was made, so the
 * same commitment always gives the same document. Audited as `payment_commitment.download` with the client as the
 * subject. 404 when there is no such commitment.
 */
export async function downloadPaymentCommitment(
  db: Db,
  actor: { audit: AuditContext },
  commitmentId: string,
  now: Date,
  compiler?: LetterCompiler,
): Promise<{ pdf: Uint8Array; number: string }> {
  const commitment = await findCommitment(db, commitmentId);
  if (!commitment) throw notFound('There is no such payment commitment.');
  const pdf = await renderPaymentCommitment(commitment.document as PaymentCommitmentData, compiler);
  await recordAudit(
    db,
    actor.audit,
    {
      action: 'payment_commitment.download',
      subjectPersonId: commitment.person_id,
      objectType: 'payment_commitment',
      objectId: commitment.id,
      details: { number: commitment.number, decisionId: commitment.decision_id },
    },
    now,
  );
  return { pdf, number: commitment.number };
}
