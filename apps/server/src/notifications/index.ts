// The outbox handlers of the notifications, by topic: each tells the client by e-mail that there is something new
// in their e-services account.
import { topics } from '../outbox/outbox.ts';
import type { OutboxHandler } from '../outbox/worker.ts';
import { accountNotificationHandler } from './account-notification.ts';
import type { Mailer } from './mailer.ts';

export function notificationHandlers(options: {
  mailer: Mailer;
  publicUrl: string;
}): Record<string, OutboxHandler> {
  return {
    [topics.applicationReceived]: accountNotificationHandler('applicationReceived', options),
    [topics.informationRequested]: accountNotificationHandler('informationRequested', options),
    [topics.newMessage]: accountNotificationHandler('newMessage', options),
    [topics.decisionMade]: accountNotificationHandler('decisionMade', options),
    [topics.applicationMerged]: accountNotificationHandler('applicationMerged', options),
  };
}
