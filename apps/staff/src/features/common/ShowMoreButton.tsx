// "Show more" under a list that pages with the API's cursor (TanStack Query's infinite query): shown while there
// is a next page, disabled while it loads, so a double click fetches one page.

import { Button, ButtonVariant } from 'hds-react';

export interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

export function ShowMoreButton({ query, label, id }: { query: PagedQuery; label: string; id?: string }) {
  if (!query.hasNextPage) return null;
  return (
    <p>
      <Button
        variant={ButtonVariant.Secondary}
        onClick={() => void query.fetchNextPage()}
        disabled={query.isFetchingNextPage}
        {...(id ? { id } : {})}
      >
        {label}
      </Button>
    </p>
  );
}
