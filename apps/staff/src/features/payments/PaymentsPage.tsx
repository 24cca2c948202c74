// The payments page (/payments) for the handling roles and the payment approver, loaded when first visited: the
// payment batches (proposing the day's batch, the approval by a second person, the payment file for the bank),
// the bank's status report for the payment approver, and the decisions' payments filtered by status. The route
// lets in only those who read payments (readsPayments); other staff see that the page is not for them.

import type { StaffSession } from '@tuki/api-client';
import { useDocumentTitle, useT } from '@tuki/ui';
import { handlesCases } from '../session/index.ts';
import { PaymentBatches } from './PaymentBatches.tsx';
import { PaymentList } from './PaymentList.tsx';
import { approvesPayments } from './payment-rules.ts';
import { StatusReportImport } from './StatusReportImport.tsx';
import './payments.css';

export function PaymentsPage({ session }: { session: StaffSession }) {
  const t = useT();
  useDocumentTitle(t('payments.pageTitle'));
  const { roles } = session.staffUser;
  return (
    <>
      <h1>{t('payments.title')}</h1>
      <p className="tuki-lead">{t('payments.intro')}</p>
      <PaymentBatches staffUser={session.staffUser} />
      {approvesPayments(roles) ? <StatusReportImport /> : null}
      <PaymentList opensCases={handlesCases(roles)} />
    </>
  );
}
