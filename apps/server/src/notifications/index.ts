// The outbox handlers of the notifications, by topic: each tells the client by e-mail that there is something new
// in their e-services account; and, with Suomi.fi Messages configured, the notices other than decisions to the
// client's Suomi.fi mailbox (suomifi-notice.ts).
import { topics } from '../outbox/outbox.ts';
import type { OutboxHandler } from '../outbox/worker.ts';
import type { SuomifiMessagesClient } from '../suomifi/index.ts';
import { accountNotificationHandler } from './account-notification.ts';
import type { Mailer } from './mailer.ts';
import { suomifiNoticeHandler } from './suomifi-notice.ts';

export function notificationHandlers(options: {
  mailer: Mailer;
  publicUrl: string;
  /** Suomi.fi Messages when configured: the notices other than decisions go to the client's mailbox too. */
  suomifi?: SuomifiMessagesClient | undefined;
}): Record<string, OutboxHandler> {
  return {
    [topics.applicationReceived]: accountNotificationHandler('applicationReceived', options),
    [topics.informationRequested]: accountNotificationHandler('informationRequested', options),
    [topics.newMessage]: accountNotificationHandler('newMessage', options),
    [topics.decisionMade]: accountNotificationHandler('decisionMade', options),
    [topics.applicationMerged]: accountNotificationHandler('applicationMerged', options),
    [topics.suomifiNotice]: suomifiNoticeHandler({ client: options.suomifi, publicUrl: options.publicUrl }),
  };
}
