// The daily payment batch proposed by the system, on both databases: nothing on a weekend, on a public holiday,
// before the configured hour or when nothing is due; from the hour on a working day one batch of the payments due
// by the day, with no staff maker and audited as the system, and never a second one that day (two runs, at once or
// one after the other, make one batch); a payment approver approves it and its file is valid against the schema.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { StaffActor } from '../src/applications/index.ts';
import { runHousekeeping } from '../src/jobs/housekeeping.ts';
import {
  approvePaymentBatch,
  dailyPaymentBatchTask,
  exportPaymentBatch,
  helsinkiHour,
  listPaymentsOfDecision,
  proposeDailyPaymentBatch,
  validatePaymentFile,
} from '../src/payments/index.ts';
import { samplePaymentBatch } from '../src/payments/sample.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { type Caller, call, signIn, useCaller } from './helpers/applications.ts';
import { decidedApplication } from './helpers/cases.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const debtor = samplePaymentBatch(0).debtor;
const silentLog = { info() {}, warn() {}, error() {} };

for (const backend of databaseBackends) {
  describe(`the daily payment batch (${backend})`, () => {
    const t = useTestApp(backend);
    const handler = useCaller(t, { username: 'handler' });
    const decisions: string[] = [];
    const db = () => t.database.db;
    const systemBatches = () =>
      db().selectFrom('payment_batch').selectAll().where('system_proposed_on', 'is not', null).execute();
    async function actor(username: string): Promise<StaffActor> {
      const staffUser = await db()
        .selectFrom('staff_user')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      return { staffUser, audit: { actor: { type: 'staff', id: staffUser.id }, requestId: null, ip: null } };
    }

    before(async () => {
      // Decided on Wednesday 25 November 2026: the payments are due on the next working day, Thursday the 26th.
      for (const person of demoCitizens.slice(0, 2)) {
        const citizen: Caller = await signIn(t, { personalIdentityCode: person.personalIdentityCode });
        decisions.push((await decidedApplication(t, citizen, handler)).decisionId);
        t.clock.advance(60_000);
      }
    });

    test('the Helsinki hour', () => {
      assert.equal(helsinkiHour(new Date('2026-11-26T03:59:00Z')), 5);
      assert.equal(helsinkiHour(new Date('2026-11-26T04:00:00Z')), 6);
      assert.equal(helsinkiHour(new Date('2026-06-15T03:00:00Z')), 6);
      assert.equal(helsinkiHour(new Date('2026-11-26T22:30:00Z')), 0);
    });

    test('nothing when nothing is due, on a weekend, on a holiday or before the hour', async () => {
      // Wednesday at noon: a working day after the hour, but nothing is due by that day.
      assert.equal(await proposeDailyPaymentBatch(db(), new Date('2026-11-25T10:30:00Z'), 6), 0);
      // Saturday and Sunday, with the payments due.
      assert.equal(await proposeDailyPaymentBatch(db(), new Date('2026-11-28T10:00:00Z'), 6), 0);
      assert.equal(await proposeDailyPaymentBatch(db(), new Date('2026-11-29T10:00:00Z'), 6), 0);
      // Christmas Day, a Friday.
      assert.equal(await proposeDailyPaymentBatch(db(), new Date('2026-12-25T10:00:00Z'), 6), 0);
      // Thursday 05:59 in Helsinki, before the hour 6; and before a later configured hour.
      assert.equal(await proposeDailyPaymentBatch(db(), new Date('2026-11-26T03:59:00Z'), 6), 0);
      assert.equal(await proposeDailyPaymentBatch(db(), new Date('2026-11-26T10:00:00Z'), 13), 0);
      assert.deepEqual(await systemBatches(), []);
      assert.equal((await db().selectFrom('payment_batch').selectAll().execute()).length, 0);
    });

    test('from the hour on a working day: one batch of the payments due, made by the system, once a day', async () => {
      const at = new Date('2026-11-26T04:00:00Z');
      // Two processes at once make one batch.
      const made = await Promise.all([
        proposeDailyPaymentBatch(db(), at, 6),
        proposeDailyPaymentBatch(db(), at, 6),
      ]);
      assert.deepEqual(
        made.sort((a, b) => a - b),
        [0, 1],
      );
      // Later the same day, through the housekeeping run: nothing more.
      const later = await runHousekeeping({
        db: db(),
        clock: { now: () => new Date('2026-11-26T12:00:00Z') },
        log: silentLog,
        tasks: [dailyPaymentBatchTask(6)],
      });
      assert.deepEqual(later, { daily_payment_batch: 0 });
      const batches = await systemBatches();
      assert.equal(batches.length, 1);
      const [batch] = batches;
      assert.ok(batch);
      assert.equal(batch.created_by, null);
      assert.equal(batch.system_proposed_on, '2026-11-26');
      assert.equal(batch.status, 'proposed');
      assert.equal(batch.execution_date, '2026-11-26');
      const payments = (await Promise.all(decisions.map((id) => listPaymentsOfDecision(db(), id)))).flat();
      assert.equal(payments.length, 2);
      assert.equal(batch.payments, 2);
      assert.equal(
        batch.control_sum_cents,
        payments.reduce((sum, payment) => sum + payment.amount_cents, 0),
      );
      const audit = await db()
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'payment_batch.propose')
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.actor_type, 'system');
      assert.equal(audit[0]?.actor_id, null);
      assert.equal(audit[0]?.object_id, batch.id);
      // The list shows it, with no maker.
      const listed = await call(t, handler, 'GET', '/api/v1/payment-batches');
      assert.equal(listed.statusCode, 200, listed.body);
      const [item] = listed.json().items;
      assert.equal(item.id, batch.id);
      assert.equal(item.createdBy, null);
      assert.equal(item.createdByName, '');
    });

    test('a payment approver approves the system batch, and its file is valid', async () => {
      const [batch] = await systemBatches();
      assert.ok(batch);
      const payer = await actor('payer');
      const now = new Date('2026-11-26T08:00:00Z');
      const approved = await approvePaymentBatch(db(), payer, batch.id, now);
      assert.equal(approved.status, 'approved');
      assert.equal(approved.approved_by, payer.staffUser.id);
      const exported = await exportPaymentBatch(db(), payer, { batchId: batch.id, debtor }, now);
      assert.deepEqual(await validatePaymentFile(exported.xml), { valid: true });
      assert.equal(exported.batch.status, 'exported');
      assert.match(exported.xml, /<NbOfTxs>2<\/NbOfTxs>/);
    });

    test('the next working day: a new batch only when something is due', async () => {
      assert.equal(await proposeDailyPaymentBatch(db(), new Date('2026-11-27T06:00:00Z'), 6), 0);
      assert.equal((await systemBatches()).length, 1);
    });
  });
}
