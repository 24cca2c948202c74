// Withdrawing an application, after a confirmation dialog (HDS Dialog).

import { useT } from '@tuki/ui';
import { DangerDialog } from '@tuki/ui/dialog';
import { Button, ButtonVariant } from 'hds-react';
import { useRef, useState } from 'react';
import { useWithdrawApplication } from '../application/index.ts';

export function WithdrawButton({
  applicationId,
  onWithdrawn,
}: {
  applicationId: string;
  onWithdrawn: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const withdraw = useWithdrawApplication(applicationId);
  // A double click on "withdraw" sends once: the ref stops the second before the disabled button is rendered.
  const withdrawing = useRef(false);
  const close = () => {
    if (!withdraw.isPending) setOpen(false);
  };
  return (
    <>
      <Button ref={openerRef} variant={ButtonVariant.Danger} onClick={() => setOpen(true)}>
        {t('account.detail.withdraw')}
      </Button>
      <DangerDialog
        id="withdraw-dialog"
        title={t('account.detail.withdrawTitle')}
        body={t('account.detail.withdrawBody')}
        isOpen={open}
        close={close}
        openerRef={openerRef}
        actions={
          <>
            <Button
              variant={ButtonVariant.Danger}
              disabled={withdraw.isPending}
              onClick={() => {
                if (withdrawing.current) return;
                withdrawing.current = true;
                withdraw.mutate(undefined, {
                  onSuccess: () => {
                    setOpen(false);
                    onWithdrawn();
                  },
                  onSettled: () => {
                    withdrawing.current = false;
                  },
                });
              }}
            >
              {t('account.detail.withdrawConfirm')}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={close} disabled={withdraw.isPending}>
              {t('account.detail.withdrawCancel')}
            </Button>
          </>
        }
      >
        {withdraw.isError ? (
          <p className="tuki-form-failure" role="alert">
            {t('account.detail.withdrawFailed')}
          </p>
        ) : null}
      </DangerDialog>
    </>
  );
}
