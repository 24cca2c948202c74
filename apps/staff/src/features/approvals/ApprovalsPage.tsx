// The admins' approvals page (/approvals), loaded only when visited: API clients with personal-data scopes and
// handling or auditing roles that wait for a second admin, oldest first, with approve and reject buttons. The admin
// who asked sees their own request with a note and may withdraw it; the API refuses their approval anyway.

import { isApiProblem, type StaffSession } from '@tuki/api-client';
import { helsinkiDateAndTime, Notice, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { AdminListSection, AdminPageHeader, AdminTable, useAdminEditing } from '../admin/index.ts';
import { type Decision, type PendingApproval, useDecide, usePendingApprovals } from './approvals-api.ts';
import './approvals.css';

export function ApprovalsPage({ session }: { session: StaffSession }) {
  const t = useT();
  if (!session.staffUser.roles.includes('admin')) {
    return (
      <>
        <h1>{t('approvals.forbiddenTitle')}</h1>
        <Notice type="error" label={t('approvals.forbiddenTitle')} testId="approvals-forbidden">
          {t('approvals.forbidden')}
        </Notice>
      </>
    );
  }
  return <Approvals me={session.staffUser.id} />;
}

const nameOf = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

function Approvals({ me }: { me: string }) {
  const t = useT();
  const pending = usePendingApprovals();
  const decide = useDecide();
  const { status, setStatus } = useAdminEditing((id) => `approve-${id}`);

  const titleOf = (item: PendingApproval) =>
    item.kind === 'api_client'
      ? t('approvals.apiClient', { name: item.name })
      : t('approvals.roleGrant', { name: nameOf(item.staffUser) });

  const onDecide = (item: PendingApproval, decision: Decision) => {
    const name = titleOf(item);
    const own = item.requestedBy?.id === me;
    setStatus('');
    decide.mutate(
      { item, decision },
      {
        onSuccess: () =>
          setStatus(
            decision === 'approve'
              ? t('approvals.approved', { name })
              : own
                ? t('approvals.cancelled', { name })
                : t('approvals.rejected', { name }),
          ),
        onError: (error) =>
          setStatus(
            t('approvals.failed', { detail: isApiProblem(error) ? (error.detail ?? error.title) : '' }),
          ),
      },
    );
  };

  return (
    <>
      <AdminPageHeader texts="approvals" status={status} statusTestId="approvals-status" />
      <AdminListSection headingId="approvals-heading" texts="approvals" query={pending}>
        {pending.data && pending.data.length === 0 ? <p>{t('approvals.empty')}</p> : null}
        {pending.data && pending.data.length > 0 ? (
          <ApprovalTable
            items={pending.data}
            me={me}
            titleOf={titleOf}
            onDecide={onDecide}
            busy={decide.isPending}
          />
        ) : null}
      </AdminListSection>
    </>
  );
}

function ApprovalTable({
  items,
  me,
  titleOf,
  onDecide,
  busy,
}: {
  items: PendingApproval[];
  me: string;
  titleOf: (item: PendingApproval) => string;
  onDecide: (item: PendingApproval, decision: Decision) => void;
  busy: boolean;
}) {
  const t = useT();
  const { language } = useLanguage();
  const when = (instant: string) => {
    const { date, time } = helsinkiDateAndTime(instant, language);
    return `${date} ${time}`;
  };
  return (
    <AdminTable
      testId="approvals-table"
      caption={t('approvals.listHeading')}
      columns={[
        t('approvals.columns.what'),
        t('approvals.columns.rights'),
        t('approvals.columns.requestedBy'),
        t('approvals.columns.requestedAt'),
      ]}
      actionsLabel={t('approvals.columns.actions')}
    >
      {items.map((item) => {
        const title = titleOf(item);
        const rights =
          item.kind === 'api_client' ? item.scopes : item.roles.map((role) => t(`common.roles.${role}`));
        const asker = item.requestedBy;
        const askedByMe = asker?.id === me;
        return (
          <tr key={item.id} data-approval-id={item.id}>
            <th scope="row">{title}</th>
            <td>
              <ul className="tuki-plain-list">
                {rights.map((right) => (
                  <li key={right}>{item.kind === 'api_client' ? <code>{right}</code> : right}</li>
                ))}
              </ul>
            </td>
            <td>{asker ? `${nameOf(asker)} (${asker.username})` : t('approvals.system')}</td>
            <td>{when(item.requestedAt)}</td>
            <td>
              <div className="tuki-approval-actions">
                {item.mayApprove ? (
                  <Button
                    id={`approve-${item.id}`}
                    size={ButtonSize.Small}
                    disabled={busy}
                    aria-label={t('approvals.approveItem', { name: title })}
                    onClick={() => onDecide(item, 'approve')}
                  >
                    {t('approvals.approve')}
                  </Button>
                ) : (
                  <p className="tuki-approval-note">
                    {askedByMe ? t('approvals.ownRequest') : t('approvals.forYou')}
                  </p>
                )}
                <Button
                  variant={ButtonVariant.Secondary}
                  size={ButtonSize.Small}
                  disabled={busy}
                  aria-label={
                    askedByMe
                      ? t('approvals.cancelItem', { name: title })
                      : t('approvals.rejectItem', { name: title })
                  }
                  onClick={() => onDecide(item, 'reject')}
                >
                  {askedByMe ? t('approvals.cancel') : t('approvals.reject')}
                </Button>
              </div>
            </td>
          </tr>
        );
      })}
    </AdminTable>
  );
}
