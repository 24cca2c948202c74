// Writing to the audit trail. Call it inside the same transaction as the read or change it records,
// so that a change and its audit row commit together.
import type { Db } from '../db/database.ts';
import type { AuditEventTable } from '../db/schema.ts';
import { insertAuditEvents } from './audit.repository.ts';

export type ActorType = AuditEventTable['actor_type'];

export interface Actor {
  type: ActorType;
  /** Person, staff user or API client id; absent for anonymous and system actors. */
  id: string | null;
}

/** Who acts and from where: taken from the request. */
export interface AuditContext {
  actor: Actor;
  requestId: string | null;
  ip: string | null;
  /**
   * For an API client with personal-data scopes: the staff ids of the admins who created it, asked for and
   * approved its grant. Every row the client causes carries them in `details.grantedBy`, so its reads are found
   * under those admins too.
   */
  grantedBy?: { createdBy: string | null; requestedBy: string | null; approvedBy: string | null };
}

export interface AuditEntry {
  action: string;
  subjectPersonId?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  outcome?: 'success' | 'denied' | 'failure';
  /** Extra facts; never personal identity codes in clear (the caller masks or omits them). */
  details?: Record<string, unknown>;
}

export const systemAuditContext: AuditContext = {
  actor: { type: 'system', id: null },
  requestId: null,
  ip: null,
};

function detailsOf(context: AuditContext, entry: AuditEntry): string | null {
  const details = context.grantedBy ? { ...entry.details, grantedBy: context.grantedBy } : entry.details;
  return details ? JSON.stringify(details) : null;
}

export async function recordAudit(
  db: Db,
  context: AuditContext,
  entry: AuditEntry,
  now: Date,
): Promise<void> {
  await recordAudits(db, context, [entry], now);
}

/** Several entries of one request in one statement (e.g. every application a list showed). */
export async function recordAudits(
  db: Db,
  context: AuditContext,
  entries: readonly AuditEntry[],
  now: Date,
): Promise<void> {
  if (entries.length === 0) return;
  await insertAuditEvents(
    db,
    entries.map((entry) => ({
      occurred_at: now,
      actor_type: context.actor.type,
      actor_id: context.actor.id,
      action: entry.action,
      subject_person_id: entry.subjectPersonId ?? null,
      object_type: entry.objectType ?? null,
      object_id: entry.objectId ?? null,
      request_id: context.requestId,
      ip: context.ip,
      outcome: entry.outcome ?? 'success',
      details: detailsOf(context, entry),
    })),
  );
}
