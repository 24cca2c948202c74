// The archive (/archive) for archivists, loaded when first visited: the destruction list the monthly job proposed
// (each case's reference, the kinds of its documents, when it closed and when its retention ended), its approval
// after a confirmation dialog, the records of what has been destroyed, and the retention plan. Admins see the
// retention plan only (the destruction lists are the archivist's). Other staff are told the page is not theirs.

import { isApiProblem, type StaffSession } from '@tuki/api-client';
import { recordTypes } from '@tuki/domain';
import {
  formatDate,
  helsinkiDateAndTime,
  LoadingIndicator,
  Notice,
  useDocumentTitle,
  useLanguage,
  useT,
} from '@tuki/ui';
import { DangerDialog } from '@tuki/ui/dialog';
import { Button, ButtonVariant } from 'hds-react';
import { useRef, useState } from 'react';
import { StaffTable } from '../common/StaffTable.tsx';
import { NoAccessPage } from '../session/index.ts';
import {
  type DestructionList,
  useApproveList,
  useDestructionRecords,
  useProposedList,
} from './archive-api.ts';
import { RetentionPlan } from './RetentionPlan.tsx';

type Counts = DestructionList['items'][number]['counts'];

export function ArchivePage({ session }: { session: StaffSession }) {
  const { roles } = session.staffUser;
  if (roles.includes('archivist')) return <Archive />;
  if (roles.includes('admin')) return <PlanOnly />;
  return <NoAccessPage />;
}

function PlanOnly() {
  const t = useT();
  useDocumentTitle(t('archive.pageTitle'));
  return (
    <>
      <h1>{t('archive.planTitle')}</h1>
      <RetentionPlan />
    </>
  );
}

function Archive() {
  const t = useT();
  useDocumentTitle(t('archive.pageTitle'));
  return (
    <>
      <h1>{t('archive.title')}</h1>
      <p className="tuki-lead">{t('archive.intro')}</p>
      <ProposedList />
      <DestructionRecords />
      <RetentionPlan />
    </>
  );
}

function RecordTypes({ counts }: { counts: Counts }) {
  const t = useT();
  return (
    <>
      {recordTypes
        .filter((type) => (counts[type] ?? 0) > 0)
        .map((type) =>
          t('archive.count', { type: t(`archive.recordTypes.${type}`), count: counts[type] ?? 0 }),
        )
        .join(', ')}
    </>
  );
}

function ProposedList() {
  const t = useT();
  const proposed = useProposedList();
  const approve = useApproveList();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<number | undefined>();
  const openerRef = useRef<HTMLButtonElement>(null);
  const list = proposed.data;
  const error = approve.error;

  return (
    <section aria-labelledby="archive-proposed-heading" className="tuki-section">
      <h2 id="archive-proposed-heading">{t('archive.proposedHeading')}</h2>
      {proposed.isPending ? <LoadingIndicator /> : null}
      {proposed.isError ? (
        <Notice type="error" label={t('errors.unexpectedTitle')}>
          {t('archive.loadFailed')}
        </Notice>
      ) : null}
      <div role="status" aria-live="polite" data-testid="archive-status">
        {approve.isPending ? <p>{t('archive.approving')}</p> : null}
        {done !== undefined ? <p>{t('archive.approved', { count: done })}</p> : null}
        {error ? <p>{isApiProblem(error, 412) ? t('archive.stale') : t('archive.failed')}</p> : null}
      </div>
      {list === null ? <p>{t('archive.noProposal')}</p> : null}
      {list ? (
        <>
          <p>
            {t('archive.proposedOn', {
              period: list.period,
              date: formatDate(list.proposedOn),
              count: list.items.length,
            })}
          </p>
          <StaffTable
            testId="archive-proposed-table"
            texts="archive.table"
            columns={['reference', 'recordTypes', 'closedOn', 'destroyAfter']}
            rows={list.items}
          >
            {(item) => (
              <tr key={item.applicationId}>
                <th scope="row">{item.referenceNumber ?? item.applicationId}</th>
                <td>
                  <RecordTypes counts={item.counts} />
                </td>
                <td>{formatDate(item.closedOn)}</td>
                <td>{formatDate(item.destroyAfter)}</td>
              </tr>
            )}
          </StaffTable>
          <p>
            <Button
              ref={openerRef}
              variant={ButtonVariant.Danger}
              onClick={() => setOpen(true)}
              data-testid="archive-approve"
            >
              {t('archive.approve')}
            </Button>
          </p>
          <DangerDialog
            id="archive-confirm"
            title={t('archive.confirmTitle')}
            body={t('archive.confirmBody', { count: list.items.length })}
            isOpen={open}
            close={() => setOpen(false)}
            openerRef={openerRef}
            actions={
              <>
                <Button
                  variant={ButtonVariant.Danger}
                  disabled={approve.isPending}
                  data-testid="archive-confirm"
                  onClick={() =>
                    approve.mutate(
                      { id: list.id, etag: list.etag },
                      {
                        onSuccess: (approved) => {
                          setOpen(false);
                          setDone(approved.items.filter((item) => item.outcome === 'destroyed').length);
                        },
                        onError: () => setOpen(false),
                      },
                    )
                  }
                >
                  {t('archive.confirm')}
                </Button>
                <Button variant={ButtonVariant.Secondary} onClick={() => setOpen(false)}>
                  {t('archive.cancel')}
                </Button>
              </>
            }
          />
        </>
      ) : null}
    </section>
  );
}

function DestructionRecords() {
  const t = useT();
  const { language } = useLanguage();
  const records = useDestructionRecords();
  return (
    <section aria-labelledby="archive-records-heading" className="tuki-section">
      <h2 id="archive-records-heading">{t('archive.recordsHeading')}</h2>
      {records.isPending ? <LoadingIndicator /> : null}
      <StaffTable
        testId="archive-records-table"
        texts="archive.records"
        columns={['reference', 'recordTypes', 'basis', 'approvedBy', 'destroyedAt']}
        rows={records.data?.items}
        empty={t('archive.noRecords')}
      >
        {(record) => (
          <tr key={record.id}>
            <th scope="row">{record.referenceNumber ?? record.applicationId}</th>
            <td>
              <RecordTypes counts={record.counts} />
            </td>
            <td>{record.retentionBasis}</td>
            <td>
              {record.approvedBy.firstName} {record.approvedBy.lastName}
            </td>
            <td>
              <time dateTime={record.destroyedAt}>
                {t('common.dateTime', helsinkiDateAndTime(record.destroyedAt, language))}
              </time>
            </td>
          </tr>
        )}
      </StaffTable>
    </section>
  );
}
