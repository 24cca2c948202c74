// A FAKE of the Suomi.fi Messages REST API, for the tests and for local runs (`npm run fake-national-services`).
// It is not the service: the real one (api.messages.suomi.fi, QA api.messages-qa.suomi.fi) cannot be reached from
// development machines and test runs. It implements the routes Tuki uses, as the service's developer pages and
// open-source clients describe them, and checks every request body with the same schemas the client uses
// (suomifi/schemas.ts), so the two cannot drift apart unnoticed; what the real service answers in the cases those
// pages do not describe (which status refuses an electronic-only message without a mailbox) is a guess here.
//
// What it does: tokens that expire (`tokenTtlSeconds`), 401 for a missing, unknown or expired token, the password
// change, PDF attachments, multichannel and electronic-only messages (electronic when the recipient has an active
// mailbox, else the paper mail), 409 on a second message with the same externalId, the mailbox check, and the event
// log read with a continuation token. A small control API (/control/…, also callable as methods) lets a test or a
// developer mark a message read, return a paper letter to the sender, switch a mailbox on or off, expire tokens and
// make the next password change fail.
import { randomBytes, randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type SuomifiEvent, type SuomifiEventType, suomifiSchemas } from '../suomifi/index.ts';

export interface SuomifiFakeOptions {
  username?: string;
  password?: string;
  serviceId?: string;
  /** Lifetime of the tokens (expires_in). */
  tokenTtlSeconds?: number;
  /** Whether a recipient has an active mailbox (until `setMailbox` says otherwise); none by default. */
  mailbox?: (recipientId: string) => boolean;
  /** The most events one GET /v2/events answers with (the service: 1,000). */
  eventsPageSize?: number;
  now?: () => Date;
  host?: string;
  /** 0: a free port. */
  port?: number;
}

export interface FakeMessage {
  messageId: number;
  externalId: string;
  recipientId: string;
  channel: 'electronic' | 'paper';
  /** Which route took it. */
  route: 'multichannel' | 'electronic';
  body: z.output<typeof suomifiSchemas.multichannelMessageSchema>;
}

export interface FakeAttachment {
  fileName: string;
  contentType: string;
  size: number;
}

/** How the next password change fails: before the change (503), or after it with the answer lost (socket cut). */
export type PasswordChangeFailure = 'before-change' | 'after-change';

export interface SuomifiMessagesFake {
  url: string;
  readonly username: string;
  readonly serviceId: string;
  /** The password the fake accepts now. */
  password(): string;
  messages: FakeMessage[];
  attachments: Map<string, FakeAttachment>;
  events: SuomifiEvent[];
  /** Tokens handed out so far. */
  tokensIssued(): number;
  /** Every request, as "METHOD /path" (without the query). */
  requests: string[];
  /** While true, every bearer token is refused (401). */
  refuseAllTokens: boolean;
  setMailbox(recipientId: string, active: boolean): void;
  /** What the service's operator does when the password is lost. */
  resetPassword(newPassword: string): void;
  expireTokens(): void;
  failNextPasswordChange(how: PasswordChangeFailure): void;
  markRead(externalId: string): void;
  returnToSender(externalId: string): void;
  close(): Promise<void>;
}

class ControlError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function continuationTokenOf(position: number): string {
  return Buffer.from(`events:${position}`).toString('base64url');
}

function positionOf(token: string | undefined): number | undefined {
  if (token === undefined) return 0;
  const match = /^events:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

export async function startSuomifiMessagesFake(
  options: SuomifiFakeOptions = {},
): Promise<SuomifiMessagesFake> {
  const now = options.now ?? (() => new Date());
  const ttlSeconds = options.tokenTtlSeconds ?? 3600;
  const pageSize = options.eventsPageSize ?? 1000;
  const initialMailbox = options.mailbox ?? (() => false);
  let password = options.password ?? 'fake-password';
  const tokens = new Map<string, number>();
  const mailboxes = new Map<string, boolean>();
  let issued = 0;
  let passwordFailure: PasswordChangeFailure | undefined;

  const hasMailbox = (id: string) => mailboxes.get(id) ?? initialMailbox(id);

  const app = Fastify({ logger: false });
  await app.register(multipart, { limits: { files: 1, fileSize: 50 * 1024 * 1024 } });

  const fake: SuomifiMessagesFake = {
    url: '',
    username: options.username ?? 'tuki',
    serviceId: options.serviceId ?? 'tuki-fake-service',
    password: () => password,
    messages: [],
    attachments: new Map(),
    events: [],
    tokensIssued: () => issued,
    requests: [],
    refuseAllTokens: false,
    setMailbox: (recipientId, active) => mailboxes.set(recipientId, active),
    resetPassword: (newPassword) => {
      password = newPassword;
    },
    expireTokens: () => tokens.clear(),
    failNextPasswordChange: (how) => {
      passwordFailure = how;
    },
    markRead: (externalId) => {
      const message = messageOf(externalId);
      if (message.channel !== 'electronic') throw new ControlError(409, 'A paper letter is not read online.');
      record('Electronic message read', message);
    },
    returnToSender: (externalId) => {
      const message = messageOf(externalId);
      if (message.channel !== 'paper') throw new ControlError(409, 'Only a paper letter can be returned.');
      record('Posti: returned to sender', message);
    },
    close: () => app.close(),
  };

  function messageOf(externalId: string): FakeMessage {
    const message = fake.messages.find((candidate) => candidate.externalId === externalId);
    if (!message) throw new ControlError(404, 'No message with this externalId.');
    return message;
  }

  function record(type: SuomifiEventType, message: FakeMessage): void {
    fake.events.push({
      eventTime: now().toISOString(),
      type,
      metadata: {
        messageId: String(message.messageId),
        serviceId: fake.serviceId,
        externalId: message.externalId,
      },
    });
  }

  const refuse = (reply: FastifyReply, status: number, reason: string) => reply.code(status).send({ reason });

  function bodyOf<T extends z.ZodType>(schema: T, request: FastifyRequest, reply: FastifyReply) {
    const result = schema.safeParse(request.body);
    if (result.success) return result.data as z.output<T>;
    const validationErrors = result.error.issues.map((issue) => ({
      error: `${issue.path.join('.')}: ${issue.message}`,
    }));
    reply.code(400).send({ reason: 'Validation failed', validationErrors });
    return undefined;
  }

  app.addHook('onRequest', async (request, reply) => {
    fake.requests.push(`${request.method} ${request.url.split('?')[0]}`);
    if (request.url === '/v1/token' || request.url.startsWith('/control/')) return;
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const expiresAt = token === undefined ? undefined : tokens.get(token);
    if (fake.refuseAllTokens || expiresAt === undefined || expiresAt <= now().getTime()) {
      return refuse(reply, 401, 'Unauthorized');
    }
  });

  app.post('/v1/token', async (request, reply) => {
    const body = bodyOf(suomifiSchemas.tokenRequestSchema, request, reply);
    if (!body) return reply;
    if (body.username !== fake.username || body.password !== password) {
      return refuse(reply, 401, 'Wrong username or password');
    }
    const token = randomBytes(24).toString('hex');
    tokens.set(token, now().getTime() + ttlSeconds * 1000);
    issued += 1;
    return { access_token: token, token_type: 'bearer', expires_in: ttlSeconds };
  });

  app.post('/v1/change-password', async (request, reply) => {
    const body = bodyOf(suomifiSchemas.changePasswordRequestSchema, request, reply);
    if (!body) return reply;
    if (!tokens.has(body.accessToken)) return refuse(reply, 401, 'Unauthorized');
    if (body.currentPassword !== password) return refuse(reply, 400, 'Wrong current password');
    const failure = passwordFailure;
    passwordFailure = undefined;
    if (failure === 'before-change') return refuse(reply, 503, 'Service unavailable');
    password = body.newPassword;
    if (failure === 'after-change') {
      request.raw.socket.destroy();
      return reply;
    }
    return reply.code(204).send();
  });

  app.post('/v2/attachments', async (request, reply) => {
    const file = await request.file().catch(() => undefined);
    if (file?.fieldname !== 'file') return refuse(reply, 400, 'Send the file in the field "file".');
    const content = await file.toBuffer();
    if (file.mimetype !== 'application/pdf') return refuse(reply, 400, 'Only PDF files are accepted.');
    const attachmentId = randomUUID();
    fake.attachments.set(attachmentId, {
      fileName: file.filename,
      contentType: file.mimetype,
      size: content.byteLength,
    });
    return { attachmentId };
  });

  function sendMessage(route: FakeMessage['route']) {
    const schema =
      route === 'multichannel'
        ? suomifiSchemas.multichannelMessageSchema
        : suomifiSchemas.electronicMessageSchema;
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const body = bodyOf(schema, request, reply) as FakeMessage['body'] | undefined;
      if (!body) return reply;
      if (body.sender.serviceId !== fake.serviceId) return refuse(reply, 400, 'Unknown serviceId');
      const attachments = [...body.electronic.attachments, ...(body.paperMail?.attachments ?? [])];
      if (attachments.some(({ attachmentId }) => !fake.attachments.has(attachmentId))) {
        return refuse(reply, 400, 'Unknown attachmentId');
      }
      const earlier = fake.messages.find((message) => message.externalId === body.externalId);
      if (earlier) {
        return reply.code(409).send({ reason: 'Duplicate externalId', messageId: earlier.messageId });
      }
      const electronic = hasMailbox(body.recipient.id);
      if (!electronic && route === 'electronic')
        return refuse(reply, 400, 'The recipient has no active mailbox');
      if (!electronic && !body.paperMail) return refuse(reply, 400, 'No active mailbox and no paper mail');
      const message: FakeMessage = {
        messageId: fake.messages.length + 1,
        externalId: body.externalId,
        recipientId: body.recipient.id,
        channel: electronic ? 'electronic' : 'paper',
        route,
        body,
      };
      fake.messages.push(message);
      if (electronic) {
        record('Electronic message created', message);
      } else {
        record('Paper mail created', message);
        record('Sent for printing and enveloping', message);
      }
      return { messageId: message.messageId };
    };
  }
  app.post('/v2/messages', sendMessage('multichannel'));
  app.post('/v2/messages/electronic', sendMessage('electronic'));

  app.post('/v1/mailboxes/active', async (request, reply) => {
    const body = bodyOf(suomifiSchemas.mailboxRequestSchema, request, reply);
    if (!body) return reply;
    return { endUsersWithActiveMailbox: body.endUsers.filter(({ id }) => hasMailbox(id)) };
  });

  app.get<{ Querystring: { continuationToken?: string } }>('/v2/events', async (request, reply) => {
    const start = positionOf(request.query.continuationToken);
    if (start === undefined || start > fake.events.length) return refuse(reply, 400, 'Bad continuationToken');
    const events = fake.events.slice(start, start + pageSize);
    return { continuationToken: continuationTokenOf(start + events.length), events };
  });

  // The control API: not part of the service.
  const control =
    (action: (request: FastifyRequest) => void) => async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        action(request);
        return reply.code(204).send();
      } catch (error) {
        if (error instanceof ControlError) return refuse(reply, error.status, error.message);
        throw error;
      }
    };
  type ExternalIdParams = FastifyRequest<{ Params: { externalId: string } }>;
  app.post(
    '/control/messages/:externalId/read',
    control((request) => fake.markRead((request as ExternalIdParams).params.externalId)),
  );
  app.post(
    '/control/messages/:externalId/return-to-sender',
    control((request) => fake.returnToSender((request as ExternalIdParams).params.externalId)),
  );
  app.post(
    '/control/mailboxes',
    control((request) => {
      const { id, active } = (request.body ?? {}) as { id?: unknown; active?: unknown };
      if (typeof id !== 'string' || typeof active !== 'boolean') {
        throw new ControlError(400, 'Give {"id": "<recipient id>", "active": true|false}.');
      }
      fake.setMailbox(id, active);
    }),
  );
  app.post(
    '/control/expire-tokens',
    control(() => fake.expireTokens()),
  );
  app.get('/control/messages', async () =>
    fake.messages.map(({ messageId, externalId, channel, route }) => ({
      messageId,
      externalId,
      channel,
      route,
    })),
  );

  const address = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  fake.url = address;
  return fake;
}
