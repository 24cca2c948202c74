// The outbox handlers of the notifications, by topic.
import { topics } from '../outbox/outbox.ts';
import type { OutboxHandler } from '../outbox/worker.ts';
import { applicationReceivedHandler } from './application-received.ts';
import type { Mailer } from './mailer.ts';

export function notificationHandlers(options: {
  mailer: Mailer;
  publicUrl: string;
}): Record<string, OutboxHandler> {
  return { [topics.applicationReceived]: applicationReceivedHandler(options) };
}
