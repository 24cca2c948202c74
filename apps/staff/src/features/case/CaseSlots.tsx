// The case view's correspondence panels: the requests for additional information and the message thread. Each
// receives the case and the ETag of the version on screen (for a change that needs If-Match).

import type { StaffApplication } from './api.ts';
import { InformationRequestsPanel } from './information-requests/InformationRequestsPanel.tsx';
import { MessagesPanel } from './messages/MessagesPanel.tsx';

export interface CaseSlotProps {
  application: StaffApplication;
  /** The ETag of the version on screen, for a change that needs If-Match. */
  etag: string;
}

export function InformationRequestsSlot(props: CaseSlotProps) {
  return <InformationRequestsPanel {...props} />;
}

export function MessagesSlot(props: CaseSlotProps) {
  return <MessagesPanel {...props} />;
}
