// The statuses of a sent application, in the order the staff app lists them (the queue's filter, the labels).

export const applicationStatuses = [
  'submitted',
  'in_processing',
  'waiting_for_information',
  'decided',
  'withdrawn',
  'closed_as_duplicate',
] as const;
export type SentStatus = (typeof applicationStatuses)[number];
