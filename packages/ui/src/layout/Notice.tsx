// An HDS notification whose landmark name is its (translated) label, with the text as its body.

import { Notification, type NotificationType } from 'hds-react';
import type { ReactNode } from 'react';

export function Notice({
  type,
  label,
  children,
  autofocus = false,
  testId,
}: {
  type: NotificationType;
  label: string;
  children?: ReactNode;
  autofocus?: boolean;
  testId?: string;
}) {
  return (
    <Notification
      type={type}
      label={label}
      notificationAriaLabel={label}
      autofocus={autofocus}
      className="tuki-notice"
      data-testid={testId}
    >
      {typeof children === 'string' ? <p>{children}</p> : children}
    </Notification>
  );
}
