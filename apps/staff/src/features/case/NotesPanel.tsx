// Internal notes of the case: visible to staff only. The list (oldest first) and a form for a new note. A note
// that cannot be saved moves the focus to the field, whose error text is read with it; one save at a time.

import { isApiProblem } from '@tuki/api-client';
import { helsinkiDateAndTime, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonVariant, TextArea } from 'hds-react';
import { useEffect, useState } from 'react';
import { useSingleFlight } from '../common/single-flight.ts';
import { useAddNote, useNotes } from './api.ts';
import { CasePanel } from './CasePanel.tsx';

export const NOTE_MAX_LENGTH = 4000;

export function NotesPanel({ applicationId }: { applicationId: string }) {
  const t = useT();
  const { language } = useLanguage();
  const notes = useNotes(applicationId);
  const add = useSingleFlight(useAddNote(applicationId));
  const [draft, setDraft] = useState('');
  // The error and how many times one has been shown: the same error again moves the focus again.
  const [error, setErrorState] = useState<{ text: string; time: number } | undefined>();
  const [saved, setSaved] = useState(false);
  const setError = (text: string) => setErrorState((current) => ({ text, time: (current?.time ?? 0) + 1 }));
  useEffect(() => {
    if (error) document.getElementById('new-note')?.focus();
  }, [error]);

  const submit = () => {
    const body = draft.trim();
    setSaved(false);
    if (body === '') return setError(t('caseWork.notes.empty'));
    if (body.length > NOTE_MAX_LENGTH) return setError(t('caseWork.notes.tooLong', { max: NOTE_MAX_LENGTH }));
    setErrorState(undefined);
    add.mutate(body, {
      onSuccess: () => {
        setDraft('');
        setSaved(true);
      },
      onError: (failure) =>
        setError(
          isApiProblem(failure, 400)
            ? t('caseWork.notes.tooLong', { max: NOTE_MAX_LENGTH })
            : t('caseWork.notes.failed'),
        ),
    });
  };

  return (
    <CasePanel name="notes" heading={t('caseWork.notes.heading')} testId="notes">
      <p className="staff-muted">{t('caseWork.notes.help')}</p>
      {notes.isError ? (
        <p>{t('caseWork.notes.loadFailed')}</p>
      ) : notes.data && notes.data.length > 0 ? (
        <ol className="staff-notes">
          {notes.data.map((note) => (
            <li key={note.id} className="staff-note">
              <p className="staff-note-meta">
                {t('caseWork.notes.meta', {
                  author: `${note.author.firstName} ${note.author.lastName}`,
                  when: t('common.dateTime', helsinkiDateAndTime(note.createdAt, language)),
                })}
              </p>
              <p className="staff-note-body">{note.body}</p>
            </li>
          ))}
        </ol>
      ) : notes.data ? (
        <p>{t('caseWork.notes.none')}</p>
      ) : null}
      <form
        className="staff-note-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!add.pending) submit();
        }}
      >
        <TextArea
          id="new-note"
          label={t('caseWork.notes.label')}
          helperText={t('caseWork.notes.hint', { max: NOTE_MAX_LENGTH })}
          errorText={error?.text}
          invalid={Boolean(error)}
          aria-invalid={Boolean(error)}
          value={draft}
          rows={4}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(false);
          }}
        />
        <div className="staff-actions">
          <Button type="submit" variant={ButtonVariant.Secondary} disabled={add.pending}>
            {t('caseWork.notes.add')}
          </Button>
          <span role="status" className="staff-muted">
            {saved ? t('caseWork.notes.added') : ''}
          </span>
        </div>
      </form>
    </CasePanel>
  );
}
