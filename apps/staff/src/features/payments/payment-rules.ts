// What the payments page decides without React: who approves, which statuses a payment has, the code of the
// server's problem, whether a failed call may still have acted, and today in Finland.

import { isApiProblem, type ResponseBody, type StaffRole } from '@tuki/api-client';

export type PaymentStatus = ResponseBody<'listPayments'>['items'][number]['status'];

export const paymentStatuses: readonly PaymentStatus[] = [
  'proposed',
  'in_batch',
  'sent',
  'accepted',
  'rejected',
];

/** The payment approver approves batches, downloads their files and reads in the bank's status reports. */
export const approvesPayments = (roles: readonly StaffRole[]) => roles.includes('payment_approver');

/** The problem's code: the last part of its type (`…/problems/cannot-approve-own-batch`). */
export const problemCode = (error: unknown): string | undefined =>
  isApiProblem(error) ? error.type.split('/').at(-1) : undefined;

/** A failure after which the server may or may not have acted: no answer, or a gateway's. */
export const isOutcomeUnknown = (error: unknown) => !isApiProblem(error) || [502, 504].includes(error.status);

/** Today in Finland (YYYY-MM-DD): the day a batch proposed now is paid. */
export function helsinkiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
}
