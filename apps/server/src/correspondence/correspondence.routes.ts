// Correspondence between the client and the office: requestInformation (staff) and answerInformationRequest
// (client); the message thread — listMessages, sendMessage, markMessagesRead (staff) and listMyMessages,
// sendMyMessage, markMyMessagesRead (client). Sends and answers accept an Idempotency-Key.
import {
  helsinkiDate,
  informationItemCodes,
  type Language,
  MAX_ATTACHMENTS_PER_MESSAGE,
  MAX_INFORMATION_ITEMS,
  MAX_INFORMATION_TEXT,
  MAX_MESSAGE_LENGTH,
} from '@tuki/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  handlingRoles,
  loadStaffCase,
  myApplicationSchema,
  presentMyApplication,
  presentStaffApplication,
  recordApplicationRead,
  staffApplicationSchema,
} from '../applications/index.ts';
import { inTransaction } from '../db/transaction.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { decodeCursor, nextCursor, pageQuery } from '../http/cursor.ts';
import { applicationChange, ifMatchHeader, staleApplication } from '../http/etag.ts';
import { idempotencyKeyHeader, idempotencyKeyReused, replyIdempotent } from '../http/idempotency.ts';
import { requestLanguage, userLanguage } from '../http/language.ts';
import { commonErrorResponses, problemSchema } from '../http/problem.ts';
import { entityTag } from '../shared/versions.ts';
import { messagePageSchema, messageSchema, presentMessage } from './correspondence.presenter.ts';
import {
  answerInformationRequest,
  MAX_INFORMATION_REQUEST_REASON,
  requestInformation,
} from './information-requests.ts';
import { listThread, markThreadRead, sendThreadMessage, type ThreadActor } from './messages.ts';

const params = z.object({ applicationId: z.uuid() });
const staffRule = access.staff(handlingRoles);
const languageHeader = z
  .string()
  .max(500)
  .optional()
  .describe('fi, sv or en for the messages of a refusal; else the person’s preferred language');
const sendHeaders = z
  .object({ 'idempotency-key': idempotencyKeyHeader, 'accept-language': languageHeader })
  .loose();
const cursorSchema = z.object({ sentAt: z.iso.datetime(), id: z.uuid() });
const attachmentIds = z
  .array(z.uuid())
  .max(MAX_ATTACHMENTS_PER_MESSAGE)
  .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id')
  .default([])
  .describe('Files uploaded for this (uploadApplicationAttachment / uploadCaseAttachment) and not yet sent');

const sendMessageBody = z
  .object({ body: z.string().max(MAX_MESSAGE_LENGTH), attachmentIds })
  .meta({ id: 'SendMessageRequest' });

const requestInformationBody = z
  .object({
    items: z
      .array(
        z.object({
          code: z.enum(informationItemCodes).describe('A common item, or `other` with a description'),
          category: z.string().max(50).optional().describe('Accepted for compatibility; the code decides'),
          description: z
            .string()
            .max(500)
            .nullish()
            .describe('Required for `other`; optional details otherwise'),
        }),
      )
      .min(1)
      .max(MAX_INFORMATION_ITEMS),
    message: z.string().max(MAX_INFORMATION_TEXT).describe('A covering message to the client'),
    dueDate: z.iso.date().describe('The date by which the client is asked to answer'),
    reason: z
      .string()
      .max(MAX_INFORMATION_REQUEST_REASON)
      .nullish()
      .describe('Why information is asked again: required when the application already has a request'),
  })
  .meta({ id: 'RequestInformationRequest' });

const answerBody = z
  .object({ message: z.string().max(MAX_INFORMATION_TEXT), attachmentIds })
  .meta({ id: 'AnswerInformationRequest' });

function languageOf(request: FastifyRequest): Language {
  return requestLanguage(request);
}

function threadActorOf(request: FastifyRequest): ThreadActor {
  return request.principal?.kind === 'citizen'
    ? { side: 'person', actor: request.citizen() }
    : { side: 'staff', actor: request.staff() };
}

export async function correspondenceRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/v1/applications/:applicationId/information-requests',
    {
      config: { access: staffRule },
      schema: {
        operationId: 'requestInformation',
        summary: 'Ask the client for more information (lisäselvityspyyntö)',
        description:
          'Itemised: common items (shown to the client in their language) and items of your own (`other` with a ' +
          'description), a covering message and the date by which to answer (from the next working day up to 90 ' +
          'days ahead). The application becomes `waiting_for_information` and its decision is due 7 working ' +
          'days after that date; a sent application is taken by the asker first. The client is notified by ' +
          'e-mail. A second or later request on the same application needs a `reason` (400 with the field ' +
          '`reason`, code `required`, in the language of Accept-Language). A request made after the 7th working ' +
          'day from the arrival (TTL 14 a §: missing information should be asked for by then) is accepted and ' +
          'shows `afterSeventhWorkingDay`. Answers with the whole case and its new ETag; send If-Match.',
        tags: ['case handling'],
        params,
        headers: z.object({ 'if-match': ifMatchHeader, 'accept-language': languageHeader }).loose(),
        body: requestInformationBody,
        response: {
          200: staffApplicationSchema,
          ...commonErrorResponses,
          403: problemSchema.describe('Not allowed, or the application is assigned to someone else'),
          404: problemSchema.describe('No such sent application'),
          409: problemSchema.describe('Already waiting for information, decided or withdrawn'),
          ...staleApplication,
        },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      const actor = request.staff();
      const found = await inTransaction(db, async (trx) => {
        const row = await requestInformation(
          trx,
          actor,
          {
            ...applicationChange(request),
            items: request.body.items,
            message: request.body.message.trim(),
            dueDate: request.body.dueDate,
            reason: request.body.reason,
            language: userLanguage(request.headers['accept-language'], 'fi'),
          },
          now,
        );
        return loadStaffCase(trx, row);
      });
      reply.etag(found.row);
      return presentStaffApplication(found, helsinkiDate(now), actor);
    },
  );

  api.post(
    '/api/v1/my/applications/:applicationId/information-requests/:requestId/answer',
    {
      config: { access: access.citizen },
      schema: {
        operationId: 'answerInformationRequest',
        summary: 'Answer a request for more information with text and files',
        description:
          'Upload the files first (uploadApplicationAttachment) and send their ids. The application returns to ' +
          'processing and its decision is due on the 7th working day after the answer (the next working day ' +
          'when urgent). With an Idempotency-Key a retry returns the first answer. Answers with the whole case.',
        tags: ['applications'],
        params: params.extend({ requestId: z.uuid() }),
        headers: sendHeaders,
        body: answerBody,
        response: {
          200: myApplicationSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No such request on an application of yours'),
          409: problemSchema.describe('Already answered, or the application no longer waits for information'),
          ...idempotencyKeyReused,
        },
      },
    },
    async (request, reply) => {
      const actor = request.citizen();
      const { applicationId, requestId } = request.params;
      return replyIdempotent(
        request,
        reply,
        context,
        { applicationId, requestId, ...request.body },
        async (trx, now) => {
          const found = await answerInformationRequest(
            trx,
            actor,
            {
              applicationId,
              requestId,
              message: request.body.message,
              attachmentIds: request.body.attachmentIds,
              language: languageOf(request),
            },
            now,
          );
          return {
            statusCode: 200,
            body: presentMyApplication(found, helsinkiDate(now)),
            headers: { etag: entityTag(found.row.id, found.row.version) },
          };
        },
        (trx, now) =>
          recordApplicationRead(trx, actor, applicationId, now, { replayOf: 'answerInformationRequest' }),
      );
    },
  );
  await threadRoutes(app, context);
}

async function threadRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  const threads = [
    {
      side: 'staff' as const,
      base: '/api/v1/applications/:applicationId/messages',
      rule: staffRule,
      tags: ['case handling'],
      list: 'listMessages',
      send: 'sendMessage',
      read: 'markMessagesRead',
      who: 'staff',
      notFound: 'No such sent application',
    },
    {
      side: 'person' as const,
      base: '/api/v1/my/applications/:applicationId/messages',
      rule: access.citizen,
      tags: ['applications'],
      list: 'listMyMessages',
      send: 'sendMyMessage',
      read: 'markMyMessagesRead',
      who: 'the client',
      notFound: 'No such sent application of yours',
    },
  ];

  for (const thread of threads) {
    api.get(
      thread.base,
      {
        config: { access: thread.rule },
        schema: {
          operationId: thread.list,
          summary: `The message thread of an application (${thread.who}), oldest first`,
          description:
            'One thread per application between the client and the office. The read is audited. `unreadCount` ' +
            'counts the other side’s messages not yet read; mark them read with ' +
            `${thread.read}.`,
          tags: thread.tags,
          params,
          querystring: z.object(pageQuery),
          response: {
            200: messagePageSchema,
            ...commonErrorResponses,
            404: problemSchema.describe(thread.notFound),
          },
        },
      },
      async (request) => {
        const after = decodeCursor(request.query.cursor, cursorSchema);
        const page = await listThread(
          db,
          threadActorOf(request),
          {
            applicationId: request.params.applicationId,
            limit: request.query.limit,
            ...(after ? { after: { sentAt: new Date(after.sentAt), id: after.id } } : {}),
          },
          clock.now(),
        );
        return {
          items: page.messages.map(presentMessage),
          nextCursor: nextCursor(page.hasMore, page.messages.at(-1), (last) => ({
            sentAt: last.sentAt.toISOString(),
            id: last.id,
          })),
          unreadCount: page.unreadCount,
        };
      },
    );

    api.post(
      thread.base,
      {
        config: { access: thread.rule },
        schema: {
          operationId: thread.send,
          summary: `Send a message in the application's thread (${thread.who})`,
          description:
            'Upload files first and send their ids. With an Idempotency-Key a retry returns the first message and ' +
            'sends nothing again. A message from the office is announced to the client by e-mail.',
          tags: thread.tags,
          params,
          headers: sendHeaders,
          body: sendMessageBody,
          response: {
            201: messageSchema,
            ...commonErrorResponses,
            404: problemSchema.describe(thread.notFound),
            ...idempotencyKeyReused,
          },
        },
      },
      async (request, reply) => {
        const { applicationId } = request.params;
        return replyIdempotent(
          request,
          reply,
          context,
          { applicationId, ...request.body },
          async (trx, now) => {
            const message = await sendThreadMessage(
              trx,
              threadActorOf(request),
              {
                applicationId,
                body: request.body.body,
                attachmentIds: request.body.attachmentIds,
                language: languageOf(request),
              },
              now,
            );
            return { statusCode: 201, body: presentMessage(message) };
          },
        );
      },
    );

    api.post(
      `${thread.base}/read`,
      {
        config: { access: thread.rule },
        schema: {
          operationId: thread.read,
          summary: `Mark the other side's messages read (${thread.who})`,
          description: 'Sets the read receipt of every unread message from the other side.',
          tags: thread.tags,
          params,
          response: {
            200: z.object({ marked: z.number().int().min(0) }).meta({ id: 'MarkMessagesReadResult' }),
            ...commonErrorResponses,
            404: problemSchema.describe(thread.notFound),
          },
        },
      },
      async (request) => ({
        marked: await markThreadRead(db, threadActorOf(request), request.params.applicationId, clock.now()),
      }),
    );
  }
}
