// The e-mails that tell a client there is something new in their e-services account: their application was
// received, more information is asked for, a message or a decision has arrived. An e-mail says only that, with a
// link: no name, no reference number, no amounts; and, as every e-mail, a short paragraph with the link to the
// data-protection notice (GDPR Art. 13). At most once per outbox event: the `notification_sent` row (unique per
// event) is committed as 'sending' before the message is handed to SMTP and set to 'sent' with the event processed
// after the server accepted it. A row still 'sending' when the event comes round again means the process stopped
// during the hand-over: nobody knows whether the message left, so it is not sent again; the row becomes
// 'uncertain' and the event is given up with the reason, for an operator to look at (migration 0028).
import { type Language, translate } from '@tuki/i18n';
import type { Db } from '../db/database.ts';
import { DATA_PROTECTION_NOTICE_PATH } from '../letters/index.ts';
import type { OutboxEvent } from '../outbox/outbox.ts';
import type { OutboxHandler, OutboxHandlerContext } from '../outbox/worker.ts';
import { type Mailer, type MailMessage, MailNotSent } from './mailer.ts';
import {
  deleteSendingNotification,
  findApplicationContentOfPerson,
  findNotificationChoices,
  findNotificationSent,
  insertNotificationSent,
  setNotificationState,
} from './notifications.repository.ts';

export interface AccountNotificationPayload {
  personId: string;
  applicationId: string;
}

/** What has happened; each has its subject and first sentence. */
export type NotificationKind =
  | 'applicationReceived'
  | 'informationRequested'
  | 'newMessage'
  | 'decisionMade'
  | 'applicationMerged';

export function accountNotificationEmail(kind: NotificationKind, language: Language, publicUrl: string) {
  const link = `${publicUrl}/applications`;
  const noticeLink = `${publicUrl}${DATA_PROTECTION_NOTICE_PATH}`;
  const text = (key: 'greeting' | 'body' | 'signature' | 'noReply' | 'settings' | 'dataProtection') =>
    key === 'body' ? translate(language, `email.${kind}.body`) : translate(language, `email.common.${key}`);
  const escapeHtml = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return {
    subject: translate(language, `email.${kind}.subject`),
    text: [
      text('greeting'),
      '',
      text('body'),
      link,
      '',
      text('signature'),
      '',
      `${text('noReply')} ${text('settings')}`,
      '',
      text('dataProtection'),
      noticeLink,
      '',
    ].join('\n'),
    html: `<!doctype html><html lang="${language}"><body><p>${escapeHtml(text('greeting'))}</p><p>${escapeHtml(text('body'))}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><p>${escapeHtml(text('signature'))}</p><p><small>${escapeHtml(text('noReply'))} ${escapeHtml(text('settings'))}</small></p><p><small>${escapeHtml(text('dataProtection'))} <a href="${escapeHtml(noticeLink)}">${escapeHtml(noticeLink)}</a></small></p></body></html>`,
  };
}

async function recipient(
  trx: Db,
  payload: AccountNotificationPayload,
): Promise<{ address: string; language: Language } | undefined> {
  const person = await findNotificationChoices(trx, payload.personId);
  if (!person?.email_notifications) return undefined;
  let address = person.email?.trim();
  if (!address) {
    const application = await findApplicationContentOfPerson(trx, payload.applicationId, payload.personId);
    const applicant = application?.content.applicant;
    const email =
      applicant && typeof applicant === 'object' && 'email' in applicant ? applicant.email : undefined;
    address = typeof email === 'string' ? email.trim() : undefined;
  }
  return address ? { address, language: person.preferred_language } : undefined;
}

function parsePayload(event: OutboxEvent): AccountNotificationPayload {
  const { personId, applicationId } = event.payload;
  if (typeof personId !== 'string' || typeof applicationId !== 'string')
    throw new Error(`outbox event ${event.id}: invalid payload`);
  return { personId, applicationId };
}

export function accountNotificationHandler(
  kind: NotificationKind,
  options: { mailer: Mailer; publicUrl: string },
): OutboxHandler {
  return async (event: OutboxEvent, { trx, now }: OutboxHandlerContext) => {
    const marker = await findNotificationSent(trx, event.id);
    if (marker?.state === 'sending') {
      await setNotificationState(trx, event.id, 'uncertain');
      return {
        giveUp:
          'e-mail outcome unknown: the process stopped while handing it to SMTP; not sent again (at most once)',
      };
    }
    if (marker) return;
    const payload = parsePayload(event);
    const to = await recipient(trx, payload);
    await insertNotificationSent(trx, {
      outbox_id: event.id,
      recipient_person_id: payload.personId,
      channel: to ? 'email' : 'none',
      sent_at: now,
      state: to ? 'sending' : 'sent',
    });
    if (!to) return;
    const message: MailMessage = {
      to: to.address,
      messageId: `<tuki-outbox-${event.id}@${new URL(options.publicUrl).hostname}>`,
      ...accountNotificationEmail(kind, to.language, options.publicUrl),
    };
    return {
      effect: {
        run: () => options.mailer.send(message),
        done: async (done, doneAt) => {
          await setNotificationState(done, event.id, 'sent', doneAt);
        },
        failed: async (failed, error) => {
          if (error instanceof MailNotSent) {
            // Surely not sent: the claim goes, and the next attempt sends.
            await deleteSendingNotification(failed, event.id);
            return 'retry';
          }
          await setNotificationState(failed, event.id, 'uncertain');
          return 'uncertain';
        },
      },
    };
  };
}
