// Attachments: uploadApplicationAttachment, deleteApplicationAttachment, downloadAttachment.
// The upload is a streamed multipart body (the multipart parser is registered for these routes only).

import multipart from '@fastify/multipart';
import { isLanguage, type Language } from '@tuki/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handlingRoles } from '../applications/index.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { idempotencyKeyHeader } from '../http/idempotency.ts';
import { userLanguage } from '../http/language.ts';
import { auditContext } from '../http/plugins/session.ts';
import { commonErrorResponses, HttpProblem, problemSchema, unauthorized } from '../http/problem.ts';
import { attachmentSchema } from './attachment.presenter.ts';
import { createAttachmentServices } from './attachment-services.ts';
import { attachmentCategories } from './attachments.repository.ts';
import { deleteAttachment } from './delete-attachment.ts';
import { contentDisposition, openAttachmentDownload } from './download-attachment.ts';
import { allowedTypes } from './file-types.ts';
import { uploadAttachment } from './upload-attachment.ts';
import type { Uploader } from './upload-target.ts';

const uploadBody = z.object({
  category: z.enum(attachmentCategories).describe('What the file shows. Send this field before the file.'),
  file: z
    .string()
    .meta({ format: 'binary' })
    .describe('PDF, JPEG, PNG, HEIC or WebP (recognised from the content)'),
});

/** The refusals of a file, the same for every upload. */
const fileRefusals = {
  413: problemSchema.describe('The file is larger than the limit'),
  415: problemSchema.describe('Not a PDF, JPEG, PNG, HEIC or WebP file'),
  422: problemSchema.describe('Malware was found (type infected): the file was deleted'),
  503: problemSchema.describe('The virus scanner is not available'),
};

/** An upload's body is a stream read by the handler: the schema documents it, the handler checks it. */
function streamedBody<S>(
  route: Parameters<FastifySchemaCompiler<S>>[0],
): ReturnType<FastifySchemaCompiler<S>> {
  return route.httpPart === 'body'
    ? () => ({ value: undefined })
    : validatorCompiler({ ...route, schema: route.schema as unknown as z.ZodType });
}

/**
 * When a request is refused before its body has been read, the rest is not read: the connection is closed after
 * the answer (a large upload is cut off early rather than received to its end).
 */
function stopReadingBody(request: FastifyRequest, reply: FastifyReply): void {
  if (request.raw.complete) return;
  reply.header('connection', 'close');
  request.raw.unpipe();
  request.raw.pause();
}

export async function attachmentsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { config, db, clock } = context;
  const services = createAttachmentServices(config.attachments, db, clock, app.log);
  app.addHook('onClose', async () => services.storage.close?.());

  /** Both uploads: the multipart body streamed into the storage; a refusal stops reading the rest of it. */
  async function receiveUpload(
    request: FastifyRequest,
    reply: FastifyReply,
    target: { applicationId: string; idempotencyKey: string | undefined },
    uploader: Uploader,
    preferred: Language,
  ) {
    try {
      if (!request.isMultipart()) throw new HttpProblem(415, 'Send the file as multipart/form-data.');
      const { attachment, replayed } = await uploadAttachment(services, {
        uploader,
        applicationId: target.applicationId,
        language: userLanguage(request.headers['accept-language'], preferred),
        audit: auditContext(request),
        idempotencyKey: target.idempotencyKey,
        parts: request.parts(),
      });
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(attachment);
    } catch (error) {
      stopReadingBody(request, reply);
      throw error;
    }
  }
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: config.attachments.maxBytes, files: 1, fields: 5, fieldSize: 200, parts: 6 },
    });
    const api = scope.withTypeProvider<ZodTypeProvider>();
    const applicationParams = z.object({ applicationId: z.uuid() });
    const uploadRequest = {
      consumes: ['multipart/form-data'],
      params: applicationParams,
      headers: z.object({ 'idempotency-key': idempotencyKeyHeader }),
      body: uploadBody,
    };

    api.post(
      '/api/v1/my/applications/:applicationId/attachments',
      {
        config: { access: access.citizen },
        validatorCompiler: streamedBody,
        schema: {
          operationId: 'uploadApplicationAttachment',
          summary: 'Add a file to a draft application, or to an answer or a message',
          description:
            'While the application is a draft the file is one of its attachments. Once it has been sent, the file ' +
            'waits (visible only to you) to be sent with `answerInformationRequest` or `sendMyMessage` by its id, ' +
            'and can be removed until then. ' +
            '`multipart/form-data` with the field `category` first, then `file`. The type is recognised from ' +
            'the content (PDF, JPEG, PNG, HEIC, WebP); the declared type and the extension are ignored. When a ' +
            'virus scanner is configured the file is scanned before it is kept (`scanStatus` `clean`); without ' +
            'one it is kept as `unscanned`. Texts of refusals follow Accept-Language (fi, sv, en), else the ' +
            "person's preferred language.",
          tags: ['applications'],
          ...uploadRequest,
          response: {
            201: attachmentSchema,
            ...commonErrorResponses,
            404: problemSchema.describe('No such application of yours'),
            409: problemSchema.describe(
              'The application has been withdrawn, or the limit is reached (50 files on a draft, 20 files ' +
                'waiting to be sent)',
            ),
            ...fileRefusals,
          },
        },
      },
      async (request, reply) => {
        const { person } = request.citizen();
        const preferred: Language = isLanguage(person.preferred_language) ? person.preferred_language : 'fi';
        const target = {
          applicationId: request.params.applicationId,
          idempotencyKey: request.headers['idempotency-key'],
        };
        return receiveUpload(request, reply, target, { kind: 'person', person }, preferred);
      },
    );

    api.post(
      '/api/v1/applications/:applicationId/attachments',
      {
        config: { access: access.staff(handlingRoles) },
        validatorCompiler: streamedBody,
        schema: {
          operationId: 'uploadCaseAttachment',
          summary: 'Add a file to send to the client with a message (staff)',
          description:
            'The file waits, visible to staff only, until it is sent with `sendMessage` by its id. Same rules ' +
            'as `uploadApplicationAttachment`: type recognised from the content, size limit, virus scan.',
          tags: ['case handling'],
          ...uploadRequest,
          response: {
            201: attachmentSchema,
            ...commonErrorResponses,
            404: problemSchema.describe('No such sent application'),
            409: problemSchema.describe(
              'The application has been withdrawn, or 20 files are waiting already',
            ),
            ...fileRefusals,
          },
        },
      },
      async (request, reply) => {
        const target = {
          applicationId: request.params.applicationId,
          idempotencyKey: request.headers['idempotency-key'],
        };
        return receiveUpload(
          request,
          reply,
          target,
          { kind: 'staff', staffUser: request.staff().staffUser },
          'fi',
        );
      },
    );

    api.delete(
      '/api/v1/my/applications/:applicationId/attachments/:attachmentId',
      {
        config: { access: access.citizen },
        schema: {
          operationId: 'deleteApplicationAttachment',
          summary:
            'Remove a file from a draft application, or a file not yet sent with an answer or a message',
          tags: ['applications'],
          params: applicationParams.extend({ attachmentId: z.uuid() }),
          response: {
            204: z.null().describe('Removed'),
            ...commonErrorResponses,
            404: problemSchema.describe('No such attachment of yours'),
            409: problemSchema.describe('The application has been sent, or the file has been sent'),
          },
        },
      },
      async (request, reply) => {
        const { person } = request.citizen();
        await deleteAttachment(services, {
          person,
          applicationId: request.params.applicationId,
          attachmentId: request.params.attachmentId,
          audit: auditContext(request),
        });
        return reply.code(204).send(null);
      },
    );

    const binary = z.string().meta({ format: 'binary' });
    api.get(
      '/api/v1/attachments/:attachmentId/content',
      {
        config: { access: access.signedIn },
        schema: {
          operationId: 'downloadAttachment',
          summary: "An attachment's bytes (citizen: own files; staff: handler, social_worker, supervisor)",
          description:
            'Served with the media type recognised at upload and `Content-Disposition: attachment`; with ' +
            '`disposition=inline` the file is shown in the browser instead (and may be framed by the web apps of ' +
            'the same origin, e.g. a PDF in an iframe), always with a sandboxing Content-Security-Policy. A PDF with ' +
            'active content (`activeContent` not empty) is always served as `attachment`, never inline. Staff see ' +
            'the attachments of sent applications, never of ' +
            'drafts. Every download is audited.',
          tags: ['applications'],
          params: z.object({ attachmentId: z.uuid() }),
          querystring: z.object({
            disposition: z
              .enum(['attachment', 'inline'])
              .default('attachment')
              .describe('attachment: save the file (default); inline: show it, framable by the same origin'),
          }),
          response: {
            200: {
              description: 'The file',
              content: Object.fromEntries(
                Object.keys(allowedTypes).map((type) => [type, { schema: binary }]),
              ),
            },
            ...commonErrorResponses,
            404: problemSchema.describe('No such attachment (or not yours)'),
            409: problemSchema.describe('The file has not passed the virus scan'),
          },
        },
      },
      async (request, reply) => {
        const principal = request.principal;
        if (!principal) throw unauthorized();
        const { attachment, stream } = await openAttachmentDownload(services, {
          principal,
          attachmentId: request.params.attachmentId,
          audit: auditContext(request),
        });
        // A PDF with active content is never shown inline, whatever was asked: it can only be saved.
        const inline = request.query.disposition === 'inline' && attachment.active_content.length === 0;
        // Every response is a sandboxed document that may load nothing. Inline, the same origin's pages may frame
        // it (an image or the browser's PDF viewer, which works in a sandboxed document).
        const policy = inline
          ? "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'"
          : "sandbox; default-src 'none'; frame-ancestors 'none'";
        const disposition = contentDisposition(attachment.file_name);
        // The stream bypasses the response schema (which only documents the media types).
        return (reply as FastifyReply)
          .header('content-type', attachment.media_type)
          .header('content-length', String(attachment.size_bytes))
          .header(
            'content-disposition',
            inline ? disposition.replace(/^attachment;/, 'inline;') : disposition,
          )
          .header('x-content-type-options', 'nosniff')
          .header('x-frame-options', inline ? 'SAMEORIGIN' : 'DENY')
          .header('content-security-policy', policy)
          .header('cache-control', 'private, no-store')
          .send(stream);
      },
    );
  });
}
