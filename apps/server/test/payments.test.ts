// Payments of decisions, on both databases: a decision that grants money creates the client's payment with the
// decision's amount and date; the payments due by a day are proposed as one batch; its approval is refused to a
// user without the payment approver role, to the batch's maker and to the maker of a decision in it; the approved
// batch is exported as a pain.001 file valid against the schema whose counts and sums are the payments'; the bank's
// pain.002 report is read in once (the same report again changes nothing) and an AC04 rejection marks its payment
// rejected, a rejected group all of the batch's; concurrent proposals never put a payment into two batches.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, test } from 'node:test';
import type { StaffRole } from '@tuki/domain';
import { sql } from 'kysely';
import type { StaffActor } from '../src/applications/index.ts';
import type { PaymentRow } from '../src/db/schema.ts';
import {
  approvePaymentBatch,
  createDecisionPayments,
  exportPaymentBatch,
  formatCents,
  importPaymentStatusReport,
  listPaymentsOfBatch,
  listPaymentsOfDecision,
  proposePaymentBatch,
  validatePaymentFile,
} from '../src/payments/index.ts';
import { addPaymentsToBatch } from '../src/payments/payments.repository.ts';
import { samplePaymentBatch } from '../src/payments/sample.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { Conflict, type DomainError, Forbidden, InvalidInput, Unprocessable } from '../src/shared/errors.ts';
import { type Caller, call, signIn, useCaller } from './helpers/applications.ts';
import { decidedApplication, rejectionForMissingInformation, sendApplication } from './helpers/cases.ts';
import { closedAccount, statusReport } from './helpers/payments.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const debtor = samplePaymentBatch(0).debtor;

/** A refusal of the given kind and code. */
const refusedWith =
  (kind: new (...args: never[]) => DomainError, code?: string) =>
  (error: unknown): boolean => {
    assert.ok(error instanceof kind, String(error));
    if (code !== undefined) assert.equal(error.code, code);
    return true;
  };

/** The text of every element `tag` in the XML. */
const allOf = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((match) => match[1]);

for (const backend of databaseBackends) {
  describe(`payments (${backend})`, () => {
    const t = useTestApp(backend);
    const handler = useCaller(t, { username: 'handler' });
    /** A social worker who is also a payment approver, and decides one of the cases. */
    let decidingApprover: Caller;
    const citizens: Caller[] = [];
    const decisions: string[] = [];
    let rejectedDecision = '';
    let batchId = '';

    const db = () => t.database.db;
    async function actor(username: string): Promise<StaffActor> {
      const staffUser = await db()
        .selectFrom('staff_user')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      return { staffUser, audit: { actor: { type: 'staff', id: staffUser.id }, requestId: null, ip: null } };
    }
    const auditRows = (action: string) =>
      db().selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('seq').execute();
    const paymentsOf = async (ids: readonly string[]) =>
      (await Promise.all(ids.map((id) => listPaymentsOfDecision(db(), id)))).flat();

    before(async () => {
      const now = t.clock.now();
      const staff: { username: string; name: [string, string]; roles: StaffRole[] }[] = [
        { username: 'payer2', name: ['Pekka', 'Maksaja'], roles: ['payment_approver'] },
        {
          username: 'payer3',
          name: ['Sirpa', 'Sosiaalimaksaja'],
          roles: ['social_worker', 'payment_approver'],
        },
      ];
      await db()
        .insertInto('staff_user')
        .values(
          staff.map(({ username, name: [first_name, last_name], roles }) => ({
            username,
            first_name,
            last_name,
            roles,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      decidingApprover = await signIn(t, { username: 'payer3' });
      for (const person of demoCitizens.slice(0, 4))
        citizens.push(await signIn(t, { personalIdentityCode: person.personalIdentityCode }));
      const [matti, anna, sanna, aleksi] = citizens as [Caller, Caller, Caller, Caller];
      for (const [citizen, decider] of [
        [matti, handler],
        [anna, handler],
        [sanna, decidingApprover],
      ] as const) {
        decisions.push((await decidedApplication(t, citizen, decider)).decisionId);
        t.clock.advance(60_000);
      }
      // A rejection grants nothing, so it pays nothing.
      const rejected = await sendApplication(t, aleksi);
      await call(t, handler, 'POST', `/api/v1/applications/${rejected}/assignment`, {
        payload: { staffId: handler.id },
      });
      const made = await call(t, handler, 'POST', `/api/v1/applications/${rejected}/decision`, {
        payload: rejectionForMissingInformation,
      });
      assert.equal(made.statusCode, 201, made.body);
      rejectedDecision = made.json().id;
    });

    test('a decision that grants money creates the client’s payment: amount, date, IBAN, reference', async () => {
      for (const decisionId of decisions) {
        const decision = await db()
          .selectFrom('decision as d')
          .innerJoin('application as a', 'a.id', 'd.application_id')
          .innerJoin('person as p', 'p.id', 'a.person_id')
          .select(['d.amount_cents', 'd.payment_date', 'a.id as application_id', 'a.reference_number'])
          .select(['p.first_name', 'p.last_name'])
          .where('d.id', '=', decisionId)
          .executeTakeFirstOrThrow();
        const payments = await listPaymentsOfDecision(db(), decisionId);
        assert.equal(payments.length, 1, 'one payment: the client’s (no landlord in the decision)');
        const [payment] = payments as [PaymentRow];
        assert.ok(decision.amount_cents > 0);
        assert.equal(payment.amount_cents, decision.amount_cents);
        assert.equal(payment.due_date, decision.payment_date);
        assert.equal(payment.application_id, decision.application_id);
        assert.equal(payment.payee_kind, 'client');
        assert.equal(payment.payee_name, `${decision.first_name} ${decision.last_name}`);
        assert.equal(payment.iban, 'FI2112345600000785');
        assert.equal(payment.remittance, `${decision.reference_number} 2026-11`);
        assert.equal(payment.status, 'proposed');
        assert.equal(payment.batch_id, null);
        assert.match(payment.end_to_end_id, /^TUKI-P-\d{12}$/);
      }
      assert.deepEqual(await listPaymentsOfDecision(db(), rejectedDecision), []);
      const payments = await paymentsOf(decisions);
      assert.equal(new Set(payments.map((payment) => payment.end_to_end_id)).size, 3);
      const audits = await auditRows('payment.create');
      assert.deepEqual(
        audits.map((row) => row.object_id),
        payments.map((payment) => payment.id),
      );
      assert.ok(audits.every((row) => row.outcome === 'success' && row.actor_type === 'staff'));
    });

    test('no payment without a valid IBAN: the audit row says so, for a payment by hand', async () => {
      const decisionId = decisions[0] ?? '';
      const application = await db()
        .selectFrom('decision as d')
        .innerJoin('application as a', 'a.id', 'd.application_id')
        .select(['a.id', 'a.person_id'])
        .where('d.id', '=', decisionId)
        .executeTakeFirstOrThrow();
      const payer = await actor('payer');
      const input = {
        decisionId,
        applicationId: application.id,
        personId: application.person_id,
        referenceNumber: 'TT-2026-000001',
        month: '2026-11',
        amountCents: 10_000,
        paymentDate: '2026-11-26',
        client: { name: 'Matti Meikäläinen', iban: 'FI21 1234 5600 0007 86' },
      };
      const made = await createDecisionPayments(db(), payer.audit, input, t.clock.now());
      assert.deepEqual(made, []);
      assert.deepEqual(
        await createDecisionPayments(
          db(),
          payer.audit,
          { ...input, amountCents: 0, paymentDate: null },
          t.clock.now(),
        ),
        [],
      );
      const failures = (await auditRows('payment.create')).filter((row) => row.outcome === 'failure');
      assert.equal(failures.length, 1, 'nothing is audited when nothing is granted');
      assert.equal(failures[0]?.object_id, input.applicationId);
      assert.deepEqual(failures[0]?.details, { decisionId, reason: 'iban_checksum' });
    });

    test('a batch of every payment due by the date; nothing left then 409; the roles', async () => {
      const payer = await actor('payer');
      await assert.rejects(
        proposePaymentBatch(db(), await actor('admin'), { dueBy: '2026-11-30' }, t.clock.now()),
        refusedWith(Forbidden, 'payment-role-required'),
      );
      await assert.rejects(
        proposePaymentBatch(db(), payer, { dueBy: '30.11.2026' }, t.clock.now()),
        refusedWith(InvalidInput),
      );
      // The payments are due on the working day after the decisions.
      await assert.rejects(
        proposePaymentBatch(db(), payer, { dueBy: '2026-11-25' }, t.clock.now()),
        refusedWith(Conflict, 'nothing-to-pay'),
      );
      const proposed = await proposePaymentBatch(db(), payer, { dueBy: '2026-11-30' }, t.clock.now());
      batchId = proposed.batch.id;
      const payments = await paymentsOf(decisions);
      const sum = payments.reduce((total, payment) => total + payment.amount_cents, 0);
      assert.equal(proposed.batch.status, 'proposed');
      assert.equal(proposed.batch.payments, 3);
      assert.equal(proposed.batch.control_sum_cents, sum);
      assert.equal(proposed.batch.execution_date, '2026-11-30');
      assert.match(proposed.batch.message_id, /^TUKI-PB-\d{10}$/);
      assert.deepEqual(
        proposed.payments.map((payment) => payment.id).sort(),
        payments.map((payment) => payment.id).sort(),
      );
      for (const payment of payments) {
        assert.equal(payment.batch_id, batchId);
        assert.equal(payment.status, 'in_batch');
      }
      const [audit] = await auditRows('payment_batch.propose');
      assert.equal(audit?.object_id, batchId);
      assert.equal(audit?.actor_id, payer.staffUser.id);
      assert.deepEqual(audit?.details, {
        messageId: proposed.batch.message_id,
        dueBy: '2026-11-30',
        executionDate: '2026-11-30',
        payments: 3,
        controlSumCents: sum,
        paymentIds: proposed.payments.map((payment) => payment.id),
      });
      await assert.rejects(
        proposePaymentBatch(db(), await actor('handler'), { dueBy: '2026-12-31' }, t.clock.now()),
        refusedWith(Conflict, 'nothing-to-pay'),
      );
    });

    test('approval: refused without the role, to the batch’s maker and to a decision’s maker', async () => {
      const now = t.clock.now();
      for (const username of ['handler', 'admin', 'auditor'])
        await assert.rejects(
          approvePaymentBatch(db(), await actor(username), batchId, now),
          refusedWith(Forbidden, 'payment-role-required'),
          username,
        );
      await assert.rejects(
        approvePaymentBatch(db(), await actor('payer'), batchId, now),
        (error) =>
          refusedWith(Forbidden, 'cannot-approve-own-batch')(error) &&
          /another payment approver/.test((error as Error).message),
      );
      await assert.rejects(
        approvePaymentBatch(db(), await actor('payer3'), batchId, now),
        (error) =>
          refusedWith(Forbidden, 'cannot-approve-own-decision')(error) &&
          /You made a decision paid in this batch/.test((error as Error).message),
      );
      // The database refuses the maker as the approver too.
      await assert.rejects(
        sql`update payment_batch set status = 'approved', approved_by = created_by, approved_at = now()
            where id = ${batchId}`.execute(db()),
        /check constraint/,
      );
      await assert.rejects(
        exportPaymentBatch(db(), await actor('payer2'), { batchId, debtor }, now),
        refusedWith(Conflict, 'payment-batch-not-approved'),
      );
      const approver = await actor('payer2');
      const approved = await approvePaymentBatch(db(), approver, batchId, now);
      assert.equal(approved.status, 'approved');
      assert.equal(approved.approved_by, approver.staffUser.id);
      await assert.rejects(
        approvePaymentBatch(db(), approver, batchId, now),
        refusedWith(Conflict, 'payment-batch-not-proposed'),
      );
      const audits = await auditRows('payment_batch.approve');
      assert.equal(audits.length, 1);
      assert.equal(audits[0]?.actor_id, approver.staffUser.id);
    });

    test('export: a pain.001 file valid against the schema, its counts and sums those of the payments', async () => {
      const now = t.clock.now();
      await assert.rejects(
        exportPaymentBatch(db(), await actor('handler'), { batchId, debtor }, now),
        refusedWith(Forbidden, 'payment-role-required'),
      );
      const exported = await exportPaymentBatch(db(), await actor('payer'), { batchId, debtor }, now);
      assert.deepEqual(await validatePaymentFile(exported.xml), { valid: true });
      const payments = await listPaymentsOfBatch(db(), batchId);
      const sum = payments.reduce((total, payment) => total + payment.amount_cents, 0);
      assert.deepEqual(allOf(exported.xml, 'MsgId'), [exported.batch.message_id]);
      assert.deepEqual(allOf(exported.xml, 'NbOfTxs'), ['3', '3']);
      assert.deepEqual(allOf(exported.xml, 'CtrlSum'), [formatCents(BigInt(sum)), formatCents(BigInt(sum))]);
      assert.deepEqual(
        allOf(exported.xml, 'EndToEndId'),
        payments.map((payment) => payment.end_to_end_id),
      );
      assert.deepEqual(
        allOf(exported.xml, 'InstdAmt'),
        payments.map((payment) => formatCents(BigInt(payment.amount_cents))),
      );
      assert.deepEqual(
        allOf(exported.xml, 'Ustrd'),
        payments.map((payment) => payment.remittance),
      );
      assert.deepEqual(allOf(exported.xml, 'Dt'), ['2026-11-30']);
      assert.ok(payments.every((payment) => payment.status === 'sent'));
      const stored = await db()
        .selectFrom('payment_batch')
        .selectAll()
        .where('id', '=', batchId)
        .executeTakeFirstOrThrow();
      assert.equal(stored.status, 'exported');
      assert.equal(stored.file_xml, exported.xml);
      assert.equal(stored.file_sha256, createHash('sha256').update(exported.xml).digest('hex'));
      const [audit] = await auditRows('payment_batch.export');
      assert.deepEqual(audit?.details, {
        messageId: stored.message_id,
        payments: 3,
        controlSumCents: sum,
        sha256: stored.file_sha256,
      });
      await assert.rejects(
        exportPaymentBatch(db(), await actor('payer'), { batchId, debtor }, now),
        refusedWith(Conflict, 'payment-batch-not-approved'),
      );
    });

    test('the status report: AC04 rejects its payment; the same report again changes nothing', async () => {
      const payments = await listPaymentsOfBatch(db(), batchId);
      const [first, second, third] = payments as [PaymentRow, PaymentRow, PaymentRow];
      const batch = await db()
        .selectFrom('payment_batch')
        .select('message_id')
        .where('id', '=', batchId)
        .executeTakeFirstOrThrow();
      const xml = statusReport({
        messageId: 'STS-20261127-0001',
        originalMessageId: batch.message_id,
        groupStatus: 'PART',
        transactions: [
          { endToEndId: first.end_to_end_id, status: 'ACSC' },
          {
            endToEndId: second.end_to_end_id,
            status: 'RJCT',
            reason: closedAccount,
          },
          { endToEndId: third.end_to_end_id, status: 'PDNG' },
        ],
      });
      const now = t.clock.now();
      await assert.rejects(
        importPaymentStatusReport(db(), await actor('handler'), xml, now),
        refusedWith(Forbidden, 'payment-role-required'),
      );
      const payer = await actor('payer');
      const imported = await importPaymentStatusReport(db(), payer, xml, now);
      assert.deepEqual(imported, {
        batchId,
        messageId: 'STS-20261127-0001',
        alreadyImported: false,
        accepted: 1,
        rejected: 1,
        pending: 1,
        unmatched: [],
      });
      const marked = await listPaymentsOfBatch(db(), batchId);
      assert.deepEqual(
        marked.map((payment) => [payment.status, payment.rejection_code, payment.rejection_reason]),
        [
          ['accepted', null, null],
          ['rejected', 'AC04', 'AC04 Account closed'],
          ['sent', null, null],
        ],
      );

      t.clock.advance(300_000);
      const again = await importPaymentStatusReport(db(), payer, xml, t.clock.now());
      assert.deepEqual(again, { ...imported, alreadyImported: true });
      assert.deepEqual(await listPaymentsOfBatch(db(), batchId), marked, 'the payments are as they were');
      const reports = await db().selectFrom('payment_status_report').selectAll().execute();
      assert.equal(reports.length, 1);
      assert.equal(reports[0]?.sha256, createHash('sha256').update(xml).digest('hex'));
      const audits = await auditRows('payment_status_report.import');
      assert.deepEqual(
        audits.map((row) => (row.details as { alreadyImported: boolean }).alreadyImported),
        [false, true],
      );

      await assert.rejects(
        importPaymentStatusReport(
          db(),
          payer,
          statusReport({
            messageId: 'STS-20261127-0002',
            originalMessageId: 'TUKI-PB-9999999999',
            groupStatus: 'ACCP',
            transactions: [],
          }),
          now,
        ),
        refusedWith(Unprocessable, 'status-report-unknown-batch'),
      );
    });

    test('concurrent proposals never put a payment into two batches; a rejected group rejects them all', async (context) => {
      const [matti, anna, sanna] = citizens as [Caller, Caller, Caller];
      const fresh: string[] = [];
      for (const citizen of [matti, anna, sanna, matti])
        fresh.push((await decidedApplication(t, citizen, handler)).decisionId);
      const waiting = await paymentsOf(fresh);
      assert.equal(waiting.length, 4);
      const proposers = await Promise.all(['payer', 'handler', 'payer3', 'supervisor'].map(actor));
      const now = t.clock.now();
      const results = await Promise.allSettled(
        proposers.map((proposer) => proposePaymentBatch(db(), proposer, { dueBy: '2026-12-31' }, now)),
      );
      const made = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      for (const result of results)
        if (result.status === 'rejected') refusedWith(Conflict, 'nothing-to-pay')(result.reason);
      assert.ok(made.length >= 1, 'one batch at least');
      context.diagnostic(
        `${made.length} of ${results.length} concurrent proposals made a batch: ${made.map((m) => m.payments.length).join(' + ')} payments`,
      );
      const batched = made.flatMap((proposal) => proposal.payments.map((payment) => payment.id));
      assert.equal(new Set(batched).size, batched.length, 'no payment twice');
      assert.deepEqual(
        [...batched].sort(),
        waiting.map((payment) => payment.id).sort(),
        'every payment once',
      );
      for (const proposal of made) {
        const rows = await listPaymentsOfBatch(db(), proposal.batch.id);
        assert.deepEqual(
          rows.map((row) => row.id).sort(),
          proposal.payments.map((payment) => payment.id).sort(),
        );
        assert.equal(proposal.batch.payments, rows.length);
        assert.equal(
          proposal.batch.control_sum_cents,
          rows.reduce((total, row) => total + row.amount_cents, 0),
        );
      }
      // A payment already in a batch is not taken into another.
      assert.deepEqual(await addPaymentsToBatch(db(), batched, batchId, now), []);

      // The bank refuses the whole file: every payment of the batch is rejected with the group's reason.
      const [one] = made as [(typeof made)[number]];
      const approver = await actor('payer2');
      await approvePaymentBatch(db(), approver, one.batch.id, now);
      const exported = await exportPaymentBatch(db(), approver, { batchId: one.batch.id, debtor }, now);
      await importPaymentStatusReport(
        db(),
        approver,
        statusReport({
          messageId: 'STS-20261201-0001',
          originalMessageId: exported.batch.message_id,
          groupStatus: 'RJCT',
          groupReason: { code: 'FF01', text: 'Invalid file format' },
          transactions: [],
        }),
        now,
      );
      const rejected = await listPaymentsOfBatch(db(), one.batch.id);
      assert.ok(rejected.length > 0);
      for (const payment of rejected) {
        assert.equal(payment.status, 'rejected');
        assert.equal(payment.rejection_code, 'FF01');
        assert.equal(payment.rejection_reason, 'FF01 Invalid file format');
      }
    });
  });
}
