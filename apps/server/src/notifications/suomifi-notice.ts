// Notices other than decisions through Suomi.fi Messages (issue 13, point 2): a request for more information and an
// application closed as a duplicate go to the client's Suomi.fi mailbox as an electronic message (never on paper),
// visible to the recipient only, in the client's language, when
// - the service is configured (otherwise the handler does nothing),
// - the client chose electronic communication (person.electronic_delivery; otherwise nothing is sent), and
// - the client has an active mailbox (otherwise nothing is sent, recorded as no_mailbox).
// The e-services account and the e-mail notification (account-notification.ts) stay as they are either way.
//
// The job (`notice.suomifi`) is written with the case event (events/case-events.ts). The message's externalId is
// our id of the notice (the information request's id, or the closed application's), so a send repeated after a crash
// between the call and the commit is refused by the service (409) and recorded as sent: the notice goes once; every
// failure of the effect is retried. What came of it is kept in suomifi_notice (migration 0037); a notice already
// recorded is not sent again.
import type { Language } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import { formatDate } from '../letters/index.ts';
import type { JobPayloads, OutboxEvent, topics } from '../outbox/outbox.ts';
import type { OutboxHandler, OutboxHandlerResult } from '../outbox/worker.ts';
import type { SuomifiMessagesClient } from '../suomifi/index.ts';
import {
  findNoticeFacts,
  findNoticeRecipient,
  findSuomifiNotice,
  insertSuomifiNotice,
} from './notifications.repository.ts';

type NoticePayload = JobPayloads[typeof topics.suomifiNotice];

export interface SuomifiNoticeOptions {
  /** The configured service; absent: nothing is sent. */
  client: SuomifiMessagesClient | undefined;
  publicUrl: string;
}

/** The message of a notice in the client's language. */
export function noticeMessage(
  kind: NoticePayload['kind'],
  language: Language,
  facts: { referenceNumber: string; mergedInto: string; dueDate: string | null },
  publicUrl: string,
): { title: string; body: string } {
  const link = `${publicUrl}/applications`;
  if (kind === 'information_requested') {
    return {
      title: translate(language, 'suomifiNotices.informationRequested.title'),
      body: translate(language, 'suomifiNotices.informationRequested.body', {
        reference: facts.referenceNumber,
        dueDate: facts.dueDate ? formatDate(facts.dueDate, language) : '',
        link,
      }),
    };
  }
  return {
    title: translate(language, 'suomifiNotices.applicationMerged.title'),
    body: translate(language, 'suomifiNotices.applicationMerged.body', {
      reference: facts.referenceNumber,
      other: facts.mergedInto,
      link,
    }),
  };
}

function parsePayload(event: OutboxEvent): NoticePayload {
  const { kind, personId, applicationId, noticeId } = event.payload;
  if (
    (kind !== 'information_requested' && kind !== 'application_merged') ||
    typeof personId !== 'string' ||
    typeof applicationId !== 'string' ||
    typeof noticeId !== 'string'
  ) {
    throw new Error(`outbox event ${event.id}: invalid payload`);
  }
  return { kind, personId, applicationId, noticeId };
}

/** The outbox handler of `notice.suomifi`. */
export function suomifiNoticeHandler(options: SuomifiNoticeOptions): OutboxHandler {
  return async (event, { trx }): Promise<OutboxHandlerResult> => {
    const { client } = options;
    if (!client) return;
    const payload = parsePayload(event);
    if (await findSuomifiNotice(trx, payload.noticeId)) return;
    const person = await findNoticeRecipient(trx, payload.personId);
    if (!person?.electronic_delivery) return;
    const facts = await findNoticeFacts(trx, payload.kind, payload.applicationId, payload.noticeId);
    if (!facts) return;
    const message = noticeMessage(payload.kind, person.preferred_language, facts, options.publicUrl);
    const recipientId = person.personal_identity_code;
    let outcome: { outcome: 'sent' | 'no_mailbox'; messageId: string | null } | undefined;
    return {
      effect: {
        run: async () => {
          const mailbox = (await client.activeMailboxes([recipientId])).has(recipientId);
          if (!mailbox) {
            outcome = { outcome: 'no_mailbox', messageId: null };
            return;
          }
          const result = await client.sendElectronicMessage({
            externalId: payload.noticeId,
            recipientId,
            ...message,
            attachmentIds: [],
          });
          outcome = { outcome: 'sent', messageId: result.messageId ?? null };
        },
        done: async (done, now) => {
          const result = outcome ?? { outcome: 'no_mailbox', messageId: null };
          await insertSuomifiNotice(done, {
            id: payload.noticeId,
            kind: payload.kind,
            applicationId: payload.applicationId,
            outcome: result.outcome,
            messageId: result.messageId,
            now,
          });
        },
        // A repeated send carries the same externalId, which the service refuses as a duplicate: always retry.
        failed: async () => 'retry',
      },
    };
  };
}
