// The case's possible duplicates (open or decided applications of the same person or family for the same month),
// each a link to its case, and closing the case as a duplicate of one of them: a confirmation dialog (HDS Dialog)
// where the other application is chosen, one request per click, the ETag of the version on screen (If-Match), and
// every refusal told in the user's language. A case already closed says what it was merged into.

import type { SessionStaffUser } from '@tuki/api-client';
import { formatMonth, Notice, useLanguage, useT } from '@tuki/ui';
import { DangerDialog } from '@tuki/ui/dialog';
import { Button, ButtonVariant } from 'hds-react';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useSingleFlight } from '../common/single-flight.ts';
import { statusText } from '../common/status.tsx';
import { refusalOf } from './actions.ts';
import type { StaffApplication } from './api.ts';
import { CasePanel } from './CasePanel.tsx';
import { type PossibleDuplicate, type RelatedCases, useCloseAsDuplicate } from './duplicates-api.ts';
import { caseWriteProblem } from './write-problem.ts';

export function DuplicatesPanel({
  application,
  etag,
  staffUser,
  related,
}: {
  application: StaffApplication;
  etag: string;
  staffUser: SessionStaffUser;
  related: { data: RelatedCases | undefined; isError: boolean };
}) {
  const t = useT();
  const [closedInto, setClosedInto] = useState<string | undefined>();
  const merged = application.mergedInto;
  if (merged) {
    return (
      <CasePanel name="duplicates" heading={t('caseWork.duplicates.heading')} testId="duplicates">
        {closedInto ? (
          <Notice type="success" label={t('caseWork.assignment.done')} autofocus testId="closed-as-duplicate">
            {t('caseWork.duplicates.closed', { reference: closedInto })}
          </Notice>
        ) : null}
        <p data-testid="merged-into">
          {t('caseWork.duplicates.mergedInto', { reference: merged.referenceNumber ?? '' })}{' '}
          <Link to={`/applications/${merged.id}`}>{merged.referenceNumber}</Link>
        </p>
      </CasePanel>
    );
  }
  if (related.isError) {
    return (
      <CasePanel name="duplicates" heading={t('caseWork.duplicates.heading')} testId="duplicates">
        <p>{t('caseWork.duplicates.loadFailed')}</p>
      </CasePanel>
    );
  }
  const duplicates = related.data?.possibleDuplicates ?? [];
  if (duplicates.length === 0) return null;
  const refusal = refusalOf(application, 'closeAsDuplicate', staffUser);
  const closable = refusal !== 'status';
  const allowed = refusal === null;
  return (
    <CasePanel name="duplicates" heading={t('caseWork.duplicates.heading')} testId="duplicates">
      <Notice type="alert" label={t('caseWork.duplicates.heading')} testId="duplicates-notice">
        <p>{t('caseWork.duplicates.intro')}</p>
        <DuplicateList duplicates={duplicates} />
      </Notice>
      {closable && allowed ? (
        <CloseAsDuplicate
          application={application}
          etag={etag}
          duplicates={duplicates}
          onClosed={(reference) => setClosedInto(reference)}
        />
      ) : null}
      {closable && !allowed ? <p>{t('caseWork.duplicates.onlyAssigned')}</p> : null}
    </CasePanel>
  );
}

function DuplicateList({ duplicates }: { duplicates: readonly PossibleDuplicate[] }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <ul className="staff-related-list" data-testid="duplicate-list">
      {duplicates.map((duplicate) => (
        <li key={duplicate.id}>
          <Link to={`/applications/${duplicate.id}`}>{duplicate.referenceNumber ?? duplicate.id}</Link>
          {': '}
          {[
            duplicate.month ? formatMonth(duplicate.month, language) : t('caseWork.clientHistory.noMonth'),
            statusText(t, duplicate.status),
            `${duplicate.person.firstName} ${duplicate.person.lastName}`,
            duplicate.whose === 'applicant'
              ? t('caseWork.duplicates.reasonSamePerson')
              : t('caseWork.duplicates.reasonSpouse'),
          ].join(', ')}
        </li>
      ))}
    </ul>
  );
}

function CloseAsDuplicate({
  application,
  etag,
  duplicates,
  onClosed,
}: {
  application: StaffApplication;
  etag: string;
  duplicates: readonly PossibleDuplicate[];
  onClosed: (reference: string) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const mutation = useCloseAsDuplicate(application.id);
  const close = useSingleFlight(mutation);
  const [chosen, setChosen] = useState(duplicates[0]?.id ?? '');
  const groupName = useId();
  const target = duplicates.find((duplicate) => duplicate.id === chosen) ?? duplicates[0];
  const dismiss = () => {
    if (!close.pending) setOpen(false);
  };
  return (
    <>
      <div className="staff-actions">
        <Button
          ref={openerRef}
          variant={ButtonVariant.Danger}
          onClick={() => {
            mutation.reset();
            setOpen(true);
          }}
        >
          {t('caseWork.duplicates.close')}
        </Button>
      </div>
      <DangerDialog
        id="close-duplicate-dialog"
        title={t('caseWork.duplicates.closeTitle')}
        body={t('caseWork.duplicates.closeBody', { reference: application.referenceNumber ?? '' })}
        isOpen={open}
        close={dismiss}
        openerRef={openerRef}
        actions={
          <>
            <Button
              variant={ButtonVariant.Danger}
              disabled={close.pending || !target}
              onClick={() => {
                if (!target) return;
                close.mutate(
                  { duplicateOf: target.id, etag },
                  {
                    onSuccess: () => {
                      setOpen(false);
                      onClosed(target.referenceNumber ?? '');
                    },
                  },
                );
              }}
            >
              {t('caseWork.duplicates.confirm')}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={dismiss} disabled={close.pending}>
              {t('caseWork.duplicates.cancel')}
            </Button>
          </>
        }
      >
        <fieldset className="staff-fieldset">
          <legend>{t('caseWork.duplicates.target')}</legend>
          {duplicates.map((duplicate) => (
            <div key={duplicate.id} className="staff-radio">
              <input
                type="radio"
                id={`${groupName}-${duplicate.id}`}
                name={groupName}
                value={duplicate.id}
                checked={target?.id === duplicate.id}
                onChange={() => setChosen(duplicate.id)}
              />
              <label htmlFor={`${groupName}-${duplicate.id}`}>
                {t('caseWork.duplicates.entry', {
                  reference: duplicate.referenceNumber ?? '',
                  month: duplicate.month ? formatMonth(duplicate.month, language) : '',
                  status: statusText(t, duplicate.status),
                  name: `${duplicate.person.firstName} ${duplicate.person.lastName}`,
                })}
              </label>
            </div>
          ))}
        </fieldset>
        <CloseError error={mutation.error} />
      </DangerDialog>
    </>
  );
}

function CloseError({ error }: { error: Error | null }) {
  const t = useT();
  if (!error) return null;
  const [title, body] = caseWriteProblem(t, error, {
    forbidden: t('caseWork.duplicates.onlyAssigned'),
    invalid: t('caseWork.duplicates.notDuplicate'),
  });
  return (
    <Notice type="error" label={title} autofocus testId="close-duplicate-error">
      {body}
    </Notice>
  );
}
