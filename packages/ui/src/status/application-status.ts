// @tuki/ui/status: how both apps show an application's status, the HDS status label colour of each status, and
// a status from the API that this app does not know yet. Apart from the package's index, so that only the pages
// that show a status load it.

import { type ApplicationStatus, applicationStatuses } from '@tuki/domain';
import type { StatusLabelType } from 'hds-react';

export const statusLabelType: Record<ApplicationStatus, StatusLabelType> = {
  draft: 'neutral',
  submitted: 'info',
  in_processing: 'info',
  waiting_for_information: 'alert',
  decided: 'success',
  withdrawn: 'neutral',
  closed_as_duplicate: 'neutral',
};

/** A status the app knows; anything else (newer than this app) is shown as a draft. */
export function knownStatus(value: string): ApplicationStatus {
  return (applicationStatuses as readonly string[]).includes(value) ? (value as ApplicationStatus) : 'draft';
}
