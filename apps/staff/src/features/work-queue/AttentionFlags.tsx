// A queue row's flags of what needs attention after the decision: "address needed", and "payment rejected" with the
// bank's reason in words (an unknown code is shown as it is).

import { useT } from '@tuki/ui';
import { rejectionCodeKey } from '../common/attention.ts';

export function AttentionFlags({
  attention,
  rejectionCode,
}: {
  attention: readonly ('address_needed' | 'payment_rejected')[];
  rejectionCode: string | null;
}) {
  const t = useT();
  if (attention.length === 0) return null;
  const reason = t(`caseAttention.codes.${rejectionCodeKey(rejectionCode)}`, { code: rejectionCode ?? '' });
  return (
    <ul className="staff-attention-flags" data-testid="attention-flags">
      {attention.map((flag) => (
        <li key={flag} className="staff-attention-flag" data-reason={flag}>
          {flag === 'address_needed'
            ? t('caseAttention.addressNeeded')
            : t('caseAttention.paymentRejectedBecause', { reason })}
        </li>
      ))}
    </ul>
  );
}
