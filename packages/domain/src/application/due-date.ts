// The legal deadline of a decision (TTL 14 a §): the 7th working day after the application arrived, or the next
// working day for an urgent case. Arrival is an instant; deadlines are calendar dates in Finland.
import type { IsoDate } from '../calendar-date.ts';
import { helsinkiDate } from '../calendar-date.ts';
import { addWorkingDays, nextWorkingDay } from '../working-days.ts';

export const DECISION_WORKING_DAYS = 7;

export function decisionDueDate(arrivedAt: Date, urgent: boolean): IsoDate {
  const arrival = helsinkiDate(arrivedAt);
  return urgent ? nextWorkingDay(arrival) : addWorkingDays(arrival, DECISION_WORKING_DAYS);
}

/** Unsent drafts are deleted this long after their last change. */
export const DRAFT_RETENTION_DAYS = 90;

export function draftDeletionDate(lastChangedAt: Date): IsoDate {
  return helsinkiDate(new Date(lastChangedAt.getTime() + DRAFT_RETENTION_DAYS * 86_400_000));
}
