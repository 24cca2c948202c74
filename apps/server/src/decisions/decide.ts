// decideApplication: the decision on an application, in one transaction — the outcome and amount from the rules
// engine's calculation with the parameter set in force for the month (kept with the decision, so a later change
// of the parameters never alters it), the reasons and legal provisions, the letter's data in the client's
// language, the client's payment when money is granted (payments/), the status `decided` with its history, the
// audit event, and the client's e-mail event. The letter is rendered from that data after the commit, outside the
// application's row lock (pending-letters.ts). The data stays with the letter: a paper letter is rendered again
// with its sending day when it is mailed (print-batches.ts).
import { helsinkiDate, isLanguage, type Language, nextWorkingDay } from '@tuki/domain';
import { calculationLineText, translate } from '@tuki/i18n';
import { type CalculationInput, type CalculationResult, calculate, RulesError } from '@tuki/rules';
import {
  changeStatus,
  contentOf,
  lockNonDraftApplication,
  requireCasePermission,
  type StaffActor,
  staffHistoryActor,
} from '../applications/index.ts';
import type { Db } from '../db/database.ts';
import type { ApplicationRow, DecisionOutcomeValue } from '../db/schema.ts';
import { recordEvent } from '../events/record-event.ts';
import { calculationSectionOf, type DecisionLetterData, officeLetterhead } from '../letters/index.ts';
import { createDecisionPayments } from '../payments/index.ts';
import { assertApplicationRecipientComplete, findExistingPerson, letterRecipient } from '../people/index.ts';
import { parameterSetFor } from '../rules/index.ts';
import { invalidInput, notFound, Unprocessable } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import { assistanceKindOf, dispatchOf, familyParties } from './decision-letter.ts';
import { insertDecision } from './decisions.repository.ts';
import { addPendingLetter } from './pending-letters.ts';
import { legalProvisions, memberName, type ReasonTemplateId, reasonTemplateText } from './reasons.ts';

export interface DecideInput {
  applicationId: string;
  outcome: DecisionOutcomeValue;
  /** Required unless rejected; the server calculates, it never takes a result from the client. */
  calculation: CalculationInput | null;
  reasoning: string;
  reasonTemplates: readonly ReasonTemplateId[];
  legalProvisions: readonly string[];
  /** When the amount is paid; default the next working day after the decision. */
  paymentDate: string | undefined;
  ifMatch: string | undefined;
  /** The language of the user's refusal texts (Accept-Language); Finnish when not given. */
  language?: Language;
}

/** The role's title as printed under the decision-maker's name. */
function titleOf(actor: StaffActor, language: Language): string {
  const roles = actor.staffUser.roles;
  const role =
    (['social_worker', 'supervisor', 'handler'] as const).find((r) => roles.includes(r)) ?? 'handler';
  return translate(language, `common.roles.${role}`);
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export interface DecisionMade {
  application: ApplicationRow;
  decisionId: string;
}

export async function decideApplication(
  db: Db,
  actor: StaffActor,
  input: DecideInput,
  now: Date,
): Promise<DecisionMade> {
  const current = await lockNonDraftApplication(db, input.applicationId);
  if (!current) throw notFound('There is no such application.');
  requireCasePermission('decide', current, actor, {
    afterStatusCheck: () => assertIfMatch(input.ifMatch, entityTag(current.id, current.version)),
  });
  // No letter without its recipient's name and postal address (409 recipient-incomplete).
  await assertApplicationRecipientComplete(db, current, input.language ?? 'fi');

  // The calculation, by the server, with the parameters in force for its month.
  let result: CalculationResult | null = null;
  let parameters: Awaited<ReturnType<typeof parameterSetFor>> | null = null;
  if (input.calculation) {
    try {
      parameters = await parameterSetFor(db, input.calculation.month);
      result = calculate(input.calculation, parameters);
    } catch (error) {
      if (error instanceof RulesError) {
        throw new Unprocessable(error.message, { code: `rules-${error.code}` });
      }
      throw error;
    }
  } else if (input.outcome !== 'rejected') {
    throw invalidInput('An approving decision needs its calculation.', [
      { path: 'calculation', message: 'is required unless the outcome is rejected' },
    ]);
  }
  const amountCents = input.outcome === 'rejected' ? 0 : (result?.amountCents ?? 0);
  if (input.outcome !== 'rejected' && amountCents === 0) {
    throw invalidInput('The calculation gives no assistance: the decision is a rejection.', [
      { path: 'outcome', message: 'must be rejected when the calculated amount is 0' },
    ]);
  }
  if (input.reasonTemplates.length === 0 && input.reasoning.trim() === '') {
    throw invalidInput('Give the reasons of the decision.', [
      { path: 'reasoning', message: 'write the reasons or choose at least one reason template' },
    ]);
  }

  const person = await findExistingPerson(db, current.person_id);
  const language: Language = isLanguage(person.preferred_language) ? person.preferred_language : 'fi';
  const content = contentOf(current);
  const month = input.calculation?.month ?? content.month ?? helsinkiDate(now).slice(0, 7);
  const today = helsinkiDate(now);
  const paymentDate = amountCents > 0 ? (input.paymentDate ?? nextWorkingDay(today)) : null;
  const references =
    parameters?.legalReferences ??
    (await parameterSetFor(db, month).then(
      (set) => set.legalReferences,
      () => null,
    ));
  const provisions = legalProvisions(
    language,
    result?.lines.map((line) => line.legalReference) ?? [],
    input.reasonTemplates,
    references,
    input.legalProvisions,
  );
  const reasonTexts = [
    ...input.reasonTemplates.map((id) => reasonTemplateText(language, id)),
    ...paragraphs(input.reasoning),
  ];
  const delivery = person.electronic_delivery ? 'electronic' : 'paper';

  const decision = await insertDecision(db, {
    application_id: current.id,
    outcome: input.outcome,
    month,
    amount_cents: amountCents,
    calculation_input: input.calculation ? JSON.stringify(input.calculation) : null,
    calculation_result: result ? JSON.stringify(result) : null,
    parameter_set: parameters ? JSON.stringify(parameters) : null,
    parameters_version: parameters?.version ?? null,
    reason_templates: [...input.reasonTemplates],
    reasoning: input.reasoning.trim(),
    legal_provisions: provisions,
    payment_date: paymentDate,
    decided_by: actor.staffUser.id,
    decided_at: now,
    language,
    delivery,
  });

  const iban = content.iban ?? '';
  // The money granted goes to the client's account: its payment waits for the day's payment batch.
  await createDecisionPayments(
    db,
    actor.audit,
    {
      decisionId: decision.id,
      applicationId: current.id,
      personId: person.id,
      referenceNumber: current.reference_number,
      month,
      amountCents,
      paymentDate,
      client: { name: `${person.first_name} ${person.last_name}`, iban: content.iban },
    },
    now,
  );
  const letter: DecisionLetterData = {
    language,
    letterhead: officeLetterhead(language),
    recipient: letterRecipient(person, content),
    letterDate: today,
    referenceNumber: current.reference_number ?? '',
    decisionId: decision.id,
    applicant: { name: `${person.first_name} ${person.last_name}` },
    parties: familyParties(person, content, month),
    kind: await assistanceKindOf(db, current),
    // Electronic: sent to the e-services account now. Paper: sent when its print batch is made.
    dispatch: dispatchOf(delivery, delivery === 'electronic' ? today : null),
    month,
    outcome: input.outcome,
    amountCents,
    calculation: result
      ? {
          lines: result.lines.map((line) => {
            const name = memberName(content, line.memberId);
            return {
              section: calculationSectionOf(line.kind),
              kind: line.kind,
              label: calculationLineText(line, language),
              ...(name ? { memberName: name } : {}),
              amountCents: line.amountCents,
              legalReference: line.legalReference,
            };
          }),
          totalExpensesCents: result.totalExpensesCents,
          totalIncomeCents: result.totalIncomeCents,
          amountCents: result.amountCents,
        }
      : null,
    reasons: reasonTexts,
    legalProvisions: provisions,
    payment: paymentDate && iban ? { date: paymentDate, iban } : null,
    decisionMaker: {
      name: `${actor.staffUser.first_name} ${actor.staffUser.last_name}`,
      title: titleOf(actor, language),
    },
    contactPerson: {
      name: `${actor.staffUser.first_name} ${actor.staffUser.last_name}`,
      phone: officeLetterhead(language).phone,
      ...(actor.staffUser.email ? { email: actor.staffUser.email } : {}),
    },
  };
  await addPendingLetter(db, decision.id, letter, now);

  const application = await changeStatus(db, current, 'decided', staffHistoryActor(actor), now);
  await recordEvent(
    db,
    {
      kind: 'decision.made',
      application,
      actor: actor.audit,
      statusChanges: [{ from: current.status, to: 'decided' }],
      payload: {
        decisionId: decision.id,
        outcome: input.outcome,
        month,
        amountCents,
        parametersVersion: parameters?.version ?? null,
        delivery,
      },
    },
    now,
  );
  return { application, decisionId: decision.id };
}
