// Retention: the plan over the API, the monthly destruction list (only cases past retention, once a month), its
// approval by an archivist only, and what destruction leaves: no rows, no files, a record without content, and an
// audit trail that still verifies. Time moves with the test app's clock.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { verifyAuditChain } from '../src/audit/audit-verify.ts';
import { runHousekeeping } from '../src/jobs/housekeeping.ts';
import { proposeDestructionList } from '../src/retention/destruction-lists.ts';
import {
  APPLICATIONS,
  call,
  completeDraft,
  insertApplication,
  signInAgain,
  useCaller,
} from './helpers/applications.ts';
import { pdfFile, storedFiles, upload, useTestAppWithFiles } from './helpers/attachments.ts';
import { approvalOf } from './helpers/cases.ts';
import { matti } from './helpers/demo-citizens.ts';
import { databaseBackends } from './helpers/test-database.ts';

const LISTS = '/api/v1/destruction-lists';
const quiet = { info() {}, warn() {}, error() {} };

for (const backend of databaseBackends) {
  describe(`retention (${backend})`, () => {
    const t = useTestAppWithFiles(backend);
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    const handler = useCaller(t, { username: 'handler' });
    const archivist = useCaller(t, { username: 'archivist' });
    const admin = useCaller(t, { username: 'admin' });
    const auditor = useCaller(t, { username: 'auditor' });
    const payer = useCaller(t, { username: 'payer' });
    const everyone = [citizen, handler, archivist, admin, auditor, payer];
    const cases = { old: '', recent: '' };
    let oldFileKey = '';
    let listId = '';

    /** The citizen's application with a PDF attachment, sent, taken and approved by the handler: its id. */
    async function decidedCaseWithFile(fileText: string, month: string): Promise<string> {
      const draft = await completeDraft(t, citizen, month);
      const uploaded = await upload(t, citizen, draft.id, {
        name: 'tiliote.pdf',
        type: 'application/pdf',
        content: pdfFile(fileText),
      });
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const current = await call(t, citizen, 'GET', `${APPLICATIONS}/${draft.id}`);
      const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${draft.id}/submit`, {
        headers: { 'if-match': String(current.headers.etag) },
      });
      assert.equal(sent.statusCode, 200, sent.body);
      const taken = await call(t, handler, 'POST', `/api/v1/applications/${draft.id}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      const decided = await call(t, handler, 'POST', `/api/v1/applications/${draft.id}/decision`, {
        payload: approvalOf(month),
      });
      assert.equal(decided.statusCode, 201, decided.body);
      return draft.id;
    }

    test('a case closed 10 years and a day ago is proposed; one closed 9 years and 9 months ago is not', async () => {
      // Closed on 25 November 2026 (the app's clock) …
      cases.old = await decidedCaseWithFile('old', '2026-11');
      const file = await t.database.db
        .selectFrom('attachment')
        .select('storage_key')
        .where('application_id', '=', cases.old)
        .executeTakeFirstOrThrow();
      oldFileKey = file.storage_key;
      // … and on 20 February 2027 (for December 2026, the last month with assistance parameters).
      t.clock.set('2027-02-20T10:00:00Z');
      await signInAgain(t, everyone);
      cases.recent = await decidedCaseWithFile('recent', '2026-12');

      t.clock.set('2036-11-26T10:00:00Z');
      await signInAgain(t, everyone);
      assert.equal(await proposeDestructionList(t.database.db, t.clock.now()), 1);
      const lists = await call(t, archivist, 'GET', LISTS);
      assert.equal(lists.statusCode, 200, lists.body);
      assert.equal(lists.json().items.length, 1);
      const [summary] = lists.json().items;
      assert.equal(summary.period, '2036-11');
      assert.equal(summary.status, 'proposed');
      listId = summary.id;
      const list = await call(t, archivist, 'GET', `${LISTS}/${listId}`);
      assert.equal(list.statusCode, 200, list.body);
      const items = list.json().items;
      assert.deepEqual(
        items.map((item: { applicationId: string }) => item.applicationId),
        [cases.old],
      );
      assert.equal(items[0].closedOn, '2026-11-25');
      assert.equal(items[0].destroyAfter, '2036-11-25');
      assert.equal(items[0].counts.application, 1);
      assert.equal(items[0].counts.attachment, 1);
      assert.equal(items[0].counts.decision, 1);
      assert.equal(items[0].outcome, null);
    });

    test('the monthly job makes one list a month, however often and in however many processes it runs', async () => {
      assert.deepEqual(
        await Promise.all([
          proposeDestructionList(t.database.db, t.clock.now()),
          proposeDestructionList(t.database.db, t.clock.now()),
        ]),
        [0, 0],
      );
      const removed = await runHousekeeping({ db: t.database.db, clock: t.clock, log: quiet });
      assert.equal(removed.destruction_list, 0);
      const rows = await t.database.db.selectFrom('destruction_list').select('id').execute();
      assert.equal(rows.length, 1);
    });

    test('only an archivist reads and approves destruction lists', async () => {
      for (const caller of [citizen, handler, admin, auditor, payer]) {
        assert.equal((await call(t, caller, 'GET', LISTS)).statusCode, 403);
        assert.equal((await call(t, caller, 'GET', `${LISTS}/${listId}`)).statusCode, 403);
        assert.equal((await call(t, caller, 'POST', `${LISTS}/${listId}/approval`)).statusCode, 403);
        assert.equal((await call(t, caller, 'GET', '/api/v1/destruction-records')).statusCode, 403);
      }
      assert.equal((await call(t, undefined, 'GET', LISTS)).statusCode, 401);
      const list = await t.database.db
        .selectFrom('destruction_list')
        .select('status')
        .where('id', '=', listId)
        .executeTakeFirstOrThrow();
      assert.equal(list.status, 'proposed');
    });

    test('the archivist approves: rows and files gone, a record without content kept, the audit trail verifies', async () => {
      const stale = await call(t, archivist, 'POST', `${LISTS}/${listId}/approval`, {
        headers: { 'if-match': `"${listId}:0"` },
      });
      assert.equal(stale.statusCode, 412, stale.body);
      const read = await call(t, archivist, 'GET', `${LISTS}/${listId}`);
      const approved = await call(t, archivist, 'POST', `${LISTS}/${listId}/approval`, {
        headers: { 'if-match': String(read.headers.etag) },
      });
      assert.equal(approved.statusCode, 200, approved.body);
      const body = approved.json();
      assert.equal(body.status, 'approved');
      assert.equal(body.approvedBy.id, archivist.id);
      assert.equal(body.items[0].outcome, 'destroyed');

      const db = t.database.db;
      for (const table of ['application', 'attachment', 'decision', 'payment'] as const) {
        const column = table === 'application' ? 'id' : 'application_id';
        const left = await db.selectFrom(table).select(column).where(column, '=', cases.old).execute();
        assert.equal(left.length, 0, `${table} rows of the destroyed case`);
      }
      assert.ok(
        await db.selectFrom('application').select('id').where('id', '=', cases.recent).executeTakeFirst(),
      );
      const files = await storedFiles(t.filesDir);
      assert.ok(!files.some((path) => path.endsWith(oldFileKey)), 'the destroyed file is gone');
      assert.ok(files.length >= 1, 'the recent case keeps its file');

      const records = await call(t, archivist, 'GET', '/api/v1/destruction-records');
      assert.equal(records.statusCode, 200, records.body);
      const [record] = records.json().items;
      assert.equal(records.json().items.length, 1);
      assert.equal(record.applicationId, cases.old);
      assert.match(record.referenceNumber, /^TT-/);
      assert.equal(record.counts.attachment, 1);
      assert.equal(record.retentionYears, 10);
      assert.match(record.retentionBasis, /10 vuotta/);
      assert.equal(record.approvedBy.id, archivist.id);
      assert.ok(record.recordTypes.includes('decision'));
      assert.ok(!records.body.includes(matti.personalIdentityCode), 'no identity code');
      assert.ok(!records.body.includes('tiliote'), 'no file name');
      assert.ok(!records.body.includes(matti.firstName), 'no name');

      assert.deepEqual((await verifyAuditChain(db)).ok, true);
      const about = await db
        .selectFrom('audit_event')
        .select(['action'])
        .where('object_id', '=', cases.old)
        .execute();
      const actions = about.map((row) => row.action);
      assert.ok(actions.includes('application.destroy'));
      assert.ok(actions.length > 3, 'the earlier audit rows about the case stay');
      const approval = await db
        .selectFrom('audit_event')
        .select(['actor_id', 'actor_type'])
        .where('action', '=', 'destruction_list.approve')
        .executeTakeFirstOrThrow();
      assert.deepEqual(approval, { actor_id: archivist.id, actor_type: 'staff' });
    });

    test('approving again changes nothing', async () => {
      const again = await call(t, archivist, 'POST', `${LISTS}/${listId}/approval`);
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().status, 'approved');
      const records = await t.database.db.selectFrom('destruction_record').select('id').execute();
      assert.equal(records.length, 1);
    });

    test('the staff case view classifies attachments, decisions and letters', async () => {
      const response = await call(t, handler, 'GET', `/api/v1/applications/${cases.recent}`);
      assert.equal(response.statusCode, 200, response.body);
      const view = response.json();
      assert.deepEqual(view.attachments[0].retention, {
        recordType: 'attachment',
        publicity: 'secret',
        publicityBasis: 'Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista 812/2000, 14 §',
        personalData: true,
        retentionYears: 10,
        basis: view.attachments[0].retention.basis,
        destroyAfter: '2037-02-20',
      });
      assert.equal(view.decisions[0].retention.recordType, 'decision');
      assert.equal(view.decisions[0].letterRetention.recordType, 'letter');
      assert.equal(view.decisions[0].retention.destroyAfter, '2037-02-20');
    });

    test('the retention plan: archivists and admins read and change it, If-Match checked, audited', async () => {
      const plan = await call(t, archivist, 'GET', '/api/v1/retention-plan');
      assert.equal(plan.statusCode, 200, plan.body);
      const rules = plan.json().rules;
      assert.equal(rules.length, 6);
      assert.equal((await call(t, admin, 'GET', '/api/v1/retention-plan')).statusCode, 200);
      for (const caller of [citizen, handler, auditor, payer])
        assert.equal((await call(t, caller, 'GET', '/api/v1/retention-plan')).statusCode, 403);
      const message = rules.find((rule: { recordType: string }) => rule.recordType === 'message');
      const change = {
        publicity: 'secret',
        publicityBasis: message.publicityBasis,
        personalData: true,
        retentionYears: 12,
        basis: 'Kaupungin tiedonohjaussuunnitelma 2036',
      };
      const updated = await call(t, archivist, 'PUT', '/api/v1/retention-plan/message', {
        payload: change,
        headers: { 'if-match': message.etag },
      });
      assert.equal(updated.statusCode, 200, updated.body);
      assert.equal(updated.json().retentionYears, 12);
      const stale = await call(t, admin, 'PUT', '/api/v1/retention-plan/message', {
        payload: change,
        headers: { 'if-match': message.etag },
      });
      assert.equal(stale.statusCode, 412, stale.body);
      assert.equal(
        (await call(t, handler, 'PUT', '/api/v1/retention-plan/message', { payload: change })).statusCode,
        403,
      );
      const audit = await t.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('action', '=', 'retention_plan.update')
        .executeTakeFirstOrThrow();
      assert.match(JSON.stringify(audit.details), /"retentionYears":12/);
    });

    test('a case merged into one still open is kept until that one can go too', async () => {
      const db = t.database.db;
      const closed = async (
        referenceNumber: string,
        status: 'withdrawn' | 'closed_as_duplicate',
        into?: string,
      ) => {
        const id = await insertApplication(t, citizen.id, { referenceNumber });
        await db
          .updateTable('application')
          .set({ status, duplicate_of: into ?? null })
          .where('id', '=', id)
          .execute();
        await db
          .insertInto('application_status_history')
          .values({
            application_id: id,
            status,
            previous_status: 'submitted',
            changed_at: new Date('2020-01-15T10:00:00Z'),
            actor_type: 'system',
            actor_id: null,
          })
          .execute();
        return id;
      };
      const open = await insertApplication(t, citizen.id, { referenceNumber: 'TT-2020-000900' });
      const withdrawn = await closed('TT-2020-000901', 'withdrawn');
      const merged = await closed('TT-2020-000902', 'closed_as_duplicate', open);
      t.clock.set('2036-12-02T10:00:00Z');
      assert.equal(await proposeDestructionList(db, t.clock.now()), 1);
      const list = await db
        .selectFrom('destruction_list_case as c')
        .innerJoin('destruction_list as l', 'l.id', 'c.list_id')
        .select('c.application_id')
        .where('l.period', '=', '2036-12')
        .execute();
      const proposed = list.map((row) => row.application_id);
      assert.ok(proposed.includes(withdrawn));
      assert.ok(!proposed.includes(merged), 'tied to an open case');
      assert.ok(!proposed.includes(open));
      assert.ok(!proposed.includes(cases.recent), 'not past retention');
    });
  });
}
