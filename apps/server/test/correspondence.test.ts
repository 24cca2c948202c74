// Information requests, answers and the message thread through the API: who may do what, the status changes and
// deadlines they bring, files sent with them, idempotent sends, read receipts and unread counts, the e-mails
// they announce, and the citizen's notification preferences.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { topics } from '../src/outbox/outbox.ts';
import {
  APPLICATIONS,
  type Caller,
  call,
  completeDraft,
  signInAgain,
  useCaller,
} from './helpers/applications.ts';
import {
  contentUrl,
  MULTIPART_TYPE,
  multipartBody,
  pdfFile,
  pngFile,
  upload,
} from './helpers/attachments.ts';
import { auditEvents } from './helpers/audit-events.ts';
import { sendApplication as sendCompleteApplication, useStaffCallers } from './helpers/cases.ts';
import { anna, matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const mattiCode = matti.personalIdentityCode;
const annaCode = anna.personalIdentityCode;
const CASES = '/api/v1/applications';

for (const backend of databaseBackends) {
  describe(`correspondence: information requests and messages (${backend})`, () => {
    const t = useTestApp(backend);
    const citizen = useCaller(t, { personalIdentityCode: mattiCode });
    const other = useCaller(t, { personalIdentityCode: annaCode });
    const staff = useStaffCallers(t);
    const { handler, socialWorker, supervisor, admin, auditor } = staff;

    const sendApplication = (caller: Caller) => sendCompleteApplication(t, caller);

    const staffCase = (caller: Caller, id: string) => call(t, caller, 'GET', `${CASES}/${id}`);
    const requestInfo = (caller: Caller | undefined, id: string, payload: unknown, headers = {}) =>
      call(t, caller, 'POST', `${CASES}/${id}/information-requests`, { payload, headers });
    const bankStatements = {
      items: [{ code: 'bank_statements' }, { code: 'other', description: 'Vuokranantajan yhteystiedot' }],
      message: 'Tarvitsemme tiliotteet.',
      dueDate: '2026-12-09',
    };
    const outboxTopics = async () =>
      (await sql<{ topic: string }>`select topic from outbox order by id`.execute(t.database.db)).rows.map(
        (row) => row.topic,
      );
    const audits = async (action: string) =>
      (
        await sql<{ n: number }>`select count(*)::int as n from audit_event where action = ${action}`.execute(
          t.database.db,
        )
      ).rows[0]?.n;

    function staffUpload(caller: Caller, applicationId: string, content: Buffer) {
      return t.app.inject({
        method: 'POST',
        url: `${CASES}/${applicationId}/attachments`,
        headers: { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken, 'content-type': MULTIPART_TYPE },
        payload: multipartBody([['category', 'other']], {
          name: 'ohje.pdf',
          type: 'application/pdf',
          content,
        }),
      });
    }

    /** Moves the clock on (never back) and signs everyone in again, as sessions expire while idle. */
    async function moveClockTo(instant: string): Promise<void> {
      t.clock.set(new Date(instant));
      await signInAgain(t, [citizen, other, ...Object.values(staff)]);
    }

    test('only handling roles may ask for information; the input is checked as a whole', async () => {
      const id = await sendApplication(citizen);
      assert.equal((await requestInfo(undefined, id, bankStatements)).statusCode, 401);
      for (const caller of [admin, auditor, citizen]) {
        assert.equal((await requestInfo(caller, id, bankStatements)).statusCode, 403);
      }
      const invalid = await requestInfo(handler, id, {
        items: [{ code: 'other' }],
        message: '',
        dueDate: '2026-11-25',
      });
      assert.equal(invalid.statusCode, 400);
      assert.deepEqual(
        invalid
          .json()
          .errors.map((error: { path: string }) => error.path)
          .sort(),
        ['dueDate', 'items.0.description'],
      );
      assert.equal((await requestInfo(handler, id, { ...bankStatements, items: [] })).statusCode, 400);
      assert.equal(
        (await requestInfo(handler, id, { ...bankStatements, dueDate: '2027-06-01' })).statusCode,
        400,
      );
      assert.equal(
        (await requestInfo(handler, '00000000-0000-4000-8000-000000000000', bankStatements)).statusCode,
        404,
      );
    });

    test('a request takes a sent case, makes it wait, moves the decision deadline and e-mails the client', async () => {
      const id = await sendApplication(citizen);
      const before = await staffCase(handler, id);
      assert.equal(before.json().dueDate, '2026-12-04');
      const stale = await requestInfo(handler, id, bankStatements, { 'if-match': '"stale:1"' });
      assert.equal(stale.statusCode, 412);
      const asked = await requestInfo(handler, id, bankStatements, {
        'if-match': String(before.headers.etag),
      });
      assert.equal(asked.statusCode, 200, asked.body);
      const body = asked.json();
      assert.notEqual(asked.headers.etag, before.headers.etag);
      assert.equal(body.status, 'waiting_for_information');
      assert.equal(body.assignee.id, handler.id, 'the asker takes the case');
      // 7 working days after the deadline given to the client (TTL 14 a §).
      assert.equal(body.dueDate, '2026-12-18');
      assert.deepEqual(
        body.statusHistory.map((entry: { status: string }) => entry.status),
        ['draft', 'submitted', 'in_processing', 'waiting_for_information'],
      );
      const [request] = body.informationRequests;
      assert.equal(request.state, 'open');
      assert.equal(request.dueDate, '2026-12-09');
      assert.deepEqual(request.items, [
        { code: 'bank_statements', description: null },
        { code: 'other', description: 'Vuokranantajan yhteystiedot' },
      ]);
      assert.equal(request.requestedBy.id, handler.id);
      assert.ok((await outboxTopics()).includes(topics.informationRequested));
      assert.equal(await audits('information_request.create'), 1);
      const assigned = await auditEvents(t, { action: 'application.assign', objectId: id });
      assert.equal(assigned.length, 1, 'taking the case by asking is audited as an assignment');
      assert.equal(assigned[0]?.actor_id, handler.id);

      const again = await requestInfo(handler, id, bankStatements);
      assert.equal(again.statusCode, 409, 'one open request at a time');

      const mine = (await call(t, citizen, 'GET', `${APPLICATIONS}/${id}`)).json();
      assert.equal(mine.status, 'waiting_for_information');
      assert.equal(mine.informationRequests[0].message, 'Tarvitsemme tiliotteet.');
      assert.equal((await call(t, other, 'GET', `${APPLICATIONS}/${id}`)).statusCode, 404);
    });

    test('a case assigned to a colleague: a handler is refused, a supervisor may ask', async () => {
      const id = await sendApplication(citizen);
      const taken = await call(t, socialWorker, 'POST', `${CASES}/${id}/assignment`, {
        payload: { staffId: socialWorker.id },
      });
      assert.equal(taken.statusCode, 200);
      assert.equal((await requestInfo(handler, id, bankStatements)).statusCode, 403);
      const bySupervisor = await requestInfo(supervisor, id, bankStatements);
      assert.equal(bySupervisor.statusCode, 200);
      assert.equal(bySupervisor.json().assignee.id, socialWorker.id, 'the assignee stays');
      const assignments = await auditEvents(t, { action: 'application.assign', objectId: id });
      assert.deepEqual(
        assignments.map((row) => row.actor_id),
        [socialWorker.id],
        'no assignment by the supervisor’s request',
      );
    });

    test('messages: idempotent sends, files both ways, read receipts and unread counts', async () => {
      const id = await sendApplication(citizen);
      const ref = (await staffCase(handler, id)).json().referenceNumber;
      const mine = `${APPLICATIONS}/${id}/messages`;
      const staffThread = `${CASES}/${id}/messages`;

      for (const caller of [admin, auditor]) {
        assert.equal((await call(t, caller, 'GET', staffThread)).statusCode, 403);
      }
      assert.equal((await call(t, other, 'GET', mine)).statusCode, 404);
      assert.equal((await call(t, citizen, 'GET', staffThread)).statusCode, 403);

      const key = { 'idempotency-key': `msg-${id}` };
      const first = await call(t, citizen, 'POST', mine, {
        payload: { body: 'Milloin päätös tulee?' },
        headers: key,
      });
      assert.equal(first.statusCode, 201, first.body);
      const retry = await call(t, citizen, 'POST', mine, {
        payload: { body: 'Milloin päätös tulee?' },
        headers: key,
      });
      assert.equal(retry.statusCode, 201);
      assert.equal(retry.json().id, first.json().id, 'a double click sends one message');
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      const empty = await call(t, citizen, 'POST', mine, { payload: { body: '  ' } });
      assert.equal(empty.statusCode, 400);

      const staffView = (await call(t, handler, 'GET', staffThread)).json();
      assert.equal(staffView.items.length, 1);
      assert.equal(staffView.unreadCount, 1);
      assert.equal(staffView.items[0].sender.type, 'person');
      assert.equal(staffView.items[0].readAt, null);
      assert.equal((await staffCase(handler, id)).json().unreadMessageCount, 1);
      const inQueue = async () =>
        (await call(t, handler, 'GET', `${CASES}?q=${encodeURIComponent(ref)}`))
          .json()
          .items.find((item: { id: string }) => item.id === id).unreadMessageCount;
      assert.equal(await inQueue(), 1, 'the work queue shows the unread message');
      const marked = await call(t, handler, 'POST', `${staffThread}/read`);
      assert.deepEqual(marked.json(), { marked: 1 });
      assert.equal(await inQueue(), 0);
      const ownView = (await call(t, citizen, 'GET', mine)).json();
      assert.equal(ownView.items[0].readAt, t.clock.now().toISOString(), 'the client sees it was read');

      const staffFile = await staffUpload(handler, id, pdfFile('instructions'));
      assert.equal(staffFile.statusCode, 201, staffFile.body);
      const staffFileId = staffFile.json().id;
      assert.equal((await call(t, citizen, 'GET', contentUrl(staffFileId))).statusCode, 404, 'not sent yet');
      const reply = await call(t, handler, 'POST', staffThread, {
        payload: { body: 'Päätös tulee viikon sisällä. Ohje liitteenä.', attachmentIds: [staffFileId] },
      });
      assert.equal(reply.statusCode, 201, reply.body);
      assert.equal(reply.json().sender.staff.id, handler.id);
      assert.ok((await outboxTopics()).includes(topics.newMessage));

      assert.equal((await call(t, citizen, 'GET', `${APPLICATIONS}/${id}`)).json().unreadMessageCount, 1);
      const thread = (await call(t, citizen, 'GET', mine)).json();
      assert.equal(thread.unreadCount, 1);
      const fromOffice = thread.items.find(
        (item: { sender: { type: string } }) => item.sender.type === 'staff',
      );
      assert.equal(fromOffice.attachments[0].id, staffFileId);
      assert.equal((await call(t, citizen, 'GET', contentUrl(staffFileId))).statusCode, 200);
      assert.equal(
        (await call(t, citizen, 'DELETE', `${APPLICATIONS}/${id}/attachments/${staffFileId}`)).statusCode,
        404,
      );
      assert.deepEqual((await call(t, citizen, 'POST', `${mine}/read`)).json(), { marked: 1 });
      assert.equal((await call(t, citizen, 'GET', `${APPLICATIONS}/${id}`)).json().unreadMessageCount, 0);

      // A citizen's file goes with their message; someone else's file id is refused.
      const own = (await upload(t, citizen, id, { content: pngFile() })).json();
      const stolen = await call(t, citizen, 'POST', mine, {
        payload: { body: 'x', attachmentIds: [staffFileId] },
      });
      assert.equal(stolen.statusCode, 400);
      const withFile = await call(t, citizen, 'POST', mine, {
        payload: { body: '', attachmentIds: [own.id] },
      });
      assert.equal(withFile.statusCode, 201, withFile.body);
      assert.equal(withFile.json().attachments[0].id, own.id);

      // Paging, oldest first.
      const page = (await call(t, handler, 'GET', `${staffThread}?limit=2`)).json();
      assert.equal(page.items.length, 2);
      assert.ok(page.nextCursor);
      const rest = (await call(t, handler, 'GET', `${staffThread}?limit=2&cursor=${page.nextCursor}`)).json();
      assert.equal(rest.items.length, 1);
      assert.equal(rest.nextCursor, null);
      assert.ok(((await audits('message.list')) ?? 0) >= 5, 'every read of the thread is audited');
    });

    test('no messages on a draft', async () => {
      const draft = await completeDraft(t, citizen, '2026-11');
      assert.equal((await call(t, citizen, 'GET', `${APPLICATIONS}/${draft.id}/messages`)).statusCode, 404);
      assert.equal((await call(t, handler, 'GET', `${CASES}/${draft.id}/messages`)).statusCode, 404);
    });

    test('preferences: e-mail address, notifications on or off, language; audited', async () => {
      const path = '/api/v1/my/preferences';
      const initial = await call(t, other, 'GET', path);
      assert.equal(initial.statusCode, 200);
      const changed = await call(t, other, 'PUT', path, {
        payload: { email: 'anna@example.fi', emailNotifications: false, language: 'sv' },
      });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual(changed.json(), {
        email: 'anna@example.fi',
        emailNotifications: false,
        language: 'sv',
        electronicDelivery: false,
      });
      assert.equal(
        (
          await call(t, other, 'PUT', path, {
            payload: { email: 'no', emailNotifications: true, language: 'sv' },
          })
        ).statusCode,
        400,
      );
      assert.equal((await call(t, handler, 'GET', path)).statusCode, 403);
      assert.equal(await audits('person.preferences_update'), 1);
    });

    // From here on the clock moves forward.
    test('an unanswered request past its date shows as overdue to both sides', async () => {
      const id = await sendApplication(citizen);
      await requestInfo(handler, id, { ...bankStatements, dueDate: '2026-11-27' });
      await moveClockTo('2026-11-30T08:00:00Z');
      assert.equal((await staffCase(handler, id)).json().informationRequests[0].state, 'overdue');
      const mine = (await call(t, citizen, 'GET', `${APPLICATIONS}/${id}`)).json();
      assert.equal(mine.informationRequests[0].state, 'overdue');
    });

    test('the client answers with text and a file; the case returns to processing with a new deadline', async () => {
      const id = await sendApplication(citizen);
      const asked = (await requestInfo(handler, id, bankStatements)).json();
      const requestId = asked.informationRequests[0].id;
      const answerUrl = `${APPLICATIONS}/${id}/information-requests/${requestId}/answer`;

      const file = await upload(t, citizen, id, { name: 'tiliote.pdf', content: pdfFile('statement') });
      assert.equal(file.statusCode, 201, file.body);
      const fileId = file.json().id;
      // Not sent yet: staff cannot see it, and it is not among the application's own files.
      assert.equal((await call(t, handler, 'GET', contentUrl(fileId))).statusCode, 404);
      assert.equal((await call(t, other, 'GET', contentUrl(fileId))).statusCode, 404);

      assert.equal(
        (await call(t, other, 'POST', answerUrl, { payload: { message: 'x', attachmentIds: [] } }))
          .statusCode,
        404,
        "another person's request is not found",
      );
      const empty = await call(t, citizen, 'POST', answerUrl, {
        payload: { message: ' ', attachmentIds: [] },
        headers: { 'accept-language': 'sv' },
      });
      assert.equal(empty.statusCode, 400);
      assert.equal(empty.json().detail, 'Skriv ett svar eller bifoga minst en fil.');
      const unknown = await call(t, citizen, 'POST', answerUrl, {
        payload: { message: 'Tässä', attachmentIds: ['00000000-0000-4000-8000-000000000000'] },
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].path, 'attachmentIds.0');

      await moveClockTo('2026-12-02T08:00:00Z');
      const payload = { message: 'Tiliotteet liitteenä.', attachmentIds: [fileId] };
      const headers = { 'idempotency-key': `answer-${id}` };
      const answered = await call(t, citizen, 'POST', answerUrl, { payload, headers });
      assert.equal(answered.statusCode, 200, answered.body);
      const mine = answered.json();
      assert.equal(mine.status, 'in_processing');
      // The 7th working day after the answer.
      assert.equal(mine.dueDate, '2026-12-11');
      assert.equal(mine.informationRequests[0].state, 'answered');
      assert.equal(mine.informationRequests[0].answer.message, 'Tiliotteet liitteenä.');
      assert.deepEqual(
        mine.informationRequests[0].answer.attachments.map((a: { id: string }) => a.id),
        [fileId],
      );
      assert.equal(mine.attachments.length, 0, 'the answer’s files are not the application’s own');

      const replay = await call(t, citizen, 'POST', answerUrl, { payload, headers });
      assert.equal(replay.statusCode, 200);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      const twice = await call(t, citizen, 'POST', answerUrl, {
        payload: { message: 'Uudestaan', attachmentIds: [] },
      });
      assert.equal(twice.statusCode, 409);
      // A sent file can no longer be removed.
      assert.equal(
        (await call(t, citizen, 'DELETE', `${APPLICATIONS}/${id}/attachments/${fileId}`)).statusCode,
        409,
      );

      const seen = (await staffCase(handler, id)).json();
      assert.equal(seen.informationRequests[0].answer.attachments[0].id, fileId);
      assert.equal((await call(t, handler, 'GET', contentUrl(fileId))).statusCode, 200);
      assert.equal(await audits('information_request.answer'), 1);
    });
  });
}
