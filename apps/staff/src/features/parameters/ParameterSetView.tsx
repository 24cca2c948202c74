// One parameter set in readable form: every value (amounts in euros, shares and rates in percent) with its
// source and note, the housing norms as a table, the legal provisions and the list of sources.

import type { Language, Translator } from '@tuki/i18n';
import { formatEuros, LoadingIndicator, Notice, useDocumentTitle, useLanguage, useT } from '@tuki/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../admin/index.ts';
import { shareKeys } from './parameter-set-form.ts';
import { type ParameterSet, type ParameterSetDetail, useParameterSet } from './parameter-sets-api.ts';

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** `2026-03` → `maaliskuu 2026` (fi, sv: lower case, for the middle of a sentence), `March 2026` (en). */
export function monthInText(month: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return new Intl.DateTimeFormat(locales[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** Basis points as a percent in the language's style: 7220 → "72,2 %". */
export function formatPercent(basisPoints: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}

export function ParameterSetView({ version }: { version: string }) {
  const t = useT();
  const { language } = useLanguage();
  const found = useParameterSet(version);
  const month = found.data ? monthInText(found.data.effectiveFrom, language) : version;
  useDocumentTitle(t('parameterSets.detail.pageTitle', { month }));
  return (
    <>
      <p>
        <Link to="/parameters">{t('parameterSets.detail.back')}</Link>
      </p>
      {found.isPending ? <LoadingIndicator /> : null}
      {found.isError ? (
        <>
          <h1>{t('parameterSets.detail.pageTitle', { month: version })}</h1>
          <Notice type="error" label={t('parameterSets.detail.notFound')}>
            {t('parameterSets.detail.notFound')}
          </Notice>
        </>
      ) : null}
      {found.data ? <Detail detail={found.data} /> : null}
    </>
  );
}

interface Sourced {
  source: string;
  note?: string;
}

function Detail({ detail }: { detail: ParameterSetDetail }) {
  const t = useT();
  const { language } = useLanguage();
  const set: ParameterSet = detail.parameters;
  const euros = (cents: number) => formatEuros(cents, language);
  const percent = (points: number) => formatPercent(points, language);
  const single = set.basicAmount.singlePersonCents.value;
  const shares = set.basicAmount.sharesBasisPoints.value;
  const sibling = set.basicAmount.siblingReductionBasisPoints.value;
  const ages = set.basicAmount.ageLimits.value;
  const deduction = set.earnedIncomeDeduction.value;
  const rule = (value: { rateBasisPoints: number; maxCents: number } | null) =>
    value
      ? t('parameterSets.detail.deductionRule', {
          rate: percent(value.rateBasisPoints),
          max: euros(value.maxCents),
        })
      : t('parameterSets.detail.noDeduction');
  const norm = set.housing.norm;
  const sizes = Math.max(0, ...(norm?.value.municipalities ?? []).map((m) => m.byHouseholdSizeCents.length));
  const water = set.housing.waterAllowancePerPersonCents;

  return (
    <div className="tuki-parameter-set" data-testid="parameter-set-detail">
      <h1>{t('parameterSets.detail.title', { month: monthInText(detail.effectiveFrom, language) })}</h1>
      <p className="tuki-lead">{set.description}</p>
      <ul className="tuki-parameters-facts">
        <li>
          {t('parameterSets.detail.period', {
            from: monthInText(detail.effectiveFrom, language),
            through: monthInText(detail.validThrough, language),
          })}
        </li>
        {detail.validThrough !== detail.ownValidThrough ? (
          <li>
            {t('parameterSets.detail.periodCut', { own: monthInText(detail.ownValidThrough, language) })}
          </li>
        ) : null}
        <li>{t('parameterSets.detail.version', { version: detail.version })}</li>
        {detail.replaces ? <li>{t('parameterSets.detail.replaces', { version: detail.replaces })}</li> : null}
        <li>{t(`parameterSets.origin.${detail.origin}`)}</li>
      </ul>

      <Group heading={t('parameterSets.detail.basicAmountHeading')}>
        <Value
          label={t('parameterSets.detail.singlePerson')}
          sourced={set.basicAmount.singlePersonCents}
          set={set}
        >
          {euros(single)}
        </Value>
        <Value
          label={t('parameterSets.detail.sharesHeading')}
          sourced={set.basicAmount.sharesBasisPoints}
          set={set}
        >
          <ul>
            {shareKeys.map((key) => (
              <li key={key}>
                {t(`parameterSets.categories.${key}`)}:{' '}
                {t('parameterSets.detail.shareAmount', {
                  share: percent(shares[key]),
                  amount: euros(Math.round((single * shares[key]) / 10_000)),
                })}
              </li>
            ))}
          </ul>
        </Value>
        <Value
          label={t('parameterSets.detail.siblingHeading')}
          sourced={set.basicAmount.siblingReductionBasisPoints}
          set={set}
        >
          <ul>
            <li>
              {t('parameterSets.detail.siblingSecond')}:{' '}
              {t('parameterSets.detail.siblingValue', { points: String(sibling.second / 100) })}
            </li>
            <li>
              {t('parameterSets.detail.siblingThird')}:{' '}
              {t('parameterSets.detail.siblingValue', { points: String(sibling.thirdAndFurther / 100) })}
            </li>
          </ul>
        </Value>
        <Value
          label={t('parameterSets.detail.ageLimitsHeading')}
          sourced={set.basicAmount.ageLimits}
          set={set}
        >
          <ul>
            <li>
              {t('parameterSets.detail.childFrom')}:{' '}
              {t('parameterSets.detail.years', { years: String(ages.child10To17From) })}
            </li>
            <li>
              {t('parameterSets.detail.adultFrom')}:{' '}
              {t('parameterSets.detail.years', { years: String(ages.adultFrom) })}
            </li>
          </ul>
        </Value>
      </Group>

      <Group heading={t('parameterSets.detail.reductionsHeading')}>
        <Value label={t('parameterSets.detail.reductionsInForce')} sourced={set.reductionPercents} set={set}>
          {set.reductionPercents.value.length > 0
            ? set.reductionPercents.value.map((value) => percent(value * 100)).join(', ')
            : t('parameterSets.detail.none')}
        </Value>
      </Group>

      <Group heading={t('parameterSets.detail.deductionHeading')}>
        <Value
          label={t('parameterSets.detail.deductionHeading')}
          sourced={set.earnedIncomeDeduction}
          set={set}
        >
          <ul>
            <li>
              {t('parameterSets.detail.adults')}: {rule(deduction.adults)}
            </li>
            <li>
              {t('parameterSets.detail.minors')}: {rule(deduction.minors)}
            </li>
            <li>
              {t('parameterSets.detail.incomeTypes')}:{' '}
              {deduction.incomeTypes.map((type) => t(`application.options.incomeType.${type}`)).join(', ')}
            </li>
          </ul>
        </Value>
      </Group>

      <Group heading={t('parameterSets.detail.housingHeading')}>
        <Value label={t('parameterSets.detail.water')} sourced={water} set={set}>
          {water ? euros(water.value) : t('parameterSets.detail.none')}
        </Value>
        <h3>{t('parameterSets.detail.normHeading')}</h3>
        {norm ? (
          <>
            <p>{t('parameterSets.detail.graceMonths', { months: String(norm.value.graceMonths) })}</p>
            <DataTable testId="parameter-set-norms" caption={t('parameterSets.detail.normHeading')}>
              <thead>
                <tr>
                  <th scope="col">{t('parameterSets.detail.municipality')}</th>
                  {Array.from({ length: sizes }, (_, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the household sizes are the columns
                    <th scope="col" key={index} className="tuki-number">
                      {t('parameterSets.detail.persons', { count: String(index + 1) })}
                    </th>
                  ))}
                  <th scope="col" className="tuki-number">
                    {t('parameterSets.detail.eachFurther')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {norm.value.municipalities.map((municipality) => (
                  <tr key={municipality.municipalityCode}>
                    <th scope="row">
                      {municipality.name} ({municipality.municipalityCode})
                    </th>
                    {Array.from({ length: sizes }, (_, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the household sizes are the columns
                      <td key={index} className="tuki-number">
                        {municipality.byHouseholdSizeCents[index] === undefined
                          ? ''
                          : euros(municipality.byHouseholdSizeCents[index])}
                      </td>
                    ))}
                    <td className="tuki-number">{euros(municipality.eachFurtherCents)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <SourceNote sourced={norm} set={set} />
          </>
        ) : (
          <p>{t('parameterSets.detail.noNorm')}</p>
        )}
      </Group>

      <Group heading={t('parameterSets.detail.legalHeading')}>
        <dl className="tuki-parameters-list">
          {legalEntries(set, t).map(([label, reference]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{reference}</dd>
            </div>
          ))}
        </dl>
      </Group>

      <Group heading={t('parameterSets.detail.sourcesHeading')}>
        <dl className="tuki-parameters-list">
          {Object.entries(set.sources).map(([key, citation]) => (
            <div key={key} id={`source-${key}`}>
              <dt>{key}</dt>
              <dd>{citation}</dd>
            </div>
          ))}
        </dl>
      </Group>
    </div>
  );
}

function legalEntries(set: ParameterSet, t: Translator): [string, string][] {
  const references = set.legalReferences;
  return [
    [t('parameterSets.detail.basicAmountHeading'), references.basicAmount],
    [t('parameterSets.detail.reductionsHeading'), references.reduction],
    [t('parameterSets.detail.housingHeading'), references.housing],
    [t('parameterSets.detail.normHeading'), references.housingNorm],
    [t('parameterSets.detail.deductionHeading'), references.earnedIncomeDeduction],
    [t('application.steps.incomes'), references.income],
    [t('application.steps.assets'), references.assets],
    ...Object.entries(references.expenses).map(([type, reference]): [string, string] => [
      t(`application.options.expenseType.${type as 'other'}`),
      reference,
    ]),
  ];
}

function Group({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="tuki-section tuki-parameters-group" aria-label={heading}>
      <h2>{heading}</h2>
      {children}
    </section>
  );
}

function Value({
  label,
  sourced,
  set,
  children,
}: {
  label: string;
  sourced: Sourced | null;
  set: ParameterSet;
  children: ReactNode;
}) {
  return (
    <div className="tuki-parameters-value">
      <h3>{label}</h3>
      <div className="tuki-parameters-figure">{children}</div>
      {sourced ? <SourceNote sourced={sourced} set={set} /> : null}
    </div>
  );
}

function SourceNote({ sourced, set }: { sourced: Sourced; set: ParameterSet }) {
  const t = useT();
  return (
    <dl className="tuki-parameters-source">
      <div>
        <dt>{t('parameterSets.detail.source')}</dt>
        <dd>{set.sources[sourced.source] ?? sourced.source}</dd>
      </div>
      {sourced.note ? (
        <div>
          <dt>{t('parameterSets.detail.note')}</dt>
          <dd>{sourced.note}</dd>
        </div>
      ) : null}
    </dl>
  );
}
