// The audit trail (/audit) for auditors, loaded when first visited: "who looked at whose data". A search by the
// client's personal identity code or by the staff member's username (or both) within optional dates; the search
// is kept in the history entry (the code never in the URL: see locationFromFilters), so a reload keeps it. The events come newest first, "show
// more" pages on with the API's cursor, and a polite live region tells how many are shown. Every search is itself
// written to the audit trail by the server. Below, the auditor verifies the whole chain (AuditVerification). Other
// staff are told the page is not theirs.

import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import type { StaffSession } from '@tuki/api-client';
import type { Translator } from '@tuki/i18n';
import { formatDate, LoadingIndicator, Notice, useApi, useDocumentTitle, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { useLocation, useNavigate } from 'react-router';
import { handlesCases, isAuditor, NoAccessPage } from '../session/index.ts';
import { AuditEventTable } from './AuditEventTable.tsx';
import { AuditSearchForm } from './AuditSearchForm.tsx';
import { AuditVerification } from './AuditVerification.tsx';
import {
  type AuditFilters,
  auditEventsKey,
  auditEventsQueryOptions,
  filtersFromLocation,
  locationFromFilters,
  type SearchLocation,
  valuesFromLocation,
} from './audit-search.ts';
import './audit.css';
import { ShowMoreButton } from '../common/ShowMoreButton.tsx';

export function AuditTrailPage({ session }: { session: StaffSession }) {
  const { roles } = session.staffUser;
  if (!isAuditor(roles)) return <NoAccessPage />;
  return <AuditTrail mayOpenCases={handlesCases(roles)} />;
}

function AuditTrail({ mayOpenCases }: { mayOpenCases: boolean }) {
  const t = useT();
  useDocumentTitle(t('auditTrail.pageTitle'));
  const location = useLocation();
  const navigate = useNavigate();
  const kept: SearchLocation = {
    search: new URLSearchParams(location.search),
    state: location.state as SearchLocation['state'],
  };
  const filters = filtersFromLocation(kept);
  const queryClient = useQueryClient();
  const keep = ({ search, state }: SearchLocation) => {
    const query = search.toString();
    void navigate({ search: query === '' ? '' : `?${query}` }, { state });
  };

  const runSearch = (next: AuditFilters) => {
    // The same search again reads the trail again (from its first page); another one is a new history entry.
    const same = filters && JSON.stringify(auditEventsKey(next)) === JSON.stringify(auditEventsKey(filters));
    if (same) void queryClient.resetQueries({ queryKey: auditEventsKey(filters) });
    else keep(locationFromFilters(next));
  };
  return (
    <>
      <h1>{t('auditTrail.title')}</h1>
      <p className="tuki-lead">{t('auditTrail.intro')}</p>
      <AuditSearchForm
        initial={valuesFromLocation(kept)}
        onSearch={runSearch}
        onClear={() => keep({ search: new URLSearchParams(), state: null })}
      />
      {filters ? <AuditResults filters={filters} mayOpenCases={mayOpenCases} /> : null}
      <AuditVerification />
    </>
  );
}

function criteriaText(filters: AuditFilters, t: Translator): string {
  return [
    filters.personalIdentityCode
      ? t('auditTrail.results.criterionPerson', { code: filters.personalIdentityCode })
      : undefined,
    filters.username ? t('auditTrail.results.criterionUser', { username: filters.username }) : undefined,
    filters.from ? t('auditTrail.results.criterionFrom', { date: formatDate(filters.from) }) : undefined,
    filters.to ? t('auditTrail.results.criterionTo', { date: formatDate(filters.to) }) : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

function AuditResults({ filters, mayOpenCases }: { filters: AuditFilters; mayOpenCases: boolean }) {
  const t = useT();
  const api = useApi();
  const query = useInfiniteQuery(auditEventsQueryOptions(api, filters));
  const events = query.data?.pages.flatMap((page) => page.items) ?? [];
  const failed = query.isError && !query.data;

  const announcement = query.isPending
    ? t('auditTrail.results.loading')
    : failed
      ? t('auditTrail.results.failed')
      : events.length === 0
        ? t('auditTrail.results.none')
        : `${t('auditTrail.results.shown', { shown: events.length })}${query.hasNextPage ? ` ${t('auditTrail.results.more')}` : ''}`;

  return (
    <section aria-labelledby="audit-results-heading" className="tuki-section">
      <h2 id="audit-results-heading">{t('auditTrail.results.heading')}</h2>
      <p data-testid="audit-criteria">
        {t('auditTrail.results.criteria', { criteria: criteriaText(filters, t) })}
      </p>
      <p role="status" aria-live="polite" className="staff-results" data-testid="audit-results">
        {announcement}
      </p>
      {failed ? (
        <Notice type="error" label={t('errors.unexpectedTitle')} testId="audit-failed">
          <p>{t('auditTrail.results.failed')}</p>
          <Button variant={ButtonVariant.Secondary} onClick={() => void query.refetch()}>
            {t('auditTrail.results.retry')}
          </Button>
        </Notice>
      ) : null}
      {query.isPending ? (
        <LoadingIndicator />
      ) : events.length > 0 ? (
        <>
          <AuditEventTable events={events} mayOpenCases={mayOpenCases} />
          <ShowMoreButton query={query} label={t('auditTrail.results.showMore')} id="audit-show-more" />
          {query.isFetchNextPageError ? (
            <Notice type="error" label={t('errors.unexpectedTitle')}>
              {t('auditTrail.results.failed')}
            </Notice>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
