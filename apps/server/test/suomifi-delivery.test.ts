// Decision letters delivered through Suomi.fi Messages (letter-delivery/), against the local fake of the service
// over real HTTP: a decision made with the service configured makes a delivery and its outbox job; the job sends the
// letter to the mailbox, or as Suomi.fi's paper mail without one when the printing service is configured, or leaves
// it to the local print batch; a send repeated after a crash between the call and the commit is refused by the
// service (409) and the message exists once; the events poller stores read and returned events, resumes from its
// stored continuation token, and each decision shows its deliveries. Without the service nothing of this happens.
import assert from 'node:assert/strict';
import { beforeEach, describe, type TestContext, test } from 'node:test';
import { addDays, helsinkiDate } from '@tuki/domain';
import { openDatabase } from '../src/db/database.ts';
import { notificationOf } from '../src/decisions/notification.ts';
import { letterRenderingOf } from '../src/http/context.ts';
import { PendingLetterWorker } from '../src/jobs/pending-letters.ts';
import { letterDeliveryHandler, SuomifiEventsPoller } from '../src/letter-delivery/index.ts';
import type { LetterRenderer } from '../src/letters/index.ts';
import { type Topic, topics } from '../src/outbox/outbox.ts';
import { type OutboxHandler, OutboxWorker } from '../src/outbox/worker.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import type { SuomifiMessagesClient } from '../src/suomifi/index.ts';
import { call, signIn, useCaller } from './helpers/applications.ts';
import { approvalOf, sendApplication } from './helpers/cases.ts';
import { requestsTo, type SuomifiFixture, startSuomifiFixture } from './helpers/suomifi.ts';
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
      options: {
        printing?: boolean;
        afterSend?: (deliveryId: string) => void;
        client?: SuomifiMessagesClient;
        maxAttempts?: number;
      } = {},
    ) {
      return new OutboxWorker({
        db: t.database.db,
        clock: t.clock,
        log: silent,
        random: () => 0,
        ...(options.maxAttempts && { maxAttempts: options.maxAttempts }),
        handlers: {
          ...otherTopics,
          [topics.letterDelivery]: letterDeliveryHandler({
            client: options.client ?? fixture.client(),
            printingService: options.printing ?? false,
            ...(options.afterSend && { afterSend: options.afterSend }),
          }),
        },
      });
    }

    const poller = (fixture: SuomifiFixture) =>
      new SuomifiEventsPoller({ db: t.database.db, clock: t.clock, log: silent, client: fixture.client() });

    /** A decision made; with `renderer`, its letter rendered by it after the commit (a failing one leaves it pending). */
    async function decided(
      renderer?: LetterRenderer,
    ): Promise<{ applicationId: string; decisionId: string }> {
      const applicationId = await sendApplication(t, citizen);
      const taken = await call(t, handler, 'POST', `${CASES}/${applicationId}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      t.context.letterRenderer = renderer;
      try {
        const made = await call(t, handler, 'POST', `${CASES}/${applicationId}/decision`, {
          payload: approve,
        });
        assert.equal(made.statusCode, 201, made.body);
        return { applicationId, decisionId: made.json().id };
      } finally {
        t.context.letterRenderer = undefined;
      }
    }
    const stopped: LetterRenderer = async () => {
      throw new Error('the renderer was stopped');
    };
    const deliveryJobsOf = async (decisionId: string) =>
      (
        await t.database.db
          .selectFrom('outbox')
          .select(['payload', 'processed_at', 'failed_at'])
          .where('topic', '=', topics.letterDelivery)
          .execute()
      ).filter((job) => job.payload.decisionId === decisionId);
    /** The decision as staff see it (getApplication). */
    async function shownDecision(applicationId: string, decisionId: string) {
      const staff = await call(t, handler, 'GET', `${CASES}/${applicationId}`);
      assert.equal(staff.statusCode, 200, staff.body);
      return staff.json().decisions.find((d: { id: string }) => d.id === decisionId);
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
        {
          channel: null,
          status: 'pending',
          sentAt: null,
          readAt: null,
          printedAt: null,
          returnedAt: null,
          sentOn: null,
          notifiedOn: null,
        },
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
      // Paper was chosen, but the letter reached the mailbox: electronic, notified on the 3rd day after the send.
      const sentOn = helsinkiDate(t.clock.now());
      assert.equal(shown?.sentOn, sentOn);
      assert.equal(shown?.notifiedOn, addDays(sentOn, 3));
      const decision = await shownDecision(applicationId, decisionId);
      assert.equal(decision.delivery, 'paper');
      assert.equal(
        decision.rectificationDeadline,
        notificationOf('electronic', sentOn).rectificationDeadline,
      );
      assert.notEqual(decision.rectificationDeadline, notificationOf('paper', sentOn).rectificationDeadline);
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

    test('paper chosen, sent to the mailbox: the request for rectification is due by the electronic rule', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, true);
      const { applicationId, decisionId } = await decided();
      assert.equal((await worker(fixture).runOnce()).failed, 0);
      const sentOn = helsinkiDate(t.clock.now());
      const deadline = notificationOf('electronic', sentOn).rectificationDeadline;
      assert.ok(
        deadline < notificationOf('paper', sentOn).rectificationDeadline,
        'the paper rule would be later',
      );
      assert.equal((await shownDecision(applicationId, decisionId)).rectificationDeadline, deadline);
      const now = t.clock.now();
      t.clock.set(new Date(`${addDays(deadline, 1)}T10:00:00Z`));
      try {
        const late = await signIn(t, { personalIdentityCode: matti.personalIdentityCode });
        const refused = await call(t, late, 'POST', `/api/v1/my/decisions/${decisionId}/rectification`, {
          payload: { reasons: 'Myöhässä' },
        });
        assert.equal(refused.statusCode, 409, refused.body);
        assert.match(refused.json().detail, new RegExp(deadline));
      } finally {
        t.clock.set(now);
      }
    });

    test('sent: one decision.delivered event, audited as the system, with its webhook event', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, true);
      const { applicationId, decisionId } = await decided();
      const delivered = () =>
        t.database.db
          .selectFrom('event')
          .select(['type', 'data'])
          .where('subject', '=', applicationId)
          .where('type', '=', 'fi.tuki.application.decision_delivered')
          .execute();
      const audited = () =>
        t.database.db
          .selectFrom('audit_event')
          .select(['actor_type', 'actor_id', 'object_id', 'details'])
          .where('action', '=', 'decision.deliver')
          .where('object_id', '=', decisionId)
          .execute();
      assert.deepEqual(await delivered(), [], 'nothing before the letter is sent');
      assert.equal((await worker(fixture).runOnce()).failed, 0);
      const delivery = await deliveryOf(decisionId);
      const events = await delivered();
      assert.equal(events.length, 1);
      assert.equal(events[0]?.data.decisionId, decisionId);
      assert.equal(events[0]?.data.deliveryChannel, 'suomifi_electronic');
      const audit = await audited();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.actor_type, 'system');
      assert.equal(audit[0]?.actor_id, null);
      assert.deepEqual(audit[0]?.details, {
        applicationId,
        deliveryId: delivery.id,
        channel: 'suomifi_electronic',
      });
      // Events of the service change nothing of it; nor does another run.
      fixture.fake.markRead(delivery.id);
      await poller(fixture).runOnce();
      await worker(fixture).runOnce();
      assert.equal((await delivered()).length, 1);
      assert.equal((await audited()).length, 1);
    });

    test('a letter left nowhere is no event: the local print batch and the e-services account', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, false);
      const { applicationId } = await decided();
      await worker(fixture).runOnce();
      const events = await t.database.db
        .selectFrom('event')
        .select('type')
        .where('subject', '=', applicationId)
        .where('type', '=', 'fi.tuki.application.decision_delivered')
        .execute();
      assert.equal(events.length, 0);
    });

    test('the job is enqueued when the letter is stored, not before: a failed render makes no job', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, true);
      const { decisionId } = await decided(stopped);
      assert.equal((await deliveryOf(decisionId)).status, 'pending');
      assert.deepEqual(await deliveryJobsOf(decisionId), [], 'no job waits for a letter not rendered');
      await worker(fixture).runOnce();
      assert.equal(fixture.fake.messages.length, 0, 'nothing sent');
      assert.deepEqual(await deliveryJobsOf(decisionId), []);

      t.clock.advance(60_000); // past the failed render's backoff (30 s)
      const rendered = await new PendingLetterWorker({
        db: t.database.db,
        clock: t.clock,
        log: silent,
        rendering: letterRenderingOf(t.context),
      }).runOnce();
      assert.equal(rendered.rendered, 1);
      assert.equal((await deliveryJobsOf(decisionId)).length, 1, 'the render enqueued the job');
      assert.equal((await worker(fixture).runOnce()).failed, 0);
      assert.equal((await deliveryOf(decisionId)).status, 'sent');
      assert.equal(fixture.fake.messages.length, 1);
      const jobs = await deliveryJobsOf(decisionId);
      assert.equal(jobs.length, 1);
      assert.notEqual(jobs[0]?.processed_at, null);
      assert.equal(jobs[0]?.failed_at, null, 'never failed waiting for the PDF');
    });

    test('a letter the print batch mails before its job rendered it: delivered by the local print', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, true);
      const { applicationId, decisionId } = await decided(stopped);
      const batch = await call(t, handler, 'POST', '/api/v1/print-batches', {
        headers: { 'idempotency-key': `batch-${decisionId}` },
      });
      assert.equal(batch.statusCode, 201, batch.body);
      assert.ok(batch.json().decisionIds.includes(decisionId));
      const delivery = await deliveryOf(decisionId);
      assert.equal(delivery.channel, 'local_print');
      assert.equal(delivery.status, 'local');
      assert.deepEqual(await deliveryJobsOf(decisionId), [], 'nothing to send');
      const [shown] = await shownDeliveries(applicationId, decisionId);
      const batchDay = helsinkiDate(t.clock.now());
      assert.equal(shown?.sentOn, batchDay);
      assert.equal(shown?.notifiedOn, addDays(batchDay, 7));
    });

    test('sending fails to the last attempt: the paper letter falls back to the local print batch', async (tc) => {
      const fixture = await configured(tc);
      fixture.fake.setMailbox(matti.personalIdentityCode, true);
      const { applicationId, decisionId } = await decided();
      const client = fixture.client();
      client.sendMessage = async () => {
        throw new Error('Suomi.fi Messages answered 503');
      };
      const failing = worker(fixture, { client, maxAttempts: 2 });
      assert.equal((await failing.runOnce()).failed, 1);
      assert.equal((await deliveryOf(decisionId)).status, 'pending', 'tried again later');
      assert.notEqual(await mailedAt(decisionId), null, 'out of the print queue while being sent');
      t.clock.advance(60_000); // past the first retry's backoff (30 s)
      assert.equal((await failing.runOnce()).failed, 1);
      const [job] = await deliveryJobsOf(decisionId);
      assert.notEqual(job?.failed_at, null, 'given up');
      const delivery = await deliveryOf(decisionId);
      assert.equal(delivery.channel, 'local_print');
      assert.equal(delivery.status, 'local');
      assert.equal(await mailedAt(decisionId), null, 'back in the print queue');

      const batch = await call(t, handler, 'POST', '/api/v1/print-batches', {
        headers: { 'idempotency-key': `batch-${decisionId}` },
      });
      assert.equal(batch.statusCode, 201, batch.body);
      assert.ok(batch.json().decisionIds.includes(decisionId), 'the print batch found it');
      const batchDay = helsinkiDate(t.clock.now());
      const decision = await shownDecision(applicationId, decisionId);
      assert.equal(decision.deliveries[0].sentOn, batchDay);
      assert.equal(decision.rectificationDeadline, notificationOf('paper', batchDay).rectificationDeadline);
    });

    test('two events pollers at once (two processes): one reads the service, the other skips its run', async (tc) => {
      const fixture = await configured(tc);
      // On PostgreSQL the second poller has a database handle of its own, as another process would.
      const other = t.database.url
        ? await openDatabase({ url: t.database.url, dataDir: 'memory://', poolMax: 2 })
        : undefined;
      tc.after(() => other?.close());
      let entered: () => void = () => {};
      const inside = new Promise<void>((resolve) => {
        entered = resolve;
      });
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const slow = fixture.client();
      const events = slow.events.bind(slow);
      slow.events = async (token) => {
        entered();
        await gate;
        return events(token);
      };
      const first = new SuomifiEventsPoller({ db: t.database.db, clock: t.clock, log: silent, client: slow });
      const second = new SuomifiEventsPoller({
        db: other?.db ?? t.database.db,
        clock: t.clock,
        log: silent,
        client: fixture.client(),
      });
      const running = first.runOnce();
      await inside; // the first holds the lock and is reading the service
      const skipped = await second.runOnce();
      assert.deepEqual(skipped, { polled: false, pages: 0, events: 0, stored: 0 });
      release();
      const run = await running;
      assert.equal(run.polled, true);
      assert.equal(run.pages, 1);
      assert.equal(requestsTo(fixture.fake, 'GET /v2/events'), 1, 'one fetch from the service');
      // The lock is free again once the run has ended.
      assert.equal((await second.runOnce()).polled, true);
      assert.equal(requestsTo(fixture.fake, 'GET /v2/events'), 2);
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
