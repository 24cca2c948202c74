// The information requests of a sent application: the office's message, the itemised list, the due date and the
// state (in colour and in words); an answer with its files once answered; for an open or overdue request, the
// answer form. The answer comes back as the whole application, which replaces the page's data.

import { useQueryClient } from '@tanstack/react-query';
import { informationItemCategory } from '@tuki/domain';
import type { Language } from '@tuki/i18n';
import { formatDate, helsinkiDateAndTime, Notice, useApi, useLanguage, useT } from '@tuki/ui';
import { IconAlertCircle, IconCheckCircle, IconClock, StatusLabel, type StatusLabelType } from 'hds-react';
import { type MouseEvent, useState } from 'react';
import {
  type AttachmentCategory,
  FileDetails,
  type MyApplication,
  myApplicationQueryKey,
  myApplicationsQueryKey,
  type VersionedApplication,
} from '../application/index.ts';
import { answerInformationRequest, type InformationItem, type InformationRequest } from './api.ts';
import { CorrespondenceForm } from './CorrespondenceForm.tsx';

export const requestsSectionId = 'information-requests';
const requestHeadingId = (request: InformationRequest) => `request-${request.id}-heading`;

/** The requests waiting for an answer, the earliest due first. */
export function openRequests(application: MyApplication): InformationRequest[] {
  return application.informationRequests
    .filter((request) => request.state !== 'answered')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

function focusHeading(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  element.scrollIntoView?.({ block: 'start' });
}

/** "More information is requested by <date>", at the top of the application page, with a link to the request. */
export function InformationRequestNotice({ application }: { application: MyApplication }) {
  const t = useT();
  const first = openRequests(application)[0];
  if (!first) return null;
  const target = requestHeadingId(first);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusHeading(target);
  };
  return (
    <div className="tuki-request-notice" data-testid="information-request-notice">
      <Notice type="alert" label={t('citizenCorrespondence.requests.noticeTitle')}>
        <p>{t('citizenCorrespondence.requests.noticeBody', { date: formatDate(first.dueDate) })}</p>
        <p>
          <a href={`#${target}`} onClick={follow}>
            {t('citizenCorrespondence.requests.noticeLink')}
          </a>
        </p>
      </Notice>
    </div>
  );
}

export function itemText(t: ReturnType<typeof useT>, item: InformationItem): string {
  const description = item.description?.trim();
  if (item.code === 'other') return description || t('correspondence.items.other');
  const common = t(`correspondence.items.${item.code}`);
  return description ? `${common}: ${description}` : common;
}

/** The category of the answer's files: the one item's, or "other" when several kinds are asked for. */
function categoryOf(request: InformationRequest): AttachmentCategory {
  const categories = new Set(request.items.map((item) => informationItemCategory[item.code]));
  const [only] = categories;
  return categories.size === 1 && only ? only : 'other';
}

const stateLabel: Record<InformationRequest['state'], StatusLabelType> = {
  open: 'alert',
  overdue: 'error',
  answered: 'success',
};

function StateLabel({ state }: { state: InformationRequest['state'] }) {
  const t = useT();
  const icon =
    state === 'answered' ? (
      <IconCheckCircle aria-hidden />
    ) : state === 'overdue' ? (
      <IconAlertCircle aria-hidden />
    ) : (
      <IconClock aria-hidden />
    );
  return (
    <StatusLabel type={stateLabel[state]} iconStart={icon} data-testid="request-state">
      {t(`citizenCorrespondence.requests.states.${state}`)}
    </StatusLabel>
  );
}

export function InformationRequests({ application }: { application: MyApplication }) {
  const t = useT();
  const [answeredNow, setAnsweredNow] = useState<string | undefined>();
  const requests = [...application.informationRequests].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <section aria-labelledby="requests-heading" id={requestsSectionId}>
      <h2 id="requests-heading">{t('citizenCorrespondence.requests.heading')}</h2>
      {requests.length === 0 ? (
        <p>{t('citizenCorrespondence.requests.none')}</p>
      ) : (
        <ul className="tuki-request-list">
          {requests.map((request) => (
            <li key={request.id}>
              <RequestCard
                application={application}
                request={request}
                justAnswered={answeredNow === request.id}
                onAnswered={() => setAnsweredNow(request.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function when(instant: string, language: Language, t: ReturnType<typeof useT>): string {
  return t('common.dateTime', helsinkiDateAndTime(instant, language));
}

function RequestCard({
  application,
  request,
  justAnswered,
  onAnswered,
}: {
  application: MyApplication;
  request: InformationRequest;
  justAnswered: boolean;
  onAnswered: () => void;
}) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const { language } = useLanguage();
  const headingId = requestHeadingId(request);
  const created = helsinkiDateAndTime(request.createdAt, language).date;

  const send = async (message: string, attachmentIds: string[], idempotencyKey: string) => {
    const result = await answerInformationRequest(
      api,
      application.id,
      request.id,
      { message, attachmentIds },
      idempotencyKey,
    );
    queryClient.setQueryData<VersionedApplication>(myApplicationQueryKey(application.id), (old) => ({
      application: result.application,
      etag: result.etag ?? old?.etag ?? '*',
    }));
    onAnswered();
    void queryClient.invalidateQueries({ queryKey: myApplicationsQueryKey });
  };

  return (
    <article
      className={`tuki-request tuki-request--${request.state}`}
      aria-labelledby={headingId}
      data-testid="information-request"
    >
      <h3 id={headingId} tabIndex={-1}>
        {t('citizenCorrespondence.requests.requestHeading', { date: created })}
      </h3>
      <StateLabel state={request.state} />
      <dl className="tuki-facts">
        <div>
          <dt>{t('citizenCorrespondence.requests.requestedBy')}</dt>
          <dd>
            {request.requestedBy.firstName} {request.requestedBy.lastName}
          </dd>
        </div>
        <div>
          <dt>{t('citizenCorrespondence.requests.requestedAt')}</dt>
          <dd>{when(request.createdAt, language, t)}</dd>
        </div>
        <div>
          <dt>{t('citizenCorrespondence.requests.dueDate')}</dt>
          <dd className={request.state === 'overdue' ? 'tuki-overdue' : undefined}>
            {formatDate(request.dueDate)}
          </dd>
        </div>
      </dl>
      <h4>{t('citizenCorrespondence.requests.messageHeading')}</h4>
      <p className="tuki-message-text">{request.message}</p>
      <h4>{t('citizenCorrespondence.requests.itemsHeading')}</h4>
      <ul className="tuki-request-items">
        {request.items.map((item, index) => (
          // Two items may have the same code (two "other"s); the position keeps them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the items of a request never change order
          <li key={`${item.code}-${index}`}>{itemText(t, item)}</li>
        ))}
      </ul>
      {justAnswered ? (
        <div className="tuki-request-sent">
          <NoticeSuccess />
        </div>
      ) : null}
      {request.answer ? (
        <div className="tuki-request-answer">
          <h4>{t('citizenCorrespondence.requests.answerHeading')}</h4>
          <p className="tuki-hint">
            {t('citizenCorrespondence.requests.answeredAt')}{' '}
            <time dateTime={request.answer.answeredAt}>{when(request.answer.answeredAt, language, t)}</time>
          </p>
          <p className="tuki-message-text">
            {request.answer.message.trim() || t('citizenCorrespondence.requests.noAnswerText')}
          </p>
          {request.answer.attachments.length > 0 ? (
            <>
              <h5>{t('citizenCorrespondence.requests.answerFiles')}</h5>
              <FileLinks attachments={request.answer.attachments} />
            </>
          ) : null}
        </div>
      ) : application.permittedActions.includes('answerInformationRequest') ? (
        <div className="tuki-request-form">
          <h4>{t('citizenCorrespondence.requests.formHeading')}</h4>
          <CorrespondenceForm
            idPrefix={`answer-${request.id}`}
            applicationId={application.id}
            category={categoryOf(request)}
            headingLevel={5}
            texts={{
              label: t('citizenCorrespondence.requests.message'),
              help: t('citizenCorrespondence.requests.messageHelp'),
              send: t('citizenCorrespondence.requests.send'),
              sending: t('citizenCorrespondence.requests.sending'),
              errorHeading: t('citizenCorrespondence.requests.errorHeading'),
              failed: t('citizenCorrespondence.requests.failed'),
              conflict: t('citizenCorrespondence.requests.conflict'),
              empty: t('correspondence.empty'),
            }}
            send={send}
            onConflict={() =>
              void queryClient.invalidateQueries({ queryKey: myApplicationQueryKey(application.id) })
            }
          />
        </div>
      ) : null}
    </article>
  );
}

function NoticeSuccess() {
  const t = useT();
  return (
    <Notice type="success" label={t('citizenCorrespondence.requests.sentTitle')} autofocus>
      {t('citizenCorrespondence.requests.sent')}
    </Notice>
  );
}

export function FileLinks({ attachments }: { attachments: readonly InformationRequestAttachment[] }) {
  return (
    <ul className="tuki-attachment-list">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <FileDetails file={attachment} />
        </li>
      ))}
    </ul>
  );
}

type InformationRequestAttachment = NonNullable<InformationRequest['answer']>['attachments'][number];
