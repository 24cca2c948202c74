// What needs attention after a decision, as the work queue and the case show it: "address needed", and "payment
// rejected" with the bank's reason in words (its ISO 20022 code; an unknown code is shown as it is).

import type { Translator } from '@tuki/i18n';
import { useT } from '@tuki/ui';
import './attention.css';

const knownCodes = ['AC01', 'AC04', 'AC06', 'AG01', 'BE05', 'MD07'] as const;

/** The bank's reason for a rejected payment, in the user's language. */
export function rejectionReasonText(t: Translator, code: string | null): string {
  if (code === null || code === '') return t('caseAttention.codes.none');
  const known = knownCodes.find((candidate) => candidate === code);
  return known ? t(`caseAttention.codes.${known}`) : t('caseAttention.codes.other', { code });
}

/** The flags of a queue row or a case: one line each. */
export function AttentionFlags({
  attention,
  rejectionCode,
}: {
  attention: readonly ('address_needed' | 'payment_rejected')[];
  rejectionCode: string | null;
}) {
  const t = useT();
  if (attention.length === 0) return null;
  return (
    <ul className="staff-attention-flags" data-testid="attention-flags">
      {attention.map((reason) => (
        <li key={reason} className="staff-attention-flag" data-reason={reason}>
          {reason === 'address_needed'
            ? t('caseAttention.addressNeeded')
            : t('caseAttention.paymentRejectedBecause', { reason: rejectionReasonText(t, rejectionCode) })}
        </li>
      ))}
    </ul>
  );
}
