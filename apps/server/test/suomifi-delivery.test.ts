// Decision letters delivered through Suomi.fi Messages (letter-delivery/), against the local fake of the service
// over real HTTP: a decision made with the service configured makes a delivery and its outbox job; the job sends the
// letter to the mailbox, or as Suomi.fi's paper mail without one when the printing service is configured, or leaves
// it to the local print batch; a send repeated after a crash between the call and the commit is refused by the
// service (409) and the message exists once; the events poller stores read and returned events, resumes from its
// stored continuation token, and each decision shows its deliveries. Without the service nothing of this happens.
import assert from 'node:assert/strict';
import { beforeEach, describe, type TestContext, test } from 'node:test';
import { letterDeliveryHandler, SuomifiEventsPoller } from '../src/letter-delivery/index.ts';
import { type Topic, topics } from '../src/outbox/outbox.ts';
import { type OutboxHandler, OutboxWorker } from '../src/outbox/worker.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { call, useCaller } from './helpers/applications.ts';
import { approvalOf, sendApplication } from './helpers/cases.ts';
import { type SuomifiFixture, startSuomifiFixture } from './helpers/suomifi.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const [matti] = demoCitizens;
if (!matti) throw new Error('the demo citizens are missing');
const CASES = '/api/v1/applications';
const approve = approvalOf();
const silent = { info: () => {}, warn: () => {}, error: () => {} };
/** The other topics' jobs are not this test's: handled as nothing. */
const otherTopics = Object.fromEntries(
  Object.values(topics).map((topic): [Topic, OutboxHandler] => [topic, async () => {}]),
);

for (const backend of databaseBackends) {
  describe(`decision letters through Suomi.fi Messages (${backend})`, () => {
    const t = useTestApp(backend);
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    const handler = useCaller(t, { username: 'handler' });

    beforeEach(async () => {
      // Each test has a fake of its own, whose event log starts from the beginning.
      await t.database.db.deleteFrom('suomifi_event_cursor').execute();
      t.context.config = t.config;
    });

    /** A fake of this test's own, configured for the decisions made after it. */
    async function configured(tc: TestContext, options: { printing?: boolean } = {}) {
      const fixture = await startSuomifiFixture(tc, t.database.db, options);
      t.context.config = { ...t.config, suomifiMessages: fixture.config };
      tc.after(() => {
        t.context.config = t.config;
      });
      return fixture;
    }

    function worker(
      fixture: SuomifiFixture,
      options: { printing?: boolean; afterSend?: (deliveryId: string) => void } = {},
    ) {
      return new OutboxWorker({
        db: t.database.db,
        clock: t.clock,
        log: silent,
        handlers: {
          ...otherTopics,
          [topics.letterDelivery]: letterDeliveryHandler({
            client: fixture.client(),
            printingService: options.printing ?? false,
            ...(options.afterSend && { afterSend: options.afterSend }),
          }),
        },
      });
    }

    const poller = (fixture: SuomifiFixture) =>
      new SuomifiEventsPoller({ db: t.database.db, clock: t.clock, log: silent, client: fixture.client() });

    async function decided(): Promise<{ applicationId: string; decisionId: string }> {
      const applicationId = await sendApplication(t, citizen);
      const taken = await call(t, handler, 'POST', `${CASES}/${applicationId}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      const made = await call(t, handler, 'POST', `${CASES}/${applicationId}/decision`, { payload: approve });
      assert.equal(made.statusCode, 201, made.body);
      return { applicationId, decisionId: made.json().id };
    }

    const deliveryOf = (decisionId: string) =>
      t.database.db
        .selectFrom('letter_delivery')
        .selectAll()
        .where('decision_id', '=', decisionId)
        .executeTakeFirstOrThrow();
    const mailedAt = async (decisionId: string) =>
      (
        await t.database.db
          .selectFrom('decision')
          .select('mailed_at')
          .where('id', '=', decisionId)
          .executeTakeFirstOrThrow()
      ).mailed_at;

    /** The decision's deliveries as staff (getApplication) and the citizen (getMyApplication) see them. */
    async function shownDeliveries(applicationId: string, decisionId: string) {
      const staff = await call(t, handler, 'GET', `${CASES}/${applicationId}`);
      assert.equal(staff.statusCode, 200, staff.body);
      const own = await call(t, citizen, 'GET', `/api/v1/my/applications/${applicationId}`);
      assert.equal(own.statusCode, 200, own.body);
      const of = (body: { decisions: { id: string; deliveries: unknown[] }[] }) =>
        body.decisions.find((decision) => decision.id === decisionId)?.deliveries;
      assert.deepEqual(of(own.json()), of(staff.json()), 'the same facts for the client and for staff');
      return of(staff.json()) as Record<string, unknown>[];
    }

    test('with a mailbox: the electronic message, recipient only, with the letter; read is recorded', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, true);
      const { applicationId, decisionId } = await decided();
      const pending = await deliveryOf(decisionId);
      assert.equal(pending.status, 'pending');
      assert.deepEqual(await shownDeliveries(applicationId, decisionId), [
        { channel: null, status: 'pending', sentAt: null, readAt: null, printedAt: null, returnedAt: null },
      ]);

      assert.equal((await worker(fixture).runOnce()).failed, 0);
      const sent = await deliveryOf(decisionId);
      assert.equal(sent.status, 'sent');
      assert.equal(sent.channel, 'suomifi_electronic');
      const messages = fixture.fake.messages.filter((message) => message.externalId === pending.id);
      assert.equal(messages.length, 1);
      const [message] = messages;
      assert.equal(message?.channel, 'electronic');
      assert.equal(message?.recipientId, matti.personalIdentityCode);
      assert.equal(message?.body.electronic.visibility, 'Recipient only');
      assert.equal(message?.body.electronic.attachments.length, 1);
      assert.equal(sent.message_id, String(message?.messageId));
      assert.equal((await mailedAt(decisionId)) !== null, true, 'not waiting for the local print batch');

      fixture.fake.markRead(pending.id);
      const run = await poller(fixture).runOnce();
      assert.equal(run.stored, 2, 'created and read');
      const [shown] = await shownDeliveries(applicationId, decisionId);
      assert.equal(shown?.channel, 'suomifi_electronic');
      assert.equal(shown?.status, 'read');
      assert.equal(shown?.sentAt, t.clock.now().toISOString());
      assert.equal(shown?.readAt, fixture.clock.now().toISOString());
    });

    test('no mailbox, printing service: Suomi.fi paper mail with an address page; return to sender recorded', async (tc) => {
      const fixture = await configured(tc, { printing: true });
      fixture.fake.setMailbox(matti.personalIdentityCode, false);
      const { applicationId, decisionId } = await decided();
      assert.equal((await worker(fixture, { printing: true }).runOnce()).failed, 0);
      const delivery = await deliveryOf(decisionId);
      assert.equal(delivery.channel, 'suomifi_paper');
      assert.equal(delivery.status, 'sent');
      const message = fixture.fake.messages.find((candidate) => candidate.externalId === delivery.id);
      assert.equal(message?.channel, 'paper');
      assert.equal(message?.body.paperMail?.createAddressPage, true);
      assert.ok(message?.body.paperMail?.recipient.address.streetAddress, 'the address of the letter');
      assert.ok(message?.body.paperMail?.printingAndEnvelopingService, 'through the city’s printing service');
      assert.notEqual(await mailedAt(decisionId), null, 'not in the local print batch as well');

      fixture.fake.returnToSender(delivery.id);
      await poller(fixture).runOnce();
      const [shown] = await shownDeliveries(applicationId, decisionId);
      assert.equal(shown?.status, 'returned_to_sender');
      assert.equal(shown?.returnedAt, fixture.clock.now().toISOString());
      assert.equal(shown?.printedAt, fixture.clock.now().toISOString());
    });

    test('no mailbox, no printing service: nothing is sent; the letter waits for the local print batch', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, false);
      const { applicationId, decisionId } = await decided();
      assert.equal((await worker(fixture).runOnce()).failed, 0);
      const delivery = await deliveryOf(decisionId);
      assert.equal(delivery.channel, 'local_print');
      assert.equal(delivery.status, 'local');
      assert.equal(fixture.fake.messages.length, 0);
      assert.equal(await mailedAt(decisionId), null, 'waiting for the print batch as without Suomi.fi');
      const queue = await call(t, handler, 'GET', '/api/v1/print-batches/pending');
      assert.equal(queue.statusCode, 200, queue.body);
      assert.ok(queue.json().waiting >= 1);
      const [shown] = await shownDeliveries(applicationId, decisionId);
      assert.equal(shown?.channel, 'local_print');
    });

    test('electronic delivery chosen, no mailbox: nothing is sent, even with a printing service', async (tc) => {
      const fixture = await configured(tc, { printing: true });
      fixture.fake.setMailbox(matti.personalIdentityCode, false);
      const prefs = await call(t, citizen, 'PUT', '/api/v1/my/preferences', {
        payload: { email: null, emailNotifications: true, language: 'fi', electronicDelivery: true },
      });
      assert.equal(prefs.statusCode, 200, prefs.body);
      try {
        const { applicationId, decisionId } = await decided();
        assert.equal((await worker(fixture, { printing: true }).runOnce()).failed, 0);
        const delivery = await deliveryOf(decisionId);
        assert.equal(delivery.channel, 'eservice');
        assert.equal(delivery.status, 'local');
        assert.equal(fixture.fake.messages.length, 0);
        assert.equal(await mailedAt(decisionId), null);
        const [shown] = await shownDeliveries(applicationId, decisionId);
        assert.equal(shown?.channel, 'eservice');
      } finally {
        await call(t, citizen, 'PUT', '/api/v1/my/preferences', {
          payload: { email: null, emailNotifications: true, language: 'fi', electronicDelivery: false },
        });
      }
    });

    test('a crash between the send and the commit: the repeated job gets 409 and the message exists once', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, true);
      const { decisionId } = await decided();
      let crashes = 1;
      const crashing = worker(fixture, {
        afterSend: () => {
          if (crashes-- > 0) throw new Error('the process died after the service accepted the message');
        },
      });
      assert.equal((await crashing.runOnce()).failed, 1);
      const delivery = await deliveryOf(decisionId);
      assert.equal(delivery.status, 'pending', 'the outcome was not stored');
      assert.equal(fixture.fake.messages.filter((m) => m.externalId === delivery.id).length, 1);

      t.clock.advance(60_000); // past the first retry's backoff (30 s)
      // After a restart: a new worker and client.
      assert.equal((await worker(fixture).runOnce()).failed, 0);
      const sent = await deliveryOf(decisionId);
      assert.equal(sent.status, 'sent');
      assert.equal(sent.channel, 'suomifi_electronic');
      assert.equal(
        fixture.fake.messages.filter((m) => m.externalId === delivery.id).length,
        1,
        'the message exists once',
      );
      assert.equal(
        fixture.fake.requests.filter((r) => r === 'POST /v2/messages').length,
        2,
        'sent again, refused',
      );
    });

    test('the events poller resumes from its stored continuation token after a restart', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, true);
      const { decisionId } = await decided();
      await worker(fixture).runOnce();
      const delivery = await deliveryOf(decisionId);
      const first = await poller(fixture).runOnce();
      assert.equal(first.events, 1, 'the message created');
      const token = await t.database.db
        .selectFrom('suomifi_event_cursor')
        .select('continuation_token')
        .executeTakeFirstOrThrow();
      assert.ok(token.continuation_token);

      fixture.fake.markRead(delivery.id);
      // A new poller, as after a restart: only the event after the stored token is read.
      const second = await poller(fixture).runOnce();
      assert.equal(second.events, 1, 'only the read event');
      assert.equal(second.stored, 1);
      const third = await poller(fixture).runOnce();
      assert.equal(third.events, 0);
      const events = await t.database.db
        .selectFrom('letter_delivery_event')
        .select('kind')
        .where('delivery_id', '=', delivery.id)
        .orderBy('kind')
        .execute();
      assert.deepEqual(
        events.map((event) => event.kind),
        ['electronic_created', 'read', 'sent'],
        'each event once',
      );
    });

    test('Suomi.fi not configured: no delivery, no job, the letter waits for the print batch as before', async () => {
      const { applicationId, decisionId } = await decided();
      const deliveries = await t.database.db
        .selectFrom('letter_delivery')
        .select('id')
        .where('decision_id', '=', decisionId)
        .execute();
      assert.equal(deliveries.length, 0);
      const jobs = await t.database.db
        .selectFrom('outbox')
        .select('payload')
        .where('topic', '=', topics.letterDelivery)
        .execute();
      assert.equal(jobs.filter((job) => job.payload.decisionId === decisionId).length, 0);
      assert.equal(await mailedAt(decisionId), null);
      assert.deepEqual(await shownDeliveries(applicationId, decisionId), []);
    });
  });
}
