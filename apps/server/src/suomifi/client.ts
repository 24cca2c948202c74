// The client of the Suomi.fi Messages REST API (the service's WS and SFTP interfaces close on 1 January 2027).
//
// Authentication: POST /v1/token with the username and password gives a bearer token, reused until shortly before
// it expires; an answer 401 to a call drops it, and the call is made once more with a new token. The password is
// rotated by the client itself (`rotatePasswordIfDue`) and kept in the database (credentials.ts).
//
// Every call has a time limit; what fails is a typed error that says whether trying later may help (errors.ts).
// Nothing here logs or puts into an error text a recipient's identity code or a password.
import type { z } from 'zod';
import type { SuomifiMessagesConfig } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import type { WorkerLog } from '../outbox/worker.ts';
import { type Clock, systemClock } from '../shared/clock.ts';
import { Failed } from '../shared/errors.ts';
import { SuomifiCredentials } from './credentials.ts';
import { errorOfResponse, SuomifiBadResponse, SuomifiRequestRefused, SuomifiUnavailable } from './errors.ts';
import {
  attachmentResponseSchema,
  electronicMessageSchema,
  type electronicPartSchema,
  eventsResponseSchema,
  type MultichannelMessageBody,
  mailboxResponseSchema,
  messageResponseSchema,
  multichannelMessageSchema,
  type PostalAddress,
  type SuomifiEvent,
  tokenResponseSchema,
} from './schemas.ts';

/** A message to one recipient. */
export interface OutgoingMessage {
  /** Our id of the message: the service refuses a second message with it (so a repeat is harmless). */
  externalId: string;
  /** The recipient's personal identity code (or a business ID). */
  recipientId: string;
  title: string;
  body: string;
  bodyFormat?: 'Text' | 'Markdown';
  /** Uploaded attachments (`uploadAttachment`). */
  attachmentIds: string[];
  /** Verifiable: the recipient confirms the receipt (a decision served with proof of receipt). */
  messageServiceType?: 'Normal' | 'Verifiable';
  /**
   * The paper letter the service prints when the recipient has no active mailbox (multichannel only): one uploaded
   * PDF and the recipient's address. `createAddressPage`: the service adds an address page in front.
   */
  paper?: { attachmentId: string; recipientAddress: PostalAddress; createAddressPage: boolean };
}

export type SendResult =
  | { kind: 'sent'; messageId: string }
  /** The service already has a message with this externalId (409): it was sent before. */
  | { kind: 'already-sent'; messageId: string | undefined };

export interface EventPage {
  events: SuomifiEvent[];
  /** Where the next poll goes on from (store it with what the events changed). */
  continuationToken: string;
}

export interface SuomifiClientOptions {
  db: Db;
  config: SuomifiMessagesConfig;
  clock?: Clock;
  log?: WorkerLog;
}

/** The most ids one mailbox check may carry. */
const MAILBOX_BATCH = 10_000;
/** A token is renewed this long before it expires (at most half of its lifetime). */
const TOKEN_RENEWAL_MARGIN_MS = 60_000;

interface CallOptions {
  method: 'GET' | 'POST';
  /** A JSON body, made anew for each attempt (a repeated call takes the new token). */
  json?: (token: string) => unknown;
  /** A multipart body, made anew for each attempt. */
  form?: () => FormData;
  /** Statuses answered as results rather than errors. */
  accept?: readonly number[];
}

export class SuomifiMessagesClient {
  readonly #config: SuomifiMessagesConfig;
  readonly #clock: Clock;
  readonly #credentials: SuomifiCredentials;
  #token: { value: string; renewAt: number } | undefined;
  #signingIn: Promise<string> | undefined;

  constructor(options: SuomifiClientOptions) {
    this.#config = options.config;
    this.#clock = options.clock ?? systemClock;
    this.#credentials = new SuomifiCredentials({
      db: options.db,
      config: options.config,
      clock: this.#clock,
      log: options.log,
      requestToken: (password) => this.#requestToken(password),
      changePassword: (currentPassword, newPassword) =>
        this.#call('/v1/change-password', 'change the password', {
          method: 'POST',
          json: (accessToken) => ({ accessToken, currentPassword, newPassword }),
        }).then(() => undefined),
    });
  }

  /** Uploads a PDF for a message (the service keeps it 24 hours); its id for `attachmentIds` or `paper`. */
  async uploadAttachment(fileName: string, content: Uint8Array): Promise<string> {
    const response = await this.#call('/v2/attachments', 'upload an attachment', {
      method: 'POST',
      form: () => {
        const form = new FormData();
        form.append(
          'file',
          new Blob([content as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
          fileName,
        );
        return form;
      },
    });
    return (await parsed(response, attachmentResponseSchema, 'upload an attachment')).attachmentId;
  }

  /** POST /v2/messages: to the mailbox when the recipient has an active one, otherwise the paper letter. */
  async sendMessage(message: OutgoingMessage): Promise<SendResult> {
    const body = { ...this.#messageBody(message), paperMail: this.#paperPart(message) };
    return this.#send('/v2/messages', checked(multichannelMessageSchema, body));
  }

  /** POST /v2/messages/electronic: to the mailbox only; refused (SuomifiRequestRefused) without an active one. */
  async sendElectronicMessage(message: OutgoingMessage): Promise<SendResult> {
    return this.#send(
      '/v2/messages/electronic',
      checked(electronicMessageSchema, this.#messageBody(message)),
    );
  }

  /** Which of these recipients have an active mailbox now (to decide the channel, never to be stored). */
  async activeMailboxes(recipientIds: readonly string[]): Promise<Set<string>> {
    const active = new Set<string>();
    for (let start = 0; start < recipientIds.length; start += MAILBOX_BATCH) {
      const endUsers = recipientIds.slice(start, start + MAILBOX_BATCH).map((id) => ({ id }));
      const response = await this.#call('/v1/mailboxes/active', 'check mailboxes', {
        method: 'POST',
        json: () => ({ endUsers }),
      });
      const answer = await parsed(response, mailboxResponseSchema, 'check mailboxes');
      for (const { id } of answer.endUsersWithActiveMailbox) active.add(id);
    }
    return active;
  }

  /** The events after `continuationToken` (from the oldest the service keeps when there is none). */
  async events(continuationToken?: string): Promise<EventPage> {
    const query = continuationToken ? `?continuationToken=${encodeURIComponent(continuationToken)}` : '';
    const response = await this.#call(`/v2/events${query}`, 'read events', { method: 'GET' });
    return parsed(response, eventsResponseSchema, 'read events');
  }

  /**
   * Changes the password when the last change is SUOMIFI_PASSWORD_ROTATION_DAYS old: `rotated`, `not-due`, or
   * `busy` when another rotation is under way (in this or another process).
   */
  rotatePasswordIfDue(): Promise<'rotated' | 'not-due' | 'busy'> {
    return this.#credentials.rotateIfDue();
  }

  #messageBody(message: OutgoingMessage) {
    const electronic: z.input<typeof electronicPartSchema> = {
      title: message.title,
      body: message.body,
      bodyFormat: message.bodyFormat ?? 'Text',
      attachments: message.attachmentIds.map((attachmentId) => ({ attachmentId })),
      messageServiceType: message.messageServiceType ?? 'Normal',
      // The notification e-mail does not name the service: being a social welfare client is secret.
      notifications: {
        senderDetailsInNotifications: 'None',
        unreadMessageNotification: { reminder: 'Default reminder' },
      },
      replyAllowedBy: 'No one',
      // Not shown to the people the recipient has authorised (the Support Services Act's general authorisation).
      visibility: 'Recipient only',
    };
    return {
      externalId: message.externalId,
      recipient: { id: message.recipientId },
      sender: { serviceId: this.#config.serviceId },
      electronic,
    };
  }

  #paperPart(message: OutgoingMessage): MultichannelMessageBody['paperMail'] {
    if (!message.paper) return undefined;
    const sender = this.#config.senderAddress;
    if (!sender)
      throw new Failed('Paper mail needs the sender address (SUOMIFI_SENDER_*), which is not configured.');
    const printing = this.#config.printingService;
    return {
      attachments: [{ attachmentId: message.paper.attachmentId }],
      colorPrinting: false,
      createAddressPage: message.paper.createAddressPage,
      twoSidedPrinting: true,
      rotateLandscapePages: false,
      messageServiceType: message.messageServiceType ?? 'Normal',
      ...(printing && {
        printingAndEnvelopingService: {
          postiMessaging: {
            contactDetails: { email: printing.email },
            username: printing.username,
            password: printing.password,
          },
        },
      }),
      recipient: { address: message.paper.recipientAddress },
      sender: { address: sender },
    };
  }

  async #send(path: string, body: object): Promise<SendResult> {
    const response = await this.#call(path, 'send a message', {
      method: 'POST',
      json: () => body,
      accept: [409],
    });
    if (response.status === 409) {
      const answer = messageResponseSchema.safeParse(await response.json().catch(() => ({})));
      return { kind: 'already-sent', messageId: answer.success ? answer.data.messageId : undefined };
    }
    return { kind: 'sent', ...(await parsed(response, messageResponseSchema, 'send a message')) };
  }

  /** A call with the bearer token; on 401 once more with a new token. */
  async #call(path: string, what: string, options: CallOptions): Promise<Response> {
    for (let attempt = 1; ; attempt += 1) {
      const token = await this.#bearer();
      const response = await this.#fetch(path, what, {
        method: options.method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(options.json ? { 'content-type': 'application/json' } : {}),
        },
        body: options.json ? JSON.stringify(options.json(token)) : options.form?.(),
      });
      if (response.status === 401 && attempt === 1) {
        await response.body?.cancel();
        if (this.#token?.value === token) this.#token = undefined;
        continue;
      }
      if (response.ok || options.accept?.includes(response.status)) return response;
      throw await errorOfResponse(what, response);
    }
  }

  async #bearer(): Promise<string> {
    if (this.#token && this.#clock.now().getTime() < this.#token.renewAt) return this.#token.value;
    return this.#signIn();
  }

  /** A new token; concurrent callers share one sign-in. */
  #signIn(): Promise<string> {
    this.#signingIn ??= this.#credentials.signIn().finally(() => {
      this.#signingIn = undefined;
    });
    return this.#signingIn;
  }

  /** A token for this password, or undefined when the service refuses the password. */
  async #requestToken(password: string): Promise<string | undefined> {
    const response = await this.#fetch('/v1/token', 'get a token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: this.#config.username, password }),
    });
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      return undefined;
    }
    if (!response.ok) throw await errorOfResponse('get a token', response);
    const token = await parsed(response, tokenResponseSchema, 'get a token');
    const lifetimeMs = token.expires_in * 1000;
    const renewAt =
      this.#clock.now().getTime() + lifetimeMs - Math.min(TOKEN_RENEWAL_MARGIN_MS, lifetimeMs / 2);
    this.#token = { value: token.access_token, renewAt };
    return token.access_token;
  }

  async #fetch(path: string, what: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(`${this.#config.url}${path}`, {
        ...init,
        redirect: 'error',
        signal: AbortSignal.timeout(this.#config.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'error';
      throw new SuomifiUnavailable(`Suomi.fi Messages did not answer (${what}): ${reason}`);
    }
  }
}

/** A request body checked against the service's description before it goes (refused here, naming the fields). */
function checked<T extends z.ZodType>(schema: T, body: z.input<T>): z.input<T> {
  const result = schema.safeParse(body);
  if (result.success) return body;
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.join('.')))].join(', ');
  throw new SuomifiRequestRefused(
    `The message does not fit Suomi.fi Messages' description: ${fields}`,
    undefined,
  );
}

/** The answer's JSON, checked against its schema. */
async function parsed<T extends z.ZodType>(
  response: Response,
  schema: T,
  what: string,
): Promise<z.output<T>> {
  const result = schema.safeParse(await response.json().catch(() => undefined));
  if (!result.success) {
    throw new SuomifiBadResponse(`Suomi.fi Messages answered ${what} with an unexpected body.`);
  }
  return result.data;
}
