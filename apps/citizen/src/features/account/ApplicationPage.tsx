// One application in the e-services account (/applications/{id}): status and its history, due date, the answers
// (read-only), the attachments (downloadable), the information requests with their answer forms (an open one
// announced at the top), the unread messages with a link to the thread, the decisions (announced at the top of a
// decided application and shown right under the status, with the letter and the request for rectification), what a
// request for rectification concerns, and withdrawing while that is allowed.

import { type AttachmentCategory, isAttachmentCategory, isOpenStatus } from '@tuki/domain';
import {
  formatDate,
  formatFileSize,
  helsinkiDateAndTime,
  LoadingIndicator,
  Notice,
  useDocumentTitle,
  useLanguage,
  useT,
} from '@tuki/ui';
import { StatusLabel } from 'hds-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  ApplicationLoadFailed,
  attachmentDownloadUrl,
  ContentSummary,
  fileTypeName,
  knownStatus,
  type MyApplication,
  statusLabelType,
  stepPath,
  useMyApplication,
} from '../application/index.ts';
import { Fact } from '../common/Fact.tsx';
import { InformationRequestNotice, InformationRequests } from '../correspondence/index.ts';
import {
  DecisionNotice,
  DecisionsSection,
  RectificationConcerns,
  RectificationSentNotice,
} from '../decisions/index.ts';
import { MergedNotice } from '../duplicates/index.ts';
import { WithdrawButton } from './WithdrawButton.tsx';

export function ApplicationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useMyApplication(id);
  const [withdrawn, setWithdrawn] = useState(false);
  useDocumentTitle(
    query.data ? t(`application.kind.${query.data.application.kind}`) : t('account.detail.pageTitle'),
  );

  if (query.isPending) return <LoadingIndicator />;
  if (!query.data) return <ApplicationLoadFailed error={query.error} />;
  const application = query.data.application;
  // A decided application shows its decision at the top; otherwise decisions come after the correspondence.
  const decisionsFirst = application.status === 'decided';
  return (
    <>
      <p className="tuki-form-kicker">
        <Link to="/applications">{t('account.backToAccount')}</Link>
      </p>
      <h1>{t(`application.kind.${application.kind}`)}</h1>
      <RectificationSentNotice application={application} />
      <DecisionNotice application={application} />
      <MergedNotice application={application} />
      {withdrawn ? (
        <Notice type="success" label={t('account.detail.withdrawnTitle')} autofocus>
          {t('account.detail.withdrawn')}
        </Notice>
      ) : null}
      {application.status !== 'draft' ? <InformationRequestNotice application={application} /> : null}
      <Overview application={application} />
      <RectificationConcerns application={application} />
      {decisionsFirst ? <DecisionsSection application={application} /> : null}
      {application.permittedActions.includes('editDraft') ? (
        <p>
          <Link to={stepPath(application.id, 'applicant')} className="tuki-button-link">
            {t('account.continue')}
          </Link>
        </p>
      ) : null}
      <StatusHistory application={application} />
      {application.status !== 'draft' ? (
        <CaseSections application={application} decisionsShown={decisionsFirst} />
      ) : null}
      <section aria-labelledby="attachments-heading">
        <h2 id="attachments-heading">{t('account.detail.attachmentsHeading')}</h2>
        <AttachmentList application={application} />
      </section>
      {application.kind !== 'rectification' ? (
        // A request for rectification carries a copy of the decided application's content: that is shown there.
        <section aria-labelledby="content-heading">
          <h2 id="content-heading">{t('account.detail.contentHeading')}</h2>
          <ContentSummary
            content={application.content}
            attachments={application.attachments}
            applicationId={application.id}
            editable={false}
            headingLevel={3}
            withinId="content-heading"
          />
        </section>
      ) : null}
      {application.permittedActions.includes('withdraw') ? (
        <section aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">{t('account.detail.withdrawHeading')}</h2>
          <p>{t('account.detail.withdrawHelp')}</p>
          <WithdrawButton applicationId={application.id} onWithdrawn={() => setWithdrawn(true)} />
        </section>
      ) : null}
    </>
  );
}

function Overview({ application }: { application: MyApplication }) {
  const t = useT();
  const { language } = useLanguage();
  const status = knownStatus(application.status);
  const open = isOpenStatus(status);
  return (
    <>
      <StatusLabel type={statusLabelType[status]} data-testid="application-status">
        {t(`application.status.${status}`)}
      </StatusLabel>
      <dl className="tuki-facts">
        {application.referenceNumber ? (
          <Fact label={t('account.referenceNumber')}>{application.referenceNumber}</Fact>
        ) : null}
        {application.submittedAt ? (
          <Fact label={t('account.submittedAt')}>
            {t('common.dateTime', helsinkiDateAndTime(application.submittedAt, language))}
          </Fact>
        ) : null}
        {application.urgent && application.status !== 'draft' ? (
          <Fact label={t('account.detail.urgency')}>{t('account.detail.urgent')}</Fact>
        ) : null}
      </dl>
      {application.dueDate && open ? (
        <p className="tuki-due">{t('application.receipt.due', { date: formatDate(application.dueDate) })}</p>
      ) : null}
      {application.draftDeletesAt && status === 'draft' ? (
        <p className="tuki-hint">
          {t('account.draftDeletes', { date: formatDate(application.draftDeletesAt) })}
        </p>
      ) : null}
    </>
  );
}

function StatusHistory({ application }: { application: MyApplication }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('account.detail.historyHeading')}</h2>
      <ol className="tuki-history">
        {application.statusHistory.map((entry) => {
          const status = knownStatus(entry.status);
          const when = helsinkiDateAndTime(entry.changedAt, language);
          return (
            <li key={`${entry.status}-${entry.changedAt}`}>
              <span className="tuki-history-status">{t(`application.status.${status}`)}</span>{' '}
              <time dateTime={entry.changedAt}>{t('common.dateTime', when)}</time>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Information requests (with the answer form), messages (the thread has a page of its own) and decisions. */
function CaseSections({
  application,
  decisionsShown,
}: {
  application: MyApplication;
  /** The decisions are already shown at the top of the page. */
  decisionsShown: boolean;
}) {
  const t = useT();
  const unread = application.unreadMessageCount;
  return (
    <>
      <InformationRequests application={application} />
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t('citizenCorrespondence.messages.heading')}</h2>
        <p data-testid="unread-count">
          {unread > 0
            ? t('citizenCorrespondence.messages.unread', { count: unread })
            : t('citizenCorrespondence.messages.noneUnread')}
        </p>
        <p>
          <Link to={`/applications/${application.id}/messages`} className="tuki-button-link">
            {unread > 0
              ? t('citizenCorrespondence.messages.openWithUnread', { count: unread })
              : t('citizenCorrespondence.messages.open')}
          </Link>
        </p>
      </section>
      {decisionsShown ? null : application.decisions.length > 0 ? (
        <DecisionsSection application={application} />
      ) : (
        <section aria-labelledby="decisions-heading">
          <h2 id="decisions-heading">{t('account.detail.decisionsHeading')}</h2>
          <p>{t('account.detail.noDecisions')}</p>
        </section>
      )}
    </>
  );
}

function AttachmentList({ application }: { application: MyApplication }) {
  const t = useT();
  const { language } = useLanguage();
  if (application.attachments.length === 0) return <p>{t('account.detail.noAttachments')}</p>;
  return (
    <ul className="tuki-attachment-list">
      {application.attachments.map((attachment) => (
        <li key={attachment.id}>
          <span className="tuki-attachment-name">
            <a href={attachmentDownloadUrl(attachment.id)} download={attachment.fileName}>
              {attachment.fileName}
            </a>
          </span>
          <span className="tuki-attachment-meta">
            {t(`application.attachments.categories.${categoryOf(attachment.category)}.title`)}
            {' – '}
            {fileTypeName(attachment.mediaType)}, {formatFileSize(attachment.sizeBytes, language)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function categoryOf(value: string): AttachmentCategory {
  return isAttachmentCategory(value) ? value : 'other';
}
