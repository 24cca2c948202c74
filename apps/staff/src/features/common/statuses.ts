// The statuses of a sent application, in the order the staff app lists them (the queue's filter, the labels).
import { sentApplicationStatuses } from '@tuki/domain';

export const applicationStatuses = sentApplicationStatuses;
export type SentStatus = (typeof applicationStatuses)[number];
