// The API's representation of a decision, the same for the client and for staff (the client sees it all in the
// letter anyway). The calculation is given as the server computed it, with the parameter set's version.
import { applicationStatuses, languages } from '@tuki/domain';
import { calculationInputSchema, calculationResultSchema } from '@tuki/rules';
import { z } from 'zod';
import { deliverySchema } from '../letter-delivery/index.ts';
import { decisionPaymentSchema } from '../payments/index.ts';
import { documentRetentionSchema } from '../shared/document-retention.ts';
import { commitmentSchema, presentCommitment } from './commitments.ts';
import type { DecisionRecord, RectificationRecord } from './decisions.repository.ts';
import { deliveryFactsOf, rectificationDeadline } from './notification.ts';
import { reasonTemplateIds } from './reasons.ts';

export const decisionOutcomeSchema = z
  .enum(['approved', 'partially_approved', 'rejected'])
  .meta({ id: 'DecisionOutcome' });

export const decisionSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    outcome: decisionOutcomeSchema,
    month: z.string().describe('The month of assistance, YYYY-MM'),
    amountCents: z.number().int().min(0).describe('The assistance granted for the month'),
    decidedAt: z.iso.datetime(),
    decidedBy: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
    language: z.enum(languages).describe('The language of the letter'),
    delivery: z.enum(['electronic', 'paper']).describe('paper: the letter is also mailed'),
    mailedAt: z.iso.datetime().nullable().describe('When the letter went into a print batch for mailing'),
    paymentDate: z.iso.date().nullable(),
    reasonTemplates: z.array(z.enum(reasonTemplateIds)),
    reasoning: z.string().describe('The decision-maker’s own words'),
    legalProvisions: z
      .array(z.string())
      .describe(
        'The provisions applied, as printed in the letter: one item per act in the letter’s language, its ' +
          'sections in legal order (those of the calculation’s lines, the chosen reasons and any the decision-maker ' +
          'added), e.g. "Laki toimeentulotuesta (1412/1997) 2 §, 6 §, 9 §, 11 §"',
      ),
    calculation: z
      .object({
        input: calculationInputSchema,
        result: calculationResultSchema,
        parametersVersion: z.string(),
      })
      .nullable(),
    documentUrl: z.string().describe('Where the letter (PDF) is downloaded: downloadDecisionDocument'),
    rectificationDeadline: z.iso
      .date()
      .describe(
        'The last day to request rectification: 30 days from notification, moved to the next working day when ' +
          'it falls on a weekend or holiday. Notified on the 3rd day after sending (electronic: the decision’s ' +
          'day) or the 7th day after mailing (paper: the print batch’s day; before mailing counted from the ' +
          'decision’s day). With Suomi.fi Messages the way the letter actually went counts (the earliest ' +
          '`notifiedOn` of `deliveries`): a letter that reached the client’s Suomi.fi mailbox is electronic even ' +
          'when paper was chosen',
      ),
    rectification: z
      .object({
        applicationId: z.uuid(),
        referenceNumber: z.string().nullable(),
        status: z.enum(applicationStatuses),
      })
      .nullable()
      .describe('The request for rectification of this decision, a case of its own'),
    deliveries: z
      .array(deliverySchema)
      .describe(
        'How the letter was delivered through Suomi.fi Messages, with the times the service reported; empty when ' +
          'the service is not in use',
      ),
    commitments: z
      .array(commitmentSchema)
      .describe(
        'The payment commitments (maksusitoumus) the decision gives, in its order; no bank payment follows',
      ),
    payments: z
      .array(decisionPaymentSchema)
      .optional()
      .describe(
        'With the case (getApplication, getMyApplication): the payments of the money the decision grants, and ' +
          'where each one is',
      ),
    retention: documentRetentionSchema
      .optional()
      .describe('Its record type, publicity and retention (in the staff’s view of a case)'),
    letterRetention: documentRetentionSchema
      .optional()
      .describe('The letter’s record type, publicity and retention (in the staff’s view of a case)'),
  })
  .meta({ id: 'Decision' });

export const rectificationSchema = z
  .object({
    decisionId: z.uuid(),
    decidedApplicationId: z.uuid(),
    decidedReferenceNumber: z.string().nullable(),
    reasons: z.string(),
    requestedAt: z.iso.datetime(),
  })
  .meta({ id: 'Rectification', description: 'What a request for rectification concerns and says' });

export function presentRectification(record: RectificationRecord | undefined) {
  return record
    ? {
        decisionId: record.decisionId,
        decidedApplicationId: record.decidedApplicationId,
        decidedReferenceNumber: record.decidedReferenceNumber,
        reasons: record.reasons,
        requestedAt: record.requestedAt.toISOString(),
      }
    : null;
}

export type DecisionView = z.infer<typeof decisionSchema>;

export function presentDecision(record: DecisionRecord): DecisionView {
  const calculation =
    record.calculationInput && record.calculationResult && record.parametersVersion
      ? {
          input: record.calculationInput as NonNullable<DecisionView['calculation']>['input'],
          result: record.calculationResult as NonNullable<DecisionView['calculation']>['result'],
          parametersVersion: record.parametersVersion,
        }
      : null;
  return {
    id: record.id,
    applicationId: record.applicationId,
    outcome: record.outcome,
    month: record.month,
    amountCents: record.amountCents,
    decidedAt: record.decidedAt.toISOString(),
    decidedBy: record.decidedBy,
    language: record.language,
    delivery: record.delivery,
    mailedAt: record.mailedAt?.toISOString() ?? null,
    paymentDate: record.paymentDate,
    reasonTemplates: record.reasonTemplates as DecisionView['reasonTemplates'],
    reasoning: record.reasoning,
    legalProvisions: record.legalProvisions,
    calculation,
    documentUrl: `/api/v1/decisions/${record.id}/document`,
    rectificationDeadline: rectificationDeadline({
      decidedAt: record.decidedAt,
      delivery: record.delivery,
      batchMailedAt: record.batchMailedAt,
      deliveries: record.deliveries.map(deliveryFactsOf),
    }),
    rectification: record.rectification
      ? {
          ...record.rectification,
          status: record.rectification.status as (typeof applicationStatuses)[number],
        }
      : null,
    deliveries: record.deliveries,
    commitments: record.commitments.map(presentCommitment),
  };
}
