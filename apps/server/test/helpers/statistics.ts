// Decided applications written straight into the database for the tests of the processing-time statistics.
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';

export interface DecidedCase {
  referenceNumber: string;
  /** Instants (UTC). */
  arrivedAt: string;
  decidedAt: string;
  urgent?: boolean;
  kind?: 'basic' | 'rectification';
  requests?: { createdAt: string; dueDate: string; answeredAt?: string }[];
}

/**
 * Inserts each case as the first person's application, approved by the supervisor at `decidedAt` (whose date is
 * also the due date), with its information requests (answered where `answeredAt` is given).
 */
export async function insertDecidedCases(db: Db, cases: readonly DecidedCase[]): Promise<void> {
  const person = await sql<{ id: string }>`select id from person order by created_at limit 1`.execute(db);
  const staff = await sql<{ id: string }>`select id from staff_user where username = 'supervisor'`.execute(
    db,
  );
  const personId = person.rows[0]?.id;
  const staffId = staff.rows[0]?.id;
  if (!personId || !staffId) throw new Error('the seeded person and supervisor are missing');
  for (const item of cases) {
    const inserted = await sql<{ id: string }>`
      insert into application (person_id, kind, status, reference_number, urgent, submitted_at, due_date)
      values (${personId}, ${item.kind ?? 'basic'}, 'decided', ${item.referenceNumber}, ${item.urgent ?? false},
              ${item.arrivedAt}, ${item.decidedAt.slice(0, 10)})
      returning id`.execute(db);
    const applicationId = inserted.rows[0]?.id;
    if (!applicationId) throw new Error(`inserting ${item.referenceNumber} failed`);
    for (const request of item.requests ?? []) {
      await sql`
        insert into information_request
          (application_id, requested_by, message, due_date, created_at, answer_message, answered_at)
        values (${applicationId}, ${staffId}, 'Tiliotteet', ${request.dueDate}, ${request.createdAt},
                ${request.answeredAt ? 'Liitteenä' : null}, ${request.answeredAt ?? null})`.execute(db);
    }
    await sql`
      insert into decision (application_id, outcome, month, amount_cents, reasoning, legal_provisions, decided_by,
                            decided_at, language, delivery)
      values (${applicationId}, 'approved', ${item.decidedAt.slice(0, 7)}, 10000, '', ${['TTL 7 §']}, ${staffId},
              ${item.decidedAt}, 'fi', 'electronic')`.execute(db);
  }
}
