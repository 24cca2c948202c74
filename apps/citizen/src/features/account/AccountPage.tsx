// The e-services account (/applications): the person's applications with status, reference number, sent date and
// due date; a draft with "continue" and the date it will be deleted; a button for a new application.

import { type ApplicationStatus, applicationStatuses } from '@tuki/domain';
import {
  formatDate,
  helsinkiDateAndTime,
  LoadingIndicator,
  useDocumentTitle,
  useLanguage,
  useT,
} from '@tuki/ui';
import { IconPlus, StatusLabel } from 'hds-react';
import { Link } from 'react-router';
import { type ApplicationSummary, useMyApplications } from '../application/api/applications.ts';
import { stepPath } from '../application/form/step-path.ts';
import { statusLabelType } from '../application/status.ts';

function isStatus(value: string): value is ApplicationStatus {
  return (applicationStatuses as readonly string[]).includes(value);
}

export function AccountPage() {
  const t = useT();
  useDocumentTitle(t('account.pageTitle'));
  const applications = useMyApplications();
  const items = [...(applications.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <h1>{t('account.title')}</h1>
      <p className="tuki-lead">{t('account.intro')}</p>
      <p className="tuki-account-links">
        <Link to="/applications/new" className="tuki-button-link">
          <IconPlus aria-hidden />
          {t('account.newApplication')}
        </Link>
        <Link to="/settings">{t('citizenCorrespondence.settings.link')}</Link>
        <Link to="/calculator">{t('calculator.link.text')}</Link>
      </p>
      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading">{t('account.applicationsHeading')}</h2>
        {applications.isPending ? (
          <LoadingIndicator />
        ) : items.length === 0 ? (
          <p>{t('account.none')}</p>
        ) : (
          <ul className="tuki-application-list">
            {items.map((application) => (
              <li key={application.id}>
                <ApplicationCard application={application} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ApplicationCard({ application }: { application: ApplicationSummary }) {
  const t = useT();
  const { language } = useLanguage();
  const status = isStatus(application.status) ? application.status : 'draft';
  const headingId = `application-${application.id}`;
  const draft = status === 'draft';
  return (
    <article className="tuki-application-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/applications/${application.id}`}>{t(`application.kind.${application.kind}`)}</Link>
      </h3>
      <StatusLabel type={statusLabelType[status]}>{t(`application.status.${status}`)}</StatusLabel>
      <dl className="tuki-facts">
        {application.referenceNumber ? (
          <div>
            <dt>{t('account.referenceNumber')}</dt>
            <dd>{application.referenceNumber}</dd>
          </div>
        ) : null}
        {application.submittedAt ? (
          <div>
            <dt>{t('account.submittedAt')}</dt>
            <dd>{helsinkiDateAndTime(application.submittedAt, language).date}</dd>
          </div>
        ) : (
          <div>
            <dt>{t('account.createdAt')}</dt>
            <dd>{helsinkiDateAndTime(application.createdAt, language).date}</dd>
          </div>
        )}
        {application.dueDate &&
        (status === 'submitted' || status === 'in_processing' || status === 'waiting_for_information') ? (
          <div>
            <dt>{t('account.dueDate')}</dt>
            <dd>{formatDate(application.dueDate)}</dd>
          </div>
        ) : null}
      </dl>
      {draft ? (
        <>
          {application.draftDeletesAt ? (
            <p className="tuki-hint">
              {t('account.draftDeletes', { date: formatDate(application.draftDeletesAt) })}
            </p>
          ) : null}
          <p>
            <Link
              to={stepPath(application.id, 'applicant')}
              className="tuki-button-link"
              aria-label={`${t('account.continue')}: ${t(`application.kind.${application.kind}`)}`}
            >
              {t('account.continue')}
            </Link>
          </p>
        </>
      ) : null}
    </article>
  );
}
