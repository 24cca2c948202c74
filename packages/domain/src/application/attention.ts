// What went wrong after a decision and needs a caseworker: the work queue's "needs attention".
// - address_needed: the decision letter came back to the sender (Posti could not deliver it): a new address is
//   needed, and the letter is sent again by post (or the matter is sorted out otherwise and marked handled).
// - payment_rejected: the bank rejected a payment of the decision (e.g. a closed account): a corrected account
//   number sends the payment with the next batch (or the matter is sorted out otherwise and marked handled).

export const attentionReasons = ['address_needed', 'payment_rejected'] as const;
export type AttentionReason = (typeof attentionReasons)[number];

/** How an attention was cleared: resent (a new address, the letter back to print), corrected (a new account number,
 * the payment back to the next batch), or handled (otherwise; a note says how). */
export const attentionResolutions = ['resent', 'corrected', 'handled'] as const;
export type AttentionResolution = (typeof attentionResolutions)[number];

/** The resolutions each reason allows. */
export const resolutionsOf: Readonly<Record<AttentionReason, readonly AttentionResolution[]>> = {
  address_needed: ['resent', 'handled'],
  payment_rejected: ['corrected', 'handled'],
};
