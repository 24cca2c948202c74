// The work queue (the index page for the handling roles): filters and search in the URL's query string (a search by
// personal identity code in the history entry's state only), the applications by due date in a table, "show more" by
// the API's cursor, and a polite live region that tells how many applications are shown.

import { useInfiniteQuery } from '@tanstack/react-query';
import { LoadingIndicator, Notice, useApi, useDocumentTitle, useT } from '@tuki/ui';
import { useLocation, useNavigate } from 'react-router';
import { ShowMoreButton } from '../common/ShowMoreButton.tsx';
import { queueQueryOptions } from './api.ts';
import { type QueueFilters as Filters, filtersFromLocation, locationFromFilters } from './location.ts';
import { QueueFilters } from './QueueFilters.tsx';
import { QueueTable } from './QueueTable.tsx';

export function WorkQueuePage() {
  const t = useT();
  useDocumentTitle(t('workQueue.pageTitle'));
  const api = useApi();
  const location = useLocation();
  const navigate = useNavigate();
  const filters = filtersFromLocation({
    search: new URLSearchParams(location.search),
    state: location.state,
  });
  const query = useInfiniteQuery({
    ...queueQueryOptions(api, filters),
    placeholderData: (previous) => previous,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const counts = query.data?.pages[0]?.counts;
  const setFilters = (next: Filters) => {
    const { search, state } = locationFromFilters(next);
    const query = search.toString();
    void navigate({ search: query === '' ? '' : `?${query}` }, { state });
  };

  const announcement = query.isPending
    ? t('workQueue.results.loading')
    : query.isError && !query.data
      ? t('workQueue.results.failed')
      : items.length === 0
        ? t('workQueue.results.none')
        : `${t('workQueue.results.shown', { shown: items.length })}${query.hasNextPage ? ` ${t('workQueue.results.more')}` : ''}`;

  return (
    <>
      <h1>{t('workQueue.title')}</h1>
      <p className="tuki-lead">{t('workQueue.intro')}</p>
      <QueueFilters filters={filters} counts={counts} onChange={setFilters} />
      <p role="status" aria-live="polite" className="staff-results" data-testid="queue-results">
        {announcement}
      </p>
      {query.isError && !query.data ? (
        <Notice type="error" label={t('errors.unexpectedTitle')}>
          {t('workQueue.results.failed')}
        </Notice>
      ) : null}
      {query.isPending ? (
        <LoadingIndicator />
      ) : items.length > 0 ? (
        <>
          <QueueTable items={items} />
          <ShowMoreButton query={query} label={t('workQueue.results.showMore')} />
        </>
      ) : null}
    </>
  );
}
