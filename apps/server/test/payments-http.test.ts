// Payments through the API, on both databases: who may list, propose, approve, download and import; the whole
// flow from decisions to the bank's status report (listPayments → createPaymentBatch → approval by another person
// → the pain.001 file, valid against the schema → the pain.002 report, twice → the payments' statuses); the
// maker may not approve; a retried creation with its Idempotency-Key gets the same batch; without the city's
// account the file cannot be written and the problem says so; the audit rows of the reads; the payment_sent and
// payment_failed webhook events with their deliveries to a subscription of those types; each decision's payments
// on getApplication (staff) and getMyApplication (the client).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { eventTypes } from '@tuki/domain';
import { validatePaymentFile } from '../src/payments/index.ts';
import { samplePaymentBatch } from '../src/payments/sample.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { createSubscription } from '../src/webhooks/subscriptions.ts';
import { createApiClientAndToken } from './helpers/api-client.ts';
import { type Caller, call, signIn, useCaller } from './helpers/applications.ts';
import { decidedApplication } from './helpers/cases.ts';
import { closedAccount, statusReport } from './helpers/payments.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const PAYMENTS = '/api/v1/payments';
const BATCHES = '/api/v1/payment-batches';
const debtor = samplePaymentBatch(0).debtor;
const debtorEnv = {
  PAYMENT_DEBTOR_NAME: debtor.name,
  PAYMENT_DEBTOR_IBAN: debtor.iban,
  PAYMENT_DEBTOR_BIC: debtor.bic,
  PAYMENT_DEBTOR_BUSINESS_ID: debtor.organisationId ?? '',
};

interface PaymentView {
  id: string;
  applicationId: string;
  status: string;
  endToEndId: string;
  amountCents: number;
  batchId: string | null;
  rejectionCode: string | null;
}

for (const backend of databaseBackends) {
  describe(`payments over HTTP (${backend})`, () => {
    const t = useTestApp(backend, debtorEnv);
    const handler = useCaller(t, { username: 'handler' });
    const payer = useCaller(t, { username: 'payer' });
    const admin = useCaller(t, { username: 'admin' });
    let payer2: Caller;
    const citizens: Caller[] = [];
    const cases: { applicationId: string; decisionId: string }[] = [];
    let batchId = '';
    let messageId = '';

    const db = () => t.database.db;
    /** The webhook events of a type, each with how many deliveries it has. */
    const webhookEvents = async (type: string) => {
      const rows = await db()
        .selectFrom('event')
        .selectAll()
        .where('type', '=', type)
        .orderBy('seq')
        .execute();
      const deliveries = await db().selectFrom('webhook_delivery').select('event_id').execute();
      return rows.map((row) => ({
        subject: row.subject,
        data: row.data as Record<string, unknown>,
        deliveries: deliveries.filter((delivery) => delivery.event_id === row.id).length,
      }));
    };
    const auditRows = (action: string) =>
      db().selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('seq').execute();
    const listed = async (caller: Caller, query = ''): Promise<PaymentView[]> => {
      const response = await call(t, caller, 'GET', `${PAYMENTS}${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items;
    };

    before(async () => {
      const now = t.clock.now();
      await db()
        .insertInto('staff_user')
        .values({
          username: 'payer2',
          first_name: 'Pekka',
          last_name: 'Maksaja',
          roles: ['payment_approver'],
          created_at: now,
          updated_at: now,
        })
        .execute();
      payer2 = await signIn(t, { username: 'payer2' });
      for (const person of demoCitizens.slice(0, 2)) {
        const citizen = await signIn(t, { personalIdentityCode: person.personalIdentityCode });
        citizens.push(citizen);
        cases.push(await decidedApplication(t, citizen, handler));
        t.clock.advance(60_000);
      }
      const clientActor = {
        clientId: randomUUID(),
        audit: { actor: { type: 'api_client' as const, id: 'c' }, requestId: null, ip: null },
      };
      await createSubscription(
        db(),
        clientActor,
        {
          url: 'http://127.0.0.1:9/payments',
          eventTypes: [eventTypes.paymentSent, eventTypes.paymentFailed],
        },
        { allowPrivate: true },
        now,
      );
    });

    test('who may read and act: not a citizen, an admin or an API client; approving is the approver’s', async () => {
      const client = await createApiClientAndToken(t, ['applications:read']);
      const asClient = await t.app.inject({
        method: 'GET',
        url: PAYMENTS,
        headers: { authorization: client.authorization },
      });
      assert.equal(asClient.statusCode, 403, asClient.body);
      for (const caller of [citizens[0], admin]) {
        for (const url of [PAYMENTS, BATCHES]) {
          const response = await call(t, caller, 'GET', url);
          assert.equal(response.statusCode, 403, `${url}: ${response.body}`);
        }
      }
      const created = await call(t, citizens[0], 'POST', BATCHES, { payload: { dueBy: '2026-11-30' } });
      assert.equal(created.statusCode, 403);
      const imported = await call(t, handler, 'POST', `${BATCHES}/status-reports`, {
        payload: '<Document/>',
        headers: { 'content-type': 'application/xml' },
      });
      assert.equal(imported.statusCode, 403, 'a handler may not read in the bank’s answer');
    });

    test('listPayments: the decisions’ payments, filtered, and every list audited', async () => {
      const all = await listed(handler);
      assert.equal(all.length, 2);
      assert.ok(all.every((payment) => payment.status === 'proposed' && payment.batchId === null));
      const [first] = cases;
      const ofFirst = await listed(payer, `?application=${first?.applicationId}`);
      assert.deepEqual(
        ofFirst.map((payment) => payment.applicationId),
        [first?.applicationId],
      );
      assert.deepEqual(await listed(payer, '?status=sent'), []);
      const page = await call(t, handler, 'GET', `${PAYMENTS}?limit=1`);
      assert.equal(page.json().items.length, 1);
      const next = await call(t, handler, 'GET', `${PAYMENTS}?limit=1&cursor=${page.json().nextCursor}`);
      assert.equal(next.json().items.length, 1);
      assert.notEqual(next.json().items[0].id, page.json().items[0].id);
      assert.equal(next.json().nextCursor, null);
      const audits = await auditRows('payment.list');
      assert.equal(audits.length, 5);
      assert.deepEqual(audits[1]?.details, { applicationId: first?.applicationId, count: 1 });
      assert.ok(audits.every((row) => row.actor_type === 'staff'));
    });

    test('createPaymentBatch: every payment due; a retry with its Idempotency-Key gets the same batch', async () => {
      const headers = { 'idempotency-key': 'b5a1f7e2-batch-0001' };
      const first = await call(t, payer, 'POST', BATCHES, { payload: { dueBy: '2026-11-30' }, headers });
      assert.equal(first.statusCode, 201, first.body);
      const batch = first.json();
      assert.equal(batch.status, 'proposed');
      assert.equal(batch.payments, 2);
      assert.equal(batch.paymentIds.length, 2);
      assert.equal(first.headers.location, `${BATCHES}/${batch.id}/file`);
      const again = await call(t, payer, 'POST', BATCHES, { payload: { dueBy: '2026-11-30' }, headers });
      assert.equal(again.statusCode, 201);
      assert.equal(again.json().id, batch.id);
      const nothing = await call(t, handler, 'POST', BATCHES, { payload: { dueBy: '2026-11-30' } });
      assert.equal(nothing.statusCode, 409);
      assert.match(nothing.json().type, /nothing-to-pay$/);
      const badDate = await call(t, handler, 'POST', BATCHES, { payload: { dueBy: '30.11.2026' } });
      assert.equal(badDate.statusCode, 400);
      batchId = batch.id;
      messageId = batch.messageId;
      const listedBatches = await call(t, handler, 'GET', BATCHES);
      assert.deepEqual(
        listedBatches
          .json()
          .items.map((item: { id: string; createdByName: string; approvedByName: null }) => [
            item.id,
            item.createdByName,
            item.approvedByName,
          ]),
        [[batchId, 'Maija Maksaja', null]],
        'who proposed it, by name; no approver yet',
      );
      const inBatch = await listed(handler, `?batch=${batchId}`);
      assert.ok(inBatch.length === 2 && inBatch.every((payment) => payment.status === 'in_batch'));
    });

    test('approval: refused to the maker and to a handler, the file only after it', async () => {
      const early = await call(t, payer2, 'GET', `${BATCHES}/${batchId}/file`);
      assert.equal(early.statusCode, 409);
      assert.match(early.json().type, /payment-batch-not-approved$/);
      const byMaker = await call(t, payer, 'POST', `${BATCHES}/${batchId}/approval`);
      assert.equal(byMaker.statusCode, 403);
      assert.match(byMaker.json().type, /cannot-approve-own-batch$/);
      const byHandler = await call(t, handler, 'POST', `${BATCHES}/${batchId}/approval`);
      assert.equal(byHandler.statusCode, 403);
      const approved = await call(t, payer2, 'POST', `${BATCHES}/${batchId}/approval`);
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(approved.json().status, 'approved');
      const twice = await call(t, payer2, 'POST', `${BATCHES}/${batchId}/approval`);
      assert.equal(twice.statusCode, 409);
      const [listed] = (await call(t, handler, 'GET', BATCHES)).json().items;
      assert.deepEqual([listed.createdByName, listed.approvedByName], ['Maija Maksaja', 'Pekka Maksaja']);
    });

    test('without the city’s account the file cannot be written: 503 saying payments are not configured', async () => {
      const configured = t.config.paymentDebtor;
      t.config.paymentDebtor = undefined;
      try {
        const response = await call(t, payer2, 'GET', `${BATCHES}/${batchId}/file`);
        assert.equal(response.statusCode, 503);
        assert.match(response.headers['content-type'] ?? '', /application\/problem\+json/);
        assert.match(response.json().type, /payments-not-configured$/);
        assert.match(response.json().detail, /not configured.*PAYMENT_DEBTOR_IBAN/);
      } finally {
        t.config.paymentDebtor = configured;
      }
      const [payment] = await listed(handler, `?batch=${batchId}`);
      assert.equal(payment?.status, 'in_batch', 'nothing was sent');
    });

    test('downloadPaymentFile: the pain.001 file, valid against the schema, the same file again; audited', async () => {
      const url = `${BATCHES}/${batchId}/file`;
      // Two first downloads at once: one writes the file, the other hands out the same one.
      const [first, meanwhile] = await Promise.all([
        call(t, payer2, 'GET', url),
        call(t, payer2, 'GET', url),
      ]);
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(meanwhile.statusCode, 200, meanwhile.body);
      assert.equal(meanwhile.body, first.body);
      assert.match(first.headers['content-type'] ?? '', /^application\/xml/);
      assert.equal(first.headers['content-disposition'], `attachment; filename="${messageId}.xml"`);
      assert.deepEqual(await validatePaymentFile(first.body), { valid: true });
      assert.ok(first.body.includes(`<MsgId>${messageId}</MsgId>`));
      assert.ok(first.body.includes('<Nm>Helsingin kaupunki, sosiaali- ja terveystoimiala</Nm>'));
      const again = await call(t, payer, 'GET', url);
      assert.equal(again.statusCode, 200);
      assert.equal(again.body, first.body);
      const handlerDownload = await call(t, handler, 'GET', url);
      assert.equal(handlerDownload.statusCode, 403);
      assert.equal((await auditRows('payment_batch.export')).length, 1);
      const downloads = await auditRows('payment_batch.download');
      assert.equal(downloads.length, 2);
      assert.ok(downloads.every((row) => row.object_id === batchId));
      const sent = await listed(handler, `?batch=${batchId}`);
      assert.ok(sent.every((payment) => payment.status === 'sent'));
      const sentEvents = await webhookEvents(eventTypes.paymentSent);
      assert.deepEqual(
        sentEvents.map((event) => [event.subject, event.data.paymentId, event.deliveries]).sort(),
        sent.map((payment) => [payment.applicationId, payment.id, 1]).sort(),
      );
      assert.equal((await auditRows('payment.send')).length, 2);
      const batches = await call(t, handler, 'GET', BATCHES);
      assert.equal(batches.json().items[0].status, 'exported');
    });

    test('importPaymentStatusReport: XML in, what was matched out; the same report again changes nothing', async () => {
      const payments = await listed(handler, `?batch=${batchId}`);
      const [accepted, rejected] = payments as [PaymentView, PaymentView];
      const xml = statusReport({
        messageId: 'BANK-REPORT-0001',
        originalMessageId: messageId,
        groupStatus: 'PART',
        transactions: [
          { endToEndId: accepted.endToEndId, status: 'ACSC' },
          {
            endToEndId: rejected.endToEndId,
            status: 'RJCT',
            reason: closedAccount,
          },
          { endToEndId: 'TUKI-P-999999999999', status: 'ACSC' },
        ],
      });
      const url = `${BATCHES}/status-reports`;
      const send = (body: string, type = 'application/xml') =>
        call(t, payer2, 'POST', url, { payload: body, headers: { 'content-type': type } });
      const first = await send(xml);
      assert.equal(first.statusCode, 200, first.body);
      assert.deepEqual(first.json(), {
        batchId,
        messageId: 'BANK-REPORT-0001',
        alreadyImported: false,
        accepted: 2,
        rejected: 1,
        pending: 0,
        unmatched: ['TUKI-P-999999999999'],
      });
      const second = await send(xml, 'text/xml');
      assert.equal(second.statusCode, 200);
      assert.equal(second.json().alreadyImported, true);
      const after = await listed(handler, `?batch=${batchId}`);
      const byId = new Map(after.map((payment) => [payment.id, payment]));
      assert.equal(byId.get(accepted.id)?.status, 'accepted');
      assert.equal(byId.get(rejected.id)?.status, 'rejected');
      assert.equal(byId.get(rejected.id)?.rejectionCode, 'AC04');
      assert.equal((await auditRows('payment_status_report.import')).length, 2);
      const failed = await webhookEvents(eventTypes.paymentFailed);
      assert.equal(failed.length, 1, 'once: the same report again announces nothing');
      assert.equal(failed[0]?.subject, rejected.applicationId);
      assert.equal(failed[0]?.data.paymentId, rejected.id);
      assert.equal(failed[0]?.data.rejectionCode, 'AC04');
      assert.equal(failed[0]?.deliveries, 1);
      const rejectionAudit = await auditRows('payment.reject');
      assert.deepEqual(
        rejectionAudit.map((row) => row.object_id),
        [rejected.id],
      );

      const asJson = await call(t, payer2, 'POST', url, { payload: { xml } });
      assert.equal(asJson.statusCode, 400, 'a JSON body is no status report');
      const notReport = await send('<Document><Nothing/></Document>');
      assert.equal(notReport.statusCode, 422);
      const tooLarge = await send(`<!--${'x'.repeat(5 * 1024 * 1024)}-->`);
      assert.equal(tooLarge.statusCode, 413);
    });

    test('each decision carries its payments: getApplication for staff, getMyApplication for the client', async () => {
      const payments = await listed(handler, `?batch=${batchId}`);
      for (const [index, { applicationId, decisionId }] of cases.entries()) {
        const payment = payments.find((item) => item.applicationId === applicationId);
        assert.ok(payment);
        const staffView = await call(t, handler, 'GET', `/api/v1/applications/${applicationId}`);
        assert.equal(staffView.statusCode, 200, staffView.body);
        const mine = await call(t, citizens[index], 'GET', `/api/v1/my/applications/${applicationId}`);
        assert.equal(mine.statusCode, 200, mine.body);
        for (const view of [staffView.json(), mine.json()]) {
          const decision = view.decisions.find((item: { id: string }) => item.id === decisionId);
          assert.equal(decision.payments.length, 1);
          const [shown] = decision.payments;
          assert.equal(shown.amountCents, payment.amountCents);
          assert.equal(shown.amountCents, decision.amountCents);
          assert.equal(shown.payeeKind, 'client');
          assert.equal(shown.status, payment.status);
          assert.equal(shown.iban, 'FI2112345600000785', 'the client’s own account, as they gave it');
          assert.equal(shown.rejectionCode, payment.rejectionCode);
          assert.match(shown.sentAt, /^\d{4}-\d\d-\d\dT/);
          if (payment.status === 'accepted') {
            // Paid on the day the file asked for: the batch's date, or the day the file was written when later.
            const fileDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(
              new Date(shown.sentAt),
            );
            assert.equal(shown.paidOn, fileDay > '2026-11-30' ? fileDay : '2026-11-30');
            assert.equal(shown.rejectionReason, null);
          } else {
            assert.equal(shown.paidOn, null, 'a rejected payment is not paid');
            assert.ok(shown.rejectionReason, 'the bank’s reason in words');
          }
        }
      }
      const statuses = payments.map((payment) => payment.status).sort();
      assert.deepEqual(statuses, ['accepted', 'rejected']);
    });
  });
}
