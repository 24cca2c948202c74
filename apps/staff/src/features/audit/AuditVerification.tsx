// "Verify the chain" on the audit trail page: the server checks the whole audit chain as it stands (verifyAuditTrail,
// itself audited) and the result is told in a polite live region: the rows checked, or the first broken row.

import { useMutation } from '@tanstack/react-query';
import { expectData } from '@tuki/api-client';
import { useApi, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { formatCount } from '../statistics/index.ts';

export function AuditVerification() {
  const t = useT();
  const api = useApi();
  const { language } = useLanguage();
  const verify = useMutation({
    mutationFn: () => expectData(api.POST('/api/v1/audit-events/verify')),
    meta: { silent: true },
  });
  const report = verify.isPending ? undefined : verify.data;
  return (
    <section aria-labelledby="audit-verify-heading" className="tuki-section" data-testid="audit-verify">
      <h2 id="audit-verify-heading">{t('auditTrail.verify.heading')}</h2>
      <p>{t('auditTrail.verify.intro')}</p>
      <Button
        id="audit-verify-button"
        variant={ButtonVariant.Secondary}
        aria-disabled={verify.isPending}
        onClick={() => {
          if (!verify.isPending) verify.mutate();
        }}
      >
        {t('auditTrail.verify.button')}
      </Button>
      <div role="status" aria-live="polite" className="audit-verify-status" data-testid="audit-verify-status">
        {verify.isPending ? <p>{t('auditTrail.verify.checking')}</p> : null}
        {report?.ok ? (
          <p className="audit-verify-ok">
            {t('auditTrail.verify.ok', { rows: formatCount(report.rowsChecked, language) })}
          </p>
        ) : null}
        {report && !report.ok ? (
          <div className="audit-verify-broken">
            <p>
              <strong>{t('auditTrail.verify.brokenTitle')}:</strong>{' '}
              {t('auditTrail.verify.broken', {
                seq: String(report.firstBroken?.seq ?? '?'),
                rows: formatCount(report.rowsChecked, language),
              })}
            </p>
            {report.firstBroken ? (
              <p>{t('auditTrail.verify.problem', { problem: report.firstBroken.problem })}</p>
            ) : null}
          </div>
        ) : null}
        {verify.isError && !verify.isPending ? (
          <p className="audit-verify-broken">{t('auditTrail.verify.failed')}</p>
        ) : null}
      </div>
    </section>
  );
}
