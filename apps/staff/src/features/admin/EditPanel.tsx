// The panel for editing one item on an admin page, based on the newest version (If-Match): the heading takes the
// focus once the item is loaded. When someone else changed the item meanwhile (412), the form calls `onStale`: the
// newest version and the list are loaded again, the form starts over from it, and a notice tells the admin.

import { type QueryKey, type UseQueryResult, useQueryClient } from '@tanstack/react-query';
import { LoadingIndicator, Notice, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { AdminFormTexts } from './AdminForm.tsx';
import './admin.css';

export function EditPanel<L extends { etag: string }>({
  texts,
  headingId,
  heading,
  loaded,
  loadError,
  listQueryKey,
  staleTitle,
  staleText,
  staleTestId,
  onCancel,
  children,
}: {
  /** The name the page's texts are under (its cancel and its load error). */
  texts: AdminFormTexts;
  headingId: string;
  heading: (loaded: L | undefined) => string;
  loaded: UseQueryResult<L>;
  /** What the API's refusal to load says, if anything; otherwise the page's own load error is shown. */
  loadError: (error: unknown) => string | undefined;
  /** The list query, loaded again with the item on 412. */
  listQueryKey: QueryKey;
  staleTitle: string;
  staleText: string;
  staleTestId?: string;
  onCancel: () => void;
  /** The form (keyed by the version) and whatever else the panel shows for a loaded item. */
  children: (loaded: L, onStale: () => Promise<void>) => ReactNode;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = loaded.data !== undefined;
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  const onStale = async () => {
    await Promise.all([
      loaded.refetch(),
      queryClient.invalidateQueries({ queryKey: listQueryKey, exact: true }),
    ]);
    setStale((n) => n + 1);
  };

  return (
    <section aria-labelledby={headingId} className="tuki-section tuki-edit-user">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading(loaded.data)}
      </h2>
      {loaded.isPending ? <LoadingIndicator /> : null}
      {loaded.isError ? (
        <p className="tuki-field-error" role="alert">
          {loadError(loaded.error) ?? t(`${texts}.loadFailed`)}
        </p>
      ) : null}
      {stale > 0 ? (
        <Notice
          key={stale}
          type="alert"
          label={staleTitle}
          autofocus
          {...(staleTestId ? { testId: staleTestId } : {})}
        >
          {staleText}
        </Notice>
      ) : null}
      {loaded.data ? (
        children(loaded.data, onStale)
      ) : (
        <div className="tuki-form-actions">
          <Button type="button" variant={ButtonVariant.Secondary} onClick={onCancel}>
            {t(`${texts}.cancel`)}
          </Button>
        </div>
      )}
    </section>
  );
}
