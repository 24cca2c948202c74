// recordEvent: the one way a command tells what happened to a case. In the command's transaction it writes what
// the table of case-events.ts derives from the event: the audit rows, the outbox jobs, and the webhook events with
// a pending delivery for every active subscription whose type filter matches. All of it commits with the change or
// not at all.
import { recordAudits } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import { enqueue } from '../outbox/outbox.ts';
import {
  type CaseEvent,
  type CaseEventEffects,
  type CaseEventKind,
  caseEventEffects,
  webhookEventsOf,
} from './case-events.ts';
import { insertEvent, insertWebhookDeliveries, lockApplicationForEvents } from './events.repository.ts';

export async function recordEvent<K extends CaseEventKind>(
  trx: Db,
  event: CaseEvent<K>,
  now: Date,
): Promise<void> {
  if (!trx.isTransaction) throw new Error('recordEvent must run inside the command’s transaction');
  const effects = caseEventEffects[event.kind] as CaseEventEffects<K>;
  await recordAudits(trx, event.actor, effects.audit(event), now);
  for (const job of effects.jobs(event)) await enqueue(trx, job.topic, job.payload, now);
  const webhookEvents = webhookEventsOf(event);
  if (webhookEvents.length === 0) return;
  // Per application, events are numbered in commit order: whoever writes them holds the row lock until commit.
  await lockApplicationForEvents(trx, event.application.id);
  for (const webhookEvent of webhookEvents) {
    const row = await insertEvent(trx, {
      type: webhookEvent.type,
      subject: event.application.id,
      time: now,
      data: webhookEvent.data,
    });
    await insertWebhookDeliveries(
      trx,
      { id: row.id, seq: row.seq, type: webhookEvent.type, subject: event.application.id },
      now,
    );
  }
}
