// The message thread of an application (/applications/{id}/messages): the messages oldest first, who sent each
// (you, or the office with the caseworker's name), when, its files, and the read receipt of your own; a form to
// send a message with files. Once the thread is on the screen, the office's messages are marked read and the
// counts refreshed (the ones that were new keep their "new" marker while the page is open).

import { useQueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@tuki/api-client';
import { MAX_MESSAGE_LENGTH } from '@tuki/domain';
import { helsinkiDateAndTime, LoadingIndicator, useApi, useDocumentTitle, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonVariant, IconCheck, StatusLabel } from 'hds-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { myApplicationQueryKey, useMyApplication } from '../application/index.ts';
import {
  type Message,
  markMyMessagesRead,
  myMessagesQueryKey,
  sendMyMessage,
  type Thread,
  useMyMessages,
} from './api.ts';
import { CorrespondenceForm } from './CorrespondenceForm.tsx';
import { FileLinks } from './InformationRequests.tsx';

export function MessagesPage() {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const application = useMyApplication(id);
  const thread = useMyMessages(id);
  const [announcement, setAnnouncement] = useState('');
  const newIds = useRef<Set<string> | undefined>(undefined);
  const marking = useRef(false);
  useDocumentTitle(t('citizenCorrespondence.messages.pageTitle'));

  if (thread.data && newIds.current === undefined) {
    newIds.current = new Set(
      thread.data.items
        .filter((message) => message.sender.type === 'staff' && message.readAt === null)
        .map((message) => message.id),
    );
  }

  // After the thread has been rendered: mark the office's messages read, then refresh the counts.
  const unread = thread.data?.unreadCount ?? 0;
  useEffect(() => {
    if (unread === 0 || marking.current) return;
    marking.current = true;
    void markMyMessagesRead(api, id)
      .then(async () => {
        await queryClient.invalidateQueries({ queryKey: myMessagesQueryKey(id) });
        await queryClient.invalidateQueries({ queryKey: myApplicationQueryKey(id) });
      })
      .catch(() => undefined)
      .finally(() => {
        marking.current = false;
      });
  }, [api, id, queryClient, unread]);

  const back = (
    <p className="tuki-form-kicker">
      <Link to={`/applications/${id}`}>{t('citizenCorrespondence.messages.backToApplication')}</Link>
    </p>
  );

  if (thread.isPending || application.isPending) return <LoadingIndicator />;
  if (!thread.data || !application.data) {
    const notFound = isApiProblem(thread.error, 404) || isApiProblem(application.error, 404);
    return (
      <>
        {back}
        <h1>
          {notFound ? t('account.detail.notFoundTitle') : t('citizenCorrespondence.messages.pageTitle')}
        </h1>
        <p>{notFound ? t('account.detail.notFound') : t('citizenCorrespondence.messages.loadFailed')}</p>
        {notFound ? null : (
          <Button variant={ButtonVariant.Secondary} onClick={() => void thread.refetch()}>
            {t('errors.retry')}
          </Button>
        )}
      </>
    );
  }

  const app = application.data.application;
  const send = async (body: string, attachmentIds: string[], idempotencyKey: string) => {
    const message = await sendMyMessage(api, id, { body, attachmentIds }, idempotencyKey);
    queryClient.setQueryData<Thread>(myMessagesQueryKey(id), (old) =>
      old
        ? {
            ...old,
            items: old.items.some((item) => item.id === message.id) ? old.items : [...old.items, message],
          }
        : old,
    );
    setAnnouncement(t('citizenCorrespondence.messages.sent'));
  };

  return (
    <>
      {back}
      <h1>{t('citizenCorrespondence.messages.pageTitle')}</h1>
      <p className="tuki-lead">
        {t(`application.kind.${app.kind}`)}
        {app.referenceNumber ? ` (${app.referenceNumber})` : ''}
      </p>
      <p>{t('citizenCorrespondence.messages.intro')}</p>
      <p role="status" className="tuki-visually-hidden">
        {announcement}
      </p>
      <section aria-labelledby="thread-heading">
        <h2 id="thread-heading">{t('citizenCorrespondence.messages.threadHeading')}</h2>
        {thread.data.items.length === 0 ? (
          <p>{t('citizenCorrespondence.messages.empty')}</p>
        ) : (
          <ol className="tuki-thread" data-testid="message-thread">
            {thread.data.items.map((message) => (
              <li key={message.id}>
                <MessageCard message={message} isNew={newIds.current?.has(message.id) ?? false} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="new-message-heading">
        <h2 id="new-message-heading">{t('citizenCorrespondence.messages.formHeading')}</h2>
        <CorrespondenceForm
          idPrefix="message"
          applicationId={id}
          category="other"
          headingLevel={3}
          maxLength={MAX_MESSAGE_LENGTH}
          texts={{
            label: t('citizenCorrespondence.messages.body'),
            send: t('citizenCorrespondence.messages.send'),
            sending: t('citizenCorrespondence.messages.sending'),
            errorHeading: t('citizenCorrespondence.messages.errorHeading'),
            failed: t('citizenCorrespondence.messages.failed'),
            empty: t('correspondence.emptyMessage'),
          }}
          send={send}
          filesClosed={
            !app.permittedActions.includes('uploadAttachment')
              ? {
                  title: t('citizenCorrespondence.files.closedTitle'),
                  body: t('citizenCorrespondence.files.closedWithdrawn'),
                }
              : undefined
          }
        />
      </section>
    </>
  );
}

function MessageCard({ message, isNew }: { message: Message; isNew: boolean }) {
  const t = useT();
  const { language } = useLanguage();
  const own = message.sender.type === 'person';
  const staff = message.sender.staff;
  const sender = own
    ? t('citizenCorrespondence.messages.you')
    : staff
      ? t('citizenCorrespondence.messages.officeNamed', { name: `${staff.firstName} ${staff.lastName}` })
      : t('citizenCorrespondence.messages.office');
  const headingId = `message-${message.id}`;
  return (
    <article
      className={`tuki-message ${own ? 'tuki-message--own' : 'tuki-message--office'}`}
      aria-labelledby={headingId}
      data-testid="message"
    >
      <header className="tuki-message-header">
        <h3 id={headingId}>{sender}</h3>
        <span className="tuki-hint">
          <span className="tuki-visually-hidden">{t('citizenCorrespondence.messages.sentAt')} </span>
          <time dateTime={message.sentAt}>
            {t('common.dateTime', helsinkiDateAndTime(message.sentAt, language))}
          </time>
        </span>
        {isNew ? <StatusLabel type="info">{t('citizenCorrespondence.messages.new')}</StatusLabel> : null}
      </header>
      {message.body.trim() ? <p className="tuki-message-text">{message.body}</p> : null}
      {message.attachments.length > 0 ? (
        <>
          <h4 className="tuki-visually-hidden">{t('citizenCorrespondence.messages.files')}</h4>
          <FileLinks attachments={message.attachments} />
        </>
      ) : null}
      {own ? (
        <p className="tuki-read-receipt" data-testid="read-receipt">
          {message.readAt ? (
            <>
              <IconCheck aria-hidden />
              {t('citizenCorrespondence.messages.read', helsinkiDateAndTime(message.readAt, language))}
            </>
          ) : (
            t('citizenCorrespondence.messages.notRead')
          )}
        </p>
      ) : null}
    </article>
  );
}
