// The list of parameter sets (effective from, valid through, basic amount, origin; each links to its values),
// and for admins the form for a new set based on the newest one.

import {
  formatEuros,
  formatMonth,
  helsinkiDateAndTime,
  LoadingIndicator,
  Notice,
  useDocumentTitle,
  useLanguage,
  useT,
} from '@tuki/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../admin/index.ts';
import { AddParameterSetForm } from './AddParameterSetForm.tsx';
import { monthInText } from './ParameterSetView.tsx';
import { helsinkiMonth } from './parameter-set-form.ts';
import {
  type ParameterCoverage,
  type ParameterSetSummary,
  useParameterCoverage,
  useParameterSet,
  useParameterSets,
} from './parameter-sets-api.ts';

export const parameterSetPath = (version: string) => `/parameters/${encodeURIComponent(version)}`;

export function ParameterSets({ canAdd }: { canAdd: boolean }) {
  const t = useT();
  useDocumentTitle(t('parameterSets.pageTitle'));
  const sets = useParameterSets();
  const coverage = useParameterCoverage();
  const [status, setStatus] = useState('');
  const newest = sets.data?.at(-1);
  const base = useParameterSet(canAdd ? newest?.version : undefined);

  return (
    <>
      <h1>{t('parameterSets.title')}</h1>
      <p className="tuki-lead">{t('parameterSets.intro')}</p>
      {canAdd ? null : <p>{t('parameterSets.readOnly')}</p>}
      {coverage.data?.missingSoon ? <CoverageWarning coverage={coverage.data} /> : null}
      <p role="status" className="tuki-status" data-testid="parameter-sets-status">
        {status}
      </p>
      <section aria-labelledby="parameter-sets-heading" className="tuki-section">
        <h2 id="parameter-sets-heading" tabIndex={-1}>
          {t('parameterSets.listHeading')}
        </h2>
        {sets.isPending ? <LoadingIndicator /> : null}
        {sets.isError ? <p className="tuki-field-error">{t('parameterSets.loadFailed')}</p> : null}
        {sets.data ? <ParameterSetTable sets={sets.data} /> : null}
      </section>
      {canAdd && sets.data && base.data ? (
        <AddParameterSetForm
          key={base.data.version}
          base={base.data.parameters}
          sets={sets.data}
          onAdded={(month) => {
            setStatus(t('parameterSets.form.added', { month }));
            // The form is replaced by one based on the new set: the focus goes to the list that now shows it.
            document.getElementById('parameter-sets-heading')?.focus();
          }}
        />
      ) : null}
    </>
  );
}

/** From 60 days before the first month no set covers (the server decides when): a set must be added. */
function CoverageWarning({ coverage }: { coverage: ParameterCoverage }) {
  const t = useT();
  const { language } = useLanguage();
  const month = monthInText(coverage.firstUncoveredMonth, language);
  return (
    <Notice type="alert" label={t('parameterSets.coverage.label')} testId="parameter-coverage-warning">
      <p>
        {coverage.coveredThrough === null
          ? t('parameterSets.coverage.missingNow', { month })
          : t('parameterSets.coverage.missing', {
              month,
              through: monthInText(coverage.coveredThrough, language),
            })}
      </p>
    </Notice>
  );
}

function ParameterSetTable({ sets }: { sets: ParameterSetSummary[] }) {
  const t = useT();
  const { language } = useLanguage();
  const thisMonth = helsinkiMonth();
  // Newest first: the sets an admin works with are at the top.
  const rows = [...sets].reverse();
  return (
    <DataTable testId="parameter-sets-table" caption={t('parameterSets.listHeading')}>
      <thead>
        <tr>
          <th scope="col">{t('parameterSets.columns.effectiveFrom')}</th>
          <th scope="col">{t('parameterSets.columns.validThrough')}</th>
          <th scope="col" className="tuki-number">
            {t('parameterSets.columns.basicAmount')}
          </th>
          <th scope="col">{t('parameterSets.columns.origin')}</th>
          <th scope="col">{t('parameterSets.columns.version')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((set) => {
          const month = formatMonth(set.effectiveFrom, language);
          const current = set.effectiveFrom <= thisMonth && thisMonth <= set.validThrough;
          const added = set.createdBy
            ? t('parameterSets.addedBy', {
                name: `${set.createdBy.firstName} ${set.createdBy.lastName}`,
                date: helsinkiDateAndTime(set.createdAt, language).date,
              })
            : undefined;
          return (
            <tr key={set.version} data-version={set.version} data-effective-from={set.effectiveFrom}>
              <th scope="row">
                <Link to={parameterSetPath(set.version)} aria-label={t('parameterSets.showSet', { month })}>
                  {month}
                </Link>
                {current ? (
                  <span className="tuki-parameters-current"> ({t('parameterSets.current')})</span>
                ) : null}
              </th>
              <td>{formatMonth(set.validThrough, language)}</td>
              <td className="tuki-number">{formatEuros(set.singlePersonCents, language)}</td>
              <td>
                {t(`parameterSets.origin.${set.origin}`)}
                {added ? <span className="tuki-parameters-added">{added}</span> : null}
              </td>
              <td>{set.version}</td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
