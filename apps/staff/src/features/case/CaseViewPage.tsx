// The case view (/applications/:id): the basic details, what needs attention after the decision, the possible duplicates (and closing as one), the client's
// and spouse's earlier cases, the assignee and the assignment controls, the
// attachments (downloadable and shown inline), everything the applicant sent, the status history, the internal
// notes, who has opened the case, and the places of the information requests and messages.

import type { SessionStaffUser } from '@tuki/api-client';
import { isApiProblem } from '@tuki/api-client';
import { helsinkiDateAndTime, LoadingIndicator, useDocumentTitle, useLanguage, useT } from '@tuki/ui';
import { ApplicationContentView, describeApplicationContent } from '@tuki/ui/content';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApplicationStatusLabel, DueDate } from '../common/status.tsx';
import { AssignmentPanel } from './AssignmentPanel.tsx';
import { AttachmentsPanel } from './AttachmentsPanel.tsx';
import { AttentionPanel } from './AttentionPanel.tsx';
import { refusalOf } from './actions.ts';
import { type StaffApplication, useCase } from './api.ts';
import { OpenedBy, StatusHistory } from './CaseHistory.tsx';
import { CasePanel } from './CasePanel.tsx';
import { InformationRequestsSlot, MessagesSlot } from './CaseSlots.tsx';
import { ClientHistoryPanel } from './ClientHistoryPanel.tsx';
import { CalculationEditor } from './calculation/CalculationEditor.tsx';
import { useCalculationDraft } from './calculation/useCalculationDraft.ts';
import { DuplicatesPanel } from './DuplicatesPanel.tsx';
import { DecisionNotAllowed, DecisionPanel } from './decision/DecisionPanel.tsx';
import { DecisionsView, RectificationNotice } from './decision/DecisionsView.tsx';
import { useRelatedCases } from './duplicates-api.ts';
import { NotesPanel } from './NotesPanel.tsx';

export function CaseViewPage({ staffUser }: { staffUser: SessionStaffUser }) {
  const t = useT();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const query = useCase(id);
  const application = query.data?.application;
  const calc = useCalculationDraft(application);
  const related = useRelatedCases(id);
  // The decision just made here: the view moves the focus to it once the case has been reloaded.
  const [decidedNow, setDecidedNow] = useState<string | undefined>();
  useDocumentTitle(
    application?.referenceNumber
      ? t('caseWork.title', { reference: application.referenceNumber })
      : t('caseWork.pageTitle'),
  );

  if (query.isPending) return <LoadingIndicator />;
  if (!query.data || !application) {
    const notFound = isApiProblem(query.error, 404) || isApiProblem(query.error, 400);
    return (
      <>
        <h1>{notFound ? t('caseWork.notFoundTitle') : t('errors.unexpectedTitle')}</h1>
        <p>{notFound ? t('caseWork.notFound') : t('caseWork.loadFailed')}</p>
        <p>
          <Link to="/">{t('caseWork.backToQueue')}</Link>
        </p>
      </>
    );
  }
  const { etag } = query.data;
  const decision = refusalOf(application, 'decide', staffUser);
  return (
    <>
      <p className="staff-kicker">
        <Link to="/">{t('caseWork.backToQueue')}</Link>
      </p>
      <h1>
        {t('caseWork.title', { reference: application.referenceNumber ?? '' })}
        <span className="staff-h1-sub">
          {application.applicant.firstName} {application.applicant.lastName}
        </span>
      </h1>
      <RectificationNotice application={application} />
      <Overview application={application} />
      <AttentionPanel application={application} etag={etag} />
      <DuplicatesPanel application={application} etag={etag} staffUser={staffUser} related={related} />
      <div className="staff-case-grid">
        <div className="staff-case-main">
          <DecisionsView application={application} decidedNow={decidedNow} />
          <AttachmentsPanel attachments={application.attachments} />
          <CasePanel name="content" heading={t('caseWork.content.heading')}>
            {/* A version 1 application: the form then did not ask electricity, the sauna fee or a detached house. */}
            {application.contentVersion === 1 ? (
              <p className="staff-muted">{t('application.housing.formerVersion')}</p>
            ) : null}
            <ApplicationContentView
              sections={describeApplicationContent(application.content, t, language, { reader: 'staff' })}
              headingLevel={3}
              idPrefix="content"
              className="staff-summary"
              testId="case-content"
            />
          </CasePanel>
          <ClientHistoryPanel related={related} />
          <CalculationEditor calc={calc} />
          {decision === null ? (
            <DecisionPanel application={application} etag={etag} calc={calc} onDecided={setDecidedNow} />
          ) : decision === 'object' ? (
            <DecisionNotAllowed application={application} />
          ) : null}
        </div>
        <div className="staff-case-side">
          <AssignmentPanel application={application} etag={etag} staffUser={staffUser} />
          <InformationRequestsSlot application={application} etag={etag} />
          <MessagesSlot application={application} etag={etag} />
          <NotesPanel applicationId={application.id} />
          <StatusHistory history={application.statusHistory} />
          <OpenedBy openedBy={application.openedBy} />
        </div>
      </div>
    </>
  );
}

function Overview({ application }: { application: StaffApplication }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="overview-heading" className="staff-overview">
      <h2 id="overview-heading" className="tuki-visually-hidden">
        {t('caseWork.overview.heading')}
      </h2>
      <dl className="staff-facts staff-facts--grid" data-testid="case-overview">
        <div>
          <dt>{t('caseWork.overview.applicant')}</dt>
          <dd>
            {application.applicant.firstName} {application.applicant.lastName}
          </dd>
        </div>
        <div>
          <dt>{t('caseWork.overview.kind')}</dt>
          <dd>{t(`application.kind.${application.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('caseWork.overview.status')}</dt>
          <dd>
            <ApplicationStatusLabel status={application.status} testId="case-status" />
          </dd>
        </div>
        <div>
          <dt>{t('caseWork.overview.referenceNumber')}</dt>
          <dd>{application.referenceNumber}</dd>
        </div>
        <div>
          <dt>{t('caseWork.overview.submittedAt')}</dt>
          <dd>
            <time dateTime={application.submittedAt}>
              {t('common.dateTime', helsinkiDateAndTime(application.submittedAt, language))}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('caseWork.overview.dueDate')}</dt>
          <dd>
            <DueDate dueDate={application.dueDate} dueState={application.dueState} />
          </dd>
        </div>
        <div>
          <dt>{t('caseWork.overview.urgency')}</dt>
          <dd>
            {application.urgent ? (
              <strong className="staff-urgent">{t('caseWork.overview.urgent')}</strong>
            ) : (
              t('caseWork.overview.notUrgent')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('caseWork.overview.assignee')}</dt>
          <dd>
            {application.assignee
              ? `${application.assignee.firstName} ${application.assignee.lastName}`
              : t('workQueue.table.unassigned')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
