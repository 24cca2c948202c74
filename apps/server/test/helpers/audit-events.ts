// The audit trail as the tests read it back: the rows that match every condition given, oldest first.
import type { AuditOutcome } from '../../src/db/column-types.ts';
import type { TestApp } from './test-app.ts';

export interface AuditFilter {
  action?: string;
  outcome?: AuditOutcome;
  /** One object id, or any of several. */
  objectId?: string | string[];
  subjectPersonId?: string;
}

export function auditEvents(t: TestApp, filter: AuditFilter) {
  let query = t.database.db.selectFrom('audit_event').selectAll();
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome);
  if (typeof filter.objectId === 'string') query = query.where('object_id', '=', filter.objectId);
  else if (filter.objectId !== undefined) query = query.where('object_id', 'in', filter.objectId);
  if (filter.subjectPersonId !== undefined)
    query = query.where('subject_person_id', '=', filter.subjectPersonId);
  return query.orderBy('seq').execute();
}
