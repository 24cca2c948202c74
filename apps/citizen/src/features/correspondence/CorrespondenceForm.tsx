// A text and files sent to the office once: the answer to an information request or a message in the thread.
// One Idempotency-Key per intended send, kept over retries of the same attempt (a double click or a retry after a
// lost answer sends once); a ref stops a second send before the disabled button is rendered. Problems are shown in
// an HDS error summary that takes the focus and links to the field, in the user's language: the field messages of a
// 400 follow Accept-Language, any other refusal is told in the form's own texts (never the server's `detail`).
// Where files cannot be added (a withdrawn application), the file picker is replaced by the explanation.

import { isApiProblem, isNetworkError } from '@tuki/api-client';
import { MAX_INFORMATION_TEXT } from '@tuki/domain';
import { Notice, useT } from '@tuki/ui';
import { Button, ButtonVariant, TextArea } from 'hds-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { AttachmentCategory } from '../application/api/upload.ts';
import { FormErrorSummary, type SummaryItem } from '../application/form/error-summary.tsx';
import { FilesField, filesInputId, useWaitingFiles } from './FilesField.tsx';

export interface CorrespondenceFormTexts {
  label: string;
  help?: string;
  send: string;
  sending: string;
  errorHeading: string;
  failed: string;
  empty: string;
  /** A 409: what was answered is no longer open (the page is refreshed). */
  conflict?: string;
}

export function CorrespondenceForm({
  idPrefix,
  applicationId,
  category,
  texts,
  maxLength = MAX_INFORMATION_TEXT,
  headingLevel,
  send,
  onConflict,
  filesClosed,
}: {
  idPrefix: string;
  applicationId: string;
  category: AttachmentCategory;
  texts: CorrespondenceFormTexts;
  maxLength?: number;
  /** The level of the headings inside the form. */
  headingLevel: 3 | 4 | 5;
  /** Sends; resolves when the office has it. */
  send: (text: string, attachmentIds: string[], idempotencyKey: string) => Promise<void>;
  /** A 409 (already answered, no longer waiting): the page should be refreshed. */
  onConflict?: () => void;
  /** Files cannot be added: why (shown instead of the file picker). */
  filesClosed?: { title: string; body: string };
}) {
  const t = useT();
  const files = useWaitingFiles(applicationId, category);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const [issues, setIssues] = useState<SummaryItem[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const idempotencyKey = useRef<string>(crypto.randomUUID());
  const textId = `${idPrefix}-text`;
  const filesId = filesInputId(idPrefix);
  const textError = issues.find((issue) => issue.fieldId === textId)?.text;
  // A file answers "write something or attach a file" too.
  const waitingCount = files.waiting.length;
  useEffect(() => {
    if (waitingCount > 0) setIssues((current) => current.filter((issue) => issue.text !== texts.empty));
  }, [waitingCount, texts.empty]);

  const show = (items: SummaryItem[], general?: string) => {
    setIssues(items);
    setFailure(general);
    setAttempt((value) => value + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sendingNow.current) return;
    const uploading = files.uploads.items.find((item) => item.state === 'uploading');
    if (uploading) {
      show([{ fieldId: `${uploading.key}-cancel`, text: t('citizenCorrespondence.files.stillUploading') }]);
      return;
    }
    if (text.trim() === '' && files.waiting.length === 0) {
      show([{ fieldId: textId, text: texts.empty }]);
      return;
    }
    sendingNow.current = true;
    setSending(true);
    show([]);
    try {
      await send(
        text.trim(),
        files.waiting.map((attachment) => attachment.id),
        idempotencyKey.current,
      );
      idempotencyKey.current = crypto.randomUUID();
      setText('');
      files.clear();
      // The button was disabled while sending, so the focus was lost; back to the text for the next one (an
      // answered request's form is gone by now, and its confirmation takes the focus instead).
      requestAnimationFrame(() => document.getElementById(textId)?.focus());
    } catch (error) {
      if (isApiProblem(error, 400) && error.errors.length > 0) {
        show(
          error.errors.map((problem) => ({
            fieldId: problem.path.startsWith('attachmentIds') ? filesId : textId,
            text: problem.message,
          })),
        );
      } else if (isApiProblem(error, 409)) {
        show([], texts.conflict ?? texts.failed);
        onConflict?.();
      } else if (isApiProblem(error, 422)) {
        // The key went with a different request (changed after a lost answer): a new attempt gets a new key.
        idempotencyKey.current = crypto.randomUUID();
        show([], texts.failed);
      } else if (isApiProblem(error, 401)) {
        show([], t('errors.sessionExpired'));
      } else {
        show([], isNetworkError(error) || isApiProblem(error) ? texts.failed : t('errors.unexpected'));
      }
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="tuki-correspondence-form">
      <FormErrorSummary items={issues} attempt={attempt} heading={texts.errorHeading} />
      {failure ? (
        <div key={attempt}>
          <Notice type="error" label={texts.errorHeading} autofocus>
            {failure}
          </Notice>
        </div>
      ) : null}
      <TextArea
        id={textId}
        label={texts.label}
        helperText={texts.help}
        errorText={textError}
        invalid={Boolean(textError)}
        aria-invalid={Boolean(textError)}
        value={text}
        maxLength={maxLength}
        rows={5}
        onChange={(event) => {
          setText(event.target.value);
          // What was wrong with the text is fixed by typing; the next attempt checks again.
          if (textError) setIssues((current) => current.filter((issue) => issue.fieldId !== textId));
        }}
      />
      {filesClosed ? (
        <Notice type="info" label={filesClosed.title} testId={`${idPrefix}-files-closed`}>
          {filesClosed.body}
        </Notice>
      ) : (
        <FilesField idPrefix={idPrefix} files={files} headingLevel={headingLevel} />
      )}
      <Button
        type="submit"
        variant={ButtonVariant.Primary}
        disabled={sending}
        className="tuki-correspondence-send"
      >
        {sending ? texts.sending : texts.send}
      </Button>
    </form>
  );
}
