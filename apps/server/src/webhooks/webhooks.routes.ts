// Events for other systems: the event log (listEvents, for polling) and webhook subscriptions (create, list, read,
// delete, rotate the secret, the delivery log, replay). Only API clients with the scope events:manage; a client
// sees only its own subscriptions.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cloudEventSchema, eventTypeSchema, listEvents, toCloudEvent } from '../events/events.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { decodeCursor, encodeCursor, nextCursor, pageQuery } from '../http/cursor.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { pageOf } from '../shared/pagination.ts';
import {
  type ClientActor,
  createSubscription,
  deleteSubscription,
  getSubscription,
  listDeliveries,
  listSubscriptions,
  MAX_REPLAY_EVENTS,
  PREVIOUS_SECRET_VALID_MS,
  replayEvents,
  rotateSubscriptionSecret,
} from './subscriptions.ts';
import {
  deliverySchema,
  presentDelivery,
  presentSubscription,
  presentSubscriptionWithSecret,
  subscriptionSchema,
  subscriptionWithSecretSchema,
} from './webhook.presenter.ts';

const BASE = '/api/v1/webhook-subscriptions';
const tags = ['events'];
const rule = access.client(['events:manage']);
const params = z.object({ subscriptionId: z.uuid() });
const notFoundResponse = problemSchema.describe('No such subscription (or not yours)');

const SIGNING =
  'Each delivery is an HTTP POST of one CloudEvent (structured mode, `content-type: application/cloudevents+json`) ' +
  'with the Standard Webhooks headers `webhook-id` (the event id: the same for every retry and replay of an ' +
  'event), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 with the ' +
  'base64-decoded part of the secret after `whsec_`, over `{webhook-id}.{webhook-timestamp}.{body}`; during a ' +
  'rotation two signatures separated by a space). Answer 2xx within 10 seconds; anything else (a redirect ' +
  'included) is retried with exponential backoff and jitter (30 s doubling, at most 1 h) for 24 hours, then the ' +
  'delivery is dead. The events of one application arrive in order: a later one waits while an earlier one is ' +
  'retried.';

/** The subscriptions' commands know the client by its id. */
function actorOf(request: FastifyRequest): ClientActor {
  const { client, audit } = request.apiClient();
  return { clientId: client.id, audit };
}

export async function webhooksRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, config } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/events',
    {
      config: { access: rule },
      schema: {
        operationId: 'listEvents',
        summary: 'The event log (CloudEvents 1.0), oldest first, for clients that poll',
        description:
          'Every status change, information request, answer, message and decision of a sent application is an ' +
          'event, written in the same transaction as the change. The data is thin (status, reference number, ' +
          'ids, links to fetch the resource): fetch the resource for the details. Keep `nextCursor` and ask ' +
          'again later for the events after it. Event types: ' +
          eventTypeSchema.description,
        tags,
        querystring: z.object({
          ...pageQuery,
          type: eventTypeSchema.optional(),
          subject: z.uuid().optional().describe('Only the events of this application'),
          from: z.iso.datetime({ offset: true }).optional().describe('Events at or after this time'),
          to: z.iso.datetime({ offset: true }).optional().describe('Events before this time'),
        }),
        response: {
          200: pageOf(cloudEventSchema)
            .extend({
              pollCursor: z
                .string()
                .nullable()
                .describe(
                  'Pass as `cursor` later to get the events after these (also when this page was the last)',
                ),
            })
            .meta({ id: 'EventPage' }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => {
      const { limit, cursor, type, subject, from, to } = request.query;
      const after = decodeCursor(cursor, z.object({ seq: z.number().int().min(0) }));
      const { events, hasMore } = await listEvents(db, {
        limit,
        ...(type ? { types: [type] } : {}),
        ...(subject ? { subject } : {}),
        ...(from ? { from: new Date(from) } : {}),
        ...(to ? { to: new Date(to) } : {}),
        ...(after ? { afterSeq: after.seq } : {}),
      });
      const last = events.at(-1);
      return {
        items: events.map((row) => toCloudEvent(row, config.publicUrl)),
        nextCursor: nextCursor(hasMore, last, ({ seq }) => ({ seq })),
        // Also at the end, so that a poller continues from where it is.
        pollCursor: last ? encodeCursor({ seq: last.seq }) : (cursor ?? null),
      };
    },
  );
  await subscriptionRoutes(app, context);
}

async function subscriptionRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock, config } = context;
  const policy = { allowPrivate: config.webhooks.allowPrivate };
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    BASE,
    {
      config: { access: rule },
      schema: {
        operationId: 'createSubscription',
        summary: 'Subscribe a URL to events',
        description: `${SIGNING} The answer carries the signing secret, only this once. Outside development the URL must be https and reach a public address.`,
        tags,
        body: z.object({
          url: z.string().max(2000).describe('Where to POST the events'),
          eventTypes: z.array(eventTypeSchema).max(20).default([]).describe('Empty: every type'),
        }),
        response: { 201: subscriptionWithSecretSchema, ...commonErrorResponses, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await createSubscription(db, actorOf(request), request.body, policy, clock.now());
      reply.code(201).header('location', `${BASE}/${row.id}`);
      return presentSubscriptionWithSecret(row);
    },
  );

  api.get(
    BASE,
    {
      config: { access: rule },
      schema: {
        operationId: 'listSubscriptions',
        summary: 'The client’s webhook subscriptions',
        tags,
        response: {
          200: z.object({ items: z.array(subscriptionSchema) }).meta({ id: 'WebhookSubscriptionList' }),
          ...commonErrorResponses,
        },
      },
    },
    async (request) => ({
      items: (await listSubscriptions(db, actorOf(request).clientId)).map(presentSubscription),
    }),
  );

  api.get(
    `${BASE}/:subscriptionId`,
    {
      config: { access: rule },
      schema: {
        operationId: 'getSubscription',
        summary: 'One webhook subscription',
        tags,
        params,
        response: { 200: subscriptionSchema, ...commonErrorResponses, 404: notFoundResponse },
      },
    },
    async (request) =>
      presentSubscription(
        await getSubscription(db, actorOf(request).clientId, request.params.subscriptionId),
      ),
  );

  api.delete(
    `${BASE}/:subscriptionId`,
    {
      config: { access: rule },
      schema: {
        operationId: 'deleteSubscription',
        summary: 'Delete a subscription and its delivery log; nothing more is delivered to it',
        tags,
        params,
        response: { 204: z.null().describe('Deleted'), ...commonErrorResponses, 404: notFoundResponse },
      },
    },
    async (request, reply) => {
      await deleteSubscription(db, actorOf(request), request.params.subscriptionId, clock.now());
      return reply.code(204).send(null);
    },
  );

  api.post(
    `${BASE}/:subscriptionId/secret`,
    {
      config: { access: rule },
      schema: {
        operationId: 'rotateSubscriptionSecret',
        summary: 'A new signing secret; the previous one stays valid for 24 hours',
        description: `The answer carries the new secret, only this once. For the next ${PREVIOUS_SECRET_VALID_MS / 3_600_000} hours every delivery carries two signatures (the new secret's first), so the receiver can switch at its own pace.`,
        tags,
        params,
        response: { 200: subscriptionWithSecretSchema, ...commonErrorResponses, 404: notFoundResponse },
      },
    },
    async (request) =>
      presentSubscriptionWithSecret(
        await rotateSubscriptionSecret(db, actorOf(request), request.params.subscriptionId, clock.now()),
      ),
  );

  const deliveryCursor = z.object({ createdAt: z.iso.datetime(), seq: z.number().int() });
  api.get(
    `${BASE}/:subscriptionId/deliveries`,
    {
      config: { access: rule },
      schema: {
        operationId: 'listSubscriptionDeliveries',
        summary: 'The delivery log of a subscription, newest first',
        tags,
        params,
        querystring: z.object({
          ...pageQuery,
          status: z.enum(['pending', 'failed', 'delivered', 'dead']).optional(),
        }),
        response: {
          200: pageOf(deliverySchema).meta({ id: 'WebhookDeliveryPage' }),
          ...commonErrorResponses,
          404: notFoundResponse,
        },
      },
    },
    async (request) => {
      const after = decodeCursor(request.query.cursor, deliveryCursor);
      const { deliveries, hasMore } = await listDeliveries(
        db,
        actorOf(request).clientId,
        request.params.subscriptionId,
        {
          limit: request.query.limit,
          ...(request.query.status ? { status: request.query.status } : {}),
          ...(after ? { after: { createdAt: new Date(after.createdAt), seq: after.seq } } : {}),
        },
      );
      return {
        items: deliveries.map(presentDelivery),
        nextCursor: nextCursor(hasMore, deliveries.at(-1), (last) => ({
          createdAt: new Date(last.created_at).toISOString(),
          seq: last.event_seq,
        })),
      };
    },
  );

  api.post(
    `${BASE}/:subscriptionId/replay`,
    {
      config: { access: rule },
      schema: {
        operationId: 'replayEvents',
        summary: 'Deliver events again: one event, or a time range',
        description:
          'With `eventId`, that event; with `from` and `to`, every event in [from, to) of the types the ' +
          `subscription takes (at most ${MAX_REPLAY_EVENTS}). Each is delivered again from the start (a dead or ` +
          'delivered one too), in order per application, with the same webhook-id as before.',
        tags,
        params,
        body: z.union([
          z.object({ eventId: z.uuid() }).strict(),
          z.object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }).strict(),
        ]),
        response: {
          202: z.object({ replayed: z.number().int() }).meta({ id: 'ReplayResult' }),
          ...commonErrorResponses,
          404: problemSchema.describe('No such subscription, or no such event of a type it takes'),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const input =
        'eventId' in body ? { eventId: body.eventId } : { from: new Date(body.from), to: new Date(body.to) };
      const result = await replayEvents(
        db,
        actorOf(request),
        request.params.subscriptionId,
        input,
        clock.now(),
      );
      reply.code(202);
      return result;
    },
  );
}
