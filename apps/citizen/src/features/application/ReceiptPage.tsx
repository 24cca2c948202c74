// The receipt after sending: reference number, the date by which the decision is made, and what happens next.

import { isApiProblem } from '@tuki/api-client';
import {
  formatDate,
  helsinkiDateAndTime,
  LoadingIndicator,
  Notice,
  useDocumentTitle,
  useLanguage,
  useT,
} from '@tuki/ui';
import { Link, Navigate, useParams } from 'react-router';
import { useMyApplication } from './api/applications.ts';
import { stepPath } from './form/step-path.ts';

export function ReceiptPage() {
  const t = useT();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const query = useMyApplication(id);
  useDocumentTitle(t('application.receipt.pageTitle'));

  if (query.isPending) return <LoadingIndicator />;
  if (!query.data) {
    return (
      <>
        <h1>
          {isApiProblem(query.error, 404) ? t('account.detail.notFoundTitle') : t('errors.unexpectedTitle')}
        </h1>
        <p>
          <Link to="/applications">{t('account.backToAccount')}</Link>
        </p>
      </>
    );
  }
  const application = query.data.application;
  if (application.status === 'draft') return <Navigate to={stepPath(id, 'check')} replace />;
  const sent = application.submittedAt ? helsinkiDateAndTime(application.submittedAt, language) : undefined;
  return (
    <>
      <h1>{t('application.receipt.title')}</h1>
      <Notice type="success" label={t('application.receipt.noticeTitle')}>
        <dl className="tuki-receipt">
          <div>
            <dt>{t('account.referenceNumber')}</dt>
            <dd data-testid="reference-number">{application.referenceNumber ?? '–'}</dd>
          </div>
          {sent ? (
            <div>
              <dt>{t('account.submittedAt')}</dt>
              <dd>{t('common.dateTime', sent)}</dd>
            </div>
          ) : null}
        </dl>
        {application.dueDate ? (
          <p className="tuki-due" data-testid="due-date">
            {t('application.receipt.due', { date: formatDate(application.dueDate) })}
          </p>
        ) : null}
      </Notice>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t('application.receipt.nextHeading')}</h2>
        <ol className="tuki-next-steps">
          <li>{t('application.receipt.next.review')}</li>
          <li>{t('application.receipt.next.moreInformation')}</li>
          <li>{t('application.receipt.next.decision')}</li>
        </ol>
        <p>{application.urgent ? t('application.receipt.urgent') : t('application.receipt.changes')}</p>
      </section>
      <ul className="tuki-link-list">
        <li>
          <Link to={`/applications/${id}`}>{t('application.receipt.showApplication')}</Link>
        </li>
        <li>
          <Link to="/applications">{t('account.backToAccount')}</Link>
        </li>
      </ul>
    </>
  );
}
