// How an application's status is shown in both apps: the colour of its HDS status label.

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
