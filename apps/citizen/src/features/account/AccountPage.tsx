// The e-services account (/applications): the person's applications with status, reference number, sent date and
// due date; a draft with "continue" and the date it will be deleted; a button for a new application.

import { isOpenStatus } from '@tuki/domain';
import {
  formatDate,
  helsinkiDateAndTime,
  LoadingIndicator,
  Notice,
  useDocumentTitle,
  useLanguage,
  useT,
} from '@tuki/ui';
import { IconPlus, StatusLabel } from 'hds-react';
import { Link } from 'react-router';
import {
  type ApplicationSummary,
  knownStatus,
  statusLabelType,
  stepPath,
  useMyApplications,
} from '../application/index.ts';
import { Fact } from '../common/Fact.tsx';
import { namePath, useNameMissing } from './RequireName.tsx';

export function AccountPage() {
  const t = useT();
  useDocumentTitle(t('account.pageTitle'));
  const applications = useMyApplications();
  const nameMissing = useNameMissing();
  const { language } = useLanguage();
  const items = [...(applications.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const names = linkNames(items, t, language);
  return (
    <>
      <h1>{t('account.title')}</h1>
      <p className="tuki-lead">{t('account.intro')}</p>
      {nameMissing ? (
        <Notice type="alert" label={t('account.name.missingTitle')} testId="name-missing">
          <p>{t('account.name.missing')}</p>
          <p>
            <Link to={namePath} className="tuki-button-link">
              {t('account.name.enterName')}
            </Link>
          </p>
        </Notice>
      ) : null}
      <p className="tuki-account-links">
        {nameMissing ? null : (
          <Link to="/applications/new" className="tuki-button-link">
            <IconPlus aria-hidden />
            {t('account.newApplication')}
          </Link>
        )}
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
                <ApplicationCard application={application} linkName={names.get(application.id) ?? ''} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/**
 * The names of the applications' links: several are of the same kind, so a name tells which one (WCAG 2.4.4): the
 * reference number, or for a draft when it was started; drafts started in the same minute are numbered.
 */
function linkNames(
  items: readonly ApplicationSummary[],
  t: ReturnType<typeof useT>,
  language: ReturnType<typeof useLanguage>['language'],
): Map<string, string> {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const application of [...items].reverse()) {
    const kind = t(`application.kind.${application.kind}`);
    const name = application.referenceNumber
      ? t('account.linkNameSent', { kind, reference: application.referenceNumber })
      : t('account.linkNameDraft', { kind, ...helsinkiDateAndTime(application.createdAt, language) });
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    names.set(application.id, count === 1 ? name : `${name} (${count})`);
  }
  return names;
}

function ApplicationCard({ application, linkName }: { application: ApplicationSummary; linkName: string }) {
  const t = useT();
  const { language } = useLanguage();
  const status = knownStatus(application.status);
  const headingId = `application-${application.id}`;
  const draft = status === 'draft';
  const kind = t(`application.kind.${application.kind}`);
  return (
    <article className="tuki-application-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/applications/${application.id}`} aria-label={linkName}>
          {kind}
        </Link>
      </h3>
      <StatusLabel type={statusLabelType[status]}>{t(`application.status.${status}`)}</StatusLabel>
      <dl className="tuki-facts">
        {application.referenceNumber ? (
          <Fact label={t('account.referenceNumber')}>{application.referenceNumber}</Fact>
        ) : null}
        {application.submittedAt ? (
          <Fact label={t('account.submittedAt')}>
            {helsinkiDateAndTime(application.submittedAt, language).date}
          </Fact>
        ) : (
          <Fact label={t('account.createdAt')}>
            {helsinkiDateAndTime(application.createdAt, language).date}
          </Fact>
        )}
        {application.dueDate && isOpenStatus(status) ? (
          <Fact label={t('account.dueDate')}>{formatDate(application.dueDate)}</Fact>
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
              aria-label={`${t('account.continue')}: ${linkName}`}
            >
              {t('account.continue')}
            </Link>
          </p>
        </>
      ) : null}
    </article>
  );
}
