// Duplicates on the citizen's side: the warning on the check page before sending (checkMyApplicationDuplicates:
// your own applications for the month, or that your spouse has sent one naming you; sending still goes through),
// and the notice of an application merged into another one (closed as a duplicate).

import { useQuery } from '@tanstack/react-query';
import { expectData } from '@tuki/api-client';
import { formatMonthInText, Notice, useApi, useLanguage, useT } from '@tuki/ui';

/** The warning before sending; nothing while there is nothing to warn of (or the check could not be made). */
export function DuplicateWarning({
  applicationId,
  month,
  spouseCode,
}: {
  applicationId: string;
  month: string | undefined;
  spouseCode: string | undefined;
}) {
  const t = useT();
  const { language } = useLanguage();
  const api = useApi();
  // The month and the spouse in the key: a change to either checks again.
  const query = useQuery({
    queryKey: ['my-application-duplicates', applicationId, month ?? '', spouseCode ?? ''],
    enabled: Boolean(month),
    meta: { silent: true },
    queryFn: () =>
      expectData(
        api.GET('/api/v1/my/applications/{applicationId}/possible-duplicates', {
          params: { path: { applicationId } },
        }),
      ),
  });
  const warning = query.data;
  if (!warning?.month || (warning.ownApplications.length === 0 && !warning.spouseApplication)) return null;
  const monthText = formatMonthInText(warning.month, language);
  return (
    <Notice type="alert" label={t('citizenDuplicates.warningTitle')} testId="duplicate-warning">
      {warning.ownApplications.length > 0 ? (
        <p>
          {t('citizenDuplicates.ownWarning', {
            month: monthText,
            references: warning.ownApplications.map((own) => own.referenceNumber ?? '').join(', '),
          })}
        </p>
      ) : null}
      {warning.spouseApplication ? <p>{t('citizenDuplicates.spouseWarning', { month: monthText })}</p> : null}
      <p>{t('citizenDuplicates.canStillSend')}</p>
    </Notice>
  );
}

/** On the page of an application closed as a duplicate: what it was merged into, as far as the citizen may know. */
export function MergedNotice({
  application,
}: {
  application: {
    status: string;
    referenceNumber: string | null;
    mergedInto: { ownApplication: boolean; referenceNumber: string | null } | null;
  };
}) {
  const t = useT();
  const merged = application.mergedInto;
  if (application.status !== 'closed_as_duplicate' || !merged) return null;
  const reference = application.referenceNumber ?? '';
  return (
    <Notice type="info" label={t('citizenDuplicates.mergedTitle')} testId="merged-notice">
      {merged.ownApplication && merged.referenceNumber
        ? t('citizenDuplicates.mergedOwn', { reference, target: merged.referenceNumber })
        : t('citizenDuplicates.mergedFamily', { reference })}
    </Notice>
  );
}
