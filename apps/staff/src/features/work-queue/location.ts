// The work queue's filters in the location: the URL's query string for every filter and a search by name or
// reference number, the history entry's state only for a search containing a personal identity code.

import { maskPersonalIdentityCodes } from '@tuki/domain';
import { applicationStatuses, type SentStatus } from '../common/statuses.ts';

export type AssigneeFilter = 'me' | 'unassigned' | 'anyone';

export interface QueueFilters {
  statuses: SentStatus[];
  assignee: AssigneeFilter;
  overdue: boolean;
  urgent: boolean;
  /** Only possible duplicates (another application of the same person or family for the same month). */
  possibleDuplicate: boolean;
  /** Only those needing attention after the decision (a letter returned, a payment rejected), in any status. */
  needsAttention: boolean;
  q: string;
}

/**
 * Where the queue keeps its filters: in the URL's query string (`?status=submitted,in_processing&assignee=me
 * &overdue=true&urgent=true&duplicates=true&attention=true&q=…`), so a reload or a link keeps them; a search containing a personal
 * identity code only in the history entry's state, so the code never shows in the address bar, the browser's
 * history list or a Referer header.
 */
export interface QueueLocation {
  search: URLSearchParams;
  state: unknown;
}

/** The search a history entry's state kept (anything may be there). */
function queryOfState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('q' in state)) return undefined;
  return typeof state.q === 'string' ? state.q : undefined;
}

export function filtersFromLocation({ search, state }: QueueLocation): QueueFilters {
  const statuses = (search.get('status') ?? '')
    .split(',')
    .filter((value): value is SentStatus => (applicationStatuses as readonly string[]).includes(value));
  const assignee = search.get('assignee');
  return {
    statuses,
    assignee: assignee === 'me' || assignee === 'unassigned' ? assignee : 'anyone',
    overdue: search.get('overdue') === 'true',
    urgent: search.get('urgent') === 'true',
    possibleDuplicate: search.get('duplicates') === 'true',
    needsAttention: search.get('attention') === 'true',
    q: (search.get('q') ?? queryOfState(state) ?? '').slice(0, 100),
  };
}

export function locationFromFilters(filters: QueueFilters): {
  search: URLSearchParams;
  state: { q: string } | null;
} {
  const search = new URLSearchParams();
  if (filters.statuses.length > 0) search.set('status', filters.statuses.join(','));
  if (filters.assignee !== 'anyone') search.set('assignee', filters.assignee);
  if (filters.overdue) search.set('overdue', 'true');
  if (filters.urgent) search.set('urgent', 'true');
  if (filters.possibleDuplicate) search.set('duplicates', 'true');
  if (filters.needsAttention) search.set('attention', 'true');
  const q = filters.q.trim();
  if (q === '') return { search, state: null };
  if (maskPersonalIdentityCodes(q) !== q) return { search, state: { q } };
  search.set('q', q);
  return { search, state: null };
}
