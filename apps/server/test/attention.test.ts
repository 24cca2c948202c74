// What went wrong after a decision, in the work queue and on the case, on both databases:
// - a paper letter sent through Suomi.fi (the local fake) that Posti returned to the sender (the events poller):
//   the queue's "needs attention" lists the case as address_needed; resolveApplicationAttention with `resent` records
//   the new address, names it in the letter's stored data and puts the letter back in the local print queue;
// - a payment the bank rejected (a pain.002 report, closed account): listed as payment_rejected with the bank's
//   code; `corrected` records the corrected IBAN and the payment goes to the next batch with a new end-to-end id; the
//   bank rejecting it again brings it back; `handled` with a note clears it.
// Refusals: 400 (a resolution the reason does not allow, no address, a bad IBAN, handled without a note), 412 (a
// stale version), 409 (already seen to), 403/404 (a citizen); each resolution audited and recorded once.
import assert from 'node:assert/strict';
import { describe, type TestContext, test } from 'node:test';
import { letterDeliveryHandler, SuomifiEventsPoller } from '../src/letter-delivery/index.ts';
import { type Topic, topics } from '../src/outbox/outbox.ts';
import { type OutboxHandler, OutboxWorker } from '../src/outbox/worker.ts';
import { samplePaymentBatch } from '../src/payments/sample.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { type Caller, call, signIn, useCaller } from './helpers/applications.ts';
import { decidedApplication } from './helpers/cases.ts';
import { closedAccount, statusReport } from './helpers/payments.ts';
import { type SuomifiFixture, startSuomifiFixture } from './helpers/suomifi.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const [matti, second] = demoCitizens;
if (!matti || !second) throw new Error('the demo citizens are missing');
const CASES = '/api/v1/applications';
const BATCHES = '/api/v1/payment-batches';
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const otherTopics = Object.fromEntries(
  Object.values(topics).map((topic): [Topic, OutboxHandler] => [topic, async () => {}]),
);
const debtor = samplePaymentBatch(0).debtor;
const debtorEnv = {
  PAYMENT_DEBTOR_NAME: debtor.name,
  PAYMENT_DEBTOR_IBAN: debtor.iban,
  PAYMENT_DEBTOR_BIC: debtor.bic,
  PAYMENT_DEBTOR_BUSINESS_ID: debtor.organisationId ?? '',
};

interface QueueItem {
  id: string;
  attention: string[];
  paymentRejectionCode: string | null;
}

for (const backend of databaseBackends) {
  describe(`work needing attention after a decision (${backend})`, () => {
    const t = useTestApp(backend, debtorEnv);
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    const handler = useCaller(t, { username: 'handler' });
    const socialWorker = useCaller(t, { username: 'social_worker' });
    const payer = useCaller(t, { username: 'payer' });
    const db = () => t.database.db;

    async function configured(tc: TestContext) {
      const fixture = await startSuomifiFixture(tc, db(), { printing: true });
      t.context.config = { ...t.config, suomifiMessages: fixture.config };
      tc.after(() => {
        t.context.config = t.config;
      });
      return fixture;
    }
    const worker = (fixture: SuomifiFixture) =>
      new OutboxWorker({
        db: db(),
        clock: t.clock,
        log: silent,
        handlers: {
          ...otherTopics,
          [topics.letterDelivery]: letterDeliveryHandler({ client: fixture.client(), printingService: true }),
        },
      });
    const poller = (fixture: SuomifiFixture) =>
      new SuomifiEventsPoller({ db: db(), clock: t.clock, log: silent, client: fixture.client() });

    async function queue(query: string) {
      const response = await call(t, handler, 'GET', `${CASES}?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as { items: QueueItem[]; counts: { needsAttention: number } };
    }
    async function caseOf(applicationId: string, caller: Caller = handler) {
      const response = await call(t, caller, 'GET', `${CASES}/${applicationId}`);
      assert.equal(response.statusCode, 200, response.body);
      return { body: response.json(), etag: String(response.headers.etag) };
    }
    const resolve = (applicationId: string, etag: string, payload: unknown, caller: Caller = handler) =>
      call(t, caller, 'POST', `${CASES}/${applicationId}/attention-resolutions`, {
        payload,
        headers: { 'if-match': etag },
      });
    const audits = () =>
      db()
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'application.attention_resolve')
        .orderBy('seq')
        .execute();

    test('a letter returned to the sender: address needed until a new address sends it to print again', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, false);
      const { applicationId, decisionId } = await decidedApplication(t, citizen, handler);
      assert.equal((await worker(fixture).runOnce()).failed, 0);
      const delivery = await db()
        .selectFrom('letter_delivery')
        .selectAll()
        .where('decision_id', '=', decisionId)
        .executeTakeFirstOrThrow();
      assert.equal(delivery.channel, 'suomifi_paper');
      assert.equal((await queue('needsAttention=true')).items.length, 0, 'nothing is wrong yet');

      fixture.fake.returnToSender(delivery.id);
      await poller(fixture).runOnce();

      const flagged = await queue('needsAttention=true');
      assert.deepEqual(
        flagged.items.map((item) => [item.id, item.attention]),
        [[applicationId, ['address_needed']]],
      );
      assert.equal(flagged.counts.needsAttention, 1);
      const open = await queue('');
      assert.equal(open.items.length, 0, 'a decided case is not in the default (open) queue');
      assert.equal(open.counts.needsAttention, 1, 'the tab counts it whatever the status filter');
      assert.equal((await queue('needsAttention=false&status=decided')).items.length, 0);

      const { body, etag } = await caseOf(applicationId);
      assert.equal(body.attention.length, 1);
      assert.equal(body.attention[0].reason, 'address_needed');
      assert.equal(body.attention[0].id, delivery.id);
      assert.equal(body.attention[0].decisionId, decisionId);
      assert.equal(body.attention[0].since, fixture.clock.now().toISOString());
      assert.equal(body.attention[0].payment, null);
      assert.ok(body.permittedActions.includes('resolveAttention'));

      const address = { streetAddress: 'Uusikatu 5 B 7', postalCode: '00530', city: 'Helsinki' };
      const base = { reason: 'address_needed', id: delivery.id };
      const refusals: [unknown, number][] = [
        [{ ...base, resolution: 'corrected', iban: 'FI2112345600000785' }, 400],
        [{ ...base, resolution: 'resent' }, 400],
        [{ ...base, resolution: 'resent', address: { ...address, postalCode: '530' } }, 400],
        [{ ...base, resolution: 'handled', note: '  ' }, 400],
      ];
      for (const [payload, status] of refusals) {
        const response = await resolve(applicationId, etag, payload);
        assert.equal(response.statusCode, status, `${JSON.stringify(payload)}: ${response.body}`);
      }
      const byCitizen = await resolve(
        applicationId,
        etag,
        { ...base, resolution: 'resent', address },
        citizen,
      );
      assert.ok([403, 404].includes(byCitizen.statusCode), byCitizen.body);
      const stale = await resolve(applicationId, '"stale"', { ...base, resolution: 'resent', address });
      assert.equal(stale.statusCode, 412, stale.body);
      assert.equal((await audits()).length, 0, 'nothing refused is recorded');

      // Anyone handling cases may see to it, not only the decision's maker.
      const resent = await resolve(
        applicationId,
        etag,
        { ...base, resolution: 'resent', address },
        socialWorker,
      );
      assert.equal(resent.statusCode, 200, resent.body);
      assert.deepEqual(resent.json().attention, []);
      assert.notEqual(resent.headers.etag, etag, 'the case changed');
      const person = await db()
        .selectFrom('person')
        .select(['street_address', 'postal_code', 'city'])
        .where('personal_identity_code', '=', matti.personalIdentityCode)
        .executeTakeFirstOrThrow();
      assert.deepEqual(person, { street_address: 'Uusikatu 5 B 7', postal_code: '00530', city: 'Helsinki' });
      const decision = await db()
        .selectFrom('decision')
        .select(['delivery', 'mailed_at', 'print_batch_id'])
        .where('id', '=', decisionId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        decision,
        { delivery: 'paper', mailed_at: null, print_batch_id: null },
        'back in the local print queue (a paper letter not mailed)',
      );
      const stored = await db()
        .selectFrom('decision_document')
        .select('letter_data')
        .where('decision_id', '=', decisionId)
        .executeTakeFirst();
      const pending = await db()
        .selectFrom('pending_decision_letter')
        .select('letter_data')
        .where('decision_id', '=', decisionId)
        .executeTakeFirst();
      const letterData = (stored?.letter_data ?? pending?.letter_data) as {
        recipient: Record<string, string>;
      };
      assert.equal(letterData.recipient.streetAddress, 'Uusikatu 5 B 7');
      assert.equal(letterData.recipient.postalCode, '00530');
      assert.equal(letterData.recipient.postOffice, 'HELSINKI');

      const [audit] = await audits();
      assert.equal(audit?.actor_id, socialWorker.id);
      assert.equal(audit?.object_id, applicationId);
      assert.deepEqual(audit?.details, {
        reason: 'address_needed',
        resolution: 'resent',
        decisionId,
        letterDeliveryId: delivery.id,
        paymentId: null,
        endToEndId: null,
        newEndToEndId: null,
        note: null,
      });
      assert.equal(JSON.stringify(audit?.details).includes('Uusikatu'), false, 'the address is not repeated');

      const again = await resolve(applicationId, String(resent.headers.etag), {
        ...base,
        resolution: 'handled',
        note: 'twice',
      });
      assert.equal(again.statusCode, 409, again.body);
      assert.match(again.json().type, /attention-resolved$/);
      assert.equal((await queue('needsAttention=true')).items.length, 0);
    });

    test('a payment the bank rejected: corrected, to the next batch; rejected again; then handled', async () => {
      const payer2 = await payerTwo();
      const other = await signIn(t, { personalIdentityCode: second.personalIdentityCode });
      const { applicationId } = await decidedApplication(t, other, handler);
      const payment = await db()
        .selectFrom('payment')
        .selectAll()
        .where('application_id', '=', applicationId)
        .executeTakeFirstOrThrow();
      await rejectInABatch(payer2, payment.id);

      const flagged = await queue('needsAttention=true');
      const item = flagged.items.find((candidate) => candidate.id === applicationId);
      assert.deepEqual(item?.attention, ['payment_rejected']);
      assert.equal(item?.paymentRejectionCode, 'AC04');
      const { body, etag } = await caseOf(applicationId);
      const [attention] = body.attention;
      assert.equal(attention.reason, 'payment_rejected');
      assert.equal(attention.id, payment.id);
      assert.equal(attention.payment.rejectionCode, 'AC04');
      assert.equal(attention.payment.rejectionReason, 'AC04 Account closed');
      assert.equal(attention.payment.ibanEnd, payment.iban.slice(-4));
      assert.equal(attention.payment.amountCents, Number(payment.amount_cents));

      const base = { reason: 'payment_rejected', id: payment.id };
      for (const payload of [
        { ...base, resolution: 'resent', address: { streetAddress: 'a', postalCode: '00100', city: 'b' } },
        { ...base, resolution: 'corrected' },
        { ...base, resolution: 'corrected', iban: 'FI2112345600000786' },
      ]) {
        const response = await resolve(applicationId, etag, payload);
        assert.equal(response.statusCode, 400, `${JSON.stringify(payload)}: ${response.body}`);
      }
      const unknown = await resolve(applicationId, etag, {
        ...base,
        id: applicationId,
        resolution: 'corrected',
        iban: 'FI2112345600000785',
      });
      assert.equal(unknown.statusCode, 400, unknown.body);

      const corrected = await resolve(applicationId, etag, {
        ...base,
        resolution: 'corrected',
        iban: 'fi21 1234 5600 0007 85',
      });
      assert.equal(corrected.statusCode, 200, corrected.body);
      assert.deepEqual(corrected.json().attention, []);
      const requeued = await db()
        .selectFrom('payment')
        .selectAll()
        .where('id', '=', payment.id)
        .executeTakeFirstOrThrow();
      assert.equal(requeued.status, 'proposed');
      assert.equal(requeued.batch_id, null);
      assert.equal(requeued.iban, 'FI2112345600000785');
      assert.equal(requeued.rejection_code, null);
      assert.notEqual(requeued.end_to_end_id, payment.end_to_end_id, 'a new end-to-end id for the new file');
      const [audit] = (await audits()).filter((row) => row.object_id === applicationId);
      assert.deepEqual(audit?.details, {
        reason: 'payment_rejected',
        resolution: 'corrected',
        decisionId: payment.decision_id,
        letterDeliveryId: null,
        paymentId: payment.id,
        endToEndId: payment.end_to_end_id,
        newEndToEndId: requeued.end_to_end_id,
        note: null,
      });
      assert.equal(
        JSON.stringify(audit?.details).includes('FI21'),
        false,
        'the account number is not repeated',
      );
      assert.equal(
        (await queue('needsAttention=true')).items.some((candidate) => candidate.id === applicationId),
        false,
      );

      // The next batch takes it; the bank rejects the corrected one too: it needs attention again.
      await rejectInABatch(payer2, payment.id);
      const again = await caseOf(applicationId);
      assert.equal(again.body.attention.length, 1);
      const handled = await resolve(applicationId, again.etag, {
        ...base,
        resolution: 'handled',
        note: 'Paid by the cash office.',
      });
      assert.equal(handled.statusCode, 200, handled.body);
      assert.deepEqual(handled.json().attention, []);
      const still = await db()
        .selectFrom('payment')
        .select('status')
        .where('id', '=', payment.id)
        .executeTakeFirstOrThrow();
      assert.equal(still.status, 'rejected', 'handled otherwise: the payment stays as the bank left it');
      const twice = await resolve(applicationId, String(handled.headers.etag), {
        ...base,
        resolution: 'handled',
        note: 'again',
      });
      assert.equal(twice.statusCode, 409, twice.body);
    });

    let payerTwoCaller: Caller | undefined;
    async function payerTwo(): Promise<Caller> {
      if (payerTwoCaller) return payerTwoCaller;
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
      payerTwoCaller = await signIn(t, { username: 'payer2' });
      return payerTwoCaller;
    }

    let reports = 0;
    /** The payment goes in a batch (proposed, approved, its file exported) and the bank rejects it: closed account. */
    async function rejectInABatch(approver: Caller, paymentId: string): Promise<void> {
      const created = await call(t, payer, 'POST', BATCHES, { payload: { dueBy: '2026-12-31' } });
      assert.equal(created.statusCode, 201, created.body);
      const batch = created.json();
      assert.ok(batch.paymentIds.includes(paymentId), 'the payment is in the batch');
      const approved = await call(t, approver, 'POST', `${BATCHES}/${batch.id}/approval`);
      assert.equal(approved.statusCode, 200, approved.body);
      const file = await call(t, approver, 'GET', `${BATCHES}/${batch.id}/file`);
      assert.equal(file.statusCode, 200, file.body);
      const inBatch = await db()
        .selectFrom('payment')
        .select(['id', 'end_to_end_id'])
        .where('batch_id', '=', batch.id)
        .execute();
      reports += 1;
      const xml = statusReport({
        messageId: `BANK-ATTENTION-${reports}`,
        originalMessageId: batch.messageId,
        groupStatus: 'PART',
        transactions: inBatch.map((row) =>
          row.id === paymentId
            ? { endToEndId: row.end_to_end_id, status: 'RJCT', reason: closedAccount }
            : { endToEndId: row.end_to_end_id, status: 'ACSC' },
        ),
      });
      const imported = await call(t, approver, 'POST', `${BATCHES}/status-reports`, {
        payload: xml,
        headers: { 'content-type': 'application/xml' },
      });
      assert.equal(imported.statusCode, 200, imported.body);
    }
  });
}
