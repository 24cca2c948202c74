// Who may do what with payments: propose a batch (the handling roles and the payment approver), and approve,
// export or read the bank's answer (the payment approver only).
import { type ApiScope, handlingStaffRoles, type StaffRole } from '@tuki/domain';
import type { AuditContext } from '../audit/index.ts';
import type { StaffUserRow } from '../db/schema.ts';
import { Forbidden } from '../shared/errors.ts';

/**
 * The staff user acting on payments, with the request's audit context: what the payments need of the
 * applications' StaffActor (which it accepts), named here so that reading a case's payments from the
 * applications needs no way back to them.
 */
export interface PaymentActor {
  staffUser: Pick<StaffUserRow, 'id' | 'roles'>;
  audit: AuditContext;
}

/**
 * An API client acting on payments with its scopes (payments:read, payments:write): it reads payments and batches,
 * hands an exported payment file on to the bank and reads the bank's status reports in. Proposing, approving and
 * the first export of a batch stay with people (the two-person rule of the payment approver).
 */
export interface PaymentClientActor {
  client: { id: string; scopes: readonly ApiScope[] };
  audit: AuditContext;
}

/** A staff user or an API client, on the operations open to both. */
export type PaymentReader = PaymentActor | PaymentClientActor;

export const isPaymentClient = (actor: PaymentReader): actor is PaymentClientActor => 'client' in actor;

/** Who may propose a batch: the handling roles and the payment approver. */
export const paymentProposerRoles: readonly StaffRole[] = [...handlingStaffRoles, 'payment_approver'];

/**
 * 403 `payment-role-required` unless the staff user has one of the roles; an API client needs the scope instead
 * (403 `payment-scope-required`; the route's access rule has refused it already, this keeps the command safe).
 */
export function requirePaymentRole(
  actor: PaymentReader,
  roles: readonly StaffRole[],
  detail: string,
  scope?: ApiScope,
): void {
  if (isPaymentClient(actor)) {
    if (scope === undefined || !actor.client.scopes.includes(scope))
      throw new Forbidden(`This needs the scope ${scope ?? 'of a staff user'}.`, {
        code: 'payment-scope-required',
      });
    return;
  }
  if (!actor.staffUser.roles.some((role) => roles.includes(role)))
    throw new Forbidden(detail, { code: 'payment-role-required' });
}

export const approverOnly = (what: string) => `Only a payment approver may ${what}.`;
