// setApplicationUrgency: an open case marked urgent or not, with a reason; the decision due date follows (TTL 14 a §),
// an open request for information keeps its later date, and the change is audited with the reason.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ApplicationStatus } from '@tuki/domain';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { call, signIn, useCaller } from './helpers/applications.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const STAFF = '/api/v1/applications';
const [matti] = demoCitizens;
if (!matti) throw new Error('the demo citizens are missing');

for (const backend of databaseBackends) {
  // The clock stands at Wednesday 2026-11-25 12:00 in Helsinki.
  describe(`setApplicationUrgency (${backend})`, () => {
    const t = useTestApp(backend);
    const handler = useCaller(t, { username: 'handler' });
    let personId = '';
    let sequence = 0;

    before(async () => {
      personId = (await signIn(t, { personalIdentityCode: matti.personalIdentityCode })).id;
    });

    async function insert(status: ApplicationStatus, submittedAt: string, dueDate: string): Promise<string> {
      sequence += 1;
      const row = await t.database.db
        .insertInto('application')
        .values({
          person_id: personId,
          kind: 'basic',
          status,
          content: JSON.stringify({ month: '2026-11' }),
          reference_number: `TU-2026-${String(sequence).padStart(6, '0')}`,
          urgent: false,
          submitted_at: submittedAt,
          due_date: dueDate,
          assignee_id: handler.id,
          created_at: submittedAt,
          updated_at: submittedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    }

    async function etagOf(id: string): Promise<string> {
      const read = await call(t, handler, 'GET', `${STAFF}/${id}`);
      assert.equal(read.statusCode, 200, read.body);
      return String(read.headers.etag);
    }

    async function setUrgency(id: string, urgent: boolean, reason = 'Häätö uhkaa.', etag?: string) {
      return call(t, handler, 'POST', `${STAFF}/${id}/urgency`, {
        payload: { urgent, reason },
        headers: { 'if-match': etag ?? (await etagOf(id)) },
      });
    }

    test('urgent: the next working day after arrival; not urgent: the 7th', async () => {
      // Arrived this morning: urgent tomorrow (Thursday), else on the 7th working day (Friday 4 December).
      const id = await insert('in_processing', '2026-11-25T06:00:00Z', '2026-12-04');
      const urgent = await setUrgency(id, true);
      assert.equal(urgent.statusCode, 200, urgent.body);
      assert.equal(urgent.json().urgent, true);
      assert.equal(urgent.json().dueDate, '2026-11-26');
      assert.equal(urgent.headers.etag, await etagOf(id));
      const back = await setUrgency(id, false);
      assert.equal(back.statusCode, 200, back.body);
      assert.equal(back.json().urgent, false);
      assert.equal(back.json().dueDate, '2026-12-04');
    });

    test('an old case made urgent is due on the next working day after today, not in the past', async () => {
      // Arrived Wednesday 18 November: urgent would have been the 19th; the 7th working day is Friday the 27th.
      const id = await insert('submitted', '2026-11-18T08:00:00Z', '2026-11-27');
      const urgent = await setUrgency(id, true);
      assert.equal(urgent.statusCode, 200, urgent.body);
      assert.equal(urgent.json().dueDate, '2026-11-26');
      const back = await setUrgency(id, false);
      assert.equal(back.json().dueDate, '2026-11-27');
      assert.equal(back.json().status, 'submitted');
    });

    test('an open request for information keeps its later due date', async () => {
      const id = await insert('in_processing', '2026-11-24T08:00:00Z', '2026-12-03');
      const asked = await call(t, handler, 'POST', `${STAFF}/${id}/information-requests`, {
        payload: {
          items: [{ code: 'bank_statements' }],
          message: 'Tiliotteet, kiitos.',
          dueDate: '2026-12-09',
        },
        headers: { 'if-match': await etagOf(id) },
      });
      assert.equal(asked.statusCode, 200, asked.body);
      // The 7th working day after the client's deadline of 9 December.
      const urgent = await setUrgency(id, true);
      assert.equal(urgent.statusCode, 200, urgent.body);
      assert.equal(urgent.json().status, 'waiting_for_information');
      assert.equal(urgent.json().dueDate, '2026-12-18');
      assert.equal((await setUrgency(id, false)).json().dueDate, '2026-12-18');
    });

    test('the reason is required', async () => {
      const id = await insert('in_processing', '2026-11-25T06:00:00Z', '2026-12-04');
      const response = await setUrgency(id, true, '   ');
      assert.equal(response.statusCode, 400, response.body);
      const row = await t.database.db
        .selectFrom('application')
        .select(['urgent', 'due_date'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { urgent: false, due_date: '2026-12-04' });
    });

    test('a decided case: 409', async () => {
      const id = await insert('decided', '2026-11-18T08:00:00Z', '2026-11-27');
      const response = await setUrgency(id, true);
      assert.equal(response.statusCode, 409, response.body);
    });

    test('a stale If-Match: 412', async () => {
      const id = await insert('in_processing', '2026-11-25T06:00:00Z', '2026-12-04');
      const stale = await etagOf(id);
      assert.equal((await setUrgency(id, true, 'Häätö uhkaa.', stale)).statusCode, 200);
      const response = await setUrgency(id, false, 'Asunto järjestyi.', stale);
      assert.equal(response.statusCode, 412, response.body);
    });

    test('the change is audited with its reason', async () => {
      const id = await insert('in_processing', '2026-11-25T06:00:00Z', '2026-12-04');
      assert.equal((await setUrgency(id, true, 'Ruoka loppu.')).statusCode, 200);
      const rows = await t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'application.urgency_change')
        .where('object_id', '=', id)
        .execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.actor_id, handler.id);
      assert.equal(rows[0]?.subject_person_id, personId);
      const details = rows[0]?.details as Record<string, unknown>;
      assert.deepEqual(
        {
          urgent: details.urgent,
          dueDate: details.dueDate,
          previousUrgent: details.previousUrgent,
          previousDueDate: details.previousDueDate,
          reason: details.reason,
        },
        {
          urgent: true,
          dueDate: '2026-11-26',
          previousUrgent: false,
          previousDueDate: '2026-12-04',
          reason: 'Ruoka loppu.',
        },
      );
    });
  });
}
