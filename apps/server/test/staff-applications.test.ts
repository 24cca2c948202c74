// The staff side of applications: the work queue (filters, search, counts, keyset paging, overdue by the Helsinki
// date), the whole case for staff (audited, who opened it), and assignment (rules, status change, 409, 412); who
// may call them.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { makePersonalIdentityCode } from '@tuki/domain';
import { sql } from 'kysely';
import type { ApplicationStatusValue } from '../src/db/schema.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import {
  type Caller,
  call,
  completeDraft,
  insertApplication,
  signIn,
  useCaller,
} from './helpers/applications.ts';
import { insertHandlers, staffUserId, useStaffCallers } from './helpers/cases.ts';
import { anna, jukka, matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const QUEUE = '/api/v1/applications';

interface Seeded {
  id: string;
  ref: string;
}

for (const backend of databaseBackends) {
  describe(`staff applications (${backend})`, () => {
    const t = useTestApp(backend);
    let inactiveId: string;
    const people: Record<string, string> = {};
    const rows: Record<string, Seeded> = {};
    let refSeq = 0;

    async function insert(
      personId: string,
      values: {
        status: ApplicationStatusValue;
        due: string;
        submittedAt?: string;
        urgent?: boolean;
        assignee?: string | null;
      },
    ): Promise<Seeded> {
      refSeq += 1;
      const ref = `TS-2026-${String(refSeq).padStart(6, '0')}`;
      const id = await insertApplication(t, personId, { referenceNumber: ref, ...values });
      return { id, ref };
    }

    /** The queue over every status (the tests below are about filters, search and paging across all of them). */
    const queue = (caller: Caller | undefined, query = '') => {
      if (query.includes('status=')) return call(t, caller, 'GET', `${QUEUE}${query}`);
      const all = 'status=submitted,in_processing,waiting_for_information,decided,withdrawn';
      return call(t, caller, 'GET', `${QUEUE}${query === '' ? `?${all}` : `${query}&${all}`}`);
    };
    /** The queue as a client asks for it: without a status filter it lists the open applications. */
    const defaultQueue = (caller: Caller, query = '') => call(t, caller, 'GET', `${QUEUE}${query}`);
    const assign = (
      caller: Caller,
      id: string,
      staffId: string | null,
      headers: Record<string, string> = {},
    ) => call(t, caller, 'POST', `${QUEUE}/${id}/assignment`, { payload: { staffId }, headers });
    const refsOf = (body: { items: { referenceNumber: string }[] }) =>
      body.items.map((i) => i.referenceNumber);

    before(async () => {
      await insertHandlers(t, [
        { username: 'handler2', firstName: 'Heikki', lastName: 'Toinen' },
        { username: 'gone', firstName: 'Gunnar', lastName: 'Poissa', active: false },
      ]);
      inactiveId = await staffUserId(t, 'gone');
    });
    const { handler, socialWorker, supervisor, admin, auditor } = useStaffCallers(t);
    const handler2 = useCaller(t, { username: 'handler2' });
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });

    before(async () => {
      const db = t.database.db;
      for (const person of await db.selectFrom('person').select(['id', 'personal_identity_code']).execute()) {
        people[person.personal_identity_code] = person.id;
      }
      const m = people[matti.personalIdentityCode] ?? '';
      const a = people[anna.personalIdentityCode] ?? '';
      const c = people[jukka.personalIdentityCode] ?? '';
      const seeds: [string, string, Parameters<typeof insert>[1]][] = [
        ['overdue', m, { status: 'submitted', due: '2026-11-20' }],
        ['today', a, { status: 'in_processing', due: '2026-11-25', urgent: true, assignee: handler.id }],
        ['later1', c, { status: 'submitted', due: '2026-12-01', submittedAt: '2026-11-19T08:00:00Z' }],
        ['decided', m, { status: 'decided', due: '2026-11-10' }],
        ['withdrawn', a, { status: 'withdrawn', due: '2026-11-22', assignee: socialWorker.id }],
        [
          'waiting',
          m,
          { status: 'waiting_for_information', due: '2026-11-24', urgent: true, assignee: handler.id },
        ],
        ['later2', c, { status: 'submitted', due: '2026-12-01', submittedAt: '2026-11-19T08:00:00Z' }],
        ['later3', c, { status: 'submitted', due: '2026-12-01', submittedAt: '2026-11-18T08:00:00Z' }],
      ];
      for (const [name, personId, values] of seeds) rows[name] = await insert(personId, values);
      // A draft: never in the queue, 404 for staff.
      const draft = await db
        .insertInto('application')
        .values({
          person_id: m,
          kind: 'basic',
          status: 'draft',
          content: '{}',
          created_at: t.clock.now(),
          updated_at: t.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      rows.draft = { id: draft.id, ref: '' };
    });

    test('roles: handling roles 200; admin, auditor and citizens 403; nobody 401', async () => {
      const id = rows.later1?.id ?? '';
      for (const caller of [handler, socialWorker, supervisor]) {
        assert.equal((await queue(caller)).statusCode, 200);
        assert.equal((await call(t, caller, 'GET', `${QUEUE}/${id}`)).statusCode, 200);
      }
      for (const caller of [admin, auditor, citizen]) {
        assert.equal((await queue(caller)).statusCode, 403);
        assert.equal((await call(t, caller, 'GET', `${QUEUE}/${id}`)).statusCode, 403);
        assert.equal((await assign(caller, id, caller.id)).statusCode, 403);
      }
      assert.equal((await queue(undefined)).statusCode, 401);
      assert.equal((await call(t, undefined, 'GET', `${QUEUE}/${id}`)).statusCode, 401);
      const anonymous = await t.app.inject({
        method: 'POST',
        url: `${QUEUE}/${id}/assignment`,
        payload: { staffId: null },
      });
      assert.equal(anonymous.statusCode, 401);
    });

    test('listApplications: by due date then arrival, drafts never, items and counts', async () => {
      const response = await queue(handler);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['cache-control'], 'no-store');
      const body = response.json();
      assert.deepEqual(refsOf(body), [
        rows.decided?.ref,
        rows.overdue?.ref,
        rows.withdrawn?.ref,
        rows.waiting?.ref,
        rows.today?.ref,
        rows.later3?.ref,
        ...[rows.later1, rows.later2]
          .map((r) => r?.id ?? '')
          .sort()
          .map((id) => Object.values(rows).find((r) => r.id === id)?.ref),
      ]);
      assert.deepEqual(body.counts, {
        all: 8,
        mine: 2,
        unassigned: 5,
        overdue: 2,
        urgent: 2,
        possibleDuplicates: 0,
        needsAttention: 0,
      });
      const today = body.items.find((i: { id: string }) => i.id === rows.today?.id);
      assert.deepEqual(today, {
        id: rows.today?.id,
        referenceNumber: rows.today?.ref,
        applicant: {
          personId: people[anna.personalIdentityCode],
          firstName: anna.firstName,
          lastName: anna.lastName,
        },
        kind: 'basic',
        status: 'in_processing',
        submittedAt: '2026-11-18T08:00:00.000Z',
        dueDate: '2026-11-25',
        dueState: 'due_today',
        urgent: true,
        assignee: { id: handler.id, firstName: 'Hanna', lastName: 'Käsittelijä' },
        unreadMessageCount: 0,
        possibleDuplicate: false,
        attention: [],
        paymentRejectionCode: null,
      });
      const states = Object.fromEntries(
        body.items.map((i: { referenceNumber: string; dueState: string }) => [i.referenceNumber, i.dueState]),
      );
      assert.equal(states[rows.overdue?.ref ?? ''], 'overdue');
      assert.equal(states[rows.decided?.ref ?? ''], 'upcoming', 'a decided case is never overdue');
      assert.equal(states[rows.later1?.ref ?? ''], 'upcoming');
      assert.ok(!body.items.some((i: { id: string }) => i.id === rows.draft?.id));
    });

    test('listApplications without a status filter: the open applications, counted over them', async () => {
      const body = (await defaultQueue(handler)).json();
      const statuses = new Set(body.items.map((item: { status: string }) => item.status));
      assert.ok(statuses.size > 0);
      for (const status of statuses) {
        assert.ok(['submitted', 'in_processing', 'waiting_for_information'].includes(String(status)));
      }
      const open = (await queue(handler, '?status=submitted,in_processing,waiting_for_information')).json();
      assert.deepEqual(refsOf(body), refsOf(open));
      assert.deepEqual(body.counts, open.counts);
      assert.ok(!refsOf(body).includes(rows.decided?.ref ?? ''), 'decided ones only when asked for');
      // A search looks through every status.
      const found = (await defaultQueue(handler, `?q=${rows.decided?.ref}`)).json();
      assert.deepEqual(refsOf(found), [rows.decided?.ref]);
    });

    test('listApplications: filters by status, assignee, overdue and urgent', async () => {
      const byStatus = (await queue(handler, '?status=submitted,waiting_for_information')).json();
      assert.deepEqual(
        new Set(refsOf(byStatus)),
        new Set([rows.overdue, rows.waiting, rows.later1, rows.later2, rows.later3].map((r) => r?.ref)),
      );
      const repeated = (await queue(handler, '?status=decided&status=withdrawn')).json();
      assert.deepEqual(refsOf(repeated), [rows.decided?.ref, rows.withdrawn?.ref]);
      assert.deepEqual(repeated.counts, {
        all: 2,
        mine: 0,
        unassigned: 1,
        overdue: 0,
        urgent: 0,
        possibleDuplicates: 0,
        needsAttention: 0,
      });
      assert.equal(
        (await queue(handler, '?status=draft')).json().items.length,
        0,
        'drafts never, even asked',
      );
      assert.equal((await queue(handler, '?status=nonsense')).statusCode, 400);
      assert.deepEqual(refsOf((await queue(handler, '?assignee=me')).json()), [
        rows.waiting?.ref,
        rows.today?.ref,
      ]);
      assert.deepEqual(refsOf((await queue(socialWorker, '?assignee=me')).json()), [rows.withdrawn?.ref]);
      assert.deepEqual(refsOf((await queue(supervisor, `?assignee=${handler.id}`)).json()), [
        rows.waiting?.ref,
        rows.today?.ref,
      ]);
      assert.equal((await queue(handler, '?assignee=unassigned')).json().items.length, 5);
      assert.equal((await queue(handler, '?assignee=someone')).statusCode, 400);
      assert.deepEqual(refsOf((await queue(handler, '?overdue=true')).json()), [
        rows.overdue?.ref,
        rows.waiting?.ref,
      ]);
      assert.deepEqual(refsOf((await queue(handler, '?urgent=true')).json()), [
        rows.waiting?.ref,
        rows.today?.ref,
      ]);
      assert.deepEqual(refsOf((await queue(handler, '?urgent=true&assignee=me&overdue=true')).json()), [
        rows.waiting?.ref,
      ]);
    });

    test('listApplications: q by reference number (exact or prefix) and by name', async () => {
      assert.deepEqual(refsOf((await queue(handler, `?q=${rows.today?.ref}`)).json()), [rows.today?.ref]);
      assert.equal((await queue(handler, '?q=ts-2026-00000')).json().items.length, 8);
      const byFirst = (await queue(handler, `?q=${anna.firstName.toLowerCase()}`)).json();
      assert.deepEqual(new Set(refsOf(byFirst)), new Set([rows.today?.ref, rows.withdrawn?.ref]));
      assert.equal(byFirst.counts.all, 2);
      const byLast = (await queue(handler, `?q=${encodeURIComponent(anna.lastName)}`)).json();
      assert.equal(byLast.items.length, 5, 'Anna and Jukka Öhman');
      for (const typed of ['ohman', 'OHMAN', 'öhMan']) {
        const folded = (await queue(handler, `?q=${encodeURIComponent(typed)}`)).json();
        assert.equal(folded.items.length, 5, `${typed}: case and accents do not matter`);
      }
      const full = (
        await queue(handler, `?q=${encodeURIComponent(`${matti.firstName} ${matti.lastName}`)}`)
      ).json();
      assert.deepEqual(refsOf(full), [rows.decided?.ref, rows.overdue?.ref, rows.waiting?.ref]);
      assert.equal(
        (await queue(handler, '?q=%25')).json().items.length,
        0,
        'LIKE wildcards are taken literally',
      );
      const audited = await t.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('action', '=', 'application.search_by_identity_code')
        .execute();
      assert.equal(audited.length, 0, 'only a search by identity code is audited');
    });

    test('listApplications: every application a page shows is audited as a read of its person’s data', async () => {
      const response = await queue(supervisor, `?q=${encodeURIComponent(anna.lastName)}&limit=3`);
      const page = response.json();
      const shown = page.items.map((item: { id: string }) => item.id);
      assert.equal(shown.length, 3);
      const rows = await t.database.db
        .selectFrom('audit_event')
        .select(['actor_type', 'actor_id', 'subject_person_id', 'object_id', 'details'])
        .where('action', '=', 'application.list_read')
        .where('request_id', '=', String(response.headers['x-request-id']))
        .execute();
      assert.deepEqual(rows.map((row) => row.object_id).sort(), [...shown].sort());
      for (const row of rows) {
        assert.equal(row.actor_type, 'staff');
        assert.equal(row.actor_id, supervisor.id);
        const owner = await t.database.db
          .selectFrom('application')
          .select('person_id')
          .where('id', '=', row.object_id ?? '')
          .executeTakeFirstOrThrow();
        assert.equal(row.subject_person_id, owner.person_id, 'the person whose application it is');
        assert.deepEqual(typeof row.details === 'string' ? JSON.parse(row.details) : row.details, {
          search: 'text',
        });
      }
    });

    test('listApplications: q by personal identity code finds the person’s cases and is audited without the code', async () => {
      const response = await queue(
        handler,
        `?q=${encodeURIComponent(matti.personalIdentityCode.toLowerCase())}`,
      );
      assert.equal(response.statusCode, 200);
      assert.deepEqual(refsOf(response.json()), [rows.decided?.ref, rows.overdue?.ref, rows.waiting?.ref]);
      const unknownCode = makePersonalIdentityCode('1990-01-01', 555);
      const nobody = await queue(handler, `?q=${unknownCode}`);
      assert.equal(nobody.statusCode, 200);
      assert.equal(nobody.json().items.length, 0);
      const audit = await t.database.db
        .selectFrom('audit_event')
        .select(['actor_type', 'actor_id', 'subject_person_id', 'details'])
        .where('action', '=', 'application.search_by_identity_code')
        .orderBy('seq')
        .execute();
      assert.equal(audit[0]?.actor_type, 'staff');
      assert.equal(audit[0]?.actor_id, handler.id);
      assert.equal(audit[0]?.subject_person_id, people[matti.personalIdentityCode]);
      assert.ok(!JSON.stringify(audit).includes(matti.personalIdentityCode), 'the code is never written');
      assert.equal(audit.length, 2);
      assert.equal(audit[1]?.subject_person_id, null, 'nobody has that code');
      assert.ok(!JSON.stringify(audit).includes(unknownCode));
    });

    test('listApplications: paging walks every row once in due-date order (keyset cursor)', async () => {
      const all = refsOf((await queue(handler)).json());
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await queue(handler, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(response.statusCode, 200);
        const body = response.json();
        seen.push(...refsOf(body));
        assert.deepEqual(body.counts.all, 8, 'counts do not depend on the page');
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      assert.equal(pages, 3);
      assert.deepEqual(seen, all);
      assert.equal((await queue(handler, '?cursor=bogus')).statusCode, 400);
    });

    test('listApplications: paging by one keeps rows apart that arrived within the same millisecond', async () => {
      // Imported or written by SQL, arrival times may carry microseconds, which a JavaScript Date would drop.
      const ids = (await queue(handler)).json().items.map((item: { id: string }) => item.id) as string[];
      const original = await t.database.db
        .selectFrom('application')
        .select(['id', 'submitted_at', 'due_date'])
        .where('id', 'in', ids)
        .execute();
      try {
        for (const [index, id] of ids.entries()) {
          await sql`update application set due_date = '2026-12-01',
            submitted_at = '2026-11-20T10:00:00.123456Z'::timestamptz + ${index} * interval '1 microsecond'
            where id = ${id}`.execute(t.database.db);
        }
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const response = await queue(handler, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
          const body: { items: { id: string }[]; nextCursor: string | null } = response.json();
          seen.push(...body.items.map((item) => item.id));
          cursor = body.nextCursor;
        } while (cursor && seen.length <= ids.length);
        assert.deepEqual(seen, ids, 'each once, in order of arrival');
      } finally {
        for (const row of original) {
          await t.database.db
            .updateTable('application')
            .set({ submitted_at: row.submitted_at, due_date: row.due_date })
            .where('id', '=', row.id)
            .execute();
        }
      }
    });

    test('getApplication: the case with ETag, audited read with subject, openedBy; drafts 404', async () => {
      const id = rows.today?.id ?? '';
      const first = await call(t, handler, 'GET', `${QUEUE}/${id}`);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers.etag, `"${id}:1"`);
      assert.equal(first.headers['cache-control'], 'no-store');
      const body = first.json();
      assert.equal(body.referenceNumber, rows.today?.ref);
      assert.equal(body.dueDate, '2026-11-25');
      assert.equal(body.dueState, 'due_today');
      assert.deepEqual(body.assignee, { id: handler.id, firstName: 'Hanna', lastName: 'Käsittelijä' });
      assert.deepEqual(body.attachments, []);
      assert.deepEqual(
        body.openedBy.map((o: { id: string }) => o.id),
        [handler.id],
      );
      t.clock.advance(60_000);
      await call(t, supervisor, 'GET', `${QUEUE}/${id}`);
      const again = (await call(t, handler, 'GET', `${QUEUE}/${id}`)).json();
      assert.deepEqual(
        again.openedBy.map((o: { id: string }) => o.id),
        [handler.id, supervisor.id],
      );
      const audit = await t.database.db
        .selectFrom('audit_event')
        .select(['actor_id', 'subject_person_id'])
        .where('action', '=', 'application.read')
        .where('object_id', '=', id)
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.actor_id),
        [handler.id, supervisor.id, handler.id],
      );
      assert.ok(audit.every((a) => a.subject_person_id === people[anna.personalIdentityCode]));
      assert.equal((await call(t, handler, 'GET', `${QUEUE}/${rows.draft?.id}`)).statusCode, 404);
      assert.equal((await assign(handler, rows.draft?.id ?? '', handler.id)).statusCode, 404);
      assert.equal(
        (await call(t, handler, 'GET', `${QUEUE}/00000000-0000-4000-8000-000000000000`)).statusCode,
        404,
      );
    });

    test('a citizen’s sent application: full content and status history with actors', async () => {
      const anni = await signIn(t, { personalIdentityCode: demoCitizens[3]?.personalIdentityCode ?? '' });
      const draft = await completeDraft(t, anni, '2026-11');
      const sent = await call(t, anni, 'POST', `/api/v1/my/applications/${draft.id}/submit`, {
        headers: { 'if-match': draft.etag },
      });
      assert.equal(sent.statusCode, 200, sent.body);
      const taken = await assign(handler2, draft.id, handler2.id);
      assert.equal(taken.statusCode, 200, taken.body);
      const body = taken.json();
      assert.equal(body.status, 'in_processing');
      assert.equal(body.content.applicant.personalIdentityCode, demoCitizens[3]?.personalIdentityCode);
      assert.deepEqual(
        body.statusHistory.map(
          (h: { status: string; actor: { type: string; staff: { id: string } | null } }) => [
            h.status,
            h.actor.type,
            h.actor.staff?.id ?? null,
          ],
        ),
        [
          ['draft', 'person', null],
          ['submitted', 'person', null],
          ['in_processing', 'staff', handler2.id],
        ],
      );
    });

    test('assignApplication: take, first assignment starts the handling (history + audit), release, give', async () => {
      const id = rows.later1?.id ?? '';
      const read = await call(t, socialWorker, 'GET', `${QUEUE}/${id}`);
      const taken = await assign(socialWorker, id, socialWorker.id, {
        'if-match': String(read.headers.etag),
      });
      assert.equal(taken.statusCode, 200, taken.body);
      assert.equal(taken.headers.etag, `"${id}:2"`);
      assert.equal(taken.json().status, 'in_processing');
      assert.deepEqual(taken.json().assignee, {
        id: socialWorker.id,
        firstName: 'Sami',
        lastName: 'Sosiaalityöntekijä',
      });
      const history = await t.database.db
        .selectFrom('application_status_history')
        .select(['status', 'previous_status', 'actor_type', 'actor_id'])
        .where('application_id', '=', id)
        .execute();
      assert.deepEqual(history, [
        {
          status: 'in_processing',
          previous_status: 'submitted',
          actor_type: 'staff',
          actor_id: socialWorker.id,
        },
      ]);
      const actions = await t.database.db
        .selectFrom('audit_event')
        .select(['action', 'subject_person_id'])
        .where('object_id', '=', id)
        .where('action', 'in', ['application.assign', 'application.status_change'])
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        actions.map((a) => a.action),
        ['application.assign', 'application.status_change'],
      );
      assert.ok(actions.every((a) => a.subject_person_id === people[jukka.personalIdentityCode]));

      // Others may not take it over; the holder may give it to a colleague or release it.
      assert.equal((await assign(handler, id, handler.id)).statusCode, 403);
      assert.equal((await assign(handler, id, null)).statusCode, 403);
      const given = await assign(socialWorker, id, handler.id);
      assert.equal(given.statusCode, 200);
      assert.equal(given.json().assignee.id, handler.id);
      const released = await assign(handler, id, null);
      assert.equal(released.statusCode, 200);
      assert.equal(released.json().assignee, null);
      assert.equal(released.json().status, 'in_processing', 'a release does not change the status');
      const statuses = await t.database.db
        .selectFrom('application_status_history')
        .select('status')
        .where('application_id', '=', id)
        .execute();
      assert.equal(statuses.length, 1, 'only the first assignment changes the status');
      // An unassigned case may not be given to someone else by a handler.
      assert.equal((await assign(handler, id, socialWorker.id)).statusCode, 403);
    });

    test('assignApplication: a supervisor reassigns anything; the target must be an active handling staff user', async () => {
      const id = rows.later2?.id ?? '';
      assert.equal((await assign(handler, id, handler.id)).statusCode, 200);
      assert.equal((await assign(handler2, id, handler2.id)).statusCode, 403);
      const reassigned = await assign(supervisor, id, handler2.id);
      assert.equal(reassigned.statusCode, 200);
      assert.equal(reassigned.json().assignee.id, handler2.id);
      for (const target of [admin.id, auditor.id, inactiveId, '00000000-0000-4000-8000-000000000000']) {
        const refused = await assign(supervisor, id, target);
        assert.equal(refused.statusCode, 400, target);
        assert.equal(refused.json().errors[0].path, 'staffId');
      }
      assert.equal((await assign(supervisor, id, null)).statusCode, 200);
      assert.equal(
        (await call(t, supervisor, 'POST', `${QUEUE}/${id}/assignment`, { payload: { staffId: 'x' } }))
          .statusCode,
        400,
      );
    });

    test('assignApplication: 412 on a stale If-Match, 409 once decided or withdrawn', async () => {
      const id = rows.later3?.id ?? '';
      const read = await call(t, handler, 'GET', `${QUEUE}/${id}`);
      const etag = String(read.headers.etag);
      assert.equal((await assign(socialWorker, id, socialWorker.id, { 'if-match': etag })).statusCode, 200);
      const stale = await assign(supervisor, id, handler.id, { 'if-match': etag });
      assert.equal(stale.statusCode, 412);
      const row = await t.database.db
        .selectFrom('application')
        .select('assignee_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(row.assignee_id, socialWorker.id, 'the second change is not applied');
      for (const closed of [rows.decided, rows.withdrawn]) {
        const refused = await assign(supervisor, closed?.id ?? '', supervisor.id);
        assert.equal(refused.statusCode, 409);
      }
    });

    test('overdue follows the date in Helsinki (ManualClock)', async () => {
      // 2026-12-01 22:30 UTC is already 2 December in Helsinki: the cases due on 1 December are overdue.
      t.clock.set('2026-12-01T22:30:00Z');
      const fresh = await signIn(t, { username: 'handler' });
      const body = (await queue(fresh, '?overdue=true')).json();
      assert.ok(refsOf(body).includes(rows.later1?.ref ?? ''));
      assert.ok(refsOf(body).includes(rows.later2?.ref ?? ''));
      assert.equal(body.counts.overdue, body.items.length);
      assert.ok(body.items.every((i: { dueState: string }) => i.dueState === 'overdue'));
      t.clock.set('2026-12-01T21:30:00Z');
      const before = (await queue(fresh, '?overdue=true')).json();
      assert.ok(!refsOf(before).includes(rows.later1?.ref ?? ''), 'still 1 December in Helsinki');
      const due = (await queue(fresh, `?q=${rows.later1?.ref}`)).json();
      assert.equal(due.items[0].dueState, 'due_today');
    });
  });
}
