// The API's view of possible duplicates and a client's history: the related cases of the case view and the
// citizen's warning before sending.
import { applicationStatuses } from '@tuki/domain';
import { z } from 'zod';
import { applicationKindSchema } from './application.presenter.ts';
import type { HistoryRow, PossibleDuplicateRow } from './duplicates.repository.ts';
import type { RelatedCases } from './duplicates.ts';

const statusSchema = z.enum(applicationStatuses);

const relatedCaseFields = {
  id: z.uuid(),
  referenceNumber: z.string().nullable(),
  kind: applicationKindSchema,
  status: statusSchema,
  month: z.string().nullable().describe('The month applied for (YYYY-MM)'),
  submittedAt: z.iso.datetime().nullable(),
  person: z
    .object({ personId: z.uuid(), firstName: z.string(), lastName: z.string() })
    .describe('Whose application it is'),
  whose: z
    .enum(['applicant', 'spouse'])
    .describe('applicant: the client of the case viewed; spouse: the spouse (either one naming the other)'),
};

const possibleDuplicateSchema = z
  .object({
    ...relatedCaseFields,
    reasons: z
      .object({
        samePerson: z.boolean(),
        bySpouse: z.boolean().describe('Its applicant is the spouse named in the case viewed'),
        namesApplicantAsSpouse: z.boolean().describe('It names the client of the case viewed as the spouse'),
        sameSpouse: z.boolean().describe('Both name the same spouse'),
      })
      .describe('Why it is a possible duplicate'),
  })
  .meta({ id: 'PossibleDuplicate' });

const historyCaseSchema = z
  .object({
    ...relatedCaseFields,
    decision: z
      .object({
        outcome: z.enum(['approved', 'partially_approved', 'rejected']),
        amountCents: z.number().int(),
        decidedAt: z.iso.datetime(),
      })
      .nullable()
      .describe('The latest decision on it'),
  })
  .meta({ id: 'HistoryCase' });

export const relatedCasesSchema = z
  .object({
    possibleDuplicates: z
      .array(possibleDuplicateSchema)
      .describe('Open or decided applications of the same person or family for the same month, oldest first'),
    history: z
      .array(historyCaseSchema)
      .describe('The client’s and the spouse’s other sent cases, newest first (at most 100)'),
  })
  .meta({ id: 'RelatedCases' });

export const duplicateWarningSchema = z
  .object({
    month: z.string().nullable().describe('The month of the application (YYYY-MM), null when not yet chosen'),
    ownApplications: z
      .array(z.object({ id: z.uuid(), referenceNumber: z.string().nullable(), status: statusSchema }))
      .describe('Your other open or decided applications for the month'),
    spouseApplication: z
      .boolean()
      .describe(
        'Whether another person has sent an application for the month that names you as the spouse (nothing else ' +
          'of it is shown)',
      ),
  })
  .meta({ id: 'DuplicateWarning' });

function whoseOf(row: { personId: string }, clientId: string): 'applicant' | 'spouse' {
  return row.personId === clientId ? 'applicant' : 'spouse';
}

function presentRelated(row: PossibleDuplicateRow | HistoryRow, clientId: string) {
  return {
    id: row.id,
    referenceNumber: row.referenceNumber,
    kind: row.kind,
    status: row.status,
    month: row.month,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    person: { personId: row.personId, firstName: row.firstName, lastName: row.lastName },
    whose: whoseOf(row, clientId),
  };
}

export function presentRelatedCases(related: RelatedCases) {
  const clientId = related.clientPersonId;
  return {
    possibleDuplicates: related.possibleDuplicates.map((row) => ({
      ...presentRelated(row, clientId),
      reasons: row.reasons,
    })),
    history: related.history.map((row) => ({
      ...presentRelated(row, clientId),
      decision: row.decision
        ? {
            outcome: row.decision.outcome,
            amountCents: row.decision.amountCents,
            decidedAt: row.decision.decidedAt.toISOString(),
          }
        : null,
    })),
  };
}
