// Who may do what with payments: propose a batch (the handling roles and the payment approver), and approve,
// export or read the bank's answer (the payment approver only).
import { handlingStaffRoles, type StaffRole } from '@tuki/domain';
import type { StaffActor } from '../applications/index.ts';
import { Forbidden } from '../shared/errors.ts';

/** Who may propose a batch: the handling roles and the payment approver. */
export const paymentProposerRoles: readonly StaffRole[] = [...handlingStaffRoles, 'payment_approver'];

/** 403 `payment-role-required` unless the actor has one of the roles. */
export function requirePaymentRole(actor: StaffActor, roles: readonly StaffRole[], detail: string): void {
  if (!actor.staffUser.roles.some((role) => roles.includes(role)))
    throw new Forbidden(detail, { code: 'payment-role-required' });
}

export const approverOnly = (what: string) => `Only a payment approver may ${what}.`;
