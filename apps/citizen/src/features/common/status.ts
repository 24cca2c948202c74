// How a status is shown: its text and the HDS status label colour.

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
