// decideApplication: the decision on an application, in one transaction — the outcome and amount from the rules
// engine's calculation with the parameter set in force for the month (kept with the decision, so a later change
// of the parameters never alters it), the reasons and legal provisions, the letter's data in the client's
// language, the payments when money is granted (payments/: the client's, and the landlord's rent part when the
// decision pays the rent to the landlord), the payment commitments with their numbers (commitments.ts), the status
// `decided` with its history, the
// audit event, and the client's e-mail event. The letter is rendered from that data after the commit, outside the
// application's row lock (pending-letters.ts). The data stays with the letter: a paper letter is rendered again
// with its sending day when it is mailed (print-batches.ts).
import {
  helsinkiDate,
  isLanguage,
  type Language,
  nextWorkingDay,
  normalizeIban,
  parseIban,
} from '@tuki/domain';
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
import { type FieldError, invalidInput, notFound, Unprocessable } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import { type CommitmentInput, createCommitments, letterCommitmentOf } from './commitments.ts';
import { assistanceKindOf, birthFromCode, dispatchOf, familyParties } from './decision-letter.ts';
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
  /**
   * The rent part (the calculation's housing lines, at most the amount granted) is paid straight to this landlord;
   * the rest to the client. Not on a rejection.
   */
  rentToLandlord?: { name: string; iban: string; bic?: string | undefined } | undefined;
  /** Payment commitments the decision gives (not on a rejection). */
  commitments?: readonly CommitmentInput[] | undefined;
}

const BIC = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/**
 * The landlord's payee and the commitments checked against the decision: 422 with the fields, in the user's
 * language (a bad IBAN or BIC, a rejection, a calculation without housing costs, a validity that ends before it
 * begins). Gives the landlord with the IBAN and BIC normalised.
 */
function checkLandlordAndCommitments(
  input: DecideInput,
  housingCents: number | null,
  language: Language,
): { name: string; iban: string; bic: string | null } | null {
  const errors: FieldError[] = [];
  const text = (key: 'invalidIban' | 'invalidBic' | 'noRent' | 'rejected' | 'validity') =>
    translate(language, `paymentCommitment.errors.${key}`);
  const rejected = input.outcome === 'rejected';
  const landlord = input.rentToLandlord;
  let result: { name: string; iban: string; bic: string | null } | null = null;
  if (landlord) {
    const iban = parseIban(landlord.iban);
    const bic = landlord.bic?.replace(/\s+/g, '').toUpperCase() ?? '';
    if (rejected) errors.push({ path: 'rentToLandlord', code: 'rejected', message: text('rejected') });
    if (!iban.ok)
      errors.push({ path: 'rentToLandlord.iban', code: 'invalid_iban', message: text('invalidIban') });
    if (bic !== '' && !BIC.test(bic))
      errors.push({ path: 'rentToLandlord.bic', code: 'invalid_bic', message: text('invalidBic') });
    if (!rejected && (housingCents ?? 0) <= 0)
      errors.push({ path: 'rentToLandlord', code: 'no_rent', message: text('noRent') });
    if (iban.ok) result = { name: landlord.name.trim(), iban: normalizeIban(iban.value), bic: bic || null };
  }
  for (const [index, commitment] of (input.commitments ?? []).entries()) {
    if (rejected) errors.push({ path: `commitments.${index}`, code: 'rejected', message: text('rejected') });
    if (commitment.validTo < commitment.validFrom)
      errors.push({ path: `commitments.${index}.validTo`, code: 'validity', message: text('validity') });
  }
  if (errors.length > 0) {
    throw new Unprocessable(errors.map((error) => error.message).join(' '), {
      code: errors.some((error) => error.code === 'invalid_iban') ? 'invalid-iban' : 'invalid-payee',
      errors,
    });
  }
  return result;
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

  // The rent part: the housing lines of the calculation (a rejection pays nothing).
  const housingCents = result
    ? result.lines.filter((line) => line.kind === 'housing').reduce((sum, line) => sum + line.amountCents, 0)
    : null;
  const landlord = checkLandlordAndCommitments(input, housingCents, input.language ?? 'fi');
  const landlordCents =
    landlord && housingCents !== null ? Math.max(0, Math.min(housingCents, amountCents)) : null;

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
    landlord_name: landlord && landlordCents ? landlord.name : null,
    landlord_iban: landlord && landlordCents ? landlord.iban : null,
    landlord_bic: landlord && landlordCents ? landlord.bic : null,
    landlord_amount_cents: landlord && landlordCents ? landlordCents : null,
  });

  const iban = content.iban ?? '';
  const clientName = `${person.first_name} ${person.last_name}`;
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
      client: { name: clientName, iban: content.iban },
      landlord:
        landlord && landlordCents
          ? { name: landlord.name, iban: landlord.iban, amountCents: landlordCents }
          : undefined,
    },
    now,
  );
  const decisionMakerName = `${actor.staffUser.first_name} ${actor.staffUser.last_name}`;
  const commitments = await createCommitments(
    db,
    input.commitments ?? [],
    {
      personId: person.id,
      audit: actor.audit,
      decisionId: decision.id,
      applicationId: current.id,
      referenceNumber: current.reference_number ?? '',
      client: { name: clientName, dateOfBirth: birthFromCode(person.personal_identity_code) },
      decisionMaker: { name: decisionMakerName, title: (payeeLanguage) => titleOf(actor, payeeLanguage) },
      contactPerson: {
        name: decisionMakerName,
        ...(actor.staffUser.email ? { email: actor.staffUser.email } : {}),
      },
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
    rentPayment:
      landlord && landlordCents
        ? { landlordName: landlord.name, iban: landlord.iban, amountCents: landlordCents }
        : null,
    commitments: commitments.map((row) => letterCommitmentOf(row, language)),
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
