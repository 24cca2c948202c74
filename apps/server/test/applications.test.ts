// The citizen's applications through the API: create, list, read, save, withdraw; whose data one sees; status
// rules; ETag and If-Match; audit rows. Sending is tested in applications-submit.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { APPLICATIONS, call, completeDraft, createDraft, signIn, useCaller } from './helpers/applications.ts';
import { anna, matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

for (const backend of databaseBackends) {
  describe(`my applications (${backend})`, () => {
    const t = useTestApp(backend);
    const a = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    const b = useCaller(t, { personalIdentityCode: anna.personalIdentityCode });

    const auditOf = (objectId: string) =>
      t.database.db
        .selectFrom('audit_event')
        .select([
          'action',
          'actor_type',
          'actor_id',
          'subject_person_id',
          'object_type',
          'object_id',
          'outcome',
        ])
        .where('object_id', '=', objectId)
        .orderBy('seq')
        .execute();

    test('createApplicationDraft: 201, a basic draft prefilled from the person record, with an ETag', async () => {
      const response = await call(t, a, 'POST', APPLICATIONS, { payload: {} });
      assert.equal(response.statusCode, 201);
      const body = response.json();
      assert.equal(response.headers.etag, `"${body.id}:1"`);
      assert.equal(response.headers.location, `${APPLICATIONS}/${body.id}`);
      assert.equal(response.headers['cache-control'], 'no-store', 'personal data is not cached');
      assert.equal(body.kind, 'basic');
      assert.equal(body.status, 'draft');
      assert.deepEqual(body.content, {
        applicant: {
          firstName: 'Matti',
          lastName: 'Meikäläinen',
          personalIdentityCode: matti.personalIdentityCode,
          email: matti.email,
          phone: matti.phone,
          address: { street: matti.streetAddress, postalCode: matti.postalCode, city: matti.city },
        },
      });
      assert.deepEqual(body.statusHistory, [{ status: 'draft', changedAt: '2026-11-25T10:00:00.000Z' }]);
      assert.equal(body.referenceNumber, null);
      assert.equal(body.submittedAt, null);
      assert.equal(body.dueDate, null);
      assert.equal(body.draftDeletesAt, '2027-02-23', '90 days after the last change');
      assert.deepEqual(body.attachments, []);
      assert.deepEqual(body.informationRequests, []);
      assert.deepEqual(body.decisions, []);
      assert.equal(body.unreadMessageCount, 0);
      assert.deepEqual(body.allowedActions, { edit: true, submit: true, withdraw: true });
      const audit = await auditOf(body.id);
      assert.deepEqual(audit, [
        {
          action: 'application.create',
          actor_type: 'person',
          actor_id: a.id,
          subject_person_id: a.id,
          object_type: 'application',
          object_id: body.id,
          outcome: 'success',
        },
      ]);
    });

    test('createApplicationDraft: another kind; an unknown kind is 400', async () => {
      const supplementary = await call(t, a, 'POST', APPLICATIONS, { payload: { kind: 'supplementary' } });
      assert.equal(supplementary.statusCode, 201);
      assert.equal(supplementary.json().kind, 'supplementary');
      const unknown = await call(t, a, 'POST', APPLICATIONS, { payload: { kind: 'luxury' } });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].path, 'kind');
    });

    test('createApplicationDraft with an Idempotency-Key: a double click makes one draft', async () => {
      const before = (await call(t, a, 'GET', APPLICATIONS)).json().items.length;
      const headers = { 'idempotency-key': 'start-1' };
      const [first, second] = await Promise.all([
        call(t, a, 'POST', APPLICATIONS, { payload: {}, headers }),
        call(t, a, 'POST', APPLICATIONS, { payload: {}, headers }),
      ]);
      assert.equal(first?.statusCode, 201);
      assert.equal(second?.statusCode, 201);
      assert.equal(first?.json().id, second?.json().id, 'the same draft twice');
      assert.equal(first?.headers.location, second?.headers.location);
      assert.ok(first?.headers.etag);
      assert.equal((await call(t, a, 'GET', APPLICATIONS)).json().items.length, before + 1);
      const other = await call(t, a, 'POST', APPLICATIONS, { payload: { kind: 'supplementary' }, headers });
      assert.equal(other.statusCode, 422, 'the key of another request');
    });

    test('getMyApplication: the whole case, its ETag, and an audit row of the read', async () => {
      const created = (await createDraft(t, a)).json();
      const response = await call(t, a, 'GET', `${APPLICATIONS}/${created.id}`);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers.etag, `"${created.id}:1"`);
      assert.deepEqual(response.json(), created);
      const actions = (await auditOf(created.id)).map((row) => row.action);
      assert.deepEqual(actions, ['application.create', 'application.read']);
    });

    test('listMyApplications: only one’s own, newest first, in pages; the listing is audited', async () => {
      const c = await signIn(t, { personalIdentityCode: demoCitizens[3]?.personalIdentityCode ?? '' });
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        ids.push((await createDraft(t, c)).json().id);
        t.clock.advance(1000);
      }
      await createDraft(t, b);
      const first = await call(t, c, 'GET', `${APPLICATIONS}?limit=2`);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['cache-control'], 'no-store');
      const page1 = first.json();
      assert.deepEqual(
        page1.items.map((item: { id: string }) => item.id),
        [ids[2], ids[1]],
      );
      assert.equal(typeof page1.nextCursor, 'string');
      const summary = page1.items[0];
      assert.deepEqual(Object.keys(summary).sort(), [
        'createdAt',
        'draftDeletesAt',
        'dueDate',
        'id',
        'kind',
        'referenceNumber',
        'status',
        'submittedAt',
        'updatedAt',
        'urgent',
      ]);
      const second = await call(
        t,
        c,
        'GET',
        `${APPLICATIONS}?limit=2&cursor=${encodeURIComponent(page1.nextCursor)}`,
      );
      assert.deepEqual(
        second.json().items.map((item: { id: string }) => item.id),
        [ids[0]],
      );
      assert.equal(second.json().nextCursor, null);
      const bad = await call(t, c, 'GET', `${APPLICATIONS}?cursor=nonsense`);
      assert.equal(bad.statusCode, 400);
      const listed = await t.database.db
        .selectFrom('audit_event')
        .select(['actor_id', 'subject_person_id'])
        .where('action', '=', 'application.list')
        .where('actor_id', '=', c.id)
        .execute();
      assert.equal(listed.length, 2);
      assert.equal(listed[0]?.subject_person_id, c.id);
    });

    test('updateApplicationDraft: replaces the content; name and identity code stay those of the record', async () => {
      const created = (await createDraft(t, a)).json();
      const content = {
        applicant: {
          firstName: 'Someone',
          lastName: 'Else',
          personalIdentityCode: anna.personalIdentityCode,
          email: 'new@example.fi',
        },
        housing: { type: 'rental', rentCents: 50_000 },
        month: '2026-12',
      };
      const response = await call(t, a, 'PUT', `${APPLICATIONS}/${created.id}`, { payload: { content } });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers.etag, `"${created.id}:2"`);
      const body = response.json();
      assert.deepEqual(body.content, {
        ...content,
        applicant: {
          firstName: 'Matti',
          lastName: 'Meikäläinen',
          personalIdentityCode: matti.personalIdentityCode,
          email: 'new@example.fi',
        },
      });
      const read = await call(t, a, 'GET', `${APPLICATIONS}/${created.id}`);
      assert.deepEqual(read.json().content, body.content, 'saved');
      assert.deepEqual(
        (await auditOf(created.id)).map((row) => row.action),
        ['application.create', 'application.update', 'application.read'],
      );
    });

    test('updateApplicationDraft: structural errors are 400 with each path, and nothing is saved', async () => {
      const created = (await createDraft(t, a)).json();
      const response = await call(t, a, 'PUT', `${APPLICATIONS}/${created.id}`, {
        payload: {
          content: {
            housing: { type: 'castle', rentCents: -5 },
            incomes: [{ member: 'neighbour', amountCents: 1.5 }],
            urgent: 'yes',
            favouriteColour: 'blue',
          },
        },
      });
      assert.equal(response.statusCode, 400);
      const paths = response.json().errors.map((error: { path: string }) => error.path);
      for (const path of [
        'content.housing.type',
        'content.housing.rentCents',
        'content.incomes.0.member',
        'content.incomes.0.amountCents',
        'content.urgent',
        'content',
      ]) {
        assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
      }
      const missing = await call(t, a, 'PUT', `${APPLICATIONS}/${created.id}`, { payload: {} });
      assert.equal(missing.statusCode, 400);
      const read = await call(t, a, 'GET', `${APPLICATIONS}/${created.id}`);
      assert.equal(read.headers.etag, `"${created.id}:1"`, 'unchanged');
    });

    test('If-Match: the current ETag passes, a stale one is 412, none at all is allowed', async () => {
      const created = await createDraft(t, a);
      const id = created.json().id;
      const first = String(created.headers.etag);
      const url = `${APPLICATIONS}/${id}`;
      const save = (month: string, ifMatch?: string) =>
        call(t, a, 'PUT', url, {
          payload: { content: { month } },
          ...(ifMatch ? { headers: { 'if-match': ifMatch } } : {}),
        });
      const ok = await save('2026-11', first);
      assert.equal(ok.statusCode, 200);
      const second = String(ok.headers.etag);
      assert.notEqual(second, first);
      const stale = await save('2026-10', first);
      assert.equal(stale.statusCode, 412);
      assert.equal(stale.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.match(stale.json().type, /stale-etag$/);
      assert.equal((await save('2026-12', `"other", ${second}`)).statusCode, 200, 'one of a list');
      assert.equal((await save('2026-12', 'W/"x"')).statusCode, 412, 'a weak tag never matches');
      assert.equal((await save('2026-12', '*')).statusCode, 200);
      assert.equal((await save('2026-12')).statusCode, 200);
      const staleWithdraw = await call(t, a, 'POST', `${url}/withdraw`, { headers: { 'if-match': first } });
      assert.equal(staleWithdraw.statusCode, 412);
      const staleSubmit = await call(t, a, 'POST', `${url}/submit`, { headers: { 'if-match': first } });
      assert.equal(staleSubmit.statusCode, 412);
      const read = await call(t, a, 'GET', url);
      assert.equal(read.json().status, 'draft');
      assert.equal(read.headers.etag, `"${id}:5"`);
    });

    test('two changes based on the same version at the same time: exactly one wins', async () => {
      const created = await createDraft(t, a);
      const id = created.json().id;
      const etag = String(created.headers.etag);
      const responses = await Promise.all(
        ['2026-10', '2026-11', '2026-12'].map((month) =>
          call(t, a, 'PUT', `${APPLICATIONS}/${id}`, {
            payload: { content: { month } },
            headers: { 'if-match': etag },
          }),
        ),
      );
      const codes = responses.map((response) => response.statusCode).sort();
      assert.deepEqual(codes, [200, 412, 412]);
      const winner = responses.find((response) => response.statusCode === 200);
      const read = await call(t, a, 'GET', `${APPLICATIONS}/${id}`);
      assert.deepEqual(read.json().content, winner?.json().content);
      assert.equal(read.headers.etag, `"${id}:2"`);
    });

    test('withdrawApplication: a draft or a sent application; 409 once withdrawn or decided', async () => {
      const draft = (await createDraft(t, a)).json();
      const withdrawn = await call(t, a, 'POST', `${APPLICATIONS}/${draft.id}/withdraw`);
      assert.equal(withdrawn.statusCode, 200);
      const body = withdrawn.json();
      assert.equal(body.status, 'withdrawn');
      assert.equal(withdrawn.headers.etag, `"${draft.id}:2"`);
      assert.deepEqual(
        body.statusHistory.map((entry: { status: string }) => entry.status),
        ['draft', 'withdrawn'],
      );
      assert.deepEqual(body.allowedActions, { edit: false, submit: false, withdraw: false });
      assert.equal(body.draftDeletesAt, null);
      const again = await call(t, a, 'POST', `${APPLICATIONS}/${draft.id}/withdraw`);
      assert.equal(again.statusCode, 409);
      const edit = await call(t, a, 'PUT', `${APPLICATIONS}/${draft.id}`, { payload: { content: {} } });
      assert.equal(edit.statusCode, 409);
      const send = await call(t, a, 'POST', `${APPLICATIONS}/${draft.id}/submit`);
      assert.equal(send.statusCode, 409);

      const sent = await completeDraft(t, a, '2026-11');
      assert.equal((await call(t, a, 'POST', `${APPLICATIONS}/${sent.id}/submit`)).statusCode, 200);
      const afterSending = await call(t, a, 'POST', `${APPLICATIONS}/${sent.id}/withdraw`);
      assert.equal(afterSending.statusCode, 200);
      assert.deepEqual(
        afterSending.json().statusHistory.map((entry: { status: string }) => entry.status),
        ['draft', 'submitted', 'withdrawn'],
      );
      assert.equal(afterSending.json().referenceNumber !== null, true, 'the reference number stays');

      const decided = await completeDraft(t, a, '2026-11');
      await call(t, a, 'POST', `${APPLICATIONS}/${decided.id}/submit`);
      // No decision operation exists yet: a decision is made in the database.
      await t.database.db
        .updateTable('application')
        .set({ status: 'decided' })
        .where('id', '=', decided.id)
        .execute();
      const afterDecision = await call(t, a, 'POST', `${APPLICATIONS}/${decided.id}/withdraw`);
      assert.equal(afterDecision.statusCode, 409);
      assert.match(afterDecision.json().detail, /decision/);
      const read = await call(t, a, 'GET', `${APPLICATIONS}/${decided.id}`);
      assert.deepEqual(read.json().allowedActions, { edit: false, submit: false, withdraw: false });
      const actions = (await auditOf(draft.id)).map((row) => row.action);
      assert.deepEqual(actions, ['application.create', 'application.withdraw']);
    });

    test('no change to the content after sending: 409', async () => {
      const sent = await completeDraft(t, a, '2026-11');
      await call(t, a, 'POST', `${APPLICATIONS}/${sent.id}/submit`);
      const edit = await call(t, a, 'PUT', `${APPLICATIONS}/${sent.id}`, { payload: { content: {} } });
      assert.equal(edit.statusCode, 409);
      assert.match(edit.json().detail, /sent/);
      const read = await call(t, a, 'GET', `${APPLICATIONS}/${sent.id}`);
      assert.equal(read.json().content.month, '2026-11');
    });

    test('citizen B never reads, lists, changes, sends or withdraws citizen A’s application: 404 as if unknown', async () => {
      const mine = await completeDraft(t, a, '2026-11');
      const url = `${APPLICATIONS}/${mine.id}`;
      const unknownUrl = `${APPLICATIONS}/00000000-0000-4000-8000-000000000000`;
      const attempts = [
        ['GET', ''],
        ['PUT', ''],
        ['POST', '/submit'],
        ['POST', '/withdraw'],
      ] as const;
      for (const [method, suffix] of attempts) {
        const options = method === 'PUT' ? { payload: { content: {} } } : {};
        const theirs = await call(t, b, method, `${url}${suffix}`, options);
        const unknown = await call(t, b, method, `${unknownUrl}${suffix}`, options);
        assert.equal(theirs.statusCode, 404, `${method} ${suffix}`);
        assert.equal(unknown.statusCode, 404);
        assert.equal(theirs.json().detail, unknown.json().detail, 'no difference to an unknown id');
      }
      const list = await call(t, b, 'GET', `${APPLICATIONS}?limit=500`);
      assert.ok(!list.json().items.some((item: { id: string }) => item.id === mine.id));
      const read = await call(t, a, 'GET', url);
      assert.equal(read.json().status, 'draft');
      assert.equal(read.headers.etag, mine.etag, 'unchanged');
      const touched = await t.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('object_id', '=', mine.id)
        .where('actor_id', '=', b.id)
        .execute();
      assert.deepEqual(touched, []);
    });

    test('staff sessions get 403 and nobody signed in gets 401 on these citizen operations', async () => {
      const staff = await signIn(t, { username: 'handler' });
      const id = (await createDraft(t, a)).json().id;
      const operations = [
        ['GET', APPLICATIONS],
        ['POST', APPLICATIONS],
        ['GET', `${APPLICATIONS}/${id}`],
        ['PUT', `${APPLICATIONS}/${id}`],
        ['POST', `${APPLICATIONS}/${id}/submit`],
        ['POST', `${APPLICATIONS}/${id}/withdraw`],
      ] as const;
      for (const [method, url] of operations) {
        const options =
          method === 'PUT' ? { payload: { content: {} } } : method === 'POST' ? { payload: {} } : {};
        assert.equal((await call(t, staff, method, url, options)).statusCode, 403, `staff ${method} ${url}`);
        assert.equal(
          (await call(t, undefined, method, url, options)).statusCode,
          401,
          `nobody ${method} ${url}`,
        );
      }
    });

    test('a change without the CSRF header is 403', async () => {
      const id = (await createDraft(t, a)).json().id;
      const response = await t.app.inject({
        method: 'PUT',
        url: `${APPLICATIONS}/${id}`,
        headers: { cookie: a.cookie },
        payload: { content: {} },
      });
      assert.equal(response.statusCode, 403);
    });

    test('an application id that is not a UUID is 400', async () => {
      const response = await call(t, a, 'GET', `${APPLICATIONS}/123`);
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().errors[0].path, 'params.applicationId');
    });
  });
}
