// How a status is shown: its text and the HDS status label colour.

import type { ApplicationStatus } from '@tuki/domain';
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
