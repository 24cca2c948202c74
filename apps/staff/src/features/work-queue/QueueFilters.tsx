// The queue's filters (status, assignee, overdue, urgent, possible duplicates, needing attention) with the counts the API gives, and the search box.
// Every change goes to the URL's query string, which the page reads.

import { useT } from '@tuki/ui';
import {
  Button,
  ButtonVariant,
  Checkbox,
  IconSearch,
  RadioButton,
  SelectionGroup,
  TextInput,
} from 'hds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { applicationStatuses, statusText } from '../common/status.tsx';
import type { AssigneeFilter, QueueFilters as Filters, QueueCounts } from './api.ts';

const assigneeOptions: readonly AssigneeFilter[] = ['me', 'unassigned', 'anyone'];

export function QueueFilters({
  filters,
  counts,
  onChange,
}: {
  filters: Filters;
  counts: QueueCounts | undefined;
  onChange: (next: Filters) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState(filters.q);
  useEffect(() => setQuery(filters.q), [filters.q]);
  const count = (value: number | undefined) => (value === undefined ? '…' : String(value));
  const assigneeLabel = (option: AssigneeFilter) =>
    option === 'me'
      ? t('workQueue.filters.assigneeMe', { count: count(counts?.mine) })
      : option === 'unassigned'
        ? t('workQueue.filters.assigneeUnassigned', { count: count(counts?.unassigned) })
        : t('workQueue.filters.assigneeAnyone', { count: count(counts?.all) });

  const search = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, q: query.trim() });
  };
  const toggleStatus = (status: (typeof applicationStatuses)[number], on: boolean) =>
    onChange({
      ...filters,
      statuses: applicationStatuses.filter((s) => (s === status ? on : filters.statuses.includes(s))),
    });

  return (
    <section aria-labelledby="queue-filters-heading" className="staff-filters">
      <h2 id="queue-filters-heading" className="tuki-visually-hidden">
        {t('workQueue.filters.heading')}
      </h2>
      <search>
        <form onSubmit={search} className="staff-search">
          <TextInput
            id="queue-search"
            label={t('workQueue.search.label')}
            helperText={t('workQueue.search.help')}
            value={query}
            maxLength={100}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
          />
          <Button type="submit" variant={ButtonVariant.Secondary} iconStart={<IconSearch aria-hidden />}>
            {t('workQueue.search.submit')}
          </Button>
        </form>
      </search>
      <div className="staff-filter-groups">
        <SelectionGroup label={t('workQueue.filters.assignee')} className="staff-filter-group">
          {assigneeOptions.map((option) => (
            <RadioButton
              key={option}
              id={`assignee-${option}`}
              name="assignee"
              value={option}
              label={assigneeLabel(option)}
              checked={filters.assignee === option}
              onChange={() => onChange({ ...filters, assignee: option })}
            />
          ))}
        </SelectionGroup>
        <SelectionGroup label={t('workQueue.filters.other')} className="staff-filter-group">
          <Checkbox
            id="filter-overdue"
            label={t('workQueue.filters.overdue', { count: count(counts?.overdue) })}
            checked={filters.overdue}
            onChange={(event) => onChange({ ...filters, overdue: event.target.checked })}
          />
          <Checkbox
            id="filter-urgent"
            label={t('workQueue.filters.urgent', { count: count(counts?.urgent) })}
            checked={filters.urgent}
            onChange={(event) => onChange({ ...filters, urgent: event.target.checked })}
          />
          <Checkbox
            id="filter-duplicates"
            label={t('workQueue.filters.duplicates', { count: count(counts?.possibleDuplicates) })}
            checked={filters.possibleDuplicate}
            onChange={(event) => onChange({ ...filters, possibleDuplicate: event.target.checked })}
          />
          <Checkbox
            id="filter-attention"
            label={t('caseAttention.filter', { count: count(counts?.needsAttention) })}
            checked={filters.needsAttention}
            onChange={(event) => onChange({ ...filters, needsAttention: event.target.checked })}
          />
        </SelectionGroup>
        <SelectionGroup
          label={t('workQueue.filters.status')}
          helperText={t('workQueue.filters.statusHint')}
          className="staff-filter-group"
        >
          {applicationStatuses.map((status) => (
            <Checkbox
              key={status}
              id={`status-${status}`}
              label={statusText(t, status)}
              checked={filters.statuses.includes(status)}
              onChange={(event) => toggleStatus(status, event.target.checked)}
            />
          ))}
        </SelectionGroup>
      </div>
    </section>
  );
}
