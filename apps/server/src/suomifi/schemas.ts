// The request and response bodies of the Suomi.fi Messages REST API, as zod schemas. The client checks every answer
// with them and the local fake checks every request, so both hold to one description of the service. Field names
// and values are the service's (its OpenAPI document at /api-docs on the QA host is the authority; the fields were
// gathered from its developer pages and open-source clients).
import { z } from 'zod';

export const tokenRequestSchema = z.object({ username: z.string().min(1), password: z.string().min(1) });

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  /** Seconds the token is valid for. */
  expires_in: z.number().int().positive(),
});

export const changePasswordRequestSchema = z.object({
  accessToken: z.string().min(1),
  currentPassword: z.string().min(1),
  newPassword: z.string().min(1),
});

export const attachmentResponseSchema = z.object({ attachmentId: z.uuid() });

const attachmentReference = z.object({ attachmentId: z.uuid() });

export const addressSchema = z.object({
  name: z.string().min(1),
  additionalName: z.string().min(1).optional(),
  streetAddress: z.string().min(1),
  zipCode: z.string().min(1),
  city: z.string().min(1),
  /** ISO 3166-1 alpha-2. */
  countryCode: z.string().length(2),
});
export type PostalAddress = z.infer<typeof addressSchema>;

const messageServiceType = z.enum(['Normal', 'Verifiable']);

export const electronicPartSchema = z.object({
  title: z.string().min(1).max(256),
  body: z.string().min(1),
  bodyFormat: z.enum(['Text', 'Markdown']),
  attachments: z.array(attachmentReference),
  messageServiceType,
  notifications: z.object({
    senderDetailsInNotifications: z.enum(['Organisation and service name', 'None']),
    unreadMessageNotification: z.object({ reminder: z.enum(['Default reminder', 'No reminders']) }),
  }),
  replyAllowedBy: z.enum(['Anyone', 'No one']),
  visibility: z.enum(['Normal', 'Recipient only']),
  inReplyToMessageId: z.number().int().optional(),
});

export const printingServiceSchema = z.object({
  postiMessaging: z.object({
    contactDetails: z.object({ email: z.string().min(1) }),
    username: z.string().min(1),
    password: z.string().min(1),
  }),
});

export const paperPartSchema = z.object({
  attachments: z.array(attachmentReference).length(1),
  colorPrinting: z.boolean(),
  createAddressPage: z.boolean(),
  twoSidedPrinting: z.boolean(),
  rotateLandscapePages: z.boolean(),
  messageServiceType,
  printingAndEnvelopingService: printingServiceSchema.optional(),
  recipient: z.object({ address: addressSchema }),
  sender: z.object({ address: addressSchema }),
});

const messageBase = z.object({
  externalId: z.string().min(1),
  /** A personal identity code or a business ID. */
  recipient: z.object({ id: z.string().min(1) }),
  sender: z.object({ serviceId: z.string().min(1) }),
  electronic: electronicPartSchema,
});

/** POST /v2/messages: electronic when the recipient has an active mailbox, otherwise the paper mail. */
export const multichannelMessageSchema = messageBase.extend({ paperMail: paperPartSchema.optional() });
export type MultichannelMessageBody = z.infer<typeof multichannelMessageSchema>;

/** POST /v2/messages/electronic: refused when the recipient has no active mailbox. */
export const electronicMessageSchema = messageBase;

export const messageResponseSchema = z.object({
  messageId: z.union([z.number().int(), z.string().min(1)]).transform(String),
});

export const mailboxRequestSchema = z.object({
  endUsers: z.array(z.object({ id: z.string().min(1) })).max(10_000),
});

export const mailboxResponseSchema = z.object({
  endUsersWithActiveMailbox: z.array(z.object({ id: z.string() })),
});

export const eventTypes = [
  'Electronic message created',
  'Electronic message read',
  'Electronic message from end user',
  'Receipt confirmed',
  'Paper mail created',
  'Sent for printing and enveloping',
  'Posti: receipt confirmed',
  'Posti: returned to sender',
  'Posti: unresolved',
] as const;
export type SuomifiEventType = (typeof eventTypes)[number];

export const eventSchema = z.object({
  eventTime: z.iso.datetime({ offset: true, local: true }),
  // A type not known here is kept as it is, so that a new one does not stop the poll.
  type: z.string(),
  metadata: z.object({
    messageId: z.union([z.number().int(), z.string()]).transform(String),
    serviceId: z.string().optional(),
    externalId: z.string().optional(),
  }),
});
export type SuomifiEvent = z.infer<typeof eventSchema>;

export const eventsResponseSchema = z.object({
  continuationToken: z.string(),
  events: z.array(eventSchema),
});
