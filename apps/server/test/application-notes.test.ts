// Internal notes of a case: listApplicationNotes and addApplicationNote for the handling roles (admin, auditor and
// citizens 403, nobody 401), 404 for unknown applications and drafts, 400 for an empty or too long note, audited
// reads and writes with the applicant as the subject, and never in the citizen's view of the application.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { type Caller, call, createDraft, useCaller } from './helpers/applications.ts';
import { sendApplication, useStaffCallers } from './helpers/cases.ts';
import { matti as citizenPerson } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const notesUrl = (id: string) => `/api/v1/applications/${id}/notes`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

for (const backend of databaseBackends) {
  describe(`internal notes (${backend})`, () => {
    const t = useTestApp(backend);
    const { handler, socialWorker, supervisor, admin, auditor } = useStaffCallers(t);
    const citizen = useCaller(t, { personalIdentityCode: citizenPerson.personalIdentityCode });
    let sentId: string;
    let draftId: string;

    before(async () => {
      sentId = await sendApplication(t, citizen);
      draftId = (await createDraft(t, citizen)).json().id;
    });

    const add = (caller: Caller | undefined, id: string, body: unknown) =>
      call(t, caller, 'POST', notesUrl(id), { payload: body });

    test('the handling roles add and read notes, oldest first, with the author', async () => {
      const first = await add(handler, sentId, { body: '  Soitettu hakijalle, vuokrasopimus tulossa.  ' });
      assert.equal(first.statusCode, 201, first.body);
      const note = first.json();
      assert.equal(note.body, 'Soitettu hakijalle, vuokrasopimus tulossa.', 'the text is trimmed');
      assert.equal(note.applicationId, sentId);
      assert.equal(note.author.id, handler.id);
      assert.equal(note.createdAt, t.clock.now().toISOString());
      t.clock.advance(60_000);
      assert.equal((await add(socialWorker, sentId, { body: 'Toinen merkintä' })).statusCode, 201);
      t.clock.advance(60_000);
      assert.equal((await add(supervisor, sentId, { body: 'Kolmas' })).statusCode, 201);
      for (const caller of [handler, socialWorker, supervisor]) {
        const list = await call(t, caller, 'GET', notesUrl(sentId));
        assert.equal(list.statusCode, 200, list.body);
        assert.equal(list.headers['cache-control'], 'no-store');
        const items = list.json().items as { body: string; author: { id: string; firstName: string } }[];
        assert.deepEqual(
          items.map((item) => item.body),
          ['Soitettu hakijalle, vuokrasopimus tulossa.', 'Toinen merkintä', 'Kolmas'],
        );
        assert.deepEqual(
          items.map((item) => item.author.id),
          [handler.id, socialWorker.id, supervisor.id],
        );
      }
    });

    test('admin, auditor and citizens 403; nobody 401', async () => {
      for (const caller of [admin, auditor, citizen]) {
        assert.equal((await call(t, caller, 'GET', notesUrl(sentId))).statusCode, 403);
        assert.equal((await add(caller, sentId, { body: 'ei saa' })).statusCode, 403);
      }
      assert.equal((await call(t, undefined, 'GET', notesUrl(sentId))).statusCode, 401);
      const anonymous = await t.app.inject({
        method: 'POST',
        url: notesUrl(sentId),
        payload: { body: 'ei saa' },
      });
      assert.equal(anonymous.statusCode, 401);
    });

    test('404 for an unknown application and for a draft', async () => {
      for (const id of [UNKNOWN, draftId]) {
        assert.equal((await call(t, handler, 'GET', notesUrl(id))).statusCode, 404);
        assert.equal((await add(handler, id, { body: 'muistiinpano' })).statusCode, 404);
      }
      assert.equal((await call(t, handler, 'GET', notesUrl('not-a-uuid'))).statusCode, 400);
    });

    test('400 for an empty, blank, missing or too long note; 4000 characters pass', async () => {
      for (const body of [{ body: '' }, { body: '   \n ' }, {}, { body: 'x'.repeat(4001) }, { body: 5 }]) {
        const response = await add(handler, sentId, body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      }
      assert.equal((await add(handler, sentId, { body: 'ä'.repeat(4000) })).statusCode, 201);
    });

    test('reads and writes are audited with the applicant as the subject; refusals write nothing', async () => {
      const before = await t.database.db
        .selectFrom('audit_event')
        .select(['action', 'subject_person_id', 'actor_id', 'object_type'])
        .where('action', 'in', ['application.notes_read', 'application.note_add'])
        .orderBy('seq')
        .execute();
      const person = await t.database.db
        .selectFrom('person')
        .select('id')
        .where('personal_identity_code', '=', citizenPerson.personalIdentityCode)
        .executeTakeFirstOrThrow();
      assert.ok(before.length > 0);
      assert.ok(before.every((row) => row.subject_person_id === person.id));
      const adds = before.filter((row) => row.action === 'application.note_add');
      assert.equal(adds.length, 4, 'three notes and the 4000-character one');
      assert.ok(adds.every((row) => row.object_type === 'application_note'));
      await call(t, handler, 'GET', notesUrl(sentId));
      const reads = await t.database.db
        .selectFrom('audit_event')
        .select('actor_id')
        .where('action', '=', 'application.notes_read')
        .execute();
      assert.equal(reads.at(-1)?.actor_id, handler.id);
      assert.equal(reads.length, before.filter((row) => row.action === 'application.notes_read').length + 1);
    });

    test('the notes never appear in the citizen’s view of the application', async () => {
      const mine = await call(t, citizen, 'GET', `/api/v1/my/applications/${sentId}`);
      assert.equal(mine.statusCode, 200);
      assert.doesNotMatch(mine.body, /Soitettu hakijalle|Toinen merkintä/);
      assert.doesNotMatch(mine.body, /"notes"/);
      const list = await call(t, citizen, 'GET', '/api/v1/my/applications');
      assert.doesNotMatch(list.body, /Soitettu hakijalle/);
    });
  });
}
