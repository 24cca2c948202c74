// The case action table at the API: for a sample of actions × callers (the assignee, another handler, a
// supervisor, an admin, an auditor; the citizen who owns the case and another citizen) × every status × assigned or
// not, the API refuses (403, 404 or 409) exactly what the case's permittedActions omits, and permittedActions in
// getApplication and getMyApplication is the table's answer.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import {
  type ApplicationStatus,
  applicationStatuses,
  type CaseAction,
  type CaseActor,
  earliestInformationDueDate,
  permittedActions,
  type StaffRole,
} from '@tuki/domain';
import type { LightMyRequestResponse } from 'fastify';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { APPLICATIONS, type Caller, call, signIn } from './helpers/applications.ts';
import { insertHandlers, staffUserId } from './helpers/cases.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const STAFF = '/api/v1/applications';
const [matti, anna] = demoCitizens;
if (!matti || !anna) throw new Error('the demo citizens are missing');

type StaffName = 'handler' | 'handler2' | 'supervisor' | 'admin' | 'auditor';
type CitizenName = 'owner' | 'stranger';
type Perform = (caller: Caller, id: string) => Promise<LightMyRequestResponse>;

/** A refusal by the rules: forbidden, not found (another person's, or a draft for staff), or the wrong status. */
function refused(response: LightMyRequestResponse): boolean {
  if (![403, 404, 409].includes(response.statusCode)) return false;
  const type = String(response.json().type ?? '');
  return /\/(forbidden|not-found|conflict)$/.test(type);
}

for (const backend of databaseBackends) {
  describe(`the case action table at the API (${backend})`, () => {
    const t = useTestApp(backend);
    const staff = {} as Record<StaffName, Caller & { roles: StaffRole[] }>;
    const citizens = {} as Record<CitizenName, Caller>;
    let colleagueId = '';
    let ownerPersonId = '';
    /** The application the ones closed as duplicates were merged into. */
    let mergedInto: string | null = null;
    let sequence = 0;

    before(async () => {
      await insertHandlers(t, [
        { username: 'handler2', firstName: 'Heikki', lastName: 'Toinen' },
        { username: 'colleague', firstName: 'Kaisa', lastName: 'Kollega' },
      ]);
      for (const name of ['handler', 'handler2', 'supervisor', 'admin', 'auditor'] as const) {
        const caller = await signIn(t, { username: name });
        const row = await t.database.db
          .selectFrom('staff_user')
          .select('roles')
          .where('id', '=', caller.id)
          .executeTakeFirstOrThrow();
        staff[name] = { ...caller, roles: row.roles as StaffRole[] };
      }
      colleagueId = await staffUserId(t, 'colleague');
      citizens.owner = await signIn(t, { personalIdentityCode: matti.personalIdentityCode });
      citizens.stranger = await signIn(t, { personalIdentityCode: anna.personalIdentityCode });
      ownerPersonId = citizens.owner.id;
      mergedInto = await insert('submitted', null);
    });

    /** A new application of the owner in the status, assigned to the handler or to no one. */
    async function insert(status: ApplicationStatus, assigneeId: string | null): Promise<string> {
      sequence += 1;
      const draft = status === 'draft';
      const row = await t.database.db
        .insertInto('application')
        .values({
          person_id: ownerPersonId,
          kind: 'basic',
          status,
          content: draft ? '{}' : JSON.stringify({ month: '2026-11' }),
          reference_number: draft ? null : `TA-2026-${String(sequence).padStart(6, '0')}`,
          urgent: false,
          submitted_at: draft ? null : '2026-11-18T08:00:00Z',
          due_date: draft ? null : '2026-11-27',
          assignee_id: draft ? null : assigneeId,
          duplicate_of: status === 'closed_as_duplicate' ? mergedInto : null,
          created_at: '2026-11-17T08:00:00Z',
          updated_at: '2026-11-18T08:00:00Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    }

    const staffActions: Partial<Record<CaseAction, Perform>> = {
      take: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/assignment`, { payload: { staffId: caller.id } }),
      release: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/assignment`, { payload: { staffId: null } }),
      reassign: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/assignment`, { payload: { staffId: colleagueId } }),
      askForInformation: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/information-requests`, {
          payload: {
            items: [{ code: 'bank_statements' }],
            message: 'Tiliotteet, kiitos.',
            dueDate: earliestInformationDueDate(t.clock.now()),
          },
        }),
      setUrgency: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/urgency`, {
          payload: { urgent: true, reason: 'Häätö uhkaa.' },
        }),
      decide: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/decision`, {
          payload: {
            outcome: 'rejected',
            calculation: null,
            reasoning: 'Tulot riittävät.',
            reasonTemplates: [],
            legalProvisions: [],
          },
        }),
      closeAsDuplicate: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/close-as-duplicate`, {
          payload: { duplicateOf: colleagueId },
        }),
      addNote: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/notes`, { payload: { body: 'Muistiin.' } }),
      sendMessage: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/messages`, { payload: { body: 'Hei!' } }),
      // Permitted: 400, as the case has no such letter (not a refusal by the table).
      resolveAttention: (caller, id) =>
        call(t, caller, 'POST', `${STAFF}/${id}/attention-resolutions`, {
          payload: { reason: 'address_needed', id: randomUUID(), resolution: 'handled', note: 'Hoidettu.' },
        }),
    };
    const citizenActions: Partial<Record<CaseAction, Perform>> = {
      editDraft: (caller, id) =>
        call(t, caller, 'PUT', `${APPLICATIONS}/${id}`, { payload: { content: {} } }),
      submit: (caller, id) => call(t, caller, 'POST', `${APPLICATIONS}/${id}/submit`),
      withdraw: (caller, id) => call(t, caller, 'POST', `${APPLICATIONS}/${id}/withdraw`),
      sendMessage: (caller, id) =>
        call(t, caller, 'POST', `${APPLICATIONS}/${id}/messages`, { payload: { body: 'Hei!' } }),
    };

    /** Performs the action; the API must refuse it exactly when the permitted actions the caller read omit it. */
    async function refusedUnlessPermitted(
      perform: Perform | undefined,
      caller: Caller,
      id: string,
      action: CaseAction,
      read: string[],
      label: string,
    ): Promise<void> {
      const response = await perform?.(caller, id);
      assert.ok(response);
      assert.equal(
        refused(response),
        !read.includes(action),
        `${label}: ${response.statusCode} ${response.body}`,
      );
    }

    /** The permitted actions as the caller reads them from the API ([] when the case cannot be read). */
    async function permittedAsRead(caller: Caller, id: string, side: 'staff' | 'citizen'): Promise<string[]> {
      const read = await call(
        t,
        caller,
        'GET',
        side === 'staff' ? `${STAFF}/${id}` : `${APPLICATIONS}/${id}`,
      );
      if (read.statusCode !== 200) return [];
      return read.json().permittedActions;
    }

    test('staff: the API refuses exactly what permittedActions omits', async () => {
      let allowed = 0;
      let refusals = 0;
      for (const [action, perform] of Object.entries(staffActions) as [
        CaseAction,
        typeof staffActions.take,
      ][]) {
        for (const name of Object.keys(staff) as StaffName[]) {
          const caller = staff[name];
          for (const status of applicationStatuses) {
            for (const assigneeId of [staff.handler.id, null]) {
              const id = await insert(status, assigneeId);
              const actor: CaseActor = { kind: 'staff', id: caller.id, roles: caller.roles };
              const table =
                status === 'draft'
                  ? []
                  : permittedActions({ status, personId: ownerPersonId, assigneeId }, actor);
              const read = await permittedAsRead(caller, id, 'staff');
              const label = `${action} by ${name} in ${status} (assigned: ${assigneeId !== null})`;
              assert.deepEqual(read, table, `permittedActions read: ${label}`);
              await refusedUnlessPermitted(perform, caller, id, action, read, label);
              if (read.includes(action)) allowed++;
              else refusals++;
            }
          }
        }
      }
      assert.ok(allowed > 50 && refusals > 200, `a real sample: ${allowed} allowed, ${refusals} refused`);
    });

    test('citizens: the API refuses exactly what permittedActions omits', async () => {
      for (const [action, perform] of Object.entries(citizenActions) as [
        CaseAction,
        typeof citizenActions.submit,
      ][]) {
        for (const name of ['owner', 'stranger'] as const) {
          const caller = citizens[name];
          for (const status of applicationStatuses) {
            const id = await insert(status, null);
            const table = permittedActions(
              { status, personId: ownerPersonId, assigneeId: null },
              { kind: 'citizen', personId: caller.id },
            );
            const read = await permittedAsRead(caller, id, 'citizen');
            const label = `${action} by the ${name} in ${status}`;
            assert.deepEqual(read, name === 'owner' ? table : [], `permittedActions read: ${label}`);
            assert.deepEqual(table.length === 0, name === 'stranger', label);
            await refusedUnlessPermitted(perform, caller, id, action, read, label);
          }
        }
      }
    });

    test('permittedActions in getApplication and getMyApplication', async () => {
      const id = await insert('in_processing', staff.handler.id);
      assert.deepEqual(await permittedAsRead(staff.handler, id, 'staff'), [
        'sendMessage',
        'take',
        'release',
        'reassign',
        'askForInformation',
        'setUrgency',
        'decide',
        'closeAsDuplicate',
        'addNote',
        'uploadCaseAttachment',
      ]);
      assert.deepEqual(await permittedAsRead(staff.handler2, id, 'staff'), [
        'sendMessage',
        'addNote',
        'uploadCaseAttachment',
      ]);
      assert.deepEqual(await permittedAsRead(citizens.owner, id, 'citizen'), [
        'withdraw',
        'uploadAttachment',
        'sendMessage',
      ]);
      const draft = await insert('draft', null);
      const mine = (await call(t, citizens.owner, 'GET', `${APPLICATIONS}/${draft}`)).json();
      assert.deepEqual(mine.permittedActions, ['editDraft', 'submit', 'withdraw', 'uploadAttachment']);
      assert.deepEqual(mine.allowedActions, { edit: true, submit: true, withdraw: true });
    });
  });
}
