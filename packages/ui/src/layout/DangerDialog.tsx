// @tuki/ui/dialog: the confirmation of an action that cannot be undone (HDS Dialog, danger variant): the title
// with a warning icon, the text the dialog is described by, what else the dialog asks or tells, and its buttons.
// The focus returns to the button that opened it. Apart from the package's index, which the apps' first pages use.

import { Dialog, IconAlertCircle } from 'hds-react';
import type { ReactNode, RefObject } from 'react';
import { useT } from '../i18n/LanguageProvider.tsx';

export function DangerDialog({
  id,
  title,
  body,
  isOpen,
  close,
  openerRef,
  children,
  actions,
}: {
  /** The dialog's id, also the start of its title's and text's ids. */
  id: string;
  title: string;
  /** The text the dialog is described by. */
  body: ReactNode;
  isOpen: boolean;
  close: () => void;
  /** The button that opened the dialog, which gets the focus back. */
  openerRef: RefObject<HTMLElement | null>;
  children?: ReactNode;
  /** The confirm and cancel buttons. */
  actions: ReactNode;
}) {
  const t = useT();
  return (
    <Dialog
      id={id}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      isOpen={isOpen}
      close={close}
      closeButtonLabelText={t('common.close')}
      focusAfterCloseRef={openerRef as RefObject<HTMLElement>}
      variant="danger"
    >
      <Dialog.Header id={`${id}-title`} title={title} iconStart={<IconAlertCircle aria-hidden />} />
      <Dialog.Content>
        <p id={`${id}-body`}>{body}</p>
        {children}
      </Dialog.Content>
      <Dialog.ActionButtons>{actions}</Dialog.ActionButtons>
    </Dialog>
  );
}
