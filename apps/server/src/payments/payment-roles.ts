// Who may do what with payments: propose a batch (the handling roles and the payment approver), and approve,
// export or read the bank's answer (the payment approver only).
import { handlingStaffRoles, type StaffRole } from '@tuki/domain';
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

/** Who may propose a batch: the handling roles and the payment approver. */
export const paymentProposerRoles: readonly StaffRole[] = [...handlingStaffRoles, 'payment_approver'];

/** 403 `payment-role-required` unless the actor has one of the roles. */
export function requirePaymentRole(actor: PaymentActor, roles: readonly StaffRole[], detail: string): void {
  if (!actor.staffUser.roles.some((role) => roles.includes(role)))
    throw new Forbidden(detail, { code: 'payment-role-required' });
}

export const approverOnly = (what: string) => `Only a payment approver may ${what}.`;
