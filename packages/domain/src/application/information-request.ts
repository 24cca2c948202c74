// Requests for additional information (lisäselvityspyyntö, TTL 14 a §): the common items a caseworker picks from,
// each shown to the client in their own language, and the decision deadlines that follow a request.
import type { IsoDate } from '../calendar-date.ts';
import { helsinkiDate } from '../calendar-date.ts';
import { addWorkingDays, nextWorkingDay } from '../working-days.ts';
import type { AttachmentCategory } from './attachments.ts';
import { DECISION_WORKING_DAYS } from './due-date.ts';

/** The common items of a request; `other` is a free item that carries its own description. */
export const informationItemCodes = [
  'bank_statements',
  'rental_agreement',
  'pay_slips',
  'receipts',
  'benefit_decisions',
  'other',
] as const;
export type InformationItemCode = (typeof informationItemCodes)[number];

/** The attachment category a file sent for an item gets. */
export const informationItemCategory: Readonly<Record<InformationItemCode, AttachmentCategory>> = {
  bank_statements: 'bank_statement',
  rental_agreement: 'rental_agreement',
  pay_slips: 'pay_slip',
  receipts: 'receipt',
  benefit_decisions: 'other',
  other: 'other',
};

export const MAX_INFORMATION_ITEMS = 20;
export const MAX_INFORMATION_TEXT = 4000;
export const MAX_MESSAGE_LENGTH = 10_000;
export const MAX_ATTACHMENTS_PER_MESSAGE = 20;

/**
 * The decision deadline while a request is open: 7 working days after the deadline given to the client ("or of
 * the deadline given"), so a client who does not answer still gets a decision in time.
 */
export function decisionDueDateAfterDeadline(requestDueDate: IsoDate): IsoDate {
  return addWorkingDays(requestDueDate, DECISION_WORKING_DAYS);
}

/** The decision deadline once the client has answered: the 7th working day after the answer (next for urgent). */
export function decisionDueDateAfterAnswer(answeredAt: Date, urgent: boolean): IsoDate {
  const answered = helsinkiDate(answeredAt);
  return urgent ? nextWorkingDay(answered) : addWorkingDays(answered, DECISION_WORKING_DAYS);
}

/** The earliest deadline a caseworker may give: the next working day after the request is made. */
export function earliestInformationDueDate(requestedAt: Date): IsoDate {
  return nextWorkingDay(helsinkiDate(requestedAt));
}

/**
 * Missing information should be asked for by the 7th working day after the application arrived (TTL 14 a §):
 * the last day on which a request is in time.
 */
export function informationRequestLatestDate(arrivedAt: Date): IsoDate {
  return addWorkingDays(helsinkiDate(arrivedAt), DECISION_WORKING_DAYS);
}

/** Whether a request made at `requestedAt` (a Finnish date or an instant) comes after that day. */
export function isLateInformationRequest(arrivedAt: Date, requestedAt: Date | IsoDate): boolean {
  const day = typeof requestedAt === 'string' ? requestedAt : helsinkiDate(requestedAt);
  return day > informationRequestLatestDate(arrivedAt);
}
