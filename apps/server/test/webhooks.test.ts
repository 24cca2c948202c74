// The events API for other systems: webhook subscriptions (create with the secret once, list, read, delete, rotate),
// the delivery log, replay and the event log, only for API clients with events:manage, each seeing only its own
// subscriptions; the changes audited; the URL guard when not in development.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { eventTypes } from '../src/events/events.ts';
import { WebhookWorker } from '../src/webhooks/worker.ts';
import { createApiClientAndToken } from './helpers/api-client.ts';
import { APPLICATIONS, type Caller, call, completeDraft, signIn } from './helpers/applications.ts';
import { matti } from './helpers/demo-citizens.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';
import { type Receiver, startReceiver, verifiedSignatures } from './helpers/webhook-receiver.ts';

const SUBSCRIPTIONS = '/api/v1/webhook-subscriptions';
const EVENTS = '/api/v1/events';
const CASES = '/api/v1/applications';
const silentLog = { info() {}, warn() {}, error() {} };

for (const backend of databaseBackends) {
  describe(`events API: webhook subscriptions and the event log (${backend})`, () => {
    let t: TestApp;
    let receiver: Receiver;
    let integrator: string;
    let otherIntegrator: string;
    let readOnly: string;
    let handler: Caller;

    const as = (
      authorization: string | undefined,
      method: 'GET' | 'POST' | 'DELETE',
      url: string,
      payload?: unknown,
    ) =>
      t.app.inject({
        method,
        url,
        headers: authorization ? { authorization } : {},
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });

    async function sendAndTake(): Promise<string> {
      const citizen = await signIn(t, { personalIdentityCode: matti?.personalIdentityCode ?? '' });
      const draft = await completeDraft(t, citizen, '2026-11');
      assert.equal((await call(t, citizen, 'POST', `${APPLICATIONS}/${draft.id}/submit`)).statusCode, 200);
      const taken = await call(t, handler, 'POST', `${CASES}/${draft.id}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      return draft.id;
    }

    const deliver = () =>
      new WebhookWorker({
        db: t.database.db,
        clock: t.clock,
        log: silentLog,
        publicUrl: t.config.publicUrl,
        allowPrivate: t.config.webhooks.allowPrivate,
      }).drain();

    before(async () => {
      t = await createTestApp(backend);
      receiver = await startReceiver();
      integrator = (await createApiClientAndToken(t, ['events:manage'])).authorization;
      otherIntegrator = (await createApiClientAndToken(t, ['events:manage', 'applications:read']))
        .authorization;
      readOnly = (await createApiClientAndToken(t, ['applications:read'])).authorization;
      handler = await signIn(t, { username: 'handler' });
    });
    after(async () => {
      await receiver.close();
      await t.close();
    });

    test('only API clients with events:manage', async () => {
      assert.equal((await as(undefined, 'GET', SUBSCRIPTIONS)).statusCode, 401);
      assert.equal((await as(readOnly, 'GET', SUBSCRIPTIONS)).statusCode, 403);
      assert.equal((await as(readOnly, 'GET', EVENTS)).statusCode, 403);
      assert.equal((await call(t, handler, 'GET', SUBSCRIPTIONS)).statusCode, 403, 'not for staff sessions');
      assert.equal((await as(integrator, 'GET', SUBSCRIPTIONS)).statusCode, 200);
    });

    test('subscribe, get the events signed, read the delivery log, rotate, replay, delete; all audited', async () => {
      const bad = await as(integrator, 'POST', SUBSCRIPTIONS, {
        url: receiver.url,
        eventTypes: ['fi.tuki.nothing'],
      });
      assert.equal(bad.statusCode, 400);
      assert.equal((await as(integrator, 'POST', SUBSCRIPTIONS, { url: 'not a url' })).statusCode, 400);

      const created = await as(integrator, 'POST', SUBSCRIPTIONS, {
        url: receiver.url,
        eventTypes: [eventTypes.statusChanged],
      });
      assert.equal(created.statusCode, 201, created.body);
      const subscription = created.json();
      assert.match(subscription.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
      assert.deepEqual(subscription.eventTypes, [eventTypes.statusChanged]);
      assert.equal(created.headers.location, `${SUBSCRIPTIONS}/${subscription.id}`);
      const url = `${SUBSCRIPTIONS}/${subscription.id}`;

      const read = (await as(integrator, 'GET', url)).json();
      assert.equal(read.secret, undefined, 'the secret is shown only once');
      assert.equal(read.url, receiver.url);
      assert.deepEqual(
        (await as(integrator, 'GET', SUBSCRIPTIONS)).json().items.map((s: { id: string }) => s.id),
        [subscription.id],
      );
      assert.equal((await as(otherIntegrator, 'GET', url)).statusCode, 404, 'another client’s is not found');
      assert.deepEqual((await as(otherIntegrator, 'GET', SUBSCRIPTIONS)).json().items, []);
      assert.equal((await as(otherIntegrator, 'DELETE', url)).statusCode, 404);

      const id = await sendAndTake();
      assert.equal((await deliver()).delivered, 2);
      assert.deepEqual(
        receiver.received.map((r) => [r.event.type, r.event.subject, r.event.data.status]),
        [
          [eventTypes.statusChanged, id, 'submitted'],
          [eventTypes.statusChanged, id, 'in_processing'],
        ],
      );
      assert.ok(
        receiver.received.every((r) => verifiedSignatures(subscription.secret, r.headers, r.body) === 1),
      );

      const log = await as(integrator, 'GET', `${url}/deliveries?limit=1`);
      assert.equal(log.statusCode, 200, log.body);
      const page = log.json();
      assert.equal(page.items.length, 1);
      assert.equal(page.items[0].status, 'delivered');
      assert.equal(page.items[0].lastStatusCode, 200);
      assert.equal(page.items[0].attempts, 1);
      const rest = (
        await as(integrator, 'GET', `${url}/deliveries?limit=5&cursor=${page.nextCursor}`)
      ).json();
      assert.equal(rest.items.length, 1);
      assert.equal(rest.nextCursor, null);
      assert.notEqual(rest.items[0].eventId, page.items[0].eventId);
      assert.equal((await as(otherIntegrator, 'GET', `${url}/deliveries`)).statusCode, 404);

      const rotated = await as(integrator, 'POST', `${url}/secret`);
      assert.equal(rotated.statusCode, 200, rotated.body);
      const newSecret = rotated.json().secret;
      assert.notEqual(newSecret, subscription.secret);
      assert.equal(
        rotated.json().previousSecretValidUntil,
        new Date(t.clock.now().getTime() + 24 * 3_600_000).toISOString(),
      );

      const eventId = receiver.received[0]?.event.id;
      const replayed = await as(integrator, 'POST', `${url}/replay`, { eventId });
      assert.equal(replayed.statusCode, 202, replayed.body);
      assert.deepEqual(replayed.json(), { replayed: 1 });
      assert.equal((await deliver()).delivered, 1);
      const last = receiver.received.at(-1);
      assert.equal(last?.event.id, eventId);
      assert.equal(last?.headers['webhook-id'], eventId, 'the same webhook-id as before');
      assert.equal(verifiedSignatures(newSecret, last?.headers ?? {}, last?.body ?? ''), 1);
      assert.equal(verifiedSignatures(subscription.secret, last?.headers ?? {}, last?.body ?? ''), 1);
      const range = await as(integrator, 'POST', `${url}/replay`, {
        from: new Date(t.clock.now().getTime() - 60_000).toISOString(),
        to: new Date(t.clock.now().getTime() + 60_000).toISOString(),
      });
      assert.deepEqual(range.json(), { replayed: 2 });
      assert.equal(
        (await as(integrator, 'POST', `${url}/replay`, { eventId: '00000000-0000-4000-8000-000000000000' }))
          .statusCode,
        404,
      );
      assert.equal((await as(integrator, 'POST', `${url}/replay`, { eventId, from: 'x' })).statusCode, 400);

      const deleted = await as(integrator, 'DELETE', url);
      assert.equal(deleted.statusCode, 204);
      assert.equal((await as(integrator, 'GET', url)).statusCode, 404);
      const before = receiver.received.length;
      await deliver();
      assert.equal(receiver.received.length, before, 'nothing is delivered to a deleted subscription');

      const audited = await sql<{
        action: string;
        actor_type: string;
      }>`select action, actor_type from audit_event
        where object_id = ${subscription.id} order by seq`.execute(t.database.db);
      assert.deepEqual(
        audited.rows.map((row) => row.action),
        [
          'webhook_subscription.create',
          'webhook_subscription.rotate_secret',
          'webhook_subscription.replay',
          'webhook_subscription.replay',
          'webhook_subscription.delete',
        ],
      );
      assert.ok(audited.rows.every((row) => row.actor_type === 'api_client'));
    });

    test('the event log: paged in order, by application and type, with a cursor to poll from', async () => {
      const first = await as(integrator, 'GET', `${EVENTS}?limit=1`);
      assert.equal(first.statusCode, 200, first.body);
      const all = (await as(integrator, 'GET', `${EVENTS}?limit=500`)).json();
      assert.ok(all.items.length >= 2);
      assert.equal(all.nextCursor, null);
      const sequences = all.items.map((e: { sequence: string }) => Number(e.sequence));
      assert.deepEqual(
        sequences,
        [...sequences].sort((a, b) => a - b),
      );
      assert.equal(first.json().items[0].id, all.items[0].id);
      const second = (
        await as(integrator, 'GET', `${EVENTS}?limit=1&cursor=${first.json().nextCursor}`)
      ).json();
      assert.equal(second.items[0].id, all.items[1].id);

      const id = await sendAndTake();
      const polled = (await as(integrator, 'GET', `${EVENTS}?cursor=${all.pollCursor}`)).json();
      assert.deepEqual(
        polled.items.map((e: { subject: string; type: string }) => [e.subject, e.type]),
        [
          [id, eventTypes.statusChanged],
          [id, eventTypes.statusChanged],
        ],
      );
      const event = polled.items[0];
      assert.equal(event.specversion, '1.0');
      assert.equal(event.source, t.config.publicUrl);
      assert.equal(event.data.links.application, `${t.config.publicUrl}/api/v1/applications/${id}`);
      const bySubject = (
        await as(integrator, 'GET', `${EVENTS}?subject=${id}&type=${eventTypes.statusChanged}`)
      ).json();
      assert.equal(bySubject.items.length, 2);
      const none = (
        await as(integrator, 'GET', `${EVENTS}?subject=${id}&type=${eventTypes.decisionMade}`)
      ).json();
      assert.deepEqual(none.items, []);
      assert.equal((await as(integrator, 'GET', `${EVENTS}?type=nothing`)).statusCode, 400);
    });

    test('the operations are in the OpenAPI document', async () => {
      const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const operations = Object.values(
        document.paths as Record<string, Record<string, { operationId: string }>>,
      )
        .flatMap((path) => Object.values(path))
        .map((operation) => operation.operationId);
      for (const operationId of [
        'listEvents',
        'createSubscription',
        'listSubscriptions',
        'getSubscription',
        'deleteSubscription',
        'rotateSubscriptionSecret',
        'listSubscriptionDeliveries',
        'replayEvents',
      ]) {
        assert.ok(operations.includes(operationId), operationId);
      }
      assert.ok(document.components.schemas.CloudEvent);
    });

    test('a deactivated client’s deliveries wait until it is active again', async () => {
      const paused = await createApiClientAndToken(t, ['events:manage']);
      const created = await as(paused.authorization, 'POST', SUBSCRIPTIONS, {
        url: receiver.url,
        eventTypes: [eventTypes.statusChanged],
      });
      assert.equal(created.statusCode, 201, created.body);
      const subscriptionId = created.json().id;
      const delivered = () =>
        receiver.received.filter((r) => r.headers['webhook-signature'] && r.answered < 300).length;
      await sql`update api_client set active = false where id = ${paused.clientId}`.execute(t.database.db);
      const before = delivered();
      const id = await sendAndTake();
      await deliver();
      const waiting = await t.database.db
        .selectFrom('webhook_delivery')
        .select('status')
        .where('subscription_id', '=', subscriptionId)
        .execute();
      assert.ok(waiting.length > 0 && waiting.every((row) => row.status === 'pending'), 'kept, not sent');
      await sql`update api_client set active = true where id = ${paused.clientId}`.execute(t.database.db);
      await deliver();
      const sent = await t.database.db
        .selectFrom('webhook_delivery')
        .select('status')
        .where('subscription_id', '=', subscriptionId)
        .execute();
      assert.ok(sent.every((row) => row.status === 'delivered'));
      assert.ok(delivered() > before, `events of ${id} arrived once the client was active`);
    });
  });

  describe(`events API outside development (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(backend, { NODE_ENV: 'test' });
    });
    after(() => t.close());

    test('only https URLs to public addresses', async () => {
      assert.equal(t.config.webhooks.allowPrivate, false);
      const { authorization } = await createApiClientAndToken(t, ['events:manage']);
      for (const url of [
        'http://example.org/hooks',
        'https://127.0.0.1:8443/hooks',
        'https://[::1]/',
        'https://10.0.0.8/',
      ]) {
        const refused = await t.app.inject({
          method: 'POST',
          url: SUBSCRIPTIONS,
          headers: { authorization },
          payload: { url },
        });
        assert.equal(refused.statusCode, 400, url);
        assert.equal(refused.json().errors[0].path, 'body.url');
      }
      const ok = await t.app.inject({
        method: 'POST',
        url: SUBSCRIPTIONS,
        headers: { authorization },
        payload: { url: 'https://93.184.215.14/hooks' },
      });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.deepEqual(ok.json().eventTypes, [], 'every type');
    });
  });
}
