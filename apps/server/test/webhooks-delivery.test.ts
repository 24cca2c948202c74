// Events and their webhook delivery, below the HTTP API of subscriptions: the commands write an event for every
// status change, information request, answer, message and decision (whichever API made it); a real receiver on
// loopback checks the Standard Webhooks signatures with its own code; retries with a manual clock after 500s, the
// dead letter after 24 hours, replay; nothing lost when the process dies after the commit; no event twice in a row;
// the order per application even when a delivery fails; secret rotation; the SSRF guard.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type EventType, eventTypes, listEvents } from '../src/events/events.ts';
import { runHousekeeping } from '../src/jobs/housekeeping.ts';
import { DELIVERY_LOG_RETENTION_DAYS, EVENT_RETENTION_DAYS } from '../src/webhooks/retention.ts';
import { checkWebhookUrl, isPublicAddress, WebhookUrlRefused } from '../src/webhooks/ssrf.ts';
import {
  createSubscription,
  listDeliveries,
  replayEvents,
  rotateSubscriptionSecret,
} from '../src/webhooks/subscriptions.ts';
import { WebhookWorker } from '../src/webhooks/worker.ts';
import { APPLICATIONS, type Caller, call, completeDraft, signIn } from './helpers/applications.ts';
import { rejectionForMissingInformation } from './helpers/cases.ts';
import { matti } from './helpers/demo-citizens.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';
import { type Receiver, startReceiver, verifiedSignatures } from './helpers/webhook-receiver.ts';

const CASES = '/api/v1/applications';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const silentLog = { info() {}, warn() {}, error() {} };

for (const backend of databaseBackends) {
  describe(`events and webhook delivery (${backend})`, () => {
    let t: TestApp;
    let receiver: Receiver;
    const clientId = randomUUID();
    const actor = () => ({
      clientId,
      audit: { actor: { type: 'api_client' as const, id: clientId }, requestId: null, ip: null },
    });

    const worker = (options: { allowPrivate?: boolean } = {}) =>
      new WebhookWorker({
        db: t.database.db,
        clock: t.clock,
        log: silentLog,
        publicUrl: 'https://tuki.example.fi',
        allowPrivate: options.allowPrivate ?? true,
        random: () => 0,
      });

    async function subscribe(eventTypesFilter: EventType[] = [], url = receiver.url) {
      return createSubscription(
        t.database.db,
        actor(),
        { url, eventTypes: eventTypesFilter },
        { allowPrivate: true },
        t.clock.now(),
      );
    }

    /** Signs everyone in again (sessions end while idle when the clock moves). */
    async function people(): Promise<{ citizen: Caller; handler: Caller }> {
      return {
        citizen: await signIn(t, { personalIdentityCode: matti?.personalIdentityCode ?? '' }),
        handler: await signIn(t, { username: 'handler' }),
      };
    }

    async function sendAndTake(): Promise<{ id: string; citizen: Caller; handler: Caller }> {
      const { citizen, handler } = await people();
      const draft = await completeDraft(t, citizen, '2026-11');
      const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${draft.id}/submit`);
      assert.equal(sent.statusCode, 200, sent.body);
      const taken = await call(t, handler, 'POST', `${CASES}/${draft.id}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      return { id: draft.id, citizen, handler };
    }

    /** A whole case through the APIs: sent, taken, asked, answered, messages both ways, decided. */
    async function wholeCase(): Promise<string> {
      const { id, citizen, handler } = await sendAndTake();
      const asked = await call(t, handler, 'POST', `${CASES}/${id}/information-requests`, {
        payload: {
          items: [{ code: 'bank_statements' }],
          message: 'Tiliotteet, kiitos.',
          dueDate: '2026-12-09',
        },
      });
      assert.equal(asked.statusCode, 200, asked.body);
      const requestId = asked.json().informationRequests[0].id;
      const answered = await call(
        t,
        citizen,
        'POST',
        `${APPLICATIONS}/${id}/information-requests/${requestId}/answer`,
        {
          payload: { message: 'Liitteenä.', attachmentIds: [] },
        },
      );
      assert.equal(answered.statusCode, 200, answered.body);
      const mine = await call(t, citizen, 'POST', `${APPLICATIONS}/${id}/messages`, {
        payload: { body: 'Kiitos!' },
      });
      assert.equal(mine.statusCode, 201, mine.body);
      const theirs = await call(t, handler, 'POST', `${CASES}/${id}/messages`, {
        payload: { body: 'Selvä.' },
      });
      assert.equal(theirs.statusCode, 201, theirs.body);
      const decided = await call(t, handler, 'POST', `${CASES}/${id}/decision`, {
        payload: rejectionForMissingInformation,
      });
      assert.equal(decided.statusCode, 201, decided.body);
      return id;
    }

    const eventsOf = async (subject: string) =>
      t.database.db.selectFrom('event').selectAll().where('subject', '=', subject).orderBy('seq').execute();

    before(async () => {
      t = await createTestApp(backend);
    });
    after(async () => {
      await receiver?.close();
      await t.close();
    });
    beforeEach(async () => {
      // Each test starts with no subscriptions, and a fresh receiver that answers 200.
      await t.database.db.deleteFrom('webhook_subscription').execute();
      await receiver?.close();
      receiver = await startReceiver();
    });

    test('every change writes its event, and a subscriber gets them signed, in order, as CloudEvents', async () => {
      const subscription = await subscribe();
      const id = await wholeCase();
      const events = await eventsOf(id);
      assert.deepEqual(
        events.map((event) => [event.type, event.data.status]),
        [
          [eventTypes.statusChanged, 'submitted'],
          [eventTypes.statusChanged, 'in_processing'],
          [eventTypes.statusChanged, 'waiting_for_information'],
          [eventTypes.informationRequested, 'waiting_for_information'],
          // The answer is written before the status moves on; the status event follows.
          [eventTypes.informationAnswered, 'waiting_for_information'],
          [eventTypes.statusChanged, 'in_processing'],
          [eventTypes.messageSent, 'in_processing'],
          [eventTypes.messageSent, 'in_processing'],
          [eventTypes.decisionMade, 'in_processing'],
          [eventTypes.statusChanged, 'decided'],
        ],
      );
      const text = JSON.stringify(events);
      assert.ok(!text.includes(matti.personalIdentityCode), 'no identity code');
      assert.ok(!text.includes(matti.firstName) && !text.includes(matti.lastName), 'no names');

      const result = await worker().drain();
      assert.equal(result.delivered, events.length);
      assert.deepEqual(
        receiver.received.map((r) => r.event.id),
        events.map((event) => event.id),
        'in order',
      );
      for (const { headers, body, event } of receiver.received) {
        assert.equal(verifiedSignatures(subscription.secret, headers, body), 1, 'signed with the secret');
        assert.equal(headers['webhook-id'], event.id);
        assert.equal(headers['webhook-timestamp'], String(Math.floor(t.clock.now().getTime() / 1000)));
        assert.match(String(headers['content-type']), /^application\/cloudevents\+json/);
        assert.equal(event.specversion, '1.0');
        assert.equal(event.source, 'https://tuki.example.fi');
        assert.equal(event.subject, id);
        assert.equal(event.datacontenttype, 'application/json');
        assert.equal(event.data.links.application, `https://tuki.example.fi/api/v1/applications/${id}`);
      }
      const decision = receiver.received.find((r) => r.event.type === eventTypes.decisionMade)?.event;
      assert.match(
        String(decision?.data.links.decisionDocument),
        /^https:\/\/tuki\.example\.fi\/api\/v1\/decisions\/.+\/document$/,
      );
      assert.equal(
        await worker()
          .drain()
          .then((r) => r.delivered),
        0,
        'nothing twice',
      );
    });

    test('a filter by type; a draft is no event', async () => {
      await subscribe([eventTypes.decisionMade]);
      const { citizen } = await people();
      const draft = await completeDraft(t, citizen, '2026-11');
      assert.equal((await eventsOf(draft.id)).length, 0, 'a draft is the citizen’s own');
      const id = await wholeCase();
      await worker().drain();
      assert.deepEqual(
        receiver.received.map((r) => [r.event.type, r.event.subject]),
        [[eventTypes.decisionMade, id]],
      );
    });

    test('500s are retried with backoff, then delivered; a receiver down for 24 hours gets it dead; replay delivers', async () => {
      const subscription = await subscribe([eventTypes.statusChanged]);
      t.clock.advance(60_000); // after the events of the tests before
      const start = new Date(t.clock.now());
      let down = true;
      receiver.respond = () => (down ? 500 : 204);
      const { id } = await sendAndTake();
      const w = worker();
      let result = await w.drain();
      assert.deepEqual(
        result,
        { delivered: 0, failed: 1, dead: 0 },
        'the first event fails; the second waits behind it',
      );
      const log = async () =>
        (await listDeliveries(t.database.db, clientId, subscription.id, { limit: 10 })).deliveries.sort(
          (a, b) => a.event_seq - b.event_seq,
        );
      let [first, second] = await log();
      assert.equal(first?.status, 'failed');
      assert.equal(first?.attempts, 1);
      assert.equal(first?.last_status_code, 500);
      assert.match(String(first?.last_error), /HTTP 500: receiver is down/);
      assert.equal(new Date(first?.next_attempt_at ?? 0).getTime() - t.clock.now().getTime(), 30_000, '30 s');
      assert.equal(second?.status, 'pending');

      t.clock.advance(29_000);
      assert.equal((await w.drain()).failed, 0, 'not due yet');
      t.clock.advance(1_000);
      result = await w.drain();
      assert.deepEqual(result, { delivered: 0, failed: 1, dead: 0 });
      [first] = await log();
      assert.equal(
        new Date(first?.next_attempt_at ?? 0).getTime() - t.clock.now().getTime(),
        60_000,
        'doubled',
      );
      t.clock.advance(60_000);
      down = false;
      result = await w.drain();
      assert.deepEqual(result, { delivered: 2, failed: 0, dead: 0 }, 'then both, in order');
      const statusEvents = (await eventsOf(id)).filter((e) => e.type === eventTypes.statusChanged);
      assert.deepEqual(
        receiver.received.map((r) => [r.event.id, r.answered]),
        [
          [statusEvents[0]?.id, 500],
          [statusEvents[0]?.id, 500],
          [statusEvents[0]?.id, 204],
          [statusEvents[1]?.id, 204],
        ],
        'the same event again until it is taken',
      );
      assert.ok(
        receiver.received.every((r) => verifiedSignatures(subscription.secret, r.headers, r.body) === 1),
      );

      // Down for good: retried until a day after the first attempt, then dead.
      down = true;
      receiver.received.length = 0;
      const { citizen } = await people();
      const draft = await completeDraft(t, citizen, '2026-11');
      assert.equal((await call(t, citizen, 'POST', `${APPLICATIONS}/${draft.id}/submit`)).statusCode, 200);
      const firstAttempt = t.clock.now().getTime();
      await w.drain();
      let attempts = 1;
      for (;;) {
        const [open] = (await listDeliveries(t.database.db, clientId, subscription.id, { limit: 1 }))
          .deliveries;
        if (open?.status !== 'failed') break;
        t.clock.set(new Date(open.next_attempt_at));
        await w.drain();
        attempts += 1;
        assert.ok(attempts < 60, 'gives up in time');
      }
      const [dead] = (await listDeliveries(t.database.db, clientId, subscription.id, { limit: 1 }))
        .deliveries;
      assert.equal(dead?.status, 'dead');
      assert.equal(dead?.attempts, attempts);
      assert.ok(t.clock.now().getTime() - firstAttempt >= 24 * HOUR, 'after 24 hours of retries');
      assert.ok(t.clock.now().getTime() - firstAttempt < 25 * HOUR, 'and not much longer');
      assert.equal(receiver.received.length, attempts);
      assert.ok(attempts > 20, `exponential backoff capped at an hour (${attempts} attempts)`);
      t.clock.advance(HOUR);
      assert.equal((await w.drain()).failed, 0, 'a dead delivery is not retried');

      // Replay of the event: delivered once the receiver is back.
      down = false;
      const deadEventId = dead?.event_id ?? '';
      assert.deepEqual(
        await replayEvents(t.database.db, actor(), subscription.id, { eventId: deadEventId }, t.clock.now()),
        {
          replayed: 1,
        },
      );
      assert.equal((await w.drain()).delivered, 1);
      assert.equal(receiver.accepted().at(-1)?.id, deadEventId);
      // A time range: every status event since the start, again, in order.
      receiver.received.length = 0;
      const range = await replayEvents(
        t.database.db,
        actor(),
        subscription.id,
        { from: start, to: new Date(t.clock.now().getTime() + 1) },
        t.clock.now(),
      );
      assert.equal(range.replayed, 3);
      assert.equal((await w.drain()).delivered, 3);
      const again = receiver.received.map((r) => r.event.id);
      assert.equal(again.length, 3);
      assert.ok(again.includes(deadEventId));
      assert.deepEqual(
        again.filter((eventId) => eventId !== deadEventId),
        [statusEvents[0]?.id, statusEvents[1]?.id],
        'in their order',
      );
    });

    test('the order per application is kept when a delivery fails; other applications go on', async () => {
      await subscribe();
      const failOnce = new Set<string>();
      const a = await sendAndTake();
      const b = await sendAndTake();
      const [firstOfA] = await eventsOf(a.id);
      receiver.respond = (event) => {
        if (event.id === firstOfA?.id && !failOnce.has(event.id)) {
          failOnce.add(event.id);
          return 503;
        }
        return 200;
      };
      const w = worker();
      await w.drain();
      assert.deepEqual(
        receiver.accepted().map((e) => e.subject),
        [b.id, b.id],
        'b’s events go; a’s second waits for its first',
      );
      t.clock.advance(HOUR);
      await w.drain();
      const ofA = receiver.accepted().filter((e) => e.subject === a.id);
      assert.deepEqual(
        ofA.map((e) => e.id),
        (await eventsOf(a.id)).map((e) => e.id),
      );
    });

    test('a crash after the commit loses no event: a new worker delivers what the old one never sent', async () => {
      await subscribe();
      const stopped = worker();
      await stopped.stop(); // the process dies before its worker runs
      const id = await wholeCase();
      // A crash in the middle of a delivery (claimed, never answered): the lease runs out and it is sent again.
      await t.database.db
        .updateTable('webhook_delivery')
        .set({ attempts: 1, next_attempt_at: new Date(t.clock.now().getTime() + 60_000) })
        .where('event_seq', '=', (await eventsOf(id))[0]?.seq ?? 0)
        .execute();
      const fresh = worker();
      assert.equal((await fresh.drain()).delivered, 0, 'the leased delivery holds its application back');
      t.clock.advance(60_000);
      const result = await fresh.drain();
      const events = await eventsOf(id);
      assert.equal(result.delivered, events.length);
      assert.deepEqual(
        receiver.received.map((r) => r.event.id),
        events.map((e) => e.id),
      );
    });

    test('a healthy receiver never gets the same event twice in a row, with several workers at once', async () => {
      await subscribe();
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) ids.push((await sendAndTake()).id);
      const workers = [worker(), worker(), worker()];
      await Promise.all(workers.map((w) => w.drain()));
      await Promise.all(workers.map((w) => w.drain()));
      const received = receiver.received.map((r) => r.event.id);
      assert.equal(received.length, ids.length * 2);
      assert.equal(new Set(received).size, received.length, 'each event once');
      for (let i = 1; i < received.length; i += 1) assert.notEqual(received[i], received[i - 1]);
      for (const id of ids) {
        assert.deepEqual(
          receiver.received.filter((r) => r.event.subject === id).map((r) => r.event.id),
          (await eventsOf(id)).map((e) => e.id),
          'in order per application',
        );
      }
    });

    test('retention: finished deliveries go after 90 days, events after 400 once no delivery needs them', async (context) => {
      const start = t.clock.now();
      // The clock goes back afterwards: the other tests apply for the month of their start.
      context.after(() => t.clock.set(start.toISOString()));
      const subscription = await subscribe();
      const done = await wholeCase();
      const doneEvents = await eventsOf(done);
      assert.equal((await worker().drain()).delivered, doneEvents.length);
      // Another application's events whose deliveries never ran (a receiver nobody has reached yet).
      const waiting = (await sendAndTake()).id;
      const clean = async () => runHousekeeping({ db: t.database.db, clock: t.clock, log: silentLog });
      const deliveriesOf = async (subject: string) =>
        t.database.db
          .selectFrom('webhook_delivery')
          .select('status')
          .where('subject', '=', subject)
          .execute();

      t.clock.advance((DELIVERY_LOG_RETENTION_DAYS - 1) * DAY);
      assert.equal((await clean()).old_webhook_deliveries, 0, 'nothing before 90 days');
      t.clock.advance(2 * DAY);
      const after90 = await clean();
      assert.equal(after90.old_webhook_deliveries, doneEvents.length, 'the delivered ones');
      assert.equal(after90.old_events, 0, 'the events stay in the log');
      assert.deepEqual(await deliveriesOf(done), []);
      assert.deepEqual(
        (await deliveriesOf(waiting)).map((d) => d.status),
        ['pending', 'pending'],
        'an unfinished delivery stays',
      );
      const log = await listDeliveries(t.database.db, clientId, subscription.id, { limit: 100 });
      assert.ok(log.deliveries.every((d) => d.subject === waiting));

      t.clock.advance((EVENT_RETENTION_DAYS - DELIVERY_LOG_RETENTION_DAYS) * DAY);
      const unreferenced = (await t.database.db.selectFrom('event').select('subject').execute()).filter(
        (e) => e.subject !== waiting,
      );
      const after400 = await clean();
      assert.equal(
        after400.old_events,
        unreferenced.length,
        'every event no delivery refers to (this test’s and older)',
      );
      assert.deepEqual(await eventsOf(done), []);
      assert.equal((await eventsOf(waiting)).length, 2, 'still referred to by a pending delivery');
      const { events } = await listEvents(t.database.db, { limit: 100 });
      assert.deepEqual(new Set(events.map((e) => e.subject)), new Set([waiting]));
    });

    test('secret rotation: both signatures for a day, then only the new one', async () => {
      const subscription = await subscribe();
      const rotated = await rotateSubscriptionSecret(t.database.db, actor(), subscription.id, t.clock.now());
      assert.notEqual(rotated.secret, subscription.secret);
      await sendAndTake();
      await worker().drain();
      for (const { headers, body } of receiver.received) {
        assert.equal(String(headers['webhook-signature']).split(' ').length, 2);
        assert.equal(verifiedSignatures(rotated.secret, headers, body), 1, 'the new secret');
        assert.equal(verifiedSignatures(subscription.secret, headers, body), 1, 'the old secret');
        assert.equal(
          verifiedSignatures('whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', headers, body),
          0,
        );
      }
      receiver.received.length = 0;
      t.clock.advance(24 * HOUR + 1);
      await sendAndTake();
      await worker().drain();
      assert.ok(receiver.received.length > 0);
      for (const { headers, body } of receiver.received) {
        assert.equal(String(headers['webhook-signature']).split(' ').length, 1);
        assert.equal(verifiedSignatures(rotated.secret, headers, body), 1);
        assert.equal(verifiedSignatures(subscription.secret, headers, body), 0, 'the old one has expired');
      }
    });

    test('outside development the guard refuses http and private addresses, at delivery time too', async () => {
      const production = { allowPrivate: false };
      for (const url of [
        'http://example.org/hooks',
        'https://127.0.0.1/hooks',
        'https://10.1.2.3/hooks',
        'https://192.168.0.1/',
        'https://169.254.169.254/latest/meta-data',
        'https://[::1]/hooks',
        'https://[::ffff:127.0.0.1]/hooks',
        'https://[fd00::1]/',
        'https://localhost/hooks',
        'https://user:pass@example.org/',
        'ftp://example.org/',
      ]) {
        await assert.rejects(checkWebhookUrl(url, production), WebhookUrlRefused, url);
      }
      assert.equal(
        (await checkWebhookUrl('https://93.184.215.14/hooks', production)).hostname,
        '93.184.215.14',
      );
      assert.equal(
        (await checkWebhookUrl(receiver.url, { allowPrivate: true })).port,
        new URL(receiver.url).port,
      );

      // A subscription made in development, delivered by a production worker: refused, never connected.
      const subscription = await subscribe([eventTypes.statusChanged]);
      await sendAndTake();
      assert.deepEqual(await worker({ allowPrivate: false }).drain(), { delivered: 0, failed: 1, dead: 0 });
      assert.equal(receiver.received.length, 0);
      const [failed] = (
        await listDeliveries(t.database.db, clientId, subscription.id, { status: 'failed', limit: 5 })
      ).deliveries;
      assert.match(String(failed?.last_error), /http|public address/);
    });
  });
}

test('the address check: only public unicast addresses', () => {
  for (const address of [
    '127.0.0.1',
    '127.9.9.9',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    'not an address',
  ]) {
    assert.equal(isPublicAddress(address), false, address);
  }
  for (const address of ['93.184.215.14', '8.8.8.8', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
    assert.equal(isPublicAddress(address), true, address);
  }
});
