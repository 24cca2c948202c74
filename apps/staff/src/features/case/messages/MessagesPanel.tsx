// The message thread with the client: oldest first, the sender, times, files and read receipts; the client's
// unread messages are marked read once the thread has been shown. A new message with files: the files are
// uploaded first (each once, by its own Idempotency-Key), then the message is sent once under one key that is
// kept until it has gone, so a retry after a lost answer never sends it twice.

import { isApiProblem } from '@tuki/api-client';
import { helsinkiDateAndTime, useLanguage, useT } from '@tuki/ui';
import { Button, Notification, TextArea } from 'hds-react';
import { useEffect, useId, useRef, useState } from 'react';
import '../correspondence.css';
import { useGate } from '../../common/single-flight.ts';
import { attachmentUrl, type StaffApplication } from '../api.ts';
import { CasePanel } from '../CasePanel.tsx';
import {
  type CaseMessage,
  uploadCaseFile,
  useMarkMessagesRead,
  useMessages,
  useSendMessage,
} from '../correspondence-api.ts';

const accept =
  'application/pdf,image/jpeg,image/png,image/heic,image/heif,image/webp,.pdf,.jpg,.jpeg,.png,.heic,.webp';

export function MessagesPanel({ application }: { application: StaffApplication; etag: string }) {
  const t = useT();
  const messages = useMessages(application.id);
  const markRead = useMarkMessagesRead(application.id);
  const unread = messages.data?.unreadCount ?? 0;
  const { mutate: mark, isPending: marking } = markRead;

  // Shown → read: the client's unread messages get their read receipt.
  useEffect(() => {
    if (unread > 0 && !marking) mark();
  }, [unread, marking, mark]);

  return (
    <CasePanel name="messages" heading={t('caseWork.slots.messagesHeading')} testId="messages">
      {unread > 0 ? (
        <p className="staff-unread">{t('staffCorrespondence.messages.unread', { count: unread })}</p>
      ) : null}
      {messages.isError ? (
        <p>{t('staffCorrespondence.messages.loadFailed')}</p>
      ) : messages.data && messages.data.items.length === 0 ? (
        <p>{t('staffCorrespondence.messages.none')}</p>
      ) : messages.data ? (
        <ol className="staff-thread">
          {messages.data.items.map((message) => (
            <MessageItem key={message.id} message={message} />
          ))}
        </ol>
      ) : null}
      <MessageForm applicationId={application.id} />
    </CasePanel>
  );
}

function MessageItem({ message }: { message: CaseMessage }) {
  const t = useT();
  const { language } = useLanguage();
  const when = (instant: string) => t('common.dateTime', helsinkiDateAndTime(instant, language));
  const fromOffice = message.sender.type === 'staff';
  return (
    <li
      className={fromOffice ? 'staff-message staff-message--office' : 'staff-message staff-message--client'}
    >
      <p className="staff-message-meta">
        <strong>
          {fromOffice && message.sender.staff
            ? t('staffCorrespondence.messages.fromOffice', {
                name: `${message.sender.staff.firstName} ${message.sender.staff.lastName}`,
              })
            : t('staffCorrespondence.messages.fromClient')}
        </strong>{' '}
        <time dateTime={message.sentAt}>
          {t('staffCorrespondence.messages.sentAt', { when: when(message.sentAt) })}
        </time>
      </p>
      <p className="staff-pre">{message.body}</p>
      {message.attachments.length > 0 ? (
        <ul aria-label={t('staffCorrespondence.messages.files')}>
          {message.attachments.map((file) => (
            <li key={file.id}>
              <a href={attachmentUrl(file.id)} download={file.fileName}>
                {file.fileName}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {fromOffice ? (
        <p className="staff-muted">
          {message.readAt
            ? t('staffCorrespondence.messages.readAt', { when: when(message.readAt) })
            : t('staffCorrespondence.messages.notRead')}
        </p>
      ) : null}
    </li>
  );
}

function MessageForm({ applicationId }: { applicationId: string }) {
  const t = useT();
  const id = useId();
  const send = useSendMessage(applicationId);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  // Closes at once on submit: a second Enter or click before the re-render does not start a second send.
  const gate = useGate();
  // One key per intended message, and one per file: kept across retries, renewed once the message has gone.
  const messageKey = useRef(crypto.randomUUID());
  const uploaded = useRef(new Map<File, string>());
  const fileInput = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const fileKeys = useRef(new Map<File, string>());

  const submit = async () => {
    setSent(false);
    if (body.trim() === '' && files.length === 0) return setError(t('staffCorrespondence.messages.empty'));
    setError(undefined);
    setBusy(true);
    try {
      const attachmentIds: string[] = [];
      for (const file of files) {
        let fileId = uploaded.current.get(file);
        if (!fileId) {
          let key = fileKeys.current.get(file);
          if (!key) {
            key = crypto.randomUUID();
            fileKeys.current.set(file, key);
          }
          try {
            fileId = (await uploadCaseFile(applicationId, file, key)).id;
          } catch (failure) {
            setError(
              t('staffCorrespondence.messages.uploadFailed', {
                name: file.name,
                // By the status, in the user's language: never the server's own detail text.
                detail: t(
                  `staffCorrespondence.messages.uploadReasons.${
                    isApiProblem(failure, 413)
                      ? 'tooLarge'
                      : isApiProblem(failure, 415)
                        ? 'type'
                        : isApiProblem(failure, 422)
                          ? failure.type.endsWith('image-too-large')
                            ? 'tooManyPixels'
                            : failure.type.endsWith('inflates-too-much')
                              ? 'inflatesTooMuch'
                              : 'infected'
                          : 'other'
                  }`,
                ),
              }),
            );
            return;
          }
          uploaded.current.set(file, fileId);
        }
        attachmentIds.push(fileId);
      }
      await send.mutateAsync({ body: body.trim(), attachmentIds, key: messageKey.current });
      messageKey.current = crypto.randomUUID();
      uploaded.current.clear();
      fileKeys.current.clear();
      setBody('');
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
      setSent(true);
      status.current?.focus();
    } catch {
      setError(t('staffCorrespondence.messages.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="staff-message-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (gate.enter()) void submit().finally(() => gate.leave());
      }}
    >
      <p ref={status} tabIndex={-1} role="status" className={sent ? 'staff-success' : 'tuki-visually-hidden'}>
        {sent ? t('staffCorrespondence.messages.sent') : ''}
      </p>
      {error ? (
        <div data-testid="message-error">
          <Notification type="error" label={error} />
        </div>
      ) : null}
      <TextArea
        id={`${id}-body`}
        label={t('staffCorrespondence.messages.newMessage')}
        helperText={t('staffCorrespondence.messages.newMessageHint')}
        value={body}
        maxLength={10_000}
        rows={4}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="staff-file-field">
        <label htmlFor={`${id}-files`}>{t('staffCorrespondence.messages.attach')}</label>
        <span id={`${id}-files-hint`} className="staff-muted">
          {t('staffCorrespondence.messages.attachHint')}
        </span>
        <input
          ref={fileInput}
          id={`${id}-files`}
          type="file"
          multiple
          accept={accept}
          aria-describedby={`${id}-files-hint`}
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? t('staffCorrespondence.messages.sending') : t('staffCorrespondence.messages.send')}
      </Button>
    </form>
  );
}
