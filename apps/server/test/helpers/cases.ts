// Shared by the tests of case handling: the demo staff users of every role signed in, and a citizen's complete
// application sent to the office.
import assert from 'node:assert/strict';
import type { ApplicationContent } from '@tuki/domain';
import { APPLICATIONS, type Caller, call, completeDraft, useCaller } from './applications.ts';
import type { TestApp } from './test-app.ts';

export interface StaffCallers {
  handler: Caller;
  socialWorker: Caller;
  supervisor: Caller;
  admin: Caller;
  auditor: Caller;
}

/**
 * The demo staff user of each role (handler, social_worker, supervisor, admin, auditor, in that order), signed in
 * before the suite's tests (see useCaller).
 */
export function useStaffCallers(t: TestApp): StaffCallers {
  return {
    handler: useCaller(t, { username: 'handler' }),
    socialWorker: useCaller(t, { username: 'social_worker' }),
    supervisor: useCaller(t, { username: 'supervisor' }),
    admin: useCaller(t, { username: 'admin' }),
    auditor: useCaller(t, { username: 'auditor' }),
  };
}

/** The id of the staff user with this username. */
export async function staffUserId(t: TestApp, username: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('staff_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds staff users with the handler role only (active unless told), created now by the app's clock. */
export async function insertHandlers(
  t: TestApp,
  users: { username: string; firstName: string; lastName: string; active?: boolean }[],
): Promise<void> {
  const now = t.clock.now();
  await t.database.db
    .insertInto('staff_user')
    .values(
      users.map((user) => ({
        username: user.username,
        first_name: user.firstName,
        last_name: user.lastName,
        roles: ['handler'],
        active: user.active ?? true,
        email: null,
        external_id: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

/** The citizen fills in a complete application for `month` (completeContent with `overrides`) and sends it. */
export async function sendApplication(
  t: TestApp,
  citizen: Caller,
  month = '2026-11',
  overrides: Partial<ApplicationContent> = {},
): Promise<string> {
  const draft = await completeDraft(t, citizen, month, overrides);
  const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${draft.id}/submit`, {
    headers: { 'if-match': draft.etag },
  });
  assert.equal(sent.statusCode, 200, sent.body);
  return draft.id;
}

/** Matti alone in a rented flat: rent and water 670,00 €, unemployment benefit 700,00 €, 120,00 € in the bank. */
export const singleApplicantCalculation = (month = '2026-11') => ({
  month,
  municipalityCode: '091',
  members: [{ id: 'applicant', role: 'applicant', dateOfBirth: '1985-03-14' }],
  housing: { costsCents: 67_000 },
  incomes: [{ memberId: 'applicant', type: 'unemployment_benefit', amountCents: 70_000 }],
  expenses: [],
  assetsCents: 12_000,
});

/** The decision approving singleApplicantCalculation for `month`, with the calculated need as its reason. */
export const approvalOf = (month = '2026-11') => ({
  outcome: 'approved',
  calculation: singleApplicantCalculation(month),
  reasoning: '',
  reasonTemplates: ['calculatedNeed'],
});

/** The decision rejecting an application because the information asked for was not provided. */
export const rejectionForMissingInformation = {
  outcome: 'rejected',
  calculation: null,
  reasoning: '',
  reasonTemplates: ['informationNotProvided'],
};

/** The citizen's application sent, taken by `decider` and approved by them (approvalOf): its and the decision's ids. */
export async function decidedApplication(
  t: TestApp,
  citizen: Caller,
  decider: Caller,
  month = '2026-11',
): Promise<{ applicationId: string; decisionId: string }> {
  const applicationId = await sendApplication(t, citizen, month);
  const taken = await call(t, decider, 'POST', `/api/v1/applications/${applicationId}/assignment`, {
    payload: { staffId: decider.id },
  });
  assert.equal(taken.statusCode, 200, taken.body);
  const made = await call(t, decider, 'POST', `/api/v1/applications/${applicationId}/decision`, {
    payload: approvalOf(month),
  });
  assert.equal(made.statusCode, 201, made.body);
  return { applicationId, decisionId: made.json().id };
}
